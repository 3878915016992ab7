import { describe, expect, it } from 'vitest';
import type { Election } from '../model/election.js';
import type { Result } from '../model/result.js';
import { readTalliesText } from './read-tallies.js';
import { validateTalliesJson } from './read-tallies-json.js';

/**
 * A row of void ballots (无效票) in the vote sheet is refused at its name; a count on it that does not
 * read (negative, text) is no second error of its own: the one error says the count was not checked.
 */
const election: Election = {
  name: 'e',
  rules: 'cn-village',
  round: 'first',
  contests: [{ id: 'chair', name: '主任', seats: 1, candidates: [{ id: 'wang', name: '王林' }] }],
};
const messages = (result: Result<unknown>) =>
  result.ok ? [] : result.errors.map((error) => [error.line ?? error.path, error.column, error.message.en]);

describe('a void-ballot row whose count does not read', () => {
  it('is one error at the name, in both languages, saying the count was not checked', () => {
    const text = 'box,contest,candidate,votes\ncentral,chair,王林,90\ncentral,chair,无效票,-3\n';
    const result = readTalliesText('tallies.csv', text, election);
    expect(messages(result)).toEqual([
      [
        3,
        15,
        "“无效票” is not a candidate: whole void ballots go in the invalid column of boxes.csv, and ballots choosing no one in a contest in #blank; the row's count (“-3”) was therefore not checked",
      ],
    ]);
    expect(!result.ok && result.errors[0]!.message.zh).toContain('；本行得票“-3”因此未核对');
  });

  it('keeps the refusal as it was when the count reads', () => {
    const text = 'box,contest,candidate,votes\ncentral,chair,无效票,3\n';
    expect(messages(readTalliesText('tallies.csv', text, election))).toEqual([
      [
        2,
        15,
        '“无效票” is not a candidate: whole void ballots go in the invalid column of boxes.csv, and ballots choosing no one in a contest in #blank',
      ],
    ]);
  });

  it('still gives a count that does not read its own error on a candidate row', () => {
    const text = 'box,contest,candidate,votes\ncentral,chair,王林,abc\n';
    expect(messages(readTalliesText('tallies.csv', text, election)).map((error) => error[0])).toEqual([2]);
  });

  it('is one error in the JSON form too', () => {
    const json = {
      format: 'tallywitness.tallies/1',
      boxes: [
        {
          id: 'central',
          registered: 100,
          issued: 90,
          returned: 90,
          invalid: 0,
          votes: { chair: { 废票: 'x' } },
        },
      ],
    };
    const result = validateTalliesJson('t.json', json, election);
    expect(messages(result).map((error) => [error[0], error[2]])).toEqual([
      [
        '$.boxes[0].votes.chair["废票"]',
        "“废票” is not a candidate: whole void ballots go in the invalid column of boxes.csv, and ballots choosing no one in a contest in #blank; the row's count (“x”) was therefore not checked",
      ],
    ]);
  });
});
