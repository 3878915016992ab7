import { readSimpleCsv, wholeNumber } from './simple-csv.js';

/**
 * An independent count of contract §5 under `cn-village` (first round and runoff), written from the
 * contract and docs/rules.md alone, without importing anything from core/. It reads election.json,
 * boxes.csv and tallies.csv as text and says what the law makes of them: turnout, votes, winners,
 * open seats, and the findings it knows, each as `CODE contest box` (or `WRITE_IN contest name`).
 */

interface OracleCandidate {
  id: string;
  name: string;
  gender?: 'female' | 'male';
}
interface OracleContestDefinition {
  id: string;
  name: string;
  seats: number;
  candidates: OracleCandidate[];
}
interface OracleElectionDefinition {
  round?: 'first' | 'runoff';
  registeredVoters?: number;
  minWomen?: number;
  contests: OracleContestDefinition[];
}

export interface OracleContest {
  id: string;
  /** Votes per candidate id, and per written-in name that received any. */
  votes: Record<string, number>;
  blank: number;
  /** Sorted, so that order conventions between equal votes do not matter. */
  elected: string[];
  unfilledSeats: number;
}

export interface OracleResult {
  registered: number | null;
  cast: number;
  invalid: number;
  valid: number;
  quorumMet: boolean;
  electionValid: boolean;
  contests: OracleContest[];
  /** Sorted, without repeats. */
  findings: string[];
  /** The findings of severity `error` decide the command line's exit status. */
  hasError: boolean;
}

/** The codes this oracle decides; the core must not produce others from these three inputs. */
export const ORACLE_CODES = [
  'RETURNED_EXCEEDS_ISSUED',
  'BALLOT_ACCOUNTING_MISMATCH',
  'VOTES_EXCEED_BALLOTS',
  'TURNOUT_BELOW_QUORUM',
  'ELECTION_VOID',
  'REGISTERED_MISMATCH',
  'SEAT_UNFILLED',
  'TIE',
  'RUNOFF_THRESHOLD',
  'WOMEN_QUOTA_UNMET',
  'NOT_COMPETITIVE',
  'WRITE_IN',
  'BALLOTS_UNACCOUNTED',
] as const;

const ERROR_CODES = new Set([
  'RETURNED_EXCEEDS_ISSUED',
  'BALLOT_ACCOUNTING_MISMATCH',
  'VOTES_EXCEED_BALLOTS',
  'TURNOUT_BELOW_QUORUM',
  'ELECTION_VOID',
]);

export const findingKey = (code: string, contest: string | null, where: string | null): string =>
  `${code} ${contest ?? '-'} ${where ?? '-'}`;

interface Box {
  box: string;
  registered: number;
  issued: number;
  returned: number;
  invalid: number;
}

/** Votes of one contest within one box (or all boxes): name key -> votes, and the blank row if any. */
interface Counts {
  votes: Map<string, number>;
  blank: number;
  blankStated: boolean;
}

