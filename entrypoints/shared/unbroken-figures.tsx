/**
 * A share cut short, as the work writes it ("63.1710…%"): a browser may break a line between the "…"
 * and the "%", leaving the sign alone at the start of the next line. Such figures are kept whole.
 */
const CUT = '…%';
const FIGURE_UNIT = /[\d.,]/;

/**
 * The cut-short shares of `text`, as `text.matchAll(/\d[\d.,]*…%/g)` finds them: from each "…%" back
 * to the first digit of the digits, points and commas before it. Looked for from the "…%", so that a
 * long run of digits is read once (the pattern reads it again from each digit).
 */
function cutShares(text: string): { index: number; text: string }[] {
  const found: { index: number; text: string }[] = [];
  for (let at = text.indexOf(CUT); at >= 0; at = text.indexOf(CUT, at + CUT.length)) {
    let start = at;
    while (start > 0 && FIGURE_UNIT.test(text[start - 1] ?? '')) start--;
    while (start < at && !/\d/.test(text[start] ?? '')) start++;
    if (start < at) found.push({ index: start, text: text.slice(start, at + CUT.length) });
  }
  return found;
}

export interface TextRun {
  readonly text: string;
  /** Whether the line may not break inside this run. */
  readonly whole: boolean;
}

/**
 * The short word a Chinese line of work ends with after its colon ("…收回选票2015：正确", "…：未达到。"):
 * a browser may break a line between any two Chinese characters, leaving "正" at the end of one line and
 * "确" alone on the next. At most four characters (a verdict, a name), so a clause is never held whole.
 */
const CLOSING_WORD = /：([\u4e00-\u9fff]{1,4}。?)$/u;

/**
 * The text in runs, the cut-short shares and the closing word apart; joined, the runs are the text
 * unchanged.
 */
export function figureRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let from = 0;
  const closing = CLOSING_WORD.exec(text);
  const closingAt = closing ? text.length - closing[1]!.length : text.length;
  for (const match of [...cutShares(text), ...(closing ? [{ index: closingAt, text: closing[1]! }] : [])]) {
    if (match.index > from) runs.push({ text: text.slice(from, match.index), whole: false });
    runs.push({ text: match.text, whole: true });
    from = match.index + match.text.length;
  }
  if (from < text.length) runs.push({ text: text.slice(from), whole: false });
  return runs;
}

/** `text` as it is, each cut-short share on one line. */
export function UnbrokenFigures({ text }: { text: string }) {
  return (
    <>
      {figureRuns(text).map((run, index) =>
        run.whole ? (
          <span key={index} class="figure-whole" data-figure-whole>
            {run.text}
          </span>
        ) : (
          run.text
        ),
      )}
    </>
  );
}
