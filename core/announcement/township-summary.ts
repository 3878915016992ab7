/**
 * A township's or a street's summary whose block opens with the count of its villages or communities and
 * no wider place word (`（一）村委会换届。14个村登记选民18,204人…`, under the title 青禾镇2026年村（居）委会换届选举
 * 工作总结): the count is all the township's villages together, as `全镇14个村` says (pack-committee-counts.ts
 * reads that one as the committee's own count of the summary). Only where the title, the text's first line,
 * names the township (镇, 乡) or street (街道) and says it is a summary (总结, 情况, 报告 …), and names no one
 * village or community of its own (青禾镇东湖村…工作总结): else `14个村` stays a place of its own, whose
 * counts no quorum is judged on.
 */

/** A count of villages or communities read as a count's place (14个村, 3个社区). */
const PLACES_COUNTED = /^[\d一二三四五六七八九十百]+个(?:行政村|村|社区)$/;

/** The wider place a township summary's `N个村` stands for (全镇, 全乡, 全街道), or null. */
export function townshipOfCountedPlaces(scope: string, folded: string, sentence: string): string | null {
  if (!PLACES_COUNTED.test(scope)) return null;
  // The count opens its sentence (after a list's mark at most): 已完成换届的12个村 are some of the villages.
  const opening = sentence.replace(
    /^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十\d]+[、．])?\s*/u,
    '',
  );
  if (!opening.startsWith(scope)) return null;
  const title = /^\s*([^\n]{1,80})/.exec(folded)?.[1]?.trim() ?? '';
  if (/[。；;，,：:！!？?]/.test(title) || !SUMMARY_WORDS.test(title) || !/选举|换届/.test(title))
    return null;
  const township = /(?:镇|乡|街道)(?!村|级)/.exec(title);
  if (township === null || NAMED_PLACE.test(title.slice(township.index + township[0].length))) return null;
  return `全${township[0]}`;
}

const SUMMARY_WORDS = /总结|情况|汇报|报告|通报|统计|综述/;
/** A village or community named by its own name (东湖村, 白云社区), not the committees' words (村（居）委会, 村级). */
const NAMED_PLACE = /[\u4e00-\u9fff](?<![和及与、全各])(?:村|社区)(?![（(委民级两居务和及与、])/;
