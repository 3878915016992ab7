import type {
  AnnouncedFigure,
  CountFigure,
  CountMeaning,
  GroupFigure,
  ShareTerm,
} from './announced-figures.js';
import { defaultWholeOf } from './figure-words.js';

/**
 * A rate named after the group counted just before it, standing alone in its clause
 * (`交叉任职3人，交叉任职率37.5%`, `连任的5人，连任率62.5%`): the share of that group, as `占37.5%` would be
 * — of the total the group is a part of. The rate's name must end the group's label (交叉任职 of
 * 村“两委”交叉任职) and be two characters or more; for places counted by what was said of them
 * (`“一肩挑”的村35个，“一肩挑”比例为92.1%`) it must end what was said; any other rate (完成率 after
 * 15个村) is not taken here.
 */
export function rateOfGroupJustRead(
  label: string,
  last: AnnouncedFigure | null,
  sentenceGroups: readonly GroupFigure[] = [],
): ShareTerm | 'ambiguous' | null {
  if (last?.kind !== 'group') return null;
  const named = RATE_ALONE.exec(label.trim())?.[1];
  if (named === undefined) return null;
  // 实现“一肩挑”的村35个，“一肩挑”比例为92.1%: places counted by what was said of them, and the rate of
  // that same saying — the share of those places, of the places they are a part of.
  if (last.places === true) {
    const bare = (words: string) => words.replace(/[“”"]/g, '');
    const said = PLACES_SAID.exec(bare(last.label));
    const places = said?.[1];
    if (places === undefined || bare(named).length < 2 || !places.endsWith(bare(named))) return null;
    // 书记、主任“一肩挑”的村13个，社区书记、主任“一肩挑”的社区4个，“一肩挑”比例94.4%: the same said of
    // places of another kind in the sentence — the rate is of both kinds together (17 of 18), not of the
    // last alone; which the text does not say in figures, so it is left unjudged.
    const otherKind = sentenceGroups.some((group) => {
      if (group === last || group.places !== true) return false;
      const other = PLACES_SAID.exec(bare(group.label));
      return other?.[1] !== undefined && other[1].endsWith(bare(named)) && other[2] !== said?.[2];
    });
    return otherKind ? 'ambiguous' : { kind: 'group', label: last.label };
  }
  if (!last.label.endsWith(named)) return null;
  // 村委主任连任的有13人，连任率76.5%: the re-elected of a post, attached to the members by their label alone —
  // the rate may be of the post's holders (13 of 17 chairs), whose count the text does not state here.
  const qualified = last.label.slice(0, last.label.length - named.length);
  const post = POST_IN_WORDS.exec(qualified)?.[0];
  if (post !== undefined && last.partOf !== null && !last.partOf.endsWith(post)) return 'ambiguous';
  return { kind: 'group', label: last.label };
}

/**
 * A re-election rate (`连任率63.3%`) in a text that counts the last term's members too (`上届村委会成员60人`):
 * the rate may be the share of the re-elected among the last term's members (38 of 60) as well as among this
 * term's (38 of 58), and the text does not say which, so it is not judged by this term's.
 */
export function reelectionRateOfEitherTerm(label: string, text: string): boolean {
  if (!REELECTION_RATE.test(label.trim())) return false;
  // One scan of a text, however many such rates it states.
  if (lastTermScanned?.text !== text) lastTermScanned = { text, found: LAST_TERM_MEMBERS.test(text) };
  return lastTermScanned.found;
}
let lastTermScanned: { text: string; found: boolean } | null = null;
/** `连任率`, `连选连任率为`, `留任比例`: a rate named after the re-elected. */
const REELECTION_RATE = /(?:连任|留任)(?:率|比例)\s*(?:为|达到?|是)?$/;
/** A count of the last term's members: `上届村委会成员60人`, `换届前班子成员共62名`, `上一届委员58名`. */
const LAST_TERM_MEMBERS =
  /(?:上届|上一届|换届前|原)[^，。；;\n\d]{0,12}?(?:成员|班子|干部|委员)[^，。；;\n\d]{0,4}?\d+[^\S\n]*[人名]/;

/** A post named in a part's words (村委主任连任): 主任, 书记 …, not 委员 of 村委会. */
const POST_IN_WORDS = /(?:副?主任|副?书记|支书|主席|组长)/;

/** `交叉任职率`, `交叉任职率为`, `连任率达到`, `“一肩挑”比例为`: a name, 率 or 比例, and at most a verb. */
const RATE_ALONE = /^([\u4e00-\u9fff“”"]{2,12}?)(?:率|比例)\s*(?:为|达到?|是)?$/;
/** What was said of places counted, before 的 and the kind of place: 实现一肩挑 of 实现一肩挑的村. */
const PLACES_SAID = /^(.+)的(村（社区）|村\(社区\)|行政村|村|社区)$/;

/**
 * A ballot count's rate standing alone (`有效率为99.1%`, `有效票率99.1%`, `回收率99.8%`, `废票率0.9%`): the
 * share of that count, of its usual total (valid and invalid of the returned, returned of the issued),
 * as `有效票占99.1%` is.
 */
export function ballotRateNamed(label: string): ShareTerm | null {
  const named = BALLOT_RATE.exec(label.trim());
  if (!named?.[1]) return null;
  const meaning: CountMeaning = /回收|收回/.test(named[1])
    ? 'returned'
    : /有效/.test(named[1])
      ? 'valid'
      : 'invalid';
  return { kind: 'count', meaning };
}

const BALLOT_RATE = /^(?:选票)?(有效票?|无效票?|废票|回收|收回)率\s*(?:为|达到?|是)?$/;

/**
 * A base naming those who voted in other words (`占投票总数的`, `占投票人数的`, `占参加投票总人数的`): the
 * ballots cast. The words are taken whole, after 占 (namedBase drops 人数 and 总数, leaving 投票 alone).
 */
export function ballotBaseNamed(afterShareWord: string): CountMeaning | null {
  return CAST_BASE.test(afterShareWord.trim()) ? 'cast' : null;
}

const CAST_BASE = /^占(?:参加)?投票(?:总人数|总数|人数|数)的?/;

/**
 * Shares given respectively after ballot counts (`有效票1090张，无效票10张，分别占99.1%和0.9%`): one for each of
 * the last counts of the sentence, in order — only when they come after every group of the sentence and
 * all have one usual total (valid and invalid: the returned), which is then the base of each unless the
 * list names one. Null otherwise (the list is then read as before).
 */
export function countsGivenRespectively(
  counts: readonly CountFigure[],
  groups: readonly GroupFigure[],
  shares: number,
): ShareTerm[] | null {
  if (shares < 2 || counts.length < shares) return null;
  const last = counts.slice(-shares);
  const firstAt = last[0]?.origin.span?.[0] ?? 0;
  if (groups.some((group) => (group.origin.span?.[0] ?? 0) > firstAt)) return null;
  if (last.some((count) => count.contest !== null)) return null;
  const wholes = new Set(last.map((count) => defaultWholeOf(count.meaning)));
  if (wholes.size !== 1 || wholes.has(null)) return null;
  return last.map((count): ShareTerm => ({ kind: 'count', meaning: count.meaning }));
}
