import { FINDING_CODES, type Finding, type Severity } from '../model/finding.js';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const CODE_ORDER = new Map<string, number>(FINDING_CODES.map((code, index) => [code, index]));

/** The order the report lists contests and boxes in: the election's, and the tally sheets'. */
export interface FindingPlaces {
  readonly contests: readonly string[];
  readonly boxes: readonly string[];
}

const NO_PLACES: FindingPlaces = { contests: [], boxes: [] };

/**
 * Compares two places (contest or box ids): none (the whole election) first, then in the order given,
 * then any id the order does not hold (an announced contest the election lacks), by its text.
 */
function placeComparer(order: readonly string[]): (a: string | null, b: string | null) => number {
  const rank = new Map(order.map((id, index) => [id, index]));
  const rankOf = (id: string | null): number => (id === null ? -1 : (rank.get(id) ?? order.length));
  return (a, b) => {
    if (a === b) return 0;
    const byRank = rankOf(a) - rankOf(b);
    if (byRank !== 0) return byRank;
    return a! < b! ? -1 : 1;
  };
}

/**
 * Findings in the order a reader needs them: errors first, then by code (in the order of
 * FINDING_CODES), then contest, then box, each in the order the report lists them (whole-election
 * findings before per-contest and per-box ones). The sort is stable: findings equal on all of these
 * keep the order they were found in.
 */
export function sortFindings(findings: readonly Finding[], places: FindingPlaces = NO_PLACES): Finding[] {
  const compareContests = placeComparer(places.contests);
  const compareBoxes = placeComparer(places.boxes);
  return [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (CODE_ORDER.get(a.code) ?? 0) - (CODE_ORDER.get(b.code) ?? 0) ||
      compareContests(a.contest, b.contest) ||
      compareBoxes(a.box, b.box),
  );
}
