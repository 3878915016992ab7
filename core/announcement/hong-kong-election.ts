/**
 * Whether a text reports an election in Hong Kong: a village representative (村代表, 原居民代表, 居民代表)
 * or kaifong election of the 乡郊代表选举, held under Hong Kong's own ordinance (Village Representative
 * Election Ordinance, Cap. 576), not under the mainland's 村民委员会组织法. It sets no minimum turnout and
 * elects whoever has the most votes, so a mainland rule pack's quorum and winning threshold say nothing
 * of it (a 38.5% turnout is no void election there). Only words that name Hong Kong or its rural bodies
 * count, on folded text (鄉郊代表選舉 is read as 乡郊代表选举).
 */
const HONG_KONG =
  /香港|新界|乡郊(?:代表)?选举|原居民代表|民政事务总署|乡[议議]局|\bHong Kong\b|\bNew Territories\b|\bRural Representative Elections?\b|\bRural Committee\b|\bkaifong\b|\bHome Affairs Department\b|\bHeung Yee Kuk\b/i;

/** The words that place the election in Hong Kong (the first found), or undefined when none. */
export function hongKongWords(folded: string): string | undefined {
  return HONG_KONG.exec(folded)?.[0];
}

/** Why a mainland rule pack is not applied to a Hong Kong election, in the user's words; null when not one. */
export function hongKongPackWords(figures: {
  readonly hongKong?: string;
}): { zh: string; en: string } | null {
  if (figures.hongKong === undefined) return null;
  return {
    zh: `文中报道的是香港的选举（“${figures.hongKong}”），依香港法例进行，没有最低投票率，得票最多者当选：所选规则（内地法律）不适用，投票人数和当选人未按它核对`,
    en: `The text reports an election in Hong Kong (“${figures.hongKong}”), held under Hong Kong law with no minimum turnout and won by the most votes: the rules chosen (mainland law) do not apply, and neither the turnout nor the winners were judged by them`,
  };
}
