import { describe, expect, it } from 'vitest';
import type { BoxSheet, ElectionTally } from '../model/tally.js';
import { checkSheetsCoverBoxes } from './sheets-cover-boxes.js';

const election = {
  contests: [
    { id: 'chair', name: '主任', seats: 1, candidates: [] },
    { id: 'member', name: '委员', seats: 3, candidates: [] },
  ],
};

const tally = (boxes: Record<string, Record<string, Record<string, number>>>): ElectionTally => ({
  boxes: new Map(
    Object.entries(boxes).map(([box, contests]) => [
      box,
      {
        box,
        contests: new Map(
          Object.entries(contests).map(([contest, votes]) => [contest, new Map(Object.entries(votes))]),
        ),
      },
    ]),
  ),
});

const sheet = (box: string, returned?: number, invalid?: number): BoxSheet => ({
  box,
  ...(returned === undefined ? {} : { returned }),
  ...(invalid === undefined ? {} : { invalid }),
});

describe('checkSheetsCoverBoxes', () => {
  it('finds nothing when every box with valid ballots has figures for every contest', () => {
    const votes = tally({ central: { chair: { a: 10 }, member: { '#blank': 12 } } });
    expect(checkSheetsCoverBoxes([sheet('central', 13, 1)], votes, election, 'en')).toEqual([]);
  });

  it('names a box the tally sheets leave out, and a contest they leave out of a box', () => {
    const votes = tally({ central: { chair: { a: 10 } } });
    const findings = checkSheetsCoverBoxes(
      [sheet('central', 13, 1), sheet('east', 5, 1)],
      votes,
      election,
      'en',
    );
    expect(findings.map((f) => [f.code, f.severity, f.box, f.contest, f.expected, f.found])).toEqual([
      ['BALLOT_ACCOUNTING_MISMATCH', 'error', 'central', 'member', 12, 0],
      ['BALLOT_ACCOUNTING_MISMATCH', 'error', 'east', null, 4, 0],
    ]);
    expect(findings[1]!.messages.en).toBe(
      'box “east” has 4 valid ballots, but the tally sheets have no votes for it at all',
    );
    expect(findings[0]!.messages.zh).toContain('没有委员的任何得票');
  });

  it('leaves alone a box with no valid ballots, or whose returned ballots are not stated', () => {
    const votes = tally({});
    expect(
      checkSheetsCoverBoxes([sheet('mobile', 2, 2), sheet('late'), sheet('empty', 0)], votes, election, 'zh'),
    ).toEqual([]);
  });
});

describe('a box written differently on the two files', () => {
  it('names the tally sheets’ box that looks the same, with what differs shown', () => {
    const votes = tally({ 流动票箱1: { chair: { a: 40 }, member: { a: 40 } } });
    const [zh] = checkSheetsCoverBoxes([sheet('流动票箱１', 40, 0)], votes, election, 'zh');
    expect(zh?.message).toBe(
      '票箱“流动票箱１”有效票40张，计票单中却没有这个票箱的任何得票；计票单中的票箱“流动票箱1”看起来是同一个，但写法不同（“流动票箱<U+FF11>”）',
    );
    const [en] = checkSheetsCoverBoxes([sheet('流动票箱１', 40, 0)], votes, election, 'en');
    expect(en?.message).toBe(
      "box “流动票箱１” has 40 valid ballots, but the tally sheets have no votes for it at all; the tally sheets' box “流动票箱1” looks the same but is written differently (“流动票箱<U+FF11>”)",
    );
  });
});
