import type { AnnouncedFigure } from './announced-figures.js';
import { BLOCK_COUNT_AHEAD } from './label-lines.js';

/**
 * A township's summary in prose, a block for each village (or community) opening a line with its name
 * (`西岭村：登记选民1,206人。东片投票站参加投票512人，…，合计988人，参选率81.92%。` ⏎ `南塘村：…全村参加投票784人。`):
 * the block's sentences after its first, which do not name the village again, are still that village's
 * own. A count or a candidate's votes there that its sentence gives no place (合计988人, 全村参加投票784人) is
 * scoped to the block's place, and a share there is said of that place (`place`): its terms are that
 * place's counts alone, never another block's. A block runs from its name to the line where the next
 * block's name opens; the last one to the end of its own line, where the summary's totals or closing
 * words may follow. The figures are left as they are unless every block's name opens a line, once, in
 * the order of `names`.
 */
export function withBlockScopes(
  figures: readonly AnnouncedFigure[],
  folded: string,
  names: readonly string[],
): readonly AnnouncedFigure[] {
  if (names.length < 2) return figures;
  const ranges = blockRanges(folded, names);
  if (ranges === null) return figures;
  let changed = false;
  const scoped = figures.map((figure) => {
    const at = figure.origin.span?.[0];
    if (at === undefined) return figure;
    const block = blockAt(ranges, at);
    if (block === null) return figure;
    if ((figure.kind === 'count' || figure.kind === 'votes') && figure.scope === undefined) {
      changed = true;
      return { ...figure, scope: block.name };
    }
    if (figure.kind === 'percent' && figure.place === undefined) {
      changed = true;
      return { ...figure, place: block.name };
    }
    return figure;
  });
  return changed ? scoped : figures;
}

interface BlockRange {
  readonly name: string;
  /** The head of the line the name opens. */
  readonly from: number;
  readonly to: number;
}

/**
 * Each block's reach, in text order, or null when a name opens no line, opens more than one, or the
 * names open lines out of order.
 */
function blockRanges(folded: string, names: readonly string[]): BlockRange[] | null {
  // A set of the names keeps a summary of many villages linear.
  const named = new Set(names);
  const opened = new Map<string, number>();
  for (const match of folded.matchAll(BLOCK_OPENING)) {
    const name = match[1] ?? '';
    if (!named.has(name)) continue;
    if (opened.has(name)) return null;
    // From the line's head: a figure read with the name before it (`东坪村：全村登记选民…`) is the block's own.
    opened.set(name, match.index);
  }
  const starts = names.map((name) => opened.get(name) ?? -1);
  if (starts.some((start, index) => start < 0 || (index > 0 && start <= starts[index - 1]!))) return null;
  return names.map((name, index) => {
    const from = starts[index]!;
    const next = starts[index + 1];
    const lineEnd = folded.indexOf('\n', from);
    const to = next !== undefined ? folded.lastIndexOf('\n', next) : lineEnd < 0 ? folded.length : lineEnd;
    return { name, from: from, to: wholeOpeningIn(folded, from, to, next === undefined) };
  });
}

/**
 * Where a sentence of the block's reach after its first opens with words of the whole summary
 * (全乡合计…, 以上三村…, 各村…; after the last block also 合计…, 共计…, whose totals may be the summary's):
 * the block ends there. Else `to`.
 */
function wholeOpeningIn(folded: string, from: number, to: number, last: boolean): number {
  const reach = folded.slice(from, to);
  const opening = (last ? WHOLE_OR_TOTAL_OPENING : WHOLE_OPENING).exec(reach);
  return opening === null ? to : from + opening.index + opening[1]!.length;
}

/** A sentence opening with a wider place, the places above or all of them: 全镇…, 全乡合计…, 以上三村…, 各村…. */
const WHOLE_WORDS =
  '全(?:镇|乡|县|区|市|街道)|以上|上述|各(?:行政)?村|各社区|[\\d一二三四五六七八九十]+个(?:行政)?(?:村|社区)';
const WHOLE_OPENING = new RegExp(`([。！？!?\\n][^\\S\\n]*)(?:${WHOLE_WORDS})`, 'u');
/** The same, or a sentence opening with a total (合计…, 共计…, 总计…, 汇总…). */
const WHOLE_OR_TOTAL_OPENING = new RegExp(
  `([。！？!?\\n][^\\S\\n]*)(?:${WHOLE_WORDS}|合计|总计|共计|汇总)`,
  'u',
);

/**
 * A village's or community's name opening a line, perhaps numbered, with its colon (`南塘村：`, `一、东坪村：`)
 * or, without one, right before a count (`二、西坪村本村登记选民…`, `西坪村登记选民…`).
 */
const BLOCK_OPENING = new RegExp(
  `^[ \\t\\u3000]{0,8}(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\\d]{1,3}[)）]|\\d{1,2}[、.．])?([\\u4e00-\\u9fff]{1,8}?(?:村|社区))(?:[^\\S\\n]*[：:]|[，,]?[^\\S\\n]*${BLOCK_COUNT_AHEAD})`,
  'gmu',
);

/** The block whose reach holds `at`, found by a binary search so a summary of many villages stays linear. */
function blockAt(ranges: readonly BlockRange[], at: number): BlockRange | null {
  let [low, high] = [0, ranges.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (ranges[middle]!.from <= at) low = middle + 1;
    else high = middle;
  }
  const block = ranges[low - 1];
  return block !== undefined && at < block.to ? block : null;
}