export function countElection(files: { election: string; boxes: string; tallies: string }): OracleResult {
  const definition = JSON.parse(files.election.replace(/^\uFEFF/, '')) as OracleElectionDefinition;
  const round = definition.round ?? 'first';
  const findings = new Set<string>();

  const boxes: Box[] = readSimpleCsv(files.boxes).map((row) => ({
    box: row['box'] ?? '',
    registered: wholeNumber(row, 'registered'),
    issued: wholeNumber(row, 'issued'),
    returned: wholeNumber(row, 'returned'),
    invalid: wholeNumber(row, 'invalid'),
  }));

  // Turnout: cast = ballots returned, void ones included; valid = cast minus void.
  let cast = 0;
  let issued = 0;
  let invalid = 0;
  let boxRegistered = 0;
  for (const box of boxes) {
    cast += box.returned;
    issued += box.issued;
    invalid += box.invalid;
    boxRegistered += box.registered;
  }
  const valid = Math.max(0, cast - invalid);
  const registered = definition.registeredVoters ?? boxRegistered;
  if (definition.registeredVoters !== undefined && definition.registeredVoters !== boxRegistered)
    findings.add(findingKey('REGISTERED_MISMATCH', null, null));
  // No one casts two ballots: more returned than the electorate is an error (unless the electorate is
  // only the boxes' sum and that is 0, i.e. not stated).
  if (cast > registered && (definition.registeredVoters !== undefined || registered > 0))
    findings.add(findingKey('BALLOT_ACCOUNTING_MISMATCH', null, null));

  // The election is valid only if more than half of the registered voters cast a ballot.
  const quorumMet = cast * 2 > registered;
  if (!quorumMet) findings.add(findingKey('TURNOUT_BELOW_QUORUM', null, null));

  // More returned than issued, in any box or in all, voids the election.
  let surplus = false;
  for (const box of boxes) {
    if (box.returned > box.issued) {
      surplus = true;
      findings.add(findingKey('RETURNED_EXCEEDS_ISSUED', null, box.box));
    }
  }
  if (cast > issued) {
    surplus = true;
    findings.add(findingKey('RETURNED_EXCEEDS_ISSUED', null, null));
  }
  const electionValid = quorumMet && !surplus;
  if (!electionValid) findings.add(findingKey('ELECTION_VOID', null, null));

  // Votes per box and contest, names folded to the candidate's id.
  const perBox = new Map<string, Map<string, Counts>>();
  for (const row of readSimpleCsv(files.tallies)) {
    const contest = definition.contests.find((c) => c.id === row['contest'] || c.name === row['contest']);
    if (!contest) throw new Error(`oracle: unknown contest ${row['contest']}`);
    const written = row['candidate'] ?? '';
    const votes = wholeNumber(row, 'votes');
    const boxCounts = perBox.get(row['box'] ?? '') ?? new Map<string, Counts>();
    perBox.set(row['box'] ?? '', boxCounts);
    const counts = boxCounts.get(contest.id) ?? { votes: new Map(), blank: 0, blankStated: false };
    boxCounts.set(contest.id, counts);
    if (written === '#blank') {
      counts.blank += votes;
      counts.blankStated = true;
      continue;
    }
    const candidate = contest.candidates.find((c) => c.id === written || c.name === written);
    const key = candidate ? candidate.id : written;
    counts.votes.set(key, (counts.votes.get(key) ?? 0) + votes);
  }

  const contests: OracleContest[] = [];
  let womenElected = 0;
  for (const contest of definition.contests) {
    // All boxes together.
    const total: Counts = { votes: new Map(), blank: 0, blankStated: true };
    let anyRows = false;
    for (const box of boxes) {
      const counts = perBox.get(box.box)?.get(contest.id);
      if (!counts) {
        // A box with valid ballots must have rows for every contest: a box left out of the tally
        // sheets is one finding, a contest left out of a box's rows one per contest.
        if (box.returned > box.invalid)
          findings.add(
            findingKey('BALLOT_ACCOUNTING_MISMATCH', perBox.has(box.box) ? contest.id : null, box.box),
          );
        continue;
      }
      anyRows = true;
      checkBallotsFit(contest, counts, box.box, Math.max(0, box.returned - box.invalid), findings);
      for (const [key, votes] of counts.votes) total.votes.set(key, (total.votes.get(key) ?? 0) + votes);
      total.blank += counts.blank;
      // Abstentions of all boxes are known only when every box with votes states them.
      if (!counts.blankStated) total.blankStated = false;
    }
    if (anyRows) {
      checkBallotsFit(contest, total, null, valid, findings);
      checkAbstentionsInferred(contest, total, valid, findings);
    }

    const votes: Record<string, number> = {};
    for (const candidate of contest.candidates) votes[candidate.id] = total.votes.get(candidate.id) ?? 0;
    for (const [key, count] of total.votes) {
      if (key in votes || count === 0) continue;
      votes[key] = count;
      findings.add(findingKey('WRITE_IN', contest.id, key));
    }

    if (contest.candidates.length <= contest.seats)
      findings.add(findingKey('NOT_COMPETITIVE', contest.id, null));

    const elected: string[] = [];
    let tie = false;
    if (electionValid) {
      // First round: more than half of the ballots cast. Runoff: at least one third of them.
      const wins = (count: number): boolean =>
        count > 0 && (round === 'first' ? count * 2 > cast : count * 3 >= cast);
      const eligible = Object.entries(votes)
        .filter(([, count]) => wins(count))
        .sort((a, b) => b[1] - a[1]);
      let next = 0;
      while (elected.length < contest.seats && next < eligible.length) {
        const level = eligible[next]![1];
        const group = eligible.filter(([, count]) => count === level).map(([key]) => key);
        if (group.length > contest.seats - elected.length) {
          // A tie across the last seat is not decided: the seat stays open for a re-vote.
          tie = true;
          break;
        }
        elected.push(...group);
        next += group.length;
      }
      const unfilled = contest.seats - elected.length;
      if (tie) findings.add(findingKey('TIE', contest.id, null));
      if (unfilled > 0) {
        findings.add(findingKey('SEAT_UNFILLED', contest.id, null));
        const someoneShort = Object.entries(votes).some(
          ([key, count]) => count > 0 && !elected.includes(key),
        );
        if (round === 'runoff' && !tie && someoneShort)
          findings.add(findingKey('RUNOFF_THRESHOLD', contest.id, null));
      }
      for (const key of elected)
        if (contest.candidates.find((c) => c.id === key)?.gender === 'female') womenElected += 1;
    }
    contests.push({
      id: contest.id,
      votes,
      blank: total.blank,
      elected: [...elected].sort(),
      unfilledSeats: contest.seats - elected.length,
    });
  }

  // At least minWomen (default 1) women among all elected members of the committee.
  const minWomen = definition.minWomen ?? 1;
  if (electionValid && womenElected < minWomen) findings.add(findingKey('WOMEN_QUOTA_UNMET', null, null));

  const sorted = [...findings].sort();
  return {
    registered,
    cast,
    invalid,
    valid,
    quorumMet,
    electionValid,
    contests,
    findings: sorted,
    hasError: sorted.some((key) => ERROR_CODES.has(key.split(' ')[0] ?? '')),
  };
}

