/**
 * The recount seen by the quick count and the screens: each box's accounting with its votes, the
 * hand-counted sample as quick-count boxes, and the official shares to compare with.
 */
import type { Contest } from '../model/election.js';
import { contestTotals } from '../model/tally.js';
import { quickCount, quickCountSampleSize, type QuickCount, type SampledBox } from './quick-count.js';
import type { HandBox } from './read-hand-counts.js';
import type { Recount } from './run-risk-audit.js';
import type { ScreenBox } from './screens.js';

/** Every box of the tally sheets, with its votes in every contest. */
export function screenBoxesOf(recount: Recount): ScreenBox[] {
  return recount.sheets.map((sheet) => ({
    box: sheet.box,
    ...(sheet.registered !== undefined ? { registered: sheet.registered } : {}),
    ...(sheet.returned !== undefined ? { returned: sheet.returned } : {}),
    ...(sheet.invalid !== undefined ? { invalid: sheet.invalid } : {}),
    contests: recount.tally.boxes.get(sheet.box)?.contests ?? new Map(),
  }));
}

export interface QuickCountReport extends QuickCount {
  readonly contest: string;
  /** The boxes of the hand count that the tally sheets do not list: left out of the estimate. */
  readonly unknownBoxes: readonly string[];
  /** The boxes a quick count would need for ± `precision` on the leading choice's share. */
  readonly plannedBoxes: number;
  readonly precision: number;
}

/**
 * The quick count of one contest from the hand-counted sample (each box once, its latest round): the
 * ballots returned and the electorate of a sampled box come from its tally sheet; the official figures
 * compared with are the recount's shares of the ballots cast and its turnout.
 */
export function quickCountOf(
  contest: Contest,
  recount: Recount,
  handBoxes: readonly HandBox[],
  confidence: number,
  precision: number,
): QuickCountReport {
  const sheets = new Map(recount.sheets.map((s) => [s.box, s]));
  const latest = new Map(handBoxes.map((b) => [b.box, b]));
  const sample: SampledBox[] = [];
  for (const [box, hand] of latest) {
    const sheet = sheets.get(box);
    if (!sheet) continue;
    sample.push({
      box,
      ...(sheet.registered !== undefined ? { registered: sheet.registered } : {}),
      returned: sheet.returned ?? 0,
      votes: hand.contests.get(contest.id) ?? new Map(),
    });
  }
  const cast = recount.sheets.reduce((s, b) => s + (b.returned ?? 0), 0);
  const totals = contestTotals(recount.tally, contest.id);
  // Candidates always; abstentions and write-ins only when the hand count records them (a hand count that
  // does not mention them has not said they were 0).
  const recorded = new Set(sample.flatMap((b) => [...b.votes.keys()]));
  const candidates = contest.candidates.map((c) => c.id);
  const choices = [...candidates, ...[...recorded].filter((k) => !candidates.includes(k))];
  const withElectorate = recount.sheets.filter((s) => (s.registered ?? 0) > 0);
  const registered = withElectorate.reduce((s, b) => s + b.registered!, 0);
  const turnout =
    registered > 0 ? withElectorate.reduce((s, b) => s + (b.returned ?? 0), 0) / registered : undefined;
  const shares = new Map(choices.map((c) => [c, cast > 0 ? (totals.get(c) ?? 0) / cast : 0]));
  const estimate = quickCount(
    sample,
    recount.sheets.length,
    choices,
    { shares, ...(turnout !== undefined ? { turnout } : {}) },
    confidence,
  );
  const leader = [...totals].filter(([c]) => c !== '#blank').sort((a, b) => b[1] - a[1])[0]?.[0];
  const plannedBoxes =
    leader === undefined
      ? 0
      : quickCountSampleSize(
          recount.sheets.map((s) => ({
            y: recount.tally.boxes.get(s.box)?.contests.get(contest.id)?.get(leader) ?? 0,
            x: s.returned ?? 0,
          })),
          precision,
          confidence,
        );
  return {
    ...estimate,
    contest: contest.id,
    unknownBoxes: [...latest.keys()].filter((box) => !sheets.has(box)),
    plannedBoxes,
    precision,
  };
}
