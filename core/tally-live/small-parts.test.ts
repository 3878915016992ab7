import { describe, expect, it } from 'vitest';
import { testElection } from '../ballots/testing/ballot-sources.js';
import { offeredChoices, SHORTCUT_KEYS } from './choice-keys.js';
import { liveBallotsCsv, liveBoxesBallotsCsv } from './live-ballots-csv.js';
import { writeInKey } from './write-in-name.js';
import { zhengMarks } from './zheng-marks.js';

describe('zhengMarks', () => {
  it('writes a vote as a stroke of 正, five to a character', () => {
    expect([0, 1, 4, 5, 13].map(zhengMarks)).toEqual([
      { full: 0, partial: '' },
      { full: 0, partial: '一' },
      { full: 0, partial: '止' },
      { full: 1, partial: '' },
      { full: 2, partial: '下' },
    ]);
  });
});

describe('offeredChoices', () => {
  it('gives candidates the first keys and write-ins the next, so a new write-in moves no key', () => {
    const before = offeredChoices(testElection, []);
    const after = offeredChoices(testElection, [{ contest: 'chair', name: '张三' }]);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(before.map((choice) => choice.shortcut).join('')).toBe(SHORTCUT_KEYS.slice(0, before.length));
    expect(after.at(-1)).toMatchObject({ contest: 'chair', key: '张三', writeIn: true });
  });
  it('leaves a name without a key once the keys run out', () => {
    const many = Array.from({ length: 40 }, (_, index) => ({ contest: 'member', name: `w${index}` }));
    expect(offeredChoices(testElection, many).at(-1)?.shortcut).toBeNull();
  });
});

describe('writeInKey', () => {
  const chair = testElection.contests[0]!;
  it('takes a candidate typed by name as that candidate, and trims', () => {
    expect(writeInKey(chair, ' 王林 ')).toEqual({ ok: true, key: 'wang-lin', writeIn: false });
    expect(writeInKey(chair, '张三')).toEqual({ ok: true, key: '张三', writeIn: true });
  });
  it('refuses what a ballots.csv cell could not hold', () => {
    for (const bad of ['', '  ', 'a|b', '#blank', 'a\nb']) expect(writeInKey(chair, bad).ok).toBe(false);
  });
});

describe('liveBallotsCsv', () => {
  it('writes one row per ballot, void as 1, names joined by |, quoting where needed', () => {
    const csv = liveBallotsCsv('north', testElection, [
      { number: 1, void: false, choices: { chair: ['wang-lin'], member: ['sun-tao', '李, "四"'] } },
      { number: 2, void: true, choices: {} },
    ]);
    expect(csv).toBe(
      'box,ballot,void,chair,vice-chair,member\n' +
        'north,1,,wang-lin,,"sun-tao|李, ""四"""\n' +
        'north,2,1,,,\n',
    );
  });
  it('writes the boxes of one election in one file: one header, then each box in turn', () => {
    const csv = liveBoxesBallotsCsv(testElection, [
      { box: '中心会场', ballots: [{ number: 1, void: false, choices: { chair: ['wang-lin'] } }] },
      { box: '流动票箱', ballots: [{ number: 1, void: true, choices: {} }] },
    ]);
    expect(csv).toBe(
      'box,ballot,void,chair,vice-chair,member\n' + '中心会场,1,,wang-lin,,\n' + '流动票箱,1,1,,,\n',
    );
  });
});
