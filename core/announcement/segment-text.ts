import type { TextSpan } from './announced-figures.js';
import type { NumberToken } from './scan-numbers.js';

/**
 * Cuts a folded announcement into sentences (。！？ newline — unless after a clause mark —, or a full stop
 * before a space) and clauses
 * (，；, " and "), never inside a number (1,322). A number's meaning is looked for within its clause.
 */

export interface Clause {
  readonly start: number;
  readonly end: number;
  readonly tokens: readonly NumberToken[];
  /** Positions of colons, which may close a contest heading (主任：). */
  readonly colons: readonly number[];
}

export interface Sentence {
  readonly start: number;
  readonly end: number;
  /** True for the first sentence after a line break: summaries start their totals afresh there. */
  readonly paragraphStart: boolean;
  readonly clauses: readonly Clause[];
}

// A line break after a clause mark (，、；) is a copy's wrapping: the sentence goes on on the next line.
// Nor is one after 占 / 占有 / 占比, which want their share (a copy's blank line between them included).
// (The look back stands after the break, so that it is tried at breaks only: a run of spaces stays linear.)
// A point after a number and before a word ends a sentence too (in Building 3.Thousands voted): it is
// no decimal point, which digits follow.
// Nor is one after a count's words (实际参加投票, 参选率：, a candidate's 得票率 or 得票数, a body's or its
// members' 其中女性成员) before a
// line that starts with its count (２７４０人, 共2309人, 81.1%, 18人): a phone's or a PDF's copy broke the
// sentence there. The words must follow a word
// (not a space, as a table's column heads do) or stand alone on their line before a colon.
const COUNT_WORDS_AT_LINE_END =
  '(?<=(?:[\\u4e00-\\u9fff,;、]|(?:^|\\n)[^\\S\\n]*[\\u4e00-\\u9fff]{0,8})(?:投票|得票率|得票数|得票|选民|选票|参选率|投票率|有效票|无效票|成员|委员|主任|书记|干部|代表|女性|男性|妇女|党员|人员)(?:共|为|是|有)?:?[^\\S\\n]*\\n)';
const COUNT_AT_LINE_START =
  '[^\\S\\n]*(?:共[^\\S\\n]*)?(?:\\d{1,3}(?:[ \\u2009\\u202f]\\d{3})+|\\d+)(?:\\.\\d+)?[^\\S\\n]*[人张票名户%]';
// The point of a short word before a number (`Station No. 2`, `approx. 1,400`, `est. 640`, `ca. 86%`)
// ends no sentence: the number is the word's.
const SHORT_BEFORE_NUMBER = '\\b(?:[Nn][Oo]|[Aa][Pp][Pp][Rr][Oo][Xx]|[Ee][Ss][Tt]|[Cc][Aa])';
const SENTENCE_END = new RegExp(
  [
    '[。！？!?]',
    `\\n(?<![,;、][^\\S\\n]*\\n)(?<!(?:占有?|占比)\\s{0,8}\\n)(?!${COUNT_WORDS_AT_LINE_END}${COUNT_AT_LINE_START})`,
    `(?<!${SHORT_BEFORE_NUMBER})\\.(?=\\s|$)`,
    `(?<=${SHORT_BEFORE_NUMBER})\\.(?=\\s|$)(?![^\\S\\n]*\\d)`,
    '(?<=\\d)\\.(?=[A-Za-z\\u4e00-\\u9fff])',
  ].join('|'),
  'g',
);
// The run of spaces before `and` starts after a non-space, so that a long run of spaces is tried once.
// A middle dot or bullet between spaces parts the items of one line (`Voters: 1,480 · Valid ballots:
// 1,466`); written against its words it is the dot of a name (阿不都·热合曼) and parts nothing. So
// does a bar between spaces (`主任：严峻 1103票 | 委员：郝春梅1057票`, a full-width ｜ folded to it).
// A post's label with its colon after a space (`… 1562票 副主任：孙丽华…`, `… 1,562 Vice-chair: Sun …`) starts
// a new item as a line break does, where a notice's lines were lost (a selection from a PDF or a frame
// is handed over on one line): the candidates after it are of that post. Only after an item that holds
// its number, and never inside words (`选举主任：`, no space before it, stays one clause).
const POST_LABEL_AHEAD =
  '(?<=\\s)(?=(?:(?:村民?|居民?)委员?会|村务监督委员会)?(?:副主任|主任|委员):|(?:Vice[- ]?chair|Deputy[- ]chair|Chair|Member)(?:man|woman|person)?:)';
