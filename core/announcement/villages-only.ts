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
