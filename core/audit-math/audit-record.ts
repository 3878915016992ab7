/**
 * The record of a risk-limiting audit: each round's hand counts, the risk they leave and the decision
 * taken (stop: the reported outcome is confirmed at the risk limit; escalate: draw more). It is plain
 * JSON so that a signed receipt can carry it as `payload.audit` (docs/receipt.md).
 */
export const AUDIT_RECORD_FORMAT = 'tallywitness.audit/1';

export type AuditMethod = 'bravo' | 'supermajority' | 'batch-comparison';

export interface AuditStep {
  readonly round: number;
  /** Ballots (or boxes) examined so far, all rounds together. */
  readonly examined: number;
  /** The largest risk over the hypotheses tested, after this round (a float, for reading). */
  readonly risk: number;
  /** Decided exactly: every hypothesis within the risk limit. */
  readonly decision: 'stop' | 'escalate';
  /** Each hypothesis: a winner against a loser, or a winner against the threshold. */
  readonly hypotheses: readonly {
    readonly winner: string;
    readonly against: string;
    readonly risk: number;
  }[];
  /** When escalating: a size for the next round (ballots or boxes), or null when none can be given. */
  readonly nextRoundSize?: number | null;
}

export interface AuditRecord {
  readonly format: typeof AUDIT_RECORD_FORMAT;
  readonly method: AuditMethod;
  readonly contest: string;
  /** The risk limit in percent, as given (e.g. "10"). */
  readonly riskLimitPercent: string;
  /** What the audit tests: the reported winners (and, for a threshold, the share of which base). */
  readonly reported: {
    readonly winners: readonly string[];
    readonly ballots: number;
    readonly threshold?: { readonly num: number; readonly den: number; readonly base: 'cast' | 'valid' };
  };
  /** The hand-count file, named by its SHA-256 as the receipt names its inputs. */
  readonly handCounts: { readonly name: string; readonly sha256: string };
  readonly steps: readonly AuditStep[];
  /** stop: confirmed; escalate: not yet; full-hand-count: every ballot or box was counted by hand. */
  readonly outcome: 'confirmed' | 'escalate' | 'full-hand-count';
}
