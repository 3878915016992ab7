import { describe, expect, it } from 'vitest';
import { alarmCodes, alarms, electedRows, unread, voteRows } from './corpus/read-shapes.js';

/**
 * `Wang Fang was re-elected chair with 48 votes` in the paragraph right after another body is named (the
 * township people's congress, the party branch, a cooperative, a property owners' committee): the votes
 * are that body's, listed unread (`other-body-count`), never judged by the village's voters; the
 * village's own winner in the same report still is. Names and numbers are invented: 1,402 voters need 702
 * for more than half.
 */

const VILLAGE = (votes: number) =>
  `Dongwan village held its committee election on Sunday: of 1,630 registered voters, 1,402 voted. Li Ming was elected chair with ${votes} votes.`;
const CONGRESS =
  "The township's people's congress met on 3 March, with 52 deputies present. Wang Fang was re-elected chair with 48 votes.";

describe("another body's winner after that body is named", () => {
  it.each([
    ['the village first', `${VILLAGE(812)}\n\n${CONGRESS}\n`],
    ['the congress first', `${CONGRESS}\n\n${VILLAGE(812)}\n`],
    [
      'a cooperative after the party branch',
      `${VILLAGE(812)}\n\nThe village party branch also renewed its leaders. Sun Lei was re-elected chair with 61 votes.\n`,
    ],
    [
      "an economic cooperative's shareholders",
      `The shareholders of the village economic cooperative met on 2 April. Zhou Bin was re-elected chair with 70 votes.\n\n${VILLAGE(812)}\n`,
    ],
  ])('raises no alarm, %s', (_, text) => {
    expect(alarms(text, true)).toEqual([]);
    expect(voteRows(text).map(([name, , votes]) => [name, votes])).toEqual([['Li Ming', 812]]);
  });

  it("lists the other body's votes unread with their reason", () => {
    expect(unread(`${VILLAGE(812)}\n\n${CONGRESS}\n`)).toContainEqual(['48', 'other-body-count']);
  });

  it.each([
    ['the village first', `${VILLAGE(612)}\n\n${CONGRESS}\n`],
    ['the congress first', `${CONGRESS}\n\n${VILLAGE(612)}\n`],
  ])("still judges the village's own winner, %s", (_, text) => {
    expect(alarmCodes(text)).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
    expect(alarms(text, true).join(' ')).toContain('612');
    expect(alarms(text, true).join(' ')).not.toContain('Wang Fang');
  });

  it('judges the village winner where no other body is named', () => {
    expect(alarmCodes(`${VILLAGE(612)}\n`)).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
  });
});

describe("a property owners' committee's chair", () => {
  const text =
    "Nanyuan Community held its residents' committee election on Saturday: of 2,980 registered voters, 2,611 voted. Chen Jie was elected chair with 1,720 votes.\n\nIn the same week, Wang Jun was elected chair of the community's property owners' committee with 412 votes.\n";
  it('declares no one the committee chair but the committee winner', () => {
    expect(alarms(text, true)).toEqual([]);
    for (const [, names] of electedRows(text)) expect(names).not.toContain('Wang Jun');
    expect(voteRows(text).map(([name]) => name)).not.toContain('Wang Jun');
  });

  it("judges the committee's own winner", () => {
    expect(alarmCodes(text.replace('1,720', '1,220'))).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
  });
});
