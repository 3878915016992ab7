import type { AnnouncedFigure, VotesFigure } from './announced-figures.js';
import { firstStartingAfter } from './text-places.js';

/** Where the line that holds `from` ends: its line break, or the text's end. */
export function endOfLine(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end;
}

/**
 * The figures of a text ordered by where their words start, so that those of one line or one item are
 * found by a binary search rather than a pass over every figure: a pass per line is quadratic in a text
 * of many lines under many headings.
 */
export class FiguresByPlace {
  private readonly placed: {
    readonly at: number;
    readonly order: number;
    readonly figure: AnnouncedFigure;
  }[];

  constructor(figures: readonly AnnouncedFigure[]) {
    this.placed = figures
      .flatMap((figure, order) => (figure.origin.span ? [{ at: figure.origin.span[0], order, figure }] : []))
      .sort((a, b) => a.at - b.at || a.order - b.order);
  }

  /** The figures whose words start at `start` up to but not including `end`, in the order given. */
  startingIn(start: number, end: number): AnnouncedFigure[] {
    const found: (typeof this.placed)[number][] = [];
    for (
      let i = firstStartingAfter(this.placed, start - 1, (entry) => entry.at);
      i < this.placed.length;
      i += 1
    ) {
      const entry = this.placed[i];
      if (!entry || entry.at >= end) break;
      found.push(entry);
    }
    return found.sort((a, b) => a.order - b.order).map((entry) => entry.figure);
  }
}

/** The candidates' votes read wholly within [start, end) of the text: one line, or one item of a line. */
export function votesWithin(figures: FiguresByPlace, start: number, end: number): VotesFigure[] {
  return figures
    .startingIn(start, end + 1)
    .filter(
      (figure): figure is VotesFigure =>
        figure.kind === 'votes' && figure.origin.span !== undefined && figure.origin.span[1] <= end,
    );
}
