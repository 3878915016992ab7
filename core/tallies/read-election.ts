import type { Candidate, Contest, ElectedMember, Election, Gender, Round } from '../model/election.js';
import { BLANK } from '../model/election.js';
import { failWith, ok, type Result } from '../model/result.js';
import { isCalendarDate } from '../rules/calendar-date.js';
import { decodeText } from '../text/decode-text.js';
import { parseJson } from '../text/parse-json.js';
import { repeatedKeyErrors } from './json-duplicate-keys.js';
import { JsonProblems } from './json-fields.js';
import { childPath } from './json-path.js';
import { reportLookAlikeNames } from './look-alike-names.js';

export const ELECTION_FORMAT = 'tallywitness.election/1';

const ELECTION_FIELDS = [
  'format',
  'name',
  'rules',
  'date',
  'round',
  'registeredVoters',
  'minWomen',
  'contests',
  'alreadyElected',
];
const CONTEST_FIELDS = ['id', 'name', 'seats', 'candidates'];
const CANDIDATE_FIELDS = ['id', 'name', 'gender'];
const ELECTED_MEMBER_FIELDS = ['contest', 'name', 'gender'];

/**
 * Reads `election.json` (contract §1). Every problem is reported with its JSON path, not just the first.
 * Whether `rules` names a known rule pack is for the caller to decide.
 */
export function readElection(file: string, bytes: Uint8Array): Result<Election> {
  const decoded = decodeText(file, bytes);
  if (!decoded.ok) return decoded;
  const parsed = parseJson(file, decoded.value.text);
  if (!parsed.ok) return parsed;
  const repeated = repeatedKeyErrors(file, decoded.value.text);
  const validated = validateElection(file, parsed.value);
  if (repeated.length === 0) return validated;
  return failWith([...repeated, ...(validated.ok ? [] : validated.errors)]);
}

/** Checks an already parsed election definition. */
export function validateElection(file: string, data: unknown): Result<Election> {
  const problems = new JsonProblems(file);
  const root = problems.object(data, '$');
  if (!root) return failWith(problems.errors);
  problems.format(root, ELECTION_FORMAT);
  problems.misspellings(root, ELECTION_FIELDS, '$');
  const name = problems.text(root, 'name', '$');
  const rules = problems.text(root, 'rules', '$');
  const date = readDate(root['date'], problems);
  const round = readRound(root['round'], problems);
  const registeredVoters = problems.count(root, 'registeredVoters', '$');
  const minWomen = problems.count(root, 'minWomen', '$');
  const contests = readContests(root, problems);
  const alreadyElected = readAlreadyElected(root, round, contests ?? [], problems);
  if (problems.errors.length > 0 || name === undefined || rules === undefined || !contests)
    return failWith(problems.errors);
  return ok({
    name,
    rules,
    ...(date !== undefined && { date }),
    round,
    ...(registeredVoters !== undefined && { registeredVoters }),
    ...(minWomen !== undefined && { minWomen }),
    contests,
    ...(alreadyElected !== undefined && { alreadyElected }),
  });
}

/** The day of the vote, when given: a real calendar day written `YYYY-MM-DD`. */
function readDate(value: unknown, problems: JsonProblems): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && isCalendarDate(value.trim())) return value.trim();
  const read = (JSON.stringify(value) ?? String(value)).slice(0, 40);
  problems.add(
    '$.date',
    `选举日期应写作 YYYY-MM-DD 的真实日期，如 "2026-03-15"（读到 ${read}）`,
    `the election's date must be a real day written YYYY-MM-DD, e.g. "2026-03-15" (read ${read})`,
  );
  return undefined;
}

function readRound(value: unknown, problems: JsonProblems): Round {
  if (value === undefined || value === 'first') return 'first';
  if (value === 'runoff') return 'runoff';
  problems.add('$.round', '轮次应为 "first" 或 "runoff"（另行选举）', 'round must be "first" or "runoff"');
  return 'first';
}

function readContests(root: Record<string, unknown>, problems: JsonProblems): Contest[] | undefined {
  const list = problems.array(root, 'contests', '$');
  if (!list) return undefined;
  if (list.length === 0) problems.add('$.contests', '至少应有一个职位', 'must hold at least one contest');
  const { items: contests, paths } = readEach(list, '$.contests', (item, path) =>
    readContest(item, path, problems),
  );
  reportAmbiguousNames(contests, paths, { zh: '职位', en: 'contest' }, problems);
  return contests;
}

