/** The strokes of 正 as they are written up, one per vote: a finished 正 is five votes. */
const PARTIAL = ['', '一', '丅', '下', '止'] as const;

/** A count as tally marks: `full` whole 正 and the strokes of the one being written. */
export function zhengMarks(votes: number): { readonly full: number; readonly partial: string } {
  return { full: Math.floor(votes / 5), partial: PARTIAL[votes % 5]! };
}
