import type { Election } from '../model/election.js';
import type { HasherFactory } from '../model/hash.js';
import { pushAll } from '../model/long-lists.js';
import { failWith, ok, type InputError, type Result } from '../model/result.js';
import type { ByteSource } from '../model/source.js';
import { validateElection } from '../tallies/read-election.js';
import { ELECTION_FORMAT } from '../tallies/read-election.js';
import { reportItems } from './cvr-stream.js';
import { EXT } from './err-extension.js';
import { bareType, isObject, listOf, type JsonObject, textOf as text } from './nist-format.js';
import { extensionValue } from './read-election-report.js';

/**
 * The election definition a CastVoteRecordReport states in its `Election`, streamed (the records are
 * skipped, not kept) and hashed on the way. The CVR format has no rule pack, date or round: the
 * report's `Code` of type other carries them (docs/interop.md), and a report without a rule pack, or
 * a contest without its seats (NumberElected or VotesAllowed), is refused with what to add — or an
 * election.json may be given instead.
 */
export async function readCvrElection(
  report: ByteSource,
  hasher: HasherFactory,
  signal?: AbortSignal,
): Promise<Result<{ election: Election; sha256: string; size: number }>> {
  const hash = hasher();
  let size = 0;
  async function* hashed(): AsyncGenerator<Uint8Array> {
    for await (const chunk of report.chunks()) {
      hash.update(chunk);
      size += chunk.byteLength;
      yield chunk;
    }
  }
  const elections: unknown[] = [];
  const items = reportItems(report.name, hashed(), ['$.Election'], signal);
  for (;;) {
    const step = await items.next();
    if (step.done) {
      if (step.value) return failWith([step.value]);
      break;
    }
    for (const item of step.value) if (Array.isArray(item.value)) pushAll(elections, item.value);
  }
  const made = electionData(report.name, elections);
  if (!made.data) return failWith(made.errors);
  const checked = validateElection(report.name, made.data);
  if (!checked.ok)
    return failWith(
      checked.errors.map((error) => {
        const contest = /^\$\.contests\[(\d+)\]/.exec(error.path ?? '');
        return {
          ...error,
          path: contest ? (made.contestPaths[Number(contest[1])] ?? '$.Election[0]') : '$.Election[0]',
        };
      }),
    );
  return ok({ election: checked.value, sha256: await hash.digestHex(), size });
}

function electionData(
  file: string,
  elections: unknown[],
): { data?: JsonObject; errors: InputError[]; contestPaths: string[] } {
  const errors: InputError[] = [];
  const contestPaths: string[] = [];
  const add = (path: string, zh: string, en: string) => errors.push({ file, path, message: { zh, en } });
  const election = elections[0];
  if (elections.length !== 1 || !isObject(election)) {
    add(
      '$.Election',
      '选票记录报告须恰有一次选举（Election）',
      'the cast vote record report must hold exactly one Election',
    );
    return { errors, contestPaths };
  }
  const rules = extensionValue(election, EXT.rules);
  if (!rules)
    add(
      '$.Election[0].Code',
      `报告未写明依据哪套规则：请在 Election 的 Code 中加 {"@type":"CVR.Code","Type":"other","OtherType":"${EXT.rules}","Value":"cn-village"}，或另给选举定义（election.json）`,
      `the report does not say which rules apply: add {"@type":"CVR.Code","Type":"other","OtherType":"${EXT.rules}","Value":"cn-village"} to the Election's Code, or give an election definition (election.json)`,
    );
  const people = new Map<string, JsonObject>();
  for (const person of listOf(election, 'Candidate'))
    if (isObject(person) && typeof person['@id'] === 'string') people.set(person['@id'], person);
  const contests: JsonObject[] = [];
  listOf(election, 'Contest').forEach((item, k) => {
    const path = `$.Election[0].Contest[${k}]`;
    if (!isObject(item)) return add(path, '职位不是对象', 'a contest that is not an object');
    const kind = bareType(item);
    if (kind !== 'CandidateContest' && kind !== 'Contest' && kind !== '')
      return add(
        path,
        `只能核对候选人职位，此处是 ${kind}`,
        `only candidate contests can be counted; this is ${kind}`,
      );
    const seats = [item['NumberElected'], item['VotesAllowed']].find(
      (n): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= 1,
    );
    if (seats === undefined)
      return add(
        path,
        '未给出应选人数（NumberElected 或 VotesAllowed）：请补上，或另给选举定义（election.json）',
        'the seats are not stated (NumberElected or VotesAllowed): add them, or give an election definition (election.json)',
      );
    const id = extensionValue(item, EXT.id) ?? text(item['@id']) ?? '';
    const candidates = listOf(item, 'ContestSelection')
      .filter((sel): sel is JsonObject => isObject(sel) && sel['IsWriteIn'] !== true)
      .map((sel) => {
        const personId = listOf(sel, 'CandidateIds').find((c): c is string => typeof c === 'string');
        const person = personId === undefined ? undefined : people.get(personId);
        const candidateId = (person && extensionValue(person, EXT.id)) ?? personId ?? text(sel['@id']) ?? '';
        return { id: candidateId, name: text(person?.['Name']) ?? candidateId };
      });
    contestPaths.push(path);
    contests.push({ id, name: text(item['Name']) ?? id, seats, candidates });
  });
  if (errors.length > 0) return { errors, contestPaths };
  const date = extensionValue(election, EXT.date);
  const minWomen = Number(extensionValue(election, EXT.minWomen) ?? NaN);
  return {
    errors,
    contestPaths,
    data: {
      format: ELECTION_FORMAT,
      name: text(election['Name']) ?? '',
      rules,
      ...(date ? { date } : {}),
      round: extensionValue(election, EXT.round) === 'runoff' ? 'runoff' : 'first',
      ...(Number.isSafeInteger(minWomen) ? { minWomen } : {}),
      contests,
    },
  };
}