/** The entries of a JSON list that `read` takes, each with its path (`$.contests[2]`) for later problems. */
function readEach<T>(
  list: readonly unknown[],
  listPath: string,
  read: (item: unknown, path: string) => T | undefined,
): { items: T[]; paths: string[] } {
  const items: T[] = [];
  const paths: string[] = [];
  list.forEach((item, index) => {
    const path = childPath(listPath, index);
    const value = read(item, path);
    if (value === undefined) return;
    items.push(value);
    paths.push(path);
  });
  return { items, paths };
}

function readContest(item: unknown, path: string, problems: JsonProblems): Contest | undefined {
  const object = problems.object(item, path);
  if (!object) return undefined;
  problems.misspellings(object, CONTEST_FIELDS, path);
  const id = problems.text(object, 'id', path);
  const name = problems.text(object, 'name', path);
  const seats = readSeats(object, path, problems);
  const list = problems.array(object, 'candidates', path);
  const { items: candidates, paths: candidatePaths } = readEach(
    list ?? [],
    childPath(path, 'candidates'),
    (entry, candidatePath) => readCandidate(entry, candidatePath, problems),
  );
  reportAmbiguousNames(candidates, candidatePaths, { zh: '候选人', en: 'candidate' }, problems);
  reportSeparators(candidates, candidatePaths, problems);
  if (id === undefined || name === undefined || seats === undefined || !list) return undefined;
  return { id, name, seats, candidates };
}

function readSeats(
  object: Record<string, unknown>,
  path: string,
  problems: JsonProblems,
): number | undefined {
  if (object['seats'] === undefined) {
    problems.add(childPath(path, 'seats'), '缺少此字段', 'missing field');
    return undefined;
  }
  const seats = problems.count(object, 'seats', path);
  if (seats === 0)
    problems.add(childPath(path, 'seats'), '应职数应为正整数', 'seats must be a positive integer');
  return seats === 0 ? undefined : seats;
}

function readCandidate(entry: unknown, path: string, problems: JsonProblems): Candidate | undefined {
  const object = problems.object(entry, path);
  if (!object) return undefined;
  problems.misspellings(object, CANDIDATE_FIELDS, path);
  const id = problems.text(object, 'id', path);
  const name = problems.text(object, 'name', path);
  const gender = readGender(object['gender'], childPath(path, 'gender'), problems);
  if (id === undefined || name === undefined || gender === null) return undefined;
  return gender ? { id, name, gender } : { id, name };
}

/**
 * `alreadyElected`: members elected earlier in this election, so only a runoff may list them. Each
 * names its post: a contest of this definition (by id or name, kept as its id) or a post filled earlier
 * (kept as written); the person's name is free text.
 */
function readAlreadyElected(
  root: Record<string, unknown>,
  round: Round,
  contests: readonly Contest[],
  problems: JsonProblems,
): ElectedMember[] | undefined {
  if (root['alreadyElected'] === undefined) return undefined;
  const list = problems.array(root, 'alreadyElected', '$');
  if (!list) return undefined;
  const members: ElectedMember[] = [];
  list.forEach((entry, index) => {
    const path = childPath('$.alreadyElected', index);
    if (round !== 'runoff') {
      problems.add(
        path,
        '此前当选者只能在另行选举（"round": "runoff"）中列出',
        'members elected earlier may only be listed in a runoff ("round": "runoff")',
      );
      return;
    }
    const member = readElectedMember(entry, path, contests, problems);
    if (member) members.push(member);
  });
  return round === 'runoff' ? members : undefined;
}

/** The posts of a committee, as a post filled in the first vote may be named in a runoff's `alreadyElected`. */
const COMMITTEE_POSTS: ReadonlySet<string> = new Set([
  'chair',
  'vice-chair',
  'member',
  ...['', '村民委员会', '村委会', '居民委员会', '居委会'].flatMap((body) =>
    ['主任', '副主任', '委员'].map((post) => body + post),
  ),
]);

