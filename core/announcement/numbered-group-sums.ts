import type { AnnouncedFigure, PartitionPart, StatedPartition } from './announced-figures.js';
import { parseChineseNumber } from './parse-number.js';
import type { Sentence } from './segment-text.js';
import { sentenceAndClauseAt } from './text-places.js';

/**
 * The counts of a village's numbered groups (一组, 二组, 第三村民小组) summed by the total after them
 * (`一组实到42户、二组实到39户、三组实到41户，三个组共实到122户`; `第一村民小组参加投票156人，第二村民小组参加投票
 * 143人，两个小组合计参加投票299人`): the total says it is of the groups listed, so they add up to it exactly.
 * Read only where plain, in one sentence: the total's clause opens with the number of groups (三个组, 两个
 * 小组) and 共, or with 合计, 共计 or 总计, then the words it counts by, its count and unit; right before it
 * stand the groups, each its own piece (parted by 、 or a comma) with its number, the total's very words,
 * its count and the total's unit, numbered one, two, … with none twice. The number of groups stated must
 * be the number listed (`四个组共实到160户` after three groups: a group is missing, nothing is summed); a
 * bare 共 with no number of groups may be the whole village's and sums nothing; so does a list after a
 * piece that counts in the total's unit otherwise.
 */

/** How long the total's clause may be up to its count, and how far back its groups may stand. */
const TOTAL_REACH = 40;
const LIST_REACH = 240;
const NUMBER = String.raw`(?:[一二两三四五六七八九十]{1,3}|\d{1,2})`;
/** The total's clause up to its count: the groups' number, 共 or 合计, its words, count and unit. */
const TOTAL = new RegExp(
  String.raw`^[\s,，、]*(?:全村|本村|全社区|本社区)?(?:(${NUMBER})个(?:村民|居民)?小?组)?(合计|共计|总计|共)([^\d\s,，、;；]{1,12})(\d{1,9})([户人名])$`,
);
/** One group's piece: its number, the words it counts by, its count and unit. */
const PART = new RegExp(
  String.raw`^(第)?(${NUMBER})(组|小组|村民小组|居民小组)([^\d\s,，、;；]{1,12})(\d{1,9})([户人名])$`,
);
const SEPARATOR = /[、,，;；]/g;

/** 三 → 3, 两 → 2, 12 → 12. */
function groupNumber(written: string): number | null {
  if (/^\d+$/.test(written)) return Number(written);
  const parsed = parseChineseNumber(written);
  return parsed && parsed.decimals === 0 ? Number(parsed.digits) : null;
}

/** The words a count is by, without 的 and 为, 有, 是 after them: 实到, 参加投票. */
const wordsOf = (words: string): string => words.replace(/^的/, '').replace(/(?:为|有|是)$/, '');

export function numberedGroupPartitions(
  folded: string,
  original: string,
  sentences: readonly Sentence[],
  figures: readonly AnnouncedFigure[],
  taken: ReadonlySet<AnnouncedFigure>,
): StatedPartition[] {
  const partitions: StatedPartition[] = [];
  for (const total of figures) {
    if (taken.has(total) || !total.origin.span) continue;
    if (total.kind !== 'count' && total.kind !== 'group') continue;
    if (total.kind === 'count' && total.contest !== null) continue;
    const [start, end] = total.origin.span;
    const { sentence, clause: at } = sentenceAndClauseAt(sentences, start);
    const clause = sentence?.clauses[at];
    if (!sentence || !clause || end - clause.start > TOTAL_REACH || end < clause.start) continue;
    const stated = TOTAL.exec(folded.slice(clause.start, end));
    if (!stated?.[2] || !stated[3] || !stated[4] || !stated[5]) continue;
    if (BigInt(stated[4]) !== total.value) continue;
    const groups = stated[1] === undefined ? null : groupNumber(stated[1]);
    // 共 alone may be the whole village's: only with the number of groups it is of.
    if (stated[2] === '共' && groups === null) continue;
    const words = wordsOf(stated[3]);
    const unit = stated[5];
    const parts = groupsBefore(
      folded,
      original,
      Math.max(sentence.start, clause.start - LIST_REACH),
      clause.start,
      words,
      unit,
    );
    if (!parts || parts.length < 2 || (groups !== null && groups !== parts.length)) continue;
    partitions.push({ family: 'numbered-groups', total, parts, complete: true });
  }
  return partitions;
}

/**
 * The groups listed right before `to`, from the last back to the first, each counting by `words` in
 * `unit`, numbered one to their number; null when a piece counts in the unit otherwise, or a group is
 * named twice or one is missing.
 */
function groupsBefore(
  folded: string,
  original: string,
  from: number,
  to: number,
  words: string,
  unit: string,
): PartitionPart[] | null {
  const text = folded.slice(from, to);
  const pieces: [number, number][] = [];
  let pieceStart = 0;
  for (const separator of text.matchAll(SEPARATOR)) {
    pieces.push([pieceStart, separator.index]);
    pieceStart = separator.index + separator[0].length;
  }
  pieces.push([pieceStart, text.length]);
  const parts: PartitionPart[] = [];
  const numbers = new Set<number>();
  for (let index = pieces.length - 1; index >= 0; index--) {
    const [pieceFrom, pieceTo] = pieces[index]!;
    const raw = text.slice(pieceFrom, pieceTo);
    const piece = raw.trim();
    if (piece === '') {
      if (parts.length === 0) continue;
      break;
    }
    const part = PART.exec(piece);
    const number = part?.[2] === undefined ? null : groupNumber(part[2]);
    if (!part?.[4] || !part[5] || number === null || wordsOf(part[4]) !== words || part[6] !== unit) {
      // 四组参加投票40人 written otherwise before the list: it may be among what the total sums.
      if (new RegExp(`\\d[${unit}]`).test(piece)) return null;
      break;
    }
    if (numbers.has(number)) return null;
    numbers.add(number);
    const at = from + pieceFrom + (raw.length - raw.trimStart().length);
    parts.unshift({
      kind: piece.slice(0, piece.length - part[4].length - part[5].length - part[6].length),
      value: BigInt(part[5]),
      span: [at, at + piece.length],
      text: original.slice(at, at + piece.length),
    });
  }
  const sorted = [...numbers].sort((a, b) => a - b);
  return sorted.every((number, index) => number === index + 1) ? parts : null;
}
