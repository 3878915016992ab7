/**
 * A share's part that names two or more groups together (`大专和本科学历的占总数的30.3%`, `女性、党员占…`),
 * each of them stated before with its count (`大专学历17人，本科学历20人`). The share is of those people
 * together — never of the last of them alone, which is what matching the words' end to a known label
 * would give. How many they are together the text does not say (they may overlap: 女性 and 党员), only
 * that they are at most the sum of the counts: a share more than that sum gives is wrong under any
 * reading, and one no more than it stays unjudged.
 */

/** What joins the names: 和, 及, 与, 以及, 、, and — not 及 in 及以上/及以下 (大专及以上: one open group). */
const JOINER = /以及|、|和|与|及(?!以[上下])|(?<!\s)\s+and\s+/i;

/**
 * The stated labels a part's words name together, in order, or null unless there are two or more and
 * every piece is one: a piece as written, or with the ending its last piece shares (大专 and 本科学历 →
 * 大专学历 when 大专学历 is stated and 本科学历 ends with 学历). `stated` says whether a label is one the
 * text stated, exactly; `clean` makes a piece of the words a label (groupLabel).
 */
export function labelsNamedTogether(
  words: string,
  stated: (label: string) => boolean,
  clean: (piece: string) => string = (piece) => piece.trim(),
): string[] | null {
  const pieces = words.split(JOINER).map(clean);
  if (pieces.length < 2 || pieces.some((piece) => piece === '')) return null;
  const last = pieces[pieces.length - 1] ?? '';
  const labels: string[] = [];
  for (const piece of pieces) {
    const label = stated(piece) ? piece : withSharedEnding(piece, last, stated);
    if (label === null || labels.includes(label)) return null;
    labels.push(label);
  }
  return labels;
}

/** The piece with an ending of the last piece (shortest first) that makes it a stated label; null if none or several. */
function withSharedEnding(piece: string, last: string, stated: (label: string) => boolean): string | null {
  const fitting: string[] = [];
  for (let cut = 1; cut < last.length; cut++) {
    const label = piece + last.slice(cut);
    if (stated(label)) fitting.push(label);
  }
  return fitting.length === 1 ? (fitting[0] ?? null) : null;
}

/**
 * The words joined by `and` to a clause that starts at `at` (`Women and party members accounted for…`:
 * `Women`), when they run from the start of a sentence or clause and hold no number; null otherwise
 * (`…, and women accounted for`, `40 women and 60 party members`).
 */
export function joinedBefore(folded: string, at: number): string | null {
  const words = JOINED_BY_AND.exec(folded.slice(Math.max(0, at - JOINED_REACH), at))?.[1];
  return words === undefined ? null : words;
}

const JOINED_REACH = 64;
// Read over at most JOINED_REACH (64) characters before a part, so its backtracking is bounded.
// eslint-disable-next-line regexp/no-super-linear-backtracking
const JOINED_BY_AND = /(?:^|[.;:!?,。；：]\s*)([A-Za-z][A-Za-z' -]*?)\s+and\s+$/;
