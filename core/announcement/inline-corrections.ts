import type { TextSpan } from './announced-figures.js';
import { isCorrection } from './correction-sentence.js';

/**
 * A correction in one sentence that plainly names the count it corrects and gives its corrected value
 * (参加投票人数有误，更正后为2,987人; 参加投票人数2,897人有误，现更正为2,987人; 登记选民人数误写为“1,765人”，应为
 * “1,756人”; “参加投票1,337人”应为“参加投票1,377人”，特此更正): the corrected value is the count, read with the
 * count's label. The words of the correction between the label and the corrected value (the wrong value,
 * 有误, 应为, the quotes, a closing 特此更正) are written as spaces in the folded text (the same length, so that
 * offsets hold), so that the label stands before the corrected value as in any notice; the wrong value is
 * kept apart, to be listed unread as superseded. The label is one of the election's own counts (the voters,
 * the registered voters, the ballots issued, returned, valid or invalid); a candidate's votes, a share or
 * any other count corrected stays a correction, every number of it unread. So does a sentence with a
 * second correction in it, once this one is taken out (参选率更正为87.13%): which value is which there is not
 * read.
 *
 * The reader then keeps the corrected value only where no other statement of the same count stands in the
 * notice (correctionsSettled in read-announcement-text.ts): a correction appended under the notice it
 * corrects leaves both the notice's value and the corrected one unread, never one stated twice.
 */
export interface InlineCorrection {
  /** Where the corrected value stands (its digits). */
  readonly corrected: TextSpan;
  /** Where the wrong value stands (its digits), when the sentence states it. */
  readonly superseded: readonly TextSpan[];
}

export interface InlineCorrections {
  readonly folded: string;
  readonly corrections: readonly InlineCorrection[];
  /** The words written as spaces, in text order. */
  readonly blanks: readonly TextSpan[];
}

/** The election's own counts a correction may name (with their usual measure words after). */
const COUNT_LABEL =
  '(?:参加投票(?:的)?(?:选民|村民|居民)?(?:人数|数)?|实际参加投票(?:的)?(?:选民)?(?:人数)?|投票人数|登记(?:的)?选民(?:人数|总数|数)?|选民(?:总数|人数)|发出选票(?:数)?|收回选票(?:数)?|有效(?:选)?票(?:数)?|无效(?:选)?票(?:数)?)';
/** A count written with digits (thousands commas allowed) and its measure word. */
const COUNT = '\\d{1,3}(?:[,，]\\d{3})+|\\d{1,9}';
const UNIT = '(?:人|张|票|名)';
const OPEN = '[“"「]';
const CLOSE = '[”"」]';
/** The words that give the corrected value. */
const GIVES = '(?:现|经核实[，,]?[^\\S\\n]{0,2})?(?:更正后为|更正为|应为|应是|改为)';
/** The words that name the value before them wrong. */
const WRONG = '(?:有误|系笔误|系录入错误)';

/**
 * 参加投票人数(2,897人)?有误，(现)?更正后为2,987人 — or 误写为“1,765人”，应为“1,756人”: the label, then the wrong
 * value or none, the words naming it wrong, the corrected value. Groups: 1 label, 2 wrong value (plain),
 * 3 wrong value (误写为), 4 corrected value.
 */
const LABELLED = new RegExp(
  `(${COUNT_LABEL})[^\\S\\n]{0,2}(?:${OPEN}?[^\\S\\n]{0,2}(${COUNT})[^\\S\\n]{0,2}${UNIT}?[^\\S\\n]{0,2}${CLOSE}?[^\\S\\n]{0,2})?` +
    `(?:${WRONG}|(?:误|错)(?:写|录|填|印|打|记)(?:为|成)[^\\S\\n]{0,2}${OPEN}?[^\\S\\n]{0,2}(${COUNT})[^\\S\\n]{0,2}${UNIT}?[^\\S\\n]{0,2}${CLOSE}?)` +
    `[^\\S\\n]{0,2}[，,]?[^\\S\\n]{0,2}${GIVES}[^\\S\\n]{0,2}${OPEN}?[^\\S\\n]{0,2}(${COUNT})[^\\S\\n]{0,2}${UNIT}[^\\S\\n]{0,2}${CLOSE}?`,
  'gu',
);

