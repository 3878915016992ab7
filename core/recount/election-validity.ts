import type { RulePack } from '../rules/rule-pack.js';
import { meetsThreshold } from '../rules/threshold.js';
import type { BoxSheet } from '../model/tally.js';
import type { BallotTotals } from './ballot-totals.js';

export type VoidReason =
  | { readonly kind: 'quorum'; readonly cast: number; readonly registered: number }
  | {
      readonly kind: 'returned-exceeds-issued';
      readonly box: string | null;
      readonly returned: number;
      readonly issued: number;
    };

export interface ElectionValidity {
  /** False also when the electorate is unknown: the quorum cannot then be shown to be met. */
  readonly quorumMet: boolean;
  readonly electionValid: boolean;
  readonly voidReasons: readonly VoidReason[];
}

/**
 * Whether the rules void the whole election. More returned than issued voids it when it happens in
 * any box, not only in the total: surplus ballots in one box are not offset by unreturned ballots of
 * another. An unknown electorate does not void the election (nothing shows the quorum failed).
 */
export function electionValidity(
  pack: RulePack,
  registered: number | null,
  totals: BallotTotals,
  sheets: readonly BoxSheet[],
): ElectionValidity {
  const voidReasons: VoidReason[] = [];
  let quorumMet = true;
  if (pack.quorum) {
    if (registered === null) quorumMet = false;
    else if (!meetsThreshold(totals.cast, registered, pack.quorum)) {
      quorumMet = false;
      voidReasons.push({ kind: 'quorum', cast: totals.cast, registered });
    }
  }
  if (pack.voidWhenReturnedExceedsIssued) {
    // By box id, so that the reasons read the same whatever order the boxes come in.
    const byBox = [...sheets].sort((a, b) => (a.box < b.box ? -1 : a.box > b.box ? 1 : 0));
    for (const sheet of byBox) {
      if (sheet.returned !== undefined && sheet.issued !== undefined && sheet.returned > sheet.issued)
        voidReasons.push({
          kind: 'returned-exceeds-issued',
          box: sheet.box,
          returned: sheet.returned,
          issued: sheet.issued,
        });
    }
    if (totals.issued !== null && totals.cast > totals.issued)
      voidReasons.push({
        kind: 'returned-exceeds-issued',
        box: null,
        returned: totals.cast,
        issued: totals.issued,
      });
  }
  return { quorumMet, electionValid: voidReasons.length === 0, voidReasons };
}
