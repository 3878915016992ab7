import { describe, expect, it } from 'vitest';
import { alarms, counts, judged } from './corpus/read-shapes.js';

/**
 * English reports that name a place inside a sentence (`Turnout was 86.7% in Liujia, where …`, `…, and
 * in Liujia 1,204 voted`) or after a part of a stated whole (`1,388 of them in Liujia`, `of whom 1,204 in
 * Liujia`): those counts and shares are that place's, never the whole village's. Names and numbers
 * invented; every share worked out with exact fractions (1,204 / 1,388 = 86.74%, 2,106 / 2,642 = 79.71%).
 */

describe('a place named in the middle of a sentence', () => {
  const mid = (share: string) =>
    `Dongfeng Village has 2,642 registered voters. Turnout was ${share} in Liujia, where 1,204 of 1,388 registered voters cast ballots. Overall, 2,106 voted, a turnout of 79.7%.`;

  it("judges the place's turnout by its own counts and the whole's by the whole's", () => {
    expect(alarms(mid('86.7%'), true)).toEqual([]);
    // The whole's 2,106 voters are also held to its 2,642 registered voters; Liujia's are not.
    expect(judged(mid('86.7%'))).toEqual([
      ['ballots', '2,106 voted', true],
      ['share', 'Turnout was 86.7%', true],
      ['share', 'a turnout of 79.7%', true],
    ]);
    expect(alarms(mid('88.7%'), true)).toEqual(['ANNOUNCED_PERCENT_MISMATCH 88.7%/86.7%']);
  });

  it("never takes the place's voters for all the voters", () => {
    const text =
      'Dongfeng Village has 2,642 registered voters. Turnout was 86.7% in Liujia, where 1,204 voted.';
    // Before: 1,204 of 2,642 was a turnout below half, the election void and 86.7% “45.6%”.
    expect(alarms(text, true)).toEqual([]);
    expect(judged(text)).toEqual([]);
    const after =
      'Dongfeng Village has 2,642 registered voters, and in Liujia 1,204 voted. Overall, 2,106 villagers voted, a turnout of 79.7%.';
    expect(alarms(after, true)).toEqual([]);
    expect(judged(after)).toContainEqual(['share', 'a turnout of 79.7%', true]);
  });

  it("leaves the notice's own place the whole's", () => {
    const text =
      'Liujia Village Committee Election\nTurnout was 86.7% in Liujia, where 1,204 of 1,388 registered voters cast ballots.';
    expect(judged(text)).toContainEqual(['share', 'Turnout was 86.7%', true]);
    expect(alarms(text.replace('86.7%', '88.7%'), true)).toEqual(['ANNOUNCED_PERCENT_MISMATCH 88.7%/86.7%']);
  });
});

describe('a part of a stated whole, of a place named after it', () => {
  const text = (overall: string) =>
    `Dongfeng Village has 2,642 registered voters, 1,388 of them in Liujia and 1,254 in Zhoujia. 2,106 voted, of whom 1,204 in Liujia. Turnout was ${overall} overall.`;

  it('reads each part as its place’s count of what the whole counts', () => {
    expect(counts(text('79.7%'))).toEqual([
      'registered 2642',
      'registered 1388',
      'registered 1254',
      'cast 2106',
      'cast 1204',
    ]);
  });

  it("judges the whole's turnout by the whole's counts, not a place's nearer", () => {
    expect(judged(text('79.7%'))).toContainEqual(['share', 'Turnout was 79.7%', true]);
    expect(alarms(text('79.7%'), true)).toEqual([]);
    expect(alarms(text('81.7%'), true)).toEqual(['ANNOUNCED_PERCENT_MISMATCH 81.7%/79.7%']);
  });
});

describe("a place's clause and the whole's words", () => {
  it("keeps a place's own turnout after a comma its place's (`, a turnout of 80.3% of its 927`)", () => {
    const text = (share: string) =>
      `In Nanzhuang, 1,022 of 1,180 registered voters cast ballots (86.6%), while in Beizhuang 744 voted, a turnout of ${share} of its 927 registered voters.`;
    // 744 / 927 = 80.26%. Before: 927 was the whole's, fewer than Nanzhuang's 1,022 voters.
    expect(alarms(text('80.3%'), true)).toEqual([]);
    expect(judged(text('80.3%'))).toContainEqual(['share', 'a turnout of 80.3%', true]);
    expect(alarms(text('82.3%'), true)).toEqual(['ANNOUNCED_PERCENT_MISMATCH 82.3%/80.3%']);
  });

  it('reads `voters in Dongfeng` or `in Shandong province` after a whole as the whole’s', () => {
    const text = (share: string) =>
      `Of the 2,642 registered voters in Dongfeng, 1,388 of them in Liujia and 1,254 in Zhoujia, 2,106 cast ballots, a turnout of ${share} per cent.`;
    expect(alarms(text('79.7'), true)).toEqual([]);
    expect(alarms(text('78.7'), true)).toEqual(['ANNOUNCED_PERCENT_MISMATCH 78.7%/79.7%']);
    const region =
      'Villagers in Dongfeng, a village of 2,642 registered voters in Shandong province, elected a new committee on Sunday. In all, 2,106 cast ballots, a turnout of 79.7%.';
    expect(counts(region)).toEqual(['registered 2642', 'cast 2106']);
    expect(judged(region)).toContainEqual(['share', 'a turnout of 79.7%', true]);
  });
});
