import { choiceResolver } from '../model/choice.js';
import type { Election } from '../model/election.js';
import { failWith, ok, type InputError, type Result } from '../model/result.js';
import { repeatedKeyErrors } from '../tallies/json-duplicate-keys.js';
import { JsonProblems } from '../tallies/json-fields.js';
import { childPath, isJsonObject } from '../tallies/json-path.js';
import { getRulePack } from '../rules/registry.js';
import { ELECTION_FORMAT, validateElection } from '../tallies/read-election.js';
import { decodeText } from '../text/decode-text.js';
import { parseJson } from '../text/parse-json.js';
import type { LiveBallot } from './live-ballot.js';
import { pushAll } from '../model/long-lists.js';

export const LIVE_TALLY_FORMAT = 'tallywitness.live-tally/1';

/**
 * One observer's live tally of one box, as a file another observer's can be compared with
 * (docs/contract.md §3a): the election definition it was kept under, the box, who kept it and when,
 * and every ballot in the order read.
 */
export interface LiveTallyRecord {
  readonly election: Election;
  readonly box: string;
  /** Free text the observer typed (a name, an organisation); absent when not given. */
  readonly keptBy?: string;
  /** ISO 8601: the first ballot's tally was started; the file was written. */
  readonly startedAt?: string;
  readonly exportedAt?: string;
  readonly ballots: readonly LiveBallot[];
}

const RECORD_FIELDS = ['format', 'election', 'box', 'keptBy', 'startedAt', 'exportedAt', 'ballots'];
const BALLOT_FIELDS = ['number', 'void', 'choices'];