/**
 * “参加投票1,337人”(有误，)?应为“参加投票1,377人”: the label and the wrong value quoted, then the same label and
 * the corrected value quoted. Groups: 1 label, 2 wrong value, 3 corrected value.
 */
const QUOTED = new RegExp(
  `${OPEN}[^\\S\\n]{0,2}(${COUNT_LABEL})[^\\S\\n]{0,2}(${COUNT})[^\\S\\n]{0,2}${UNIT}[^\\S\\n]{0,2}${CLOSE}[^\\S\\n]{0,2}` +
    `(?:${WRONG}[^\\S\\n]{0,2}[，,]?[^\\S\\n]{0,2})?${GIVES}[^\\S\\n]{0,2}${OPEN}[^\\S\\n]{0,2}\\1[^\\S\\n]{0,2}(${COUNT})[^\\S\\n]{0,2}${UNIT}[^\\S\\n]{0,2}${CLOSE}`,
  'gu',
);

/**
 * A correction's own heading right before the count it names, at its sentence's or line's opening
 * (更正：参加投票人数有误，更正为2,987人; 【勘误】): the word that says a correction follows, nothing to read.
 */
const HEADING_BEFORE =
  /(?:^|[。！？!?\n])[^\S\n]{0,4}[【〔[(（]?[^\S\n]{0,2}(?:更正|勘误|更正说明|更正启事)[^\S\n]{0,2}[】〕\])）]?[^\S\n]{0,2}[：:]?[^\S\n]{0,2}$/;
/** How far before a correction's label its heading is looked for. */
const HEADING_REACH = 16;

/** 特此更正 (更正如下 stays: it opens a restated account, which is a correction still) right after the value. */
const CLOSING = /^[^\S\n]{0,2}[，,]?[^\S\n]{0,2}特此更正/;

/** The sentence a correction stands in, for the test that nothing else in it corrects: to 。！？ or a line's end. */
const SENTENCE_END = /[。！？!?\n]/;
/** How far a sentence is looked at either side of a correction (a window, so that reading stays linear). */
const SENTENCE_REACH = 200;

const CHEAP =
  /有误|笔误|录入错误|误写|误录|误填|误印|误打|误记|错写|错录|错填|错印|错打|错记|应为|应是|更正|改为/;

