/** A span of text to highlight: a figure that was read, or the place a finding points at. */
export interface HighlightMark {
  readonly start: number;
  readonly end: number;
  readonly kind: 'figure' | 'error' | 'warning' | 'info';
  /** Unique among the marks: what the page links to (`#finding-3`). */
  readonly key: string;
  readonly label: string;
}

/** A run of text under the same marks (none for plain text). */
export interface TextPiece {
  readonly start: number;
  readonly end: number;
  readonly marks: readonly HighlightMark[];
}

/**
 * Cuts the text into runs at every mark's start and end, so that overlapping marks (a finding over the
 * figure it is about, a sentence holding several figures) each cover whole runs. Marks outside the text
 * are clipped; empty ones dropped. The runs cover the text exactly, in order.
 */
export function splitBySpans(length: number, marks: readonly HighlightMark[]): TextPiece[] {
  const clipped = marks
    .map((mark) => ({ ...mark, start: clamp(mark.start, length), end: clamp(mark.end, length) }))
    .filter((mark) => mark.start < mark.end);
  const cuts = [...new Set([0, length, ...clipped.flatMap((mark) => [mark.start, mark.end])])].sort(
    (a, b) => a - b,
  );
  // A sweep: marks join the active set where they start and leave it where they end.
  const byStart = [...clipped].sort((a, b) => a.start - b.start);
  let next = 0;
  let active: HighlightMark[] = [];
  const pieces: TextPiece[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    active = active.filter((mark) => mark.end > start);
    while (next < byStart.length && byStart[next]!.start <= start) active.push(byStart[next++]!);
    pieces.push({ start, end: cuts[i + 1]!, marks: [...active] });
  }
  return pieces;
}

const clamp = (offset: number, length: number) => Math.max(0, Math.min(length, Math.trunc(offset)));

const WEIGHT = { error: 3, warning: 2, info: 1, figure: 0 } as const;

/** The mark a run is coloured by: the gravest finding over it, else the figure. */
export function strongestMark(marks: readonly HighlightMark[]): HighlightMark | undefined {
  let strongest: HighlightMark | undefined;
  for (const mark of marks) if (!strongest || WEIGHT[mark.kind] > WEIGHT[strongest.kind]) strongest = mark;
  return strongest;
}
