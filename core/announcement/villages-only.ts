/**
 * The words by which a township's summary says it is of villages' committee elections alone
 * (青松镇村民委员会换届选举情况, 全镇3个村), in its title or opening, where the text names no community nor
 * residents' committee anywhere (村（居）, 村和社区, 居委会) and no village left out of the vote (延期, 尚未,
 * 另有2个村): the town's totals are then the sums of its villages' elections, each of the villagers' law.
 * Undefined otherwise.
 */
export function villageElectionsOnlyWords(text: string, title: string | undefined): string | undefined {
  if (OF_RESIDENTS.test(text) || SOME_LEFT_OUT.test(text)) return undefined;
  const opening = `${title ?? ''}\n${text.slice(0, OPENING_CHARS)}`;
  return VILLAGES_ELECTIONS.exec(opening)?.[0];
}

/** How far the opening reaches: a title and the sentence after it. */
const OPENING_CHARS = 120;

/** Villages' committee elections named (村民委员会, 村委会换届, 全镇3个村, 12个行政村). */
const VILLAGES_ELECTIONS = /村民委员会|村委会|[\d]{1,4}个(?:行政)?村(?![民委居])/u;

/** A community or a residents' committee named anywhere: a summary of both, or of another body. */
const OF_RESIDENTS = /社区|居委|居民委员|[（(]\s*居\s*[)）]|村居|居\s*[（(]\s*村|城镇/u;

/** Villages the summary says voted later or not at all, or counted apart: the totals may hold their registers. */
const SOME_LEFT_OUT = /延期|暂缓|推迟|尚未|未(?:完成|进行|举行|选出)|另有[\d]{1,4}个|其余|其中[\d]{1,4}个/u;

/**
 * The words by which a street's or township's summary says it is of communities' residents' committee
 * elections alone (云溪街道社区居民委员会换届选举情况, 全街道5个社区), in its title or opening, where the text names no
 * village anywhere (no 村 at all: 村（居）, 村委会, 城中村) and no community left out of the vote: the totals are
 * then the sums of its communities' elections, each of the residents' law. Undefined otherwise.
 */
export function communityElectionsOnlyWords(text: string, title: string | undefined): string | undefined {
  if (/村/u.test(`${title ?? ''}${text}`) || SOME_LEFT_OUT.test(text)) return undefined;
  const opening = `${title ?? ''}\n${text.slice(0, OPENING_CHARS)}`;
  return COMMUNITIES_ELECTIONS.exec(opening)?.[0];
}

/** Communities' committee elections named (社区居民委员会, 居委会换届, 全街道5个社区). */
const COMMUNITIES_ELECTIONS = /居民委员会|居委会|[\d]{1,4}个(?:城市)?社区(?![居委])/u;

/**
 * The words by which a summary of blocks says some places are left out of them: counted apart, voted later
 * or not at all (SOME_LEFT_OUT), or listed only in part (部分村, 选登). Undefined when it says none.
 */
export function placesLeftOutWords(text: string): string | undefined {
  return SOME_LEFT_OUT.exec(text)?.[0] ?? ONLY_SOME.exec(text)?.[0];
}

/** Blocks of only some of the places: 部分村（社区）投票情况, 选登, 摘登, 举例. */
const ONLY_SOME = /部分(?:行政)?(?:村|社区)|选登|摘登|例如|举例/u;
