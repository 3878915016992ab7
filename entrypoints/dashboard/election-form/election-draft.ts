import {
  withAsciiForms,
  choosePack,
  readElection,
  RULE_PACKS,
  todayUtc,
  type PackChoice,
  type Election,
  type Gender,
  type InputError,
  type Result,
  type Round,
} from '../../../core/index.js';
import { readDayText } from '../../shared/day-text.js';

/**
 * The election form's state: what the user typed, kept as text so that nothing is lost or guessed
 * while typing. It becomes election.json only through `draftToJson`, and is judged only by the core's
 * own reader, so the form accepts exactly what an audit accepts.
 */
export interface CandidateDraft {
  readonly key: string;
  readonly id: string;
  readonly name: string;
  readonly gender: Gender | '';
}

export interface ContestDraft {
  readonly key: string;
  readonly id: string;
  readonly name: string;
  readonly seats: string;
  readonly candidates: readonly CandidateDraft[];
}

export interface ElectionDraft {
  readonly name: string;
  readonly rules: string;
  /**
   * The day of the vote as typed (`2026-04-18`, `2026/4/18`, `2026年4月18日`…, read by day-text.ts);
   * election.json gets it as `YYYY-MM-DD`. Empty when not given.
   */
  readonly date: string;
  readonly round: Round;
  readonly registeredVoters: string;
  readonly minWomen: string;
  readonly contests: readonly ContestDraft[];
}

export const ELECTION_FILE_NAME = 'election.json';

let nextKey = 0;
/** A stable key for a row, so that removing one row keeps the focus and text of the others. */
export const rowKey = (): string => `row-${nextKey++}`;

export const emptyCandidate = (): CandidateDraft => ({ key: rowKey(), id: '', name: '', gender: '' });

export const emptyContest = (): ContestDraft => ({
  key: rowKey(),
  id: '',
  name: '',
  seats: '1',
  candidates: [emptyCandidate(), emptyCandidate()],
});

export const emptyDraft = (): ElectionDraft => ({
  name: '',
  rules: 'cn-village',
  date: '',
  round: 'first',
  registeredVoters: '',
  minWomen: '',
  contests: [emptyContest()],
});

/** Nothing typed: the draft is the empty form (row keys aside), so clearing it loses nothing. */
export function isEmptyDraft(draft: ElectionDraft): boolean {
  const typed = (each: ElectionDraft) =>
    JSON.stringify(each, (name, value: unknown) => (name === 'key' ? undefined : value));
  return typed(draft) === typed(emptyDraft());
}

/** A draft holding an election that was read before, for editing. */
export function draftFromElection(election: Election): ElectionDraft {
  return {
    name: election.name,
    rules: election.rules,
    date: election.date ?? '',
    round: election.round,
    registeredVoters: election.registeredVoters === undefined ? '' : String(election.registeredVoters),
    minWomen: election.minWomen === undefined ? '' : String(election.minWomen),
    contests: election.contests.map((contest) => ({
      key: rowKey(),
      id: contest.id,
      name: contest.name,
      seats: String(contest.seats),
      candidates: contest.candidates.map((candidate) => ({
        key: rowKey(),
        id: candidate.id,
        name: candidate.name,
        gender: candidate.gender ?? '',
      })),
    })),
  };
}

/**
 * A typed count as JSON: empty is absent, digits are a number, anything else stays text so that the
 * reader names it at its path instead of the form silently dropping it.
 */
function countValue(text: string): number | string | undefined {
  // Chinese input methods often type full-width digits (１２): they mean the same number.
  const trimmed = withAsciiForms(text.trim(), /[０-９]/g);
  if (trimmed === '') return undefined;
  return /^\d+$/.test(trimmed) && Number.isSafeInteger(Number(trimmed)) ? Number(trimmed) : trimmed;
}

/** An id left empty is the name: ballots and tally sheets may name a candidate either way. */
const idOrName = (id: string, name: string) => id.trim() || name.trim();

/**
 * A typed day as election.json's `date`: `YYYY-MM-DD` when it is read; else as typed, for the reader to
 * refuse at `$.date` (the form then says why in the words of day-text.ts).
 */