/** The record as JSON text, one ballot a line (a file that diff tools and people can read). */
export function writeLiveTallyRecord(record: LiveTallyRecord): string {
  const head = {
    format: LIVE_TALLY_FORMAT,
    election: { format: ELECTION_FORMAT, ...record.election },
    box: record.box,
    ...(record.keptBy !== undefined && { keptBy: record.keptBy }),
    ...(record.startedAt !== undefined && { startedAt: record.startedAt }),
    ...(record.exportedAt !== undefined && { exportedAt: record.exportedAt }),
  };
  const ballots = record.ballots.map((ballot) =>
    JSON.stringify({ number: ballot.number, void: ballot.void, choices: ballot.choices }),
  );
  const fields = Object.entries(head).map(
    ([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`,
  );
  const list = ballots.length === 0 ? '[]' : `[\n    ${ballots.join(',\n    ')}\n  ]`;
  return `{\n${[...fields, `  "ballots": ${list}`].join(',\n')}\n}\n`;
}

/** How much of a file's start `isLiveTallyText` needs: its format tag is among the first fields. */
export const LIVE_TALLY_SNIFF_BYTES = 4096;

/**
 * Whether a JSON document says it is a live tally record, from its first few KB (to tell it from a
 * receipt before reading it whole): a top-level object whose format tag is this format's.
 */
export function isLiveTallyText(text: string): boolean {
  const head = text.slice(0, LIVE_TALLY_SNIFF_BYTES);
  return /^\s*\{/.test(head) && /"format"\s*:\s*"tallywitness\.live-tally\//.test(head);
}

/**
 * Reads a live tally record. Every problem is an InputError with its JSON path (and line and column
 * for a syntax error or a repeated key); nothing is read from a record with one.
 */
export function readLiveTallyRecord(file: string, bytes: Uint8Array): Result<LiveTallyRecord> {
  const decoded = decodeText(file, bytes);
  if (!decoded.ok) return decoded;
  const parsed = parseJson(file, decoded.value.text);
  if (!parsed.ok) return parsed;
  const repeated = repeatedKeyErrors(file, decoded.value.text);
  const problems = new JsonProblems(file);
  const root = problems.object(parsed.value, '$');
  if (!root) return failWith(problems.errors);
  problems.format(root, LIVE_TALLY_FORMAT);
  problems.misspellings(root, RECORD_FIELDS, '$');
  const election = readEmbeddedElection(file, root['election'], problems);
  const box = problems.text(root, 'box', '$');
  const keptBy = optionalText(root, 'keptBy', problems);
  const startedAt = optionalTime(root, 'startedAt', problems);
  const exportedAt = optionalTime(root, 'exportedAt', problems);
  const list = problems.array(root, 'ballots', '$');
  const ballots = election && list ? readBallots(list, election, problems) : [];
  const errors = [...repeated, ...problems.errors];
  if (errors.length > 0 || !election || box === undefined) return failWith(errors);
  return ok({
    election,
    box,
    ...(keptBy !== undefined && { keptBy }),
    ...(startedAt !== undefined && { startedAt }),
    ...(exportedAt !== undefined && { exportedAt }),
    ballots,
  });
}

/** The definition inside the record, read as election.json is; its errors' paths start at `$.election`. */
function readEmbeddedElection(file: string, value: unknown, problems: JsonProblems): Election | undefined {
  if (value === undefined) {
    problems.add('$.election', '缺少此字段', 'missing field');
    return undefined;
  }
  const read = validateElection(file, value);
  if (read.ok && getRulePack(read.value.rules, read.value.date)) return read.value;
  if (read.ok) {
    problems.add(
      '$.election.rules',
      `规则“${read.value.rules}”无法识别`,
      `the rules “${read.value.rules}” are not known`,
    );
    return undefined;
  }
  pushAll(
    problems.errors,
    read.errors.map((error) => underElection(error)),
  );
  return undefined;
}

function underElection(error: InputError): InputError {
  return error.path === undefined ? error : { ...error, path: `$.election${error.path.slice(1)}` };
}

function optionalText(root: Record<string, unknown>, key: string, problems: JsonProblems) {
  return root[key] === undefined ? undefined : problems.text(root, key, '$');
}

function optionalTime(root: Record<string, unknown>, key: string, problems: JsonProblems) {
  const text = optionalText(root, key, problems);
  if (text === undefined || !Number.isNaN(Date.parse(text))) return text;
  problems.add(
    `$.${key}`,
    `应为 ISO 8601 时间，如 "2026-03-15T09:30:00Z"`,
    `must be an ISO 8601 time, e.g. "2026-03-15T09:30:00Z"`,
  );
  return undefined;
}

/** Ballots numbered by positive whole numbers, rising; each contest's names read as the tally page keys them. */
function readBallots(list: readonly unknown[], election: Election, problems: JsonProblems): LiveBallot[] {
  const contests = contestReaders(election);
  const ballots: LiveBallot[] = [];
  let last = 0;
  list.forEach((value, index) => {
    const path = childPath('$.ballots', index);
    const entry = problems.object(value, path);
    if (!entry) return;
    problems.misspellings(entry, BALLOT_FIELDS, path);
    const number = entry['number'];
    if (typeof number !== 'number' || !Number.isSafeInteger(number) || number <= last) {
      problems.add(
        `${path}.number`,
        `选票序号应为大于 ${last} 的整数（按唱票顺序递增）`,
        `the ballot number must be a whole number above ${last} (rising in the order read)`,
      );
      return;
    }
    last = number;
    const isVoid = entry['void'] ?? false;
    if (typeof isVoid !== 'boolean')
      problems.add(`${path}.void`, '应为 true 或 false', 'must be true or false');
    const choices = readChoices(entry['choices'], `${path}.choices`, contests, problems);
    if (isVoid === true && choices && Object.keys(choices).length > 0)
      problems.add(`${path}.choices`, '废票不应记有姓名', 'a void ballot carries no names');
    if (choices) ballots.push({ number, void: isVoid === true, choices });
  });
  return ballots;
}

/** Each contest by id and by name, with the resolver that keys its names (made once, not per ballot). */
type ContestReaders = ReadonlyMap<string, { readonly id: string; readonly key: (name: string) => string }>;

function contestReaders(election: Election): ContestReaders {
  const readers = new Map<string, { id: string; key: (name: string) => string }>();
  for (const contest of election.contests) {
    const resolver = choiceResolver(contest);
    const reader = { id: contest.id, key: (name: string) => resolver.key(name) };
    if (!readers.has(contest.name)) readers.set(contest.name, reader);
    readers.set(contest.id, reader); // ids win over names
  }
  return readers;
}

function readChoices(
  value: unknown,
  path: string,
  contests: ContestReaders,
  problems: JsonProblems,
): Record<string, string[]> | undefined {
  if (value === undefined) return {};
  if (!isJsonObject(value)) {
    problems.add(path, '应为 JSON 对象', 'must be a JSON object');
    return undefined;
  }
  const choices: Record<string, string[]> = {};
  for (const [key, names] of Object.entries(value)) {
    const here = childPath(path, key);
    const contest = contests.get(key);
    if (!contest) {
      problems.add(here, `选举中没有职位“${key}”`, `the election has no contest “${key}”`);
      continue;
    }
    if (!Array.isArray(names) || names.some((name) => typeof name !== 'string' || name.trim() === '')) {
      problems.add(here, '应为姓名（非空字符串）的数组', 'must be an array of names (non-empty strings)');
      continue;
    }
    const keys = (names as string[]).map((name) => contest.key(name.trim()));
    if (keys.length > 0) choices[contest.id] = [...(choices[contest.id] ?? []), ...keys];
  }
  return choices;
}
