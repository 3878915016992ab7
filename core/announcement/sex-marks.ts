import type { TextSpan } from './announced-figures.js';
import { personBracket } from './person-bracket.js';

/**
 * A person's sex as the notice writes it: in brackets right after the name (`王芳（女）当选委员`,
 * `当选委员：李梅（女）、赵强`, `李梅（女，得票1021票）`, `赵强（得票998票，男）`), or in a table's 性别 column under 姓名. Only
 * what is written: a sex is never guessed from a name.
 */
export interface SexMark {
  /** The run of Chinese characters the mark stands right after (a name, or words that end with one). */
  readonly before: string;
  readonly sex: '男' | '女';
  readonly span: TextSpan;
}

/**
 * The bracketed mark after a name: `（女）`, or `（女，…）` / `（女、…）` opening a bracket that closes on its
 * line. The run before it is of two to eight Chinese characters (a name, or 当选委员王芳) right after no
 * other Chinese character.
 */
const BRACKETED =
  /(?<![\p{Script=Han}·])([\p{Script=Han}·]{2,8})[（(]([男女])(?:[）)]|[，,、](?=[^（()）\n]{1,40}[）)]))/gu;

/**
 * A bracket after a name that writes the sex after the votes or the words of the description
 * (`赵强（得票998票，男）`, `唐慧（得票1290张，女，中共党员）`): read only where every item of it is of a person's
 * bracket (person-bracket.ts), so that the 男 or 女 is the sex of the name before it.
 */
const SEX_LATER = /(?<![\p{Script=Han}·])([\p{Script=Han}·]{2,8})[（(]([^（()）\n]{3,60})[）)]/gu;

/** A table's row split into cells: tabs, a bar, or two spaces and more. */
const CELLS = /\t|[|｜]|\s{2,}/u;

/** The lines after a heading row with 姓名 and 性别 whose cells hold a name and 男 or 女 in those columns. */
function tableMarks(folded: string): SexMark[] {
  const marks: SexMark[] = [];
  let lineStart = 0;
  let columns: { name: number; sex: number; cells: number } | null = null;
  for (const line of folded.split('\n')) {
    const cells = line
      .trim()
      .split(CELLS)
      .map((cell) => cell.trim());
    const name = cells.indexOf('姓名');
    const sex = cells.indexOf('性别');
    if (name >= 0 && sex >= 0) columns = { name, sex, cells: cells.length };
    else if (columns !== null) {
      const mark = cells[columns.sex];
      const who = cells[columns.name];
      if (
        cells.length === columns.cells &&
        (mark === '男' || mark === '女') &&
        who !== undefined &&
        who !== ''
      ) {
        const at = line.indexOf(who);
        marks.push({ before: who, sex: mark, span: [lineStart + at, lineStart + at + who.length] });
      } else if (line.trim() !== '') columns = null;
    }
    lineStart += line.length + 1;
  }
  return marks;
}

/**
 * The sex marks a notice writes, and its folded text with each bracket that holds only the sex blanked out
 * as spaces, the same length, so that the name before it is read as the name it is (`王芳   当选委员`):
 * before, `王芳（女）当选委员` declared no one the reader could name. So is a bracket of the sex and words of the
 * description with no number, in either order (`（女，回族）`, `（回族，女）`). A bracket that says more
 * (`大庆丰（男，50岁）得票1003票`) is left as written, its sex kept.
 */
export function sexMarks(folded: string): { marks: SexMark[]; folded: string } {
  const marks: SexMark[] = [];
  const blanks: TextSpan[] = [];
  for (const match of folded.matchAll(BRACKETED)) {
    const before = match[1]!;
    const sex = match[2] as '男' | '女';
    const start = match.index + before.length;
    const closes = /[）)]$/u.test(match[0]);
    marks.push({ before, sex, span: [match.index, start] });
    // `（女）` goes whole; `（女，50岁）` is left as written, a description the votes' reader knows.
    if (closes) blanks.push([start, match.index + match[0].length]);
  }
  for (const match of folded.matchAll(SEX_LATER)) {
    const bracket = personBracket(match[2]!);
    if (bracket === null || bracket.sex === null) continue;
    const before = match[1]!;
    const start = match.index + before.length;
    // `（女，回族）`, `（回族，女）`, `（女，中共党员）`: the sex and words of the description with no number go whole
    // too, as `（女）` does (before, `李红（回族，女）得票1004票` was no one's votes).
    if (bracket.votes === 0 && !/\d/u.test(match[2]!)) blanks.push([start, match.index + match[0].length]);
    if (bracket.sexFirst) continue;
    marks.push({ before, sex: bracket.sex, span: [match.index, start] });
  }
  let blanked = '';
  let last = 0;
  for (const [from, to] of blanks.sort((a, b) => a[0] - b[0])) {
    if (from < last) continue;
    blanked += folded.slice(last, from) + ' '.repeat(to - from);
    last = to;
  }
  blanked += folded.slice(last);
  return { marks: [...marks, ...tableMarks(folded)].sort((a, b) => a.span[0] - b.span[0]), folded: blanked };
}

/**
 * The sex the marks give a name: the marks written right after it alone, or, when there are none, those
 * after words that end with it (`当选委员王芳（女）`). Null when none is written or the marks disagree.
 */
export function sexOfName(marks: readonly SexMark[], name: string): '男' | '女' | null {
  const exact = marks.filter((mark) => mark.before === name);
  const found = exact.length > 0 ? exact : marks.filter((mark) => mark.before.endsWith(name));
  const sexes = new Set(found.map((mark) => mark.sex));
  return sexes.size === 1 ? [...sexes][0]! : null;
}