const CLAUSE_END = new RegExp(`[,;]|(?<!\\s)\\s+and\\s+|(?<=\\s)[·•・|](?=\\s)|${POST_LABEL_AHEAD}`, 'gi');

export function segmentText(folded: string, tokens: readonly NumberToken[]): Sentence[] {
  // Marks the characters that belong to a number, so that a separator inside one (1,322) cuts nothing.
  const inNumber = new Uint8Array(folded.length);
  // A number's unit with it: a copy's line break between them (1302⏎票) ends no sentence either.
  for (const token of tokens) inNumber.fill(1, token.span[0], Math.max(token.span[1], token.end));
  const insideNumber = (at: number) => inNumber[at] === 1;
  // A post's label may have been taken for the unit of the number before it (`1,433 Member:`): its
  // cut is barred only inside the number's own characters.
  const inDigits = new Uint8Array(folded.length);
  for (const token of tokens) inDigits.fill(1, token.span[0], token.span[1]);
  // Tokens begun before each offset, so that "does this stretch hold a number" costs one subtraction.
  const begins = new Uint8Array(folded.length);
  for (const token of tokens) begins[token.span[0]] = 1;
  const begunBefore = new Int32Array(folded.length + 1);
  for (let at = 0, begun = 0; at <= folded.length; begun += begins[at] ?? 0, at++) begunBefore[at] = begun;
  const holdsNumber = (from: number, to: number) => (begunBefore[to] ?? 0) > (begunBefore[from] ?? 0);
  // Tokens are in text order: each clause takes the next ones in turn.
  let nextToken = 0;
  const tokensBefore = (to: number): NumberToken[] => {
    const taken: NumberToken[] = [];
    for (let token = tokens[nextToken]; token && token.span[0] < to; token = tokens[++nextToken])
      taken.push(token);
    return taken;
  };
  const cuts = (pattern: RegExp, from: number, to: number): TextSpan[] => {
    const spans: TextSpan[] = [];
    let start = from;
    for (const match of folded.slice(from, to).matchAll(pattern)) {
      const at = from + match.index;
      if (match[0] === '' ? inDigits[at] === 1 : insideNumber(at)) continue;
      // A bar parts two items only after one that holds its number (`主任：严峻 1103票 | 委员：…`); after a
      // label alone it is a table's cell border (`Valid votes | 1,888`), and the row stays one clause.
      // So does a post's label: the item before it holds its number.
      if ((match[0] === '|' || match[0] === '') && !holdsNumber(start, at)) continue;
      spans.push([start, at]);
      start = at + match[0].length;
    }
    spans.push([start, to]);
    return spans;
  };
  const sentences: Sentence[] = [];
  let paragraphStart = true;
  for (const [start, end] of cuts(SENTENCE_END, 0, folded.length)) {
    const clauses = cuts(CLAUSE_END, start, end).map(([from, to]): Clause => {
      const colons: number[] = [];
      for (let at = from; at < to; at++) if (folded[at] === ':' && !insideNumber(at)) colons.push(at);
      return {
        start: from,
        end: to,
        tokens: tokensBefore(to),
        colons,
      };
    });
    if (folded.slice(start, end).trim() !== '') {
      sentences.push({ start, end, paragraphStart, clauses });
      paragraphStart = false;
    }
    if (folded[end] === '\n') paragraphStart = true;
  }
  return sentences;
}
