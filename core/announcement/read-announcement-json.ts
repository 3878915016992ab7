import type { InputError, Result } from '../model/result.js';
import { fail, failWith, ok } from '../model/result.js';
import { repeatedKeyErrors } from '../tallies/json-duplicate-keys.js';
import { decodeText } from '../text/decode-text.js';
import { parseJson } from '../text/parse-json.js';
import type { AnnouncedFigure, AnnouncedFigures, CountMeaning } from './announced-figures.js';

/**
 * Reads `tallywitness.announcement/1` (contract §4). Every figure is optional; what is there must be a
 * non-negative integer (or a list of names). Unknown fields are errors, so that a misspelt field is
 * never silently left uncompared. All problems are collected, each with its JSON path.
 */
export const ANNOUNCEMENT_FORMAT = 'tallywitness.announcement/1';

const TOP_COUNTS: Readonly<Record<string, CountMeaning>> = {
  registeredVoters: 'registered',
  votersCast: 'cast',
  ballotsIssued: 'issued',
  ballotsReturned: 'returned',
  validBallots: 'valid',
  invalidBallots: 'invalid',
};
const CONTEST_FIELDS = new Set(['votes', 'elected', 'abstained']);

export function readAnnouncementJson(file: string, bytes: Uint8Array): Result<AnnouncedFigures> {
  const decoded = decodeText(file, bytes);
  return decoded.ok ? readAnnouncementJsonText(file, decoded.value.text) : decoded;
}

/** The same from decoded text. A key given twice is refused at its place, as in every JSON input. */
export function readAnnouncementJsonText(file: string, text: string): Result<AnnouncedFigures> {
  const parsed = parseJson(file, text);
  if (!parsed.ok) return parsed;
  const repeated = repeatedKeyErrors(file, text);
  if (repeated.length > 0) return failWith(repeated);
  const data = parsed.value;
  const errors: InputError[] = [];
  const figures: AnnouncedFigure[] = [];
  const problem = (path: string, zh: string, en: string) => errors.push({ file, path, message: { zh, en } });
  const integer = (value: unknown, path: string): bigint | null => {
    if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return BigInt(value);
    if (typeof value === 'number' && Number.isInteger(value) && value > 0)
      problem(
        path,
        '数字过大：大于 2^53−1，无法精确读取，也不会是任何公告的人数或票数',
        'is too large: past 2^53 − 1 it cannot be read exactly, and no notice counts so many',
      );
    else problem(path, '应为非负整数', 'must be a non-negative integer');
    return null;
  };
  if (!isObject(data))
    return fail({ file, path: '$', message: { zh: '应为 JSON 对象', en: 'must be a JSON object' } });
  for (const [key, value] of Object.entries(data)) {
    const path = `$${pathKey(key)}`;
    if (key === 'format') {
      if (value !== ANNOUNCEMENT_FORMAT)
        problem(path, `格式应为 ${ANNOUNCEMENT_FORMAT}`, `format must be ${ANNOUNCEMENT_FORMAT}`);
    } else if (key === 'contests') {
      if (!isObject(value))
        problem(path, '应为以职位 id 为键的对象', 'must be an object keyed by contest id');
      else
        for (const [id, contest] of Object.entries(value)) readContest(id, contest, `${path}${pathKey(id)}`);
    } else {
      const meaning = TOP_COUNTS[key];
      if (!meaning) {
        problem(path, '未知字段', 'unknown field');
        continue;
      }
      const count = integer(value, path);
      if (count !== null)
        figures.push({
          kind: 'count',
          meaning,
          contest: null,
          value: count,
          origin: { text: String(value), path },
        });
    }
  }

  function readContest(id: string, contest: unknown, path: string): void {
    if (!isObject(contest)) {
      problem(path, '应为对象', 'must be an object');
      return;
    }
    const ref = { id, text: id };
    for (const [key, value] of Object.entries(contest)) {
      const at = `${path}${pathKey(key)}`;
      if (!CONTEST_FIELDS.has(key)) problem(at, '未知字段', 'unknown field');
      else if (key === 'abstained') {
        const count = integer(value, at);
        if (count !== null)
          figures.push({
            kind: 'count',
            meaning: 'abstained',
            contest: ref,
            value: count,
            origin: { text: String(value), path: at },
          });
      } else if (key === 'votes') {
        if (!isObject(value)) problem(at, '应为以候选人为键的对象', 'must be an object keyed by candidate');
        else
          for (const [candidate, votes] of Object.entries(value)) {
            const where = `${at}${pathKey(candidate)}`;
            const count = integer(votes, where);
            if (count !== null)
              figures.push({
                kind: 'votes',
                contest: ref,
                candidate,
                value: count,
                origin: { text: String(votes), path: where },
              });
          }
      } else if (
        !Array.isArray(value) ||
        !value.every((name) => typeof name === 'string' && name.trim() !== '')
      )
        problem(at, '应为姓名列表', 'must be a list of names');
      else
        figures.push({
          kind: 'elected',
          contest: ref,
          names: value as string[],
          origin: { text: value.join('、'), path: at },
        });
    }
  }

  return errors.length > 0 ? failWith(errors) : ok({ file, figures, unread: [] });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `.chair` for plain keys, `["王林"]` for the rest. */
function pathKey(key: string): string {
  return /^[A-Za-z_$][\w$-]*$/.test(key) && !key.includes('-') ? `.${key}` : `[${JSON.stringify(key)}]`;
}
