import type { Contest, Election } from '../model/election.js';
import type { InputError } from '../model/result.js';
import { EXT } from './err-extension.js';
import { bareType, hasType, isObject, listOf, type JsonObject, textOf as text } from './nist-format.js';
import { extensionValue } from './read-election-report.js';

/** A contest selection of a CVR report, as a ballot names it. */
export interface CvrSelection {
  /** The audit's candidate id, or the written name of a write-in line. */
  readonly name: string;
  readonly writeIn: boolean;
}

/** A contest of a CVR report matched to a contest of the election definition. */
export interface CvrContest {
  /** The election definition's contest id: the ballot column. */
  readonly contest: Contest;
  readonly selections: ReadonlyMap<string, CvrSelection>;
}

/** What the report's `Election` says that a record needs: its contests and selections, by `@id`. */
export interface CvrDefinitions {
  readonly contests: ReadonlyMap<string, CvrContest>;
  /** Box ids of GpUnits that carry one (`Code` of type other, tallywitness-id), by `@id`. */
  readonly boxes: ReadonlyMap<string, string>;
}

/**
 * Matches the report's contests and selections with the election definition: a contest by `@id`, else
 * by `Name` (against the definition's id or name); a candidate by `@id` or `Name` likewise. A contest
 * or candidate the definition lacks is an error naming its JSON path: counting it as a write-in would
 * be a guess.
 */
export function matchCvrDefinitions(
  file: string,
  elections: readonly { index: number; value: unknown }[],
  election: Election,
  gpUnits: readonly unknown[] = [],
): { definitions: CvrDefinitions; errors: InputError[] } {
  const errors: InputError[] = [];
  const contests = new Map<string, CvrContest>();
  const add = (path: string, zh: string, en: string) => errors.push({ file, path, message: { zh, en } });
  if (elections.length === 0)
    add(
      '$.Election',
      '选票记录报告没有 Election（选举、职位、候选人）部分',
      'the cast vote record report has no Election (its contests and candidates)',
    );
  for (const { index, value } of elections) {
    const at = `$.Election[${index}]`;
    if (!isObject(value) || !hasType(value, 'CVR.Election')) {
      add(at, '不是 CVR.Election 对象', 'not a CVR.Election object');
      continue;
    }
    const candidates = candidatesById(value);
    listOf(value, 'Contest').forEach((item, k) => {
      const path = `${at}.Contest[${k}]`;
      if (!isObject(item)) return add(path, '职位不是对象', 'a contest that is not an object');
      const kind = bareType(item);
      if (kind !== 'CandidateContest' && kind !== '' && kind !== 'Contest')
        return add(
          path,
          `只能核对候选人职位（CandidateContest），此处是 ${kind}`,
          `only candidate contests (CandidateContest) can be counted; this is ${kind}`,
        );
      const id = text(item['@id']);
      const name = text(item['Name']);
      const own = extensionValue(item, EXT.id);
      const contest = election.contests.find(
        (c) => c.id === own || c.id === id || (name !== undefined && (c.id === name || c.name === name)),
      );
      if (!id || !contest)
        return add(
          path,
          `选举定义中没有职位 ${name ?? id ?? '(无名)'}`,
          `the election definition has no contest ${name ?? id ?? '(unnamed)'}`,
        );
      const selections = new Map<string, CvrSelection>();
      listOf(item, 'ContestSelection').forEach((sel, m) => {
        const selPath = `${path}.ContestSelection[${m}]`;
        if (!isObject(sel) || !text(sel['@id']))
          return add(selPath, '选项缺少 @id', 'a selection without @id');
        const writeIn = sel['IsWriteIn'] === true;
        const ids = listOf(sel, 'CandidateIds').filter((c): c is string => typeof c === 'string');
        if (ids.length > 1)
          return add(
            selPath,
            '一个选项对应多名候选人（联合提名），无法按人计票',
            'a selection of several candidates (a ticket) cannot be counted by person',
          );
        const person = ids[0] === undefined ? undefined : candidates.get(ids[0]);
        const personName = text(person?.['Name']);
        if (writeIn) {
          selections.set(text(sel['@id'])!, {
            name: personName ?? `write-in ${text(sel['@id'])}`,
            writeIn: true,
          });
          return;
        }
        const ownId = person ? extensionValue(person, EXT.id) : undefined;
        const candidate = contest.candidates.find(
          (c) =>
            c.id === ownId ||
            c.id === ids[0] ||
            (personName !== undefined && (c.name === personName || c.id === personName)),
        );
        if (!candidate)
          return add(
            selPath,
            `选举定义的职位 ${contest.id} 中没有候选人 ${personName ?? ids[0] ?? text(sel['@id'])}`,
            `contest ${contest.id} of the election definition has no candidate ${personName ?? ids[0] ?? text(sel['@id'])}`,
          );
        selections.set(text(sel['@id'])!, { name: candidate.id, writeIn: false });
      });
      contests.set(id, { contest, selections });
    });
  }
  const boxes = new Map<string, string>();
  for (const unit of gpUnits)
    if (isObject(unit) && typeof unit['@id'] === 'string') {
      const own = extensionValue(unit, EXT.id);
      if (own) boxes.set(unit['@id'], own);
    }
  return { definitions: { contests, boxes }, errors };
}

function candidatesById(election: JsonObject): Map<string, JsonObject> {
  const byId = new Map<string, JsonObject>();
  for (const item of listOf(election, 'Candidate'))
    if (isObject(item) && typeof item['@id'] === 'string') byId.set(item['@id'], item);
  return byId;
}