export function inlineCorrections(folded: string): InlineCorrections {
  if (!CHEAP.test(folded)) return { folded, corrections: [], blanks: [] };
  const found: { start: number; blank: TextSpan[]; corrected: TextSpan; superseded: TextSpan[] }[] = [];
  for (const match of folded.matchAll(LABELLED)) {
    const at = match.index;
    const label = match[1] ?? '';
    const value = match[4] ?? '';
    const valueAt = at + match[0].lastIndexOf(value);
    const wrong = [match[2], match[3]].filter((one): one is string => one !== undefined);
    const superseded = wrongSpans(match[0], at, label.length, wrong);
    found.push({
      start: at,
      blank: [[at + label.length, valueAt]],
      corrected: [valueAt, valueAt + value.length],
      superseded,
    });
  }
  for (const match of folded.matchAll(QUOTED)) {
    const at = match.index;
    const label = match[1] ?? '';
    const value = match[3] ?? '';
    const valueAt = at + match[0].lastIndexOf(value);
    const labelAt = at + match[0].lastIndexOf(label, valueAt - at);
    found.push({
      start: at,
      // Up to the second label, and the closing quote after the value.
      blank: [
        [at, labelAt],
        [at + match[0].length - 1, at + match[0].length],
      ],
      corrected: [valueAt, valueAt + value.length],
      superseded: wrongSpans(match[0], at, 1 + label.length, [match[2] ?? '']),
    });
  }
  if (found.length === 0) return { folded, corrections: [], blanks: [] };
  found.sort((a, b) => a.corrected[0] - b.corrected[0]);
  const corrections: InlineCorrection[] = [];
  const blanks: TextSpan[] = [];
  // Where the corrected values kept so far reach: in order of start, one overlaps a kept one only if it
  // starts before that (a test of each against all kept was quadratic in a text of many corrections).
  let keptReach = -1;
  for (const one of found) {
    // Two corrections found over the same words (a quoted one inside a labelled one): the first only.
    if (one.corrected[0] < keptReach) continue;
    const blank = [...one.blank];
    const heading = HEADING_BEFORE.exec(folded.slice(Math.max(0, one.start - HEADING_REACH), one.start));
    if (heading) {
      const opening = heading[0].search(/[^。！？!?\n]/);
      if (opening >= 0) blank.push([one.start - heading[0].length + opening, one.start]);
    }
    const after = folded.slice(one.corrected[1], one.corrected[1] + 8);
    const unitEnd =
      one.corrected[1] + (/^[^\S\n]{0,2}[人张票名][^\S\n]{0,2}[”"」]?/.exec(after)?.[0].length ?? 0);
    const closing = CLOSING.exec(folded.slice(unitEnd, unitEnd + 16));
    if (closing) blank.push([unitEnd, unitEnd + closing[0].length]);
    // Nothing else in the sentence corrects: else which value is which is not read, and all stay unread.
    if (isCorrection(sentenceAround(folded, one.corrected[0], blank))) continue;
    blanks.push(...blank);
    corrections.push({ corrected: one.corrected, superseded: one.superseded });
    keptReach = Math.max(keptReach, one.corrected[1]);
  }
  if (corrections.length === 0) return { folded, corrections: [], blanks: [] };
  blanks.sort((a, b) => a[0] - b[0]);
  return { folded: blankSpans(folded, blanks), corrections, blanks };
}

/** Where each wrong value stands in the match (searched after the label, in order). */
function wrongSpans(matched: string, at: number, from: number, values: readonly string[]): TextSpan[] {
  const spans: TextSpan[] = [];
  let after = from;
  for (const value of values) {
    const index = matched.indexOf(value, after);
    if (index < 0) continue;
    spans.push([at + index, at + index + value.length]);
    after = index + value.length;
  }
  return spans;
}

/**
 * The sentence around `at` (bounded by SENTENCE_REACH either side), with the correction's words blanked:
 * what else in it corrects.
 */
function sentenceAround(text: string, at: number, blank: readonly TextSpan[]): string {
  const from = Math.max(0, at - SENTENCE_REACH);
  const before = text.slice(from, at);
  let start = from;
  for (let i = before.length - 1; i >= 0; i--)
    if (SENTENCE_END.test(before[i] ?? '')) {
      start = from + i + 1;
      break;
    }
  const rest = text.slice(at, at + SENTENCE_REACH);
  const stop = rest.search(SENTENCE_END);
  const end = stop < 0 ? at + rest.length : at + stop;
  const inside = blank
    .map(([a, b]): TextSpan => [Math.max(a, start) - start, Math.min(b, end) - start])
    .filter(([a, b]) => a < b)
    .sort((a, b) => a[0] - b[0]);
  return blankSpans(text.slice(start, end), inside);
}

/** The text with the given spans (in text order, apart) turned to spaces, line breaks kept: offsets hold. */
function blankSpans(text: string, spans: readonly TextSpan[]): string {
  let out = '';
  let at = 0;
  for (const [start, end] of [...spans].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue;
    out += text.slice(at, start) + text.slice(start, end).replace(/[^\n]/g, ' ');
    at = end;
  }
  return out + text.slice(at);
}
