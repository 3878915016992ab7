import type { Election } from '../model/election.js';
import { failWith, ok, type Result } from '../model/result.js';
import {
  addVotes,
  emptyTally,
  voidBeyondReturned,
  type BoxSheet,
  type ElectionTally,
} from '../model/tally.js';
import { decodeText } from '../text/decode-text.js';
import { parseJson } from '../text/parse-json.js';
import { countFromJson } from './count.js';
import { repeatedKeyErrors } from './json-duplicate-keys.js';
import { JsonProblems } from './json-fields.js';
import { childPath, isJsonObject } from './json-path.js';
import type { CsvReadOptions } from './read-boxes.js';
import { countNotChecked, resolveChoice, resolveContest } from './resolve-names.js';
import { isTotalLabel } from './total-row.js';
import { VoteKeys } from './vote-keys.js';

export const TALLIES_FORMAT = 'tallywitness.tallies/1';

/** What the tally sheets of an election state: the accounting of each box, and its votes. */
export interface TallySheets {
  readonly sheets: BoxSheet[];
  readonly tally: ElectionTally;
}

const ROOT_FIELDS = ['format', 'boxes'];
const BOX_FIELDS = ['id', 'registered', 'issued', 'returned', 'invalid', 'voters', 'votes'];
const FIGURES = ['registered', 'issued', 'returned', 'invalid'] as const;

/**
 * Reads the JSON form of the tally sheets (contract §2), which holds both boxes.csv and tallies.csv:
 * `{"format":"tallywitness.tallies/1","boxes":[{id,registered,issued,returned,invalid,votes}]}` with
 * `votes` as `{contest: {choice: n}}`, contests and choices by id or name as in the CSV form. Every
 * figure is required, as every cell of boxes.csv is, except the optional `voters` (投票人数). Every
 * problem is reported with its JSON path.
 */
export function readTalliesJson(
  file: string,
  bytes: Uint8Array,
  election: Election,
  options: CsvReadOptions = {},
): Result<TallySheets> {
  const decoded = decodeText(file, bytes, options.encoding);
  if (!decoded.ok) return decoded;
  const text = decoded.value.text;
  const parsed = parseJson(file, text);
  if (!parsed.ok) return parsed;
  const repeated = repeatedKeyErrors(file, text);
  const validated = validateTalliesJson(file, parsed.value, election);
  if (repeated.length === 0) return validated;
  return failWith([...repeated, ...(validated.ok ? [] : validated.errors)]);
}

/** Checks an already parsed tallies document. */
export function validateTalliesJson(file: string, data: unknown, election: Election): Result<TallySheets> {
  const problems = new JsonProblems(file);
  const root = problems.object(data, '$');
  if (!root) return failWith(problems.errors);
  problems.format(root, TALLIES_FORMAT);
  problems.misspellings(root, ROOT_FIELDS, '$');
  const list = problems.array(root, 'boxes', '$') ?? [];
  if (root['boxes'] !== undefined && list.length === 0 && Array.isArray(root['boxes']))
    problems.add(
      '$.boxes',
      '没有任何票箱：票箱统计和计票结果均为空',
      'no boxes: the box accounting and the votes are empty',
    );
  const sheets: BoxSheet[] = [];
  const tally = emptyTally();
  const keys = new VoteKeys<string>();
  const boxPaths = new Map<string, string>();
  list.forEach((item, index) => {
    const path = childPath('$.boxes', index);
    const box = problems.object(item, path);
    if (!box) return;
    problems.misspellings(box, BOX_FIELDS, path);
    let id = problems.text(box, 'id', path);
    if (id !== undefined && isTotalLabel(id)) {
      problems.add(
        childPath(path, 'id'),
        `“${id}”是合计，不是票箱：请删去（复核自行求和）`,
        `“${id}” is a total, not a box: leave it out (the recount makes its own totals)`,
      );
      id = undefined;
    }
    const earlier = id === undefined ? undefined : boxPaths.get(id);
    if (id !== undefined && earlier !== undefined) {
      problems.add(
        childPath(path, 'id'),
        `票箱“${id}”重复（${earlier} 已有）`,
        `box “${id}” repeats (also at ${earlier})`,
      );
      id = undefined; // its votes are still checked, but not reported again as repeats one by one
    } else if (id !== undefined) boxPaths.set(id, path);
    const figures: Partial<Record<(typeof FIGURES)[number], number>> = {};
    for (const key of FIGURES) {
      if (box[key] === undefined) problems.add(childPath(path, key), '缺少此字段', 'missing field');
      else figures[key] = problems.count(box, key, path);
    }
    // Optional, as the voters column of boxes.csv: the voters who signed in (投票人数).
    const voters = box['voters'] === undefined ? undefined : problems.count(box, 'voters', path);
    const invalidCell = voidBeyondReturned(figures)
      ? { invalidCell: { file, path: childPath(path, 'invalid') } }
      : {};
    if (id !== undefined)
      sheets.push({ box: id, ...figures, ...invalidCell, ...(voters !== undefined ? { voters } : {}) });
    readVotes(box, path, id, election, problems, keys, tally);
  });
  return problems.errors.length > 0 ? failWith(problems.errors) : ok({ sheets, tally });
}

function readVotes(
  box: Record<string, unknown>,
  path: string,
  boxId: string | undefined,
  election: Election,
  problems: JsonProblems,
  keys: VoteKeys<string>,
  tally: ElectionTally,
): void {
  const votesPath = childPath(path, 'votes');
  if (box['votes'] === undefined) return problems.add(votesPath, '缺少此字段', 'missing field');
  const votes = problems.object(box['votes'], votesPath);
  if (!votes) return;
  for (const [contestKey, choices] of Object.entries(votes)) {
    const contestPath = childPath(votesPath, contestKey);
    const contest = resolveContest(election, contestKey.trim());
    if (!contest.ok) problems.add(contestPath, contest.message.zh, contest.message.en);
    if (!isJsonObject(choices)) {
      problems.add(
        contestPath,
        '应为 JSON 对象（候选人 → 得票）',
        'must be a JSON object (candidate → votes)',
      );
      continue;
    }
    for (const [written, value] of Object.entries(choices)) {
      const choicePath = childPath(contestPath, written);
      const count = countFromJson(value);
      const choice =
        contest.ok && written.trim() !== '' ? resolveChoice(contest.value, written.trim()) : null;
      if (choice && !choice.ok && choice.notAVote) {
        const message = count.ok
          ? choice.message
          : countNotChecked(choice.message, typeof value === 'string' ? value : JSON.stringify(value));
        problems.add(choicePath, message.zh, message.en);
        continue;
      }
      if (!count.ok) problems.add(choicePath, count.message.zh, count.message.en);
      if (written.trim() === '') {
        problems.add(
          choicePath,
          '候选人为空（弃权请写 #blank）',
          'the candidate is empty (write #blank for abstentions)',
        );
        continue;
      }
      if (!contest.ok || !choice) continue;
      if (!choice.ok) {
        problems.add(choicePath, choice.message.zh, choice.message.en);
        continue;
      }
      if (boxId === undefined) continue;
      const earlier = keys.claim(boxId, contest.value.id, choice.value, choicePath);
      if (earlier !== undefined)
        problems.add(
          choicePath,
          `票箱“${boxId}”职位“${contest.value.name}”中“${written}”重复（${earlier} 已有）`,
          `box “${boxId}”, contest “${contest.value.id}”: “${written}” repeats (also at ${earlier})`,
        );
      else if (count.ok) addVotes(tally, boxId, contest.value.id, choice.value, count.value);
    }
  }
}
