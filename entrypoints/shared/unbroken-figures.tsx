/**
 * A share cut short, as the work writes it ("63.1710…%"): a browser may break a line between the "…"
 * and the "%", leaving the sign alone at the start of the next line. Such figures are kept whole.
 */
const CUT_SHARE = /\d[\d.,]*…%/g;

export interface TextRun {
  readonly text: string;
  /** Whether the line may not break inside this run. */
  readonly whole: boolean;
}

/** The text in runs, the cut-short shares apart; joined, the runs are the text unchanged. */
export function figureRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let from = 0;
  for (const match of text.matchAll(CUT_SHARE)) {
    if (match.index > from) runs.push({ text: text.slice(from, match.index), whole: false });
    runs.push({ text: match[0], whole: true });
    from = match.index + match[0].length;
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
