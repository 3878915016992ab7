/**
 * Lines a scan's or a PDF's text layer gives with a space between every character
 * (`参 加 投 票 1 2 0 5 人 ， 参 选 率 7 3 . 9 3 % 。`): read as written, each digit was a number of its
 * own and no count had its words, so that a notice read nothing. On such a line the single spaces are
 * the letter-spacing and are taken out before reading (as invisible characters are: the spans read are
 * moved back onto the text as given); a wider gap (two spaces or more) is the text's own space and stays.
 *
 * A line is letter-spaced when it holds at least four pieces between its spaces, four in five of them a
 * single character, at least three of them Chinese characters, and at least three single spaces with a
 * Chinese character alone on one side: a table's row of small counts (`城关镇 5 3 2 1`) and a name padded
 * to its column (`主  任：王明`) are none.
 *
 * Digits so parted are joined only where one number is the only reading: a run of single digits (and a
 * point, a `%` at its end, the letters a scan reads for digits, O, o, l, I) parted by single spaces is one
 * number when it has at most one point, at most five digits before it, and at most three before a `%`.
 * A line with a longer run (`李 梅 1 0 2 0 8 5 . 2 1 %`: a table's votes and share whose column gap the
 * scan lost) is left as given, every space kept: its digits stay unread rather than be read as one count,
 * a share of the wrong digits, or a name's single vote (`李梅 1`, which was said to elect no one).
 */

const isGap = (unit: number): boolean => unit === 0x20 || unit === 0x3000 || unit === 0xa0;
const isLineEnd = (unit: number): boolean =>
  unit === 0x0a || unit === 0x0d || unit === 0x2028 || unit === 0x2029;
const isHan = (unit: number): boolean =>
  (unit >= 0x3400 && unit <= 0x4dbf) || (unit >= 0x4e00 && unit <= 0x9fff) || unit === 0x3007;
const isDigit = (unit: number): boolean =>
  (unit >= 0x30 && unit <= 0x39) || (unit >= 0xff10 && unit <= 0xff19);
/** O, o, l, I: letters a scan reads for digits, kept with the digits so that the run is found garbled. */
const isDigitLetter = (unit: number): boolean =>
  unit === 0x4f || unit === 0x6f || unit === 0x6c || unit === 0x49;
const isPoint = (unit: number): boolean => unit === 0x2e || unit === 0xff0e;
const isPercent = (unit: number): boolean => unit === 0x25 || unit === 0xff05;
const isNumberPiece = (unit: number): boolean =>
  isDigit(unit) || isDigitLetter(unit) || isPoint(unit) || isPercent(unit);

/** Whether a run of single-character pieces of a number, in order, reads as one number. */
function oneNumber(text: string, starts: readonly number[], from: number, to: number): boolean {
  let digits = 0;
  let before = -1;
  let points = 0;
  let realDigit = false;
  for (let at = from; at < to; at++) {
    const unit = text.charCodeAt(starts[at]!);
    if (isPercent(unit)) {
      if (at !== to - 1) return false;
      if ((before < 0 ? digits : before) > 3) return false;
    } else if (isPoint(unit)) {
      points++;
      before = digits;
    } else {
      digits++;
      if (isDigit(unit)) realDigit = true;
    }
  }
  if (!realDigit) return true;
  return points <= 1 && (before < 0 ? digits : before) <= 5;
}

/**
 * For each UTF-16 unit of the text, 1 where it is a letter-spacing space to take out; null when the text
 * has no letter-spaced line. One pass over each line, and one over its pieces.
 */
export function letterSpacingGaps(text: string): Uint8Array | null {
  let dropped: Uint8Array | null = null;
  const starts: number[] = [];
  const ends: number[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = lineStart;
    while (lineEnd < text.length && !isLineEnd(text.charCodeAt(lineEnd))) lineEnd++;
    starts.length = 0;
    ends.length = 0;
    let at = lineStart;
    while (at < lineEnd) {
      while (at < lineEnd && isGap(text.charCodeAt(at))) at++;
      if (at >= lineEnd) break;
      const start = at;
      while (at < lineEnd && !isGap(text.charCodeAt(at))) at++;
      starts.push(start);
      ends.push(at);
    }
    if (isLetterSpaced(text, starts, ends)) {
      dropped ??= new Uint8Array(text.length);
      markGaps(text, starts, ends, dropped);
    }
    lineStart = lineEnd + 1;
  }
  return dropped;
}

const single = (starts: readonly number[], ends: readonly number[], piece: number): boolean =>
  ends[piece]! - starts[piece]! === 1;

function isLetterSpaced(text: string, starts: readonly number[], ends: readonly number[]): boolean {
  const pieces = starts.length;
  if (pieces < 4) return false;
  let singles = 0;
  let han = 0;
  let hanGaps = 0;
  for (let piece = 0; piece < pieces; piece++) {
    if (!single(starts, ends, piece)) continue;
    singles++;
    const isHanPiece = isHan(text.charCodeAt(starts[piece]!));
    if (isHanPiece) han++;
    if (
      piece > 0 &&
      starts[piece]! - ends[piece - 1]! === 1 &&
      single(starts, ends, piece - 1) &&
      (isHanPiece || isHan(text.charCodeAt(starts[piece - 1]!)))
    )
      hanGaps++;
  }
  return singles * 5 >= pieces * 4 && han >= 3 && hanGaps >= 3;
}

function markGaps(
  text: string,
  starts: readonly number[],
  ends: readonly number[],
  dropped: Uint8Array,
): void {
  const pieces = starts.length;
  // Runs of single-character pieces of a number parted by single spaces: a line with one that reads as
  // no one number keeps all its spaces.
  let piece = 0;
  while (piece < pieces) {
    if (!single(starts, ends, piece) || !isNumberPiece(text.charCodeAt(starts[piece]!))) {
      piece++;
      continue;
    }
    let last = piece;
    while (
      last + 1 < pieces &&
      single(starts, ends, last + 1) &&
      starts[last + 1]! - ends[last]! === 1 &&
      isNumberPiece(text.charCodeAt(starts[last + 1]!))
    )
      last++;
    if (!oneNumber(text, starts, piece, last + 1)) return;
    piece = last + 1;
  }
  for (let gap = 1; gap < pieces; gap++) {
    const space = ends[gap - 1]!;
    if (starts[gap]! - space !== 1) continue;
    // Digits on both sides with a piece of several characters (`1 630人`): a thousands space, or two
    // numbers; left to the number reader.
    const before = text.charCodeAt(space - 1);
    const after = text.charCodeAt(space + 1);
    if (
      (isDigit(before) || isDigitLetter(before)) &&
      (isDigit(after) || isDigitLetter(after)) &&
      (!single(starts, ends, gap - 1) || !single(starts, ends, gap))
    )
      continue;
    dropped[space] = 1;
  }
}