function dayOf(typed: string): string {
  const read = readDayText(typed);
  return read.ok && read.day ? read.day : typed.trim();
}

/** The draft as the JSON object of election.json (contract §1), fields in the contract's order. */
export function draftToJson(draft: ElectionDraft): Record<string, unknown> {
  const registeredVoters = countValue(draft.registeredVoters);
  const minWomen = countValue(draft.minWomen);
  return {
    format: 'tallywitness.election/1',
    name: draft.name.trim(),
    rules: draft.rules,
    ...(draft.date.trim() !== '' && { date: dayOf(draft.date) }),
    round: draft.round,
    ...(registeredVoters !== undefined && { registeredVoters }),
    ...(minWomen !== undefined && { minWomen }),
    contests: draft.contests.map((contest) => {
      const seats = countValue(contest.seats);
      return {
        id: idOrName(contest.id, contest.name),
        name: contest.name.trim(),
        ...(seats !== undefined && { seats }),
        candidates: contest.candidates.map((candidate) => ({
          id: idOrName(candidate.id, candidate.name),
          name: candidate.name.trim(),
          ...(candidate.gender && { gender: candidate.gender }),
        })),
      };
    }),
  };
}

/** The file's text: two-space JSON with a final newline, as people keep it under version control. */
export const draftToText = (draft: ElectionDraft): string =>
  JSON.stringify(draftToJson(draft), null, 2) + '\n';

/** The draft read back by the core reader, exactly as an audit would read the downloaded file. */
export function checkDraft(draft: ElectionDraft): Result<Election> {
  return readElection(ELECTION_FILE_NAME, new TextEncoder().encode(draftToText(draft)));
}

/** JSON paths of the form's fields, the same as the reader's (`$.contests[0].candidates[1].name`). */
export const fieldPath = {
  election: (field: 'name' | 'rules' | 'date' | 'round' | 'registeredVoters' | 'minWomen' | 'contests') =>
    `$.${field}`,
  contest: (contest: number, field?: 'id' | 'name' | 'seats' | 'candidates') =>
    `$.contests[${contest}]` + (field ? `.${field}` : ''),
  candidate: (contest: number, candidate: number, field?: 'id' | 'name' | 'gender') =>
    `$.contests[${contest}].candidates[${candidate}]` + (field ? `.${field}` : ''),
};

/** Every path the form shows errors at: the errors at other paths are listed under the form. */
export function formPaths(draft: ElectionDraft): Set<string> {
  const paths = new Set(
    (['name', 'rules', 'date', 'round', 'registeredVoters', 'minWomen', 'contests'] as const).map(
      fieldPath.election,
    ),
  );
  draft.contests.forEach((contest, c) => {
    for (const field of [undefined, 'id', 'name', 'seats', 'candidates'] as const)
      paths.add(fieldPath.contest(c, field));
    contest.candidates.forEach((_, k) => {
      for (const field of [undefined, 'id', 'name', 'gender'] as const)
        paths.add(fieldPath.candidate(c, k, field));
    });
  });
  return paths;
}

export const errorsAt = (errors: readonly InputError[], path: string): InputError[] =>
  errors.filter((error) => error.path === path);

/** Said in the version's place while the day typed is not one: no version is shown for another day. */
export const DAY_NOT_READ = {
  zh: '选举日期还没有写好，写好后这里显示适用的版本',
  en: "the election's date is not a day yet; the version that applies shows here once it is",
} as const;

/**
 * The pack version an audit of the draft would apply, and why: the same choice as the audit's, by the
 * draft's date once it is read as a day, by today when none is given. While the day typed is not one
 * (a day that does not exist, or one half typed) no version is chosen: it would be another day's.
 */
export function draftPackChoice(
  draft: Pick<ElectionDraft, 'rules' | 'date'>,
  today = todayUtc(),
): PackChoice {
  const read = readDayText(draft.date);
  if (!read.ok) return { ok: false, field: 'date', message: DAY_NOT_READ };
  return choosePack(RULE_PACKS, { rules: draft.rules, ...(read.day ? { date: read.day } : {}), today });
}
