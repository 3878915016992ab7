import type { AnnouncedFigure, VotesFigure } from './announced-figures.js';

/** Where the line that holds `from` ends: its line break, or the text's end. */
export function endOfLine(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end;
}

/** The candidates' votes read wholly within one line of the text, [lineStart, lineEnd). */
export function votesOnLine(
  figures: readonly AnnouncedFigure[],
  lineStart: number,
  lineEnd: number,
): VotesFigure[] {
  return figures.filter(
    (figure): figure is VotesFigure =>
      figure.kind === 'votes' &&
      figure.origin.span !== undefined &&
      figure.origin.span[0] >= lineStart &&
      figure.origin.span[1] <= lineEnd,
  );
}