/**
 * A one-seat contest whose sheets leave out the abstentions of some box (no `#blank` row there), with
 * fewer votes plus stated abstentions than valid ballots V: the rest can only be abstentions left out,
 * so they are inferred and said (BALLOTS_UNACCOUNTED, a warning), over all boxes together. With one
 * seat, N + B < V already keeps within the bounds of checkBallotsFit.
 */
function checkAbstentionsInferred(
  contest: OracleContestDefinition,
  counts: Counts,
  validBallots: number,
  findings: Set<string>,
): void {
  if (counts.blankStated || contest.seats !== 1) return;
  let named = 0;
  for (const votes of counts.votes.values()) named += votes;
  if (named + counts.blank < validBallots) findings.add(findingKey('BALLOTS_UNACCOUNTED', contest.id, null));
}

/**
 * Whether the votes of one contest fit the valid ballots V of a box (or of all boxes, `box` null):
 * each valid ballot abstains (B) or names 1 to `seats` people, so with N votes for names
 * B ≤ V, N ≤ seats × (V − B), and N + B ≥ V when every abstention is stated. Beyond seats × V, or one
 * name beyond V, the votes exceed the ballots (VOTES_EXCEED_BALLOTS, reported instead).
 */
function checkBallotsFit(
  contest: OracleContestDefinition,
  counts: Counts,
  box: string | null,
  validBallots: number,
  findings: Set<string>,
): void {
  let named = 0;
  for (const votes of counts.votes.values()) named += votes;
  const exceeds =
    named > contest.seats * validBallots || [...counts.votes.values()].some((votes) => votes > validBallots);
  if (exceeds) findings.add(findingKey('VOTES_EXCEED_BALLOTS', contest.id, box));
  // Upper bounds hold with the abstentions known so far; the lower bound needs all of them.
  const tooManyBlank = counts.blank > validBallots;
  const tooManyNamed =
    named > contest.seats * (validBallots - counts.blank) && named <= contest.seats * validBallots;
  const tooFew = counts.blankStated && named + counts.blank < validBallots;
  if (tooManyBlank || tooManyNamed || tooFew)
    findings.add(findingKey('BALLOT_ACCOUNTING_MISMATCH', contest.id, box));
}
