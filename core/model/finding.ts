/** Findings (contract §7): everything the tool says about an election, collected in full, never thrown. */

export type Severity = 'error' | 'warning' | 'info';

export const FINDING_CODES = [
  'RETURNED_EXCEEDS_ISSUED',
  'BALLOT_ACCOUNTING_MISMATCH',
  'VOTES_EXCEED_BALLOTS',
  'TURNOUT_BELOW_QUORUM',
  'SEAT_UNFILLED',
  'TIE',
  'WOMEN_QUOTA_UNMET',
  'NOT_COMPETITIVE',
  'OVERVOTE',
  'DUPLICATE_BALLOT',
  'CVR_TALLY_MISMATCH',
  'ANNOUNCED_MISMATCH',
  'ANNOUNCED_WINNER_MISMATCH',
  'ANNOUNCED_PERCENT_MISMATCH',
  'ANNOUNCED_SUM_MISMATCH',
  // Additions of this project (the contract allows more codes):
  'REGISTERED_MISMATCH',
  'ELECTION_VOID',
  'RUNOFF_THRESHOLD',
  'WRITE_IN',
  'UNREAD_FIGURE',
  'ONE_PERSON_TWO_POSTS',
  'WRITE_IN_LOOKALIKE',
  'WRITE_IN_LIKE_CODE',
  'BALLOTS_UNACCOUNTED',
  'RETURNED_EXCEEDS_VOTERS',
  'WOMEN_MEMBER_POST',
  'LIVE_TALLY_MISMATCH',
  'LIVE_TALLIES_DIFFER',
  'RANKED_FIRST_CHOICES',
  'OUTCOME_UNDECIDED',
  'RUNOFF_CANDIDATE_ELECTED',
] as const;

export type FindingCode = (typeof FINDING_CODES)[number];

/** A message in both languages the tool speaks. */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  /** In the report's language; `messages` holds both. */
  readonly message: string;
  readonly messages: Bilingual;
  readonly contest: string | null;
  readonly candidate: string | null;
  readonly box: string | null;
  readonly expected: number | string | null;
  readonly found: number | string | null;
  /** Where in an input it comes from (announcement text span, ballots line …), when known. */
  readonly where?: FindingLocation;
}

export interface FindingLocation {
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  /** A workbook's sheet: `line` is then its row and `column` its column (1 for A). */
  readonly sheet?: string;
  /** A JSON path such as `$.boxes[0].invalid`, in a JSON input. */
  readonly path?: string;
  /** Character offsets [start, end) into an announcement text. */
  readonly span?: readonly [number, number];
  readonly text?: string;
}

export type Lang = 'zh' | 'en';
