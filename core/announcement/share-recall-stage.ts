import type {
  AnnouncedFigure,
  AnnouncedFigures,
  PercentFigure,
  PointChange,
  WrittenCalculation,
} from './announced-figures.js';
import { withAgeChanges } from './age-changes.js';
import { withPointChanges } from './point-changes.js';
import { type RateNote, withNotedRateBase } from './rate-note.js';
import { withVoteSharesOfEither } from './vote-share-bases.js';
import { withCalculations } from './written-calculations.js';

/**
 * The last stage of reading prose: figures whose base the text proves by its structure, read beside the
 * clause reader, are joined to what it read — a statistical table's share rows (read-share-table.ts),
 * a candidate's share in brackets when both its possible bases are stated (vote-share-bases.ts), the
 * base a note states for every candidate's share (rate-note.ts), and
 * calculations written out with their result (written-calculations.ts), whose terms and result are then
 * no longer listed unread, and changes in percentage points stated with both rates (point-changes.ts)
 * or in an average age stated with both ages (age-changes.ts).
 */
export function withShareRecall(
  read: AnnouncedFigures,
  found: {
    readonly tableFigures: readonly AnnouncedFigure[];
    readonly voteSharesOfEither: readonly PercentFigure[];
    readonly calculations: readonly WrittenCalculation[];
    readonly pointChanges: readonly PointChange[];
    readonly ageChanges?: readonly PointChange[];
    /** Notes stating what the candidates' shares are of (rate-note.ts), and the text they quote. */
    readonly rateNotes?: { readonly notes: readonly RateNote[]; readonly text: string };
  },
): AnnouncedFigures {
  const start = (figure: AnnouncedFigure) => figure.origin.span?.[0] ?? 0;
  const figures =
    found.tableFigures.length === 0
      ? read.figures
      : [...read.figures, ...found.tableFigures].sort((a, b) => start(a) - start(b));
  // 注：得票率=得票数÷有效票数×100%: every candidate's share naming no base of its own is of the note's.
  const noted = withNotedRateBase(
    found.rateNotes?.notes ?? [],
    figures,
    read.unread,
    found.voteSharesOfEither,
    found.rateNotes?.text ?? '',
  );
  const shares = withVoteSharesOfEither(noted.figures, noted.unread, noted.eitherShares);
  const {
    calculations,
    unread,
    figures: kept,
  } = withCalculations(found.calculations, shares.figures, shares.unread);
  const points = withPointChanges(found.pointChanges, kept, unread);
  const ages = withAgeChanges(found.ageChanges ?? [], points.unread);
  return {
    ...read,
    figures: kept,
    unread: ages.unread,
    ...(ages.ageChanges.length > 0 ? { ageChanges: ages.ageChanges } : {}),
    ...(calculations.length > 0 ? { calculations } : {}),
    ...(points.pointChanges.length > 0 ? { pointChanges: points.pointChanges } : {}),
  };
}