function readElectedMember(
  entry: unknown,
  path: string,
  contests: readonly Contest[],
  problems: JsonProblems,
): ElectedMember | undefined {
  const object = problems.object(entry, path);
  if (!object) return undefined;
  problems.misspellings(object, ELECTED_MEMBER_FIELDS, path);
  const written = problems.text(object, 'contest', path);
  const name = problems.text(object, 'name', path);
  const gender = readGender(object['gender'], childPath(path, 'gender'), problems);
  // A post of this runoff is stored by its id; a post filled in the first vote is not in the runoff's
  // definition (a chair elected at once, say), so its name is kept as written.
  const contest =
    written === undefined
      ? undefined
      : (contests.find((candidate) => candidate.id === written)?.id ??
        contests.find((candidate) => candidate.name === written)?.id ??
        (COMMITTEE_POSTS.has(written.trim()) ? written.trim() : undefined));
  if (written !== undefined && contest === undefined)
    problems.add(
      childPath(path, 'contest'),
      `“${written}”既不是本定义中的职位，也不是委员会的职务（主任、副主任、委员）`,
      `“${written}” is neither a contest of this definition nor a post of the committee (chair, vice-chair, member)`,
    );
  if (!contest || name === undefined || gender === null) return undefined;
  return gender ? { contest, name, gender } : { contest, name };
}

/** `undefined` when absent, null when wrong (recorded). */
function readGender(value: unknown, path: string, problems: JsonProblems): Gender | undefined | null {
  if (value === undefined || value === 'female' || value === 'male') return value;
  problems.add(path, '性别应为 "female" 或 "male"，或不填', 'gender must be "female", "male" or absent');
  return null;
}

/**
 * A ballot record's cell separates the names chosen with "|" (contract §3): a candidate's name or id
 * holding one would be read there as two names, and the ballot perhaps as an overvote.
 */
function reportSeparators(
  candidates: readonly { id: string; name: string }[],
  paths: readonly string[],
  problems: JsonProblems,
): void {
  candidates.forEach((candidate, index) => {
    for (const field of ['id', 'name'] as const) {
      const written = candidate[field];
      if (!written.includes('|')) continue;
      const what =
        field === 'id' ? { zh: '候选人 id', en: 'candidate id' } : { zh: '候选人名称', en: 'candidate name' };
      problems.add(
        childPath(paths[index] ?? '$', field),
        `${what.zh}“${written}”含有“|”：选票记录中“|”用来分隔姓名，该名称会被读成两个人`,
        `${what.en} “${written}” holds “|”, which separates names in a ballot record: it would be read as two people`,
      );
    }
  });
}

/** What would leave a written name in doubt among contests or among candidates: clashes, look-alike names. */
function reportAmbiguousNames(
  entries: readonly { id: string; name: string }[],
  paths: readonly string[],
  kind: { zh: string; en: string },
  problems: JsonProblems,
): void {
  reportClashes(entries, paths, kind, problems);
  reportLookAlikeNames(entries, paths, kind, problems);
}

/**
 * Ids and names must leave no doubt which contest or candidate a written name means: ids unique, names
 * unique (namesakes must be told apart in their names, as ballots do), no id equal to another one's name,
 * and `#blank` reserved for abstentions.
 */
function reportClashes(
  entries: readonly { id: string; name: string }[],
  paths: readonly string[],
  kind: { zh: string; en: string },
  problems: JsonProblems,
): void {
  const ids = new Map<string, number>();
  const names = new Map<string, number>();
  entries.forEach((entry, index) => {
    const path = paths[index] ?? '$';
    const earlierId = ids.get(entry.id);
    if (earlierId !== undefined)
      problems.add(
        childPath(path, 'id'),
        `${kind.zh} id“${entry.id}”与 ${paths[earlierId]} 重复`,
        `duplicate ${kind.en} id “${entry.id}” (also at ${paths[earlierId]})`,
      );
    else ids.set(entry.id, index);
    const earlierName = names.get(entry.name);
    if (earlierName !== undefined)
      problems.add(
        childPath(path, 'name'),
        `${kind.zh}名称“${entry.name}”与 ${paths[earlierName]} 重复，无法区分`,
        `duplicate ${kind.en} name “${entry.name}” (also at ${paths[earlierName]}): names must tell them apart`,
      );
    else names.set(entry.name, index);
    if (entry.id === BLANK || entry.name === BLANK)
      problems.add(path, `“${BLANK}”专用于弃权票`, `“${BLANK}” is reserved for abstentions`);
  });
  entries.forEach((entry, index) => {
    const other = names.get(entry.id);
    if (other !== undefined && other !== index && entries[other]?.id !== entry.id)
      problems.add(
        childPath(paths[index] ?? '$', 'id'),
        `${kind.zh} id“${entry.id}”与 ${paths[other]} 的名称相同，无法区分`,
        `${kind.en} id “${entry.id}” equals the name of ${paths[other]}: a written name would be ambiguous`,
      );
  });
}
