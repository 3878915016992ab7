import { describe, expect, it } from 'vitest';
import { BLANK, type Election } from '../model/election.js';
import { evaluateElection } from '../recount/evaluate-election.js';
import { getRulePack } from '../rules/registry.js';
import { readBoxesText } from '../tallies/read-boxes.js';
import { readTalliesText } from '../tallies/read-tallies.js';
import { checkTypedBox } from './check-typed-box.js';
import { readTypedBox } from './read-typed-box.js';
import { cellKey, emptyTypedBox, gridCells, withCell, writeInLines, type TypedBox } from './typed-box.js';
import { typedSheetsCsv } from './typed-sheets-csv.js';

const election: Election = {
  name: '测试村',
  rules: 'cn-village@2018',
  round: 'first',
  contests: [
    {
      id: 'chair',
      name: '主任',
      seats: 1,
      candidates: [
        { id: 'wang', name: '王林' },
        { id: 'li', name: '李华' },
      ],
    },
    {
      id: 'member',
      name: '委员',
      seats: 2,
      candidates: [
        { id: 'chen', name: '陈梅' },
        { id: 'sun', name: '孙涛' },
      ],
    },
  ],
};
const pack = getRulePack('cn-village@2018')!;

/** A box typed cell by cell, as the page does. */
function typed(box: string, cells: Record<string, string>): TypedBox {
  let result = emptyTypedBox(box);
  for (const cell of gridCells(election, result).concat(
    [0, 1].flatMap((line) =>
      (['name', 'votes'] as const).map(
        (part) => ({ kind: 'write-in', contest: 'chair', line, part }) as const,
      ),
    ),
  )) {
    const text = cells[cellKey(cell)];
    if (text !== undefined) result = withCell(result, cell, text);
  }
  return result;
}

/** A whole, consistent box: 100 returned, 2 void, 98 valid. */
const central = typed('central', {
  'figure:registered': '150',
  'figure:issued': '101',
  'figure:returned': '100',
  'figure:invalid': '2',
  'votes:chair:wang': '60',
  'votes:chair:li': '30',
  'votes:chair:#blank': '5',
  'write-in:chair:0:name': '张三',
  'write-in:chair:0:votes': '3',
  'votes:member:chen': '90',
  'votes:member:sun': '1,00',
});

describe('reading a typed box', () => {
  it('lists the cells still to type, in the order of the grid', () => {
    const reading = readTypedBox(election, typed('b', { 'figure:issued': '10', 'votes:chair:wang': '3' }));
    expect(reading.missing.map(cellKey)).toEqual([
      'figure:registered',
      'figure:returned',
      'figure:invalid',
      'votes:chair:li',
      'votes:member:chen',
      'votes:member:sun',
    ]);
    expect(reading.sheet).toEqual({ box: 'b', issued: 10 });
    // A contest half typed is not handed to the checks.
    expect(reading.votes.contests.size).toBe(0);
  });

  it('says why a cell cannot be read, in both languages, and keeps the text as typed', () => {
    const box = withCell(central, { kind: 'votes', contest: 'member', choice: 'sun' }, '1,00');
    const reading = readTypedBox(election, box);
    expect(reading.problems).toEqual([
      {
        cell: { kind: 'votes', contest: 'member', choice: 'sun' },
        message: { zh: '“1,00”不是数字', en: '“1,00” is not a number' },
      },
    ]);
    expect(box.votes['member']?.['sun']).toBe('1,00');
  });

  it('reads full-width digits and thousands separators as the CSV reader does', () => {
    const box = withCell(central, { kind: 'figure', figure: 'registered' }, '１,５００');
    expect(readTypedBox(election, box).sheet.registered).toBe(1500);
  });

  it('refuses a write-in that is a candidate, or named twice, and asks for the name of votes alone', () => {
    const box = typed('b', {
      'write-in:chair:0:name': '王林',
      'write-in:chair:0:votes': '1',
      'write-in:chair:1:name': ' 张三 ',
      'write-in:chair:1:votes': '1',
    });
    const twice = withCell(
      withCell(box, { kind: 'write-in', contest: 'chair', line: 2, part: 'name' }, '张三'),
      { kind: 'write-in', contest: 'chair', line: 2, part: 'votes' },
      '2',
    );
    const votesOnly = withCell(twice, { kind: 'write-in', contest: 'chair', line: 3, part: 'votes' }, '4');
    const reading = readTypedBox(election, votesOnly);
    expect(reading.problems.map((problem) => [cellKey(problem.cell), problem.message.en])).toEqual([
      ['write-in:chair:0:name', '王林 is a candidate of this contest: type the votes in their own row'],
      ['write-in:chair:2:name', '“张三” already has a line'],
    ]);
    expect(reading.missing.map(cellKey)).toContain('write-in:chair:3:name');
    expect(reading.writeInNames.get('chair')).toEqual([{ name: '张三', votes: 1 }]);
  });

  it('shows one empty write-in line after the last one typed', () => {
    expect(writeInLines(central, 'chair')).toBe(2);
    expect(writeInLines(central, 'member')).toBe(1);
  });
});

describe('cross-checks as the sheet is typed', () => {
  const codes = (box: TypedBox) =>
    checkTypedBox(election, pack, readTypedBox(election, box), 'en').map((finding) => [
      finding.code,
      finding.contest,
      finding.message,
    ]);
  const fixed = withCell(central, { kind: 'votes', contest: 'member', choice: 'sun' }, '100');

  it('finds nothing in a consistent sheet', () => {
    expect(codes(withCell(fixed, { kind: 'votes', contest: 'member', choice: 'sun' }, '90'))).toEqual([]);
  });

  it('holds returned to issued, void to returned, and votes to valid ballots × seats, in the report’s words', () => {
    expect(codes(withCell(fixed, { kind: 'figure', figure: 'returned' }, '102'))).toContainEqual([
      'RETURNED_EXCEEDS_ISSUED',
      null,
      'box “central” returned 102 ballots, more than the 101 it issued',
    ]);
    // Alone: the votes, more than 100 − 101 valid ballots, are not each found wrong because of it.
    expect(codes(withCell(fixed, { kind: 'figure', figure: 'invalid' }, '101'))).toEqual([
      [
        'BALLOT_ACCOUNTING_MISMATCH',
        null,
        'box “central” has 101 void ballots, more than the 100 returned: that figure cannot be right, so the valid ballots are not known and the checks that depend on it were not run (votes and abstentions against the valid ballots, the valid and void ballots in all; the votes are held to the ballots returned instead)',
      ],
    ]);
    // Under majority, whose threshold is of the valid ballots, the same finding says who is elected is not judged.
    const majority = getRulePack('majority')!;
    const typed = readTypedBox(election, withCell(fixed, { kind: 'figure', figure: 'invalid' }, '101'));
    expect(checkTypedBox(election, majority, typed, 'en').map((finding) => finding.message)).toEqual([
      'box “central” has 101 void ballots, more than the 100 returned: that figure cannot be right, so the valid ballots are not known and the checks that depend on it were not run (votes and abstentions against the valid ballots, the valid and void ballots in all, who is elected (a seat needs more than half of the valid ballots, which are not known); the votes are held to the ballots returned instead)',
    ]);
    // 98 valid ballots: no name may have more than 98 votes.
    expect(codes(fixed)).toEqual([
      [
        'VOTES_EXCEED_BALLOTS',
        'member',
        'box “central”: 孙涛 has 100 votes for 委员, more than the 98 valid ballots',
      ],
    ]);
  });

  it('says when a one-seat contest leaves valid ballots uncounted', () => {
    const short = withCell(fixed, { kind: 'votes', contest: 'chair', choice: 'wang' }, '50');
    const sound = withCell(short, { kind: 'votes', contest: 'member', choice: 'sun' }, '90');
    expect(codes(sound)).toEqual([
      [
        'BALLOT_ACCOUNTING_MISMATCH',
        'chair',
        'box “central”: 主任 has 83 votes plus 5 abstentions = 88, fewer than the 98 valid ballots: some valid ballots are not counted',
      ],
    ]);
  });

  it('leaves a contest alone while its cells are still being typed', () => {
    const half = typed('b', {
      'figure:returned': '10',
      'figure:invalid': '0',
      'votes:chair:wang': '3',
      'votes:chair:#blank': '1',
    });
    expect(codes(half)).toEqual([]);
  });
});

describe('boxes.csv and tallies.csv', () => {
  const sound = withCell(central, { kind: 'votes', contest: 'member', choice: 'sun' }, '90');
  const mobile = typed('流动, 1', {
    'figure:registered': '0',
    'figure:issued': '20',
    'figure:returned': '20',
    'figure:invalid': '0',
    'votes:chair:wang': '12',
    'votes:chair:li': '8',
    'votes:member:chen': '20',
    'votes:member:sun': '18',
  });

  it('writes the contract form, which the recount reads back to the same counts', () => {
    const written = typedSheetsCsv(
      election,
      [sound, mobile].map((box) => readTypedBox(election, box)),
    );
    expect(written.ok).toBe(true);
    if (!written.ok) return;
    expect(written.boxes).toBe(
      'box,registered,issued,returned,invalid\ncentral,150,101,100,2\n"流动, 1",0,20,20,0\n',
    );
    expect(written.tallies).toBe(
      [
        'box,contest,candidate,votes',
        'central,chair,wang,60',
        'central,chair,li,30',
        `central,chair,${BLANK},5`,
        'central,chair,张三,3',
        'central,member,chen,90',
        'central,member,sun,90',
        '"流动, 1",chair,wang,12',
        '"流动, 1",chair,li,8',
        '"流动, 1",member,chen,20',
        '"流动, 1",member,sun,18',
        '',
      ].join('\n'),
    );
    const sheets = readBoxesText('boxes.csv', written.boxes);
    const tally = readTalliesText('tallies.csv', written.tallies, election);
    if (!sheets.ok || !tally.ok) throw new Error('the written files do not read back');
    const report = evaluateElection({ election, pack, sheets: sheets.value, tally: tally.value, lang: 'en' });
    expect(report.turnout).toMatchObject({ cast: 120, invalid: 2, valid: 118 });
    const chair = report.contests.find((contest) => contest.id === 'chair')!;
    expect(chair.elected).toEqual(['wang']);
    expect(report.findings.map((finding) => finding.code)).not.toContain('BALLOT_ACCOUNTING_MISMATCH');
  });

  it('writes the voters column when every box states it, and refuses it stated for some boxes only', () => {
    const withVoters = (box: TypedBox, voters: string) =>
      withCell(box, { kind: 'figure', figure: 'voters' }, voters);
    const both = typedSheetsCsv(
      election,
      [withVoters(sound, '100'), withVoters(mobile, '20')].map((box) => readTypedBox(election, box)),
    );
    expect(both.ok && both.boxes.split('\n')[0]).toBe('box,registered,issued,returned,invalid,voters');
    const some = typedSheetsCsv(
      election,
      [withVoters(sound, '100'), mobile].map((box) => readTypedBox(election, box)),
    );
    expect(some.ok ? [] : some.notReady.map((each) => each.box)).toEqual(['流动, 1']);
  });

  it('refuses sheets with cells to type, unreadable cells, or a box named twice', () => {
    const half = typed('half', { 'figure:issued': '1' });
    const written = typedSheetsCsv(
      election,
      [sound, sound, half].map((box) => readTypedBox(election, box)),
    );
    expect(written.ok ? [] : written.notReady.map((each) => each.message.en)).toEqual([
      'box “central” appears twice',
      'box “half” has 7 cells still to type',
    ]);
    expect(typedSheetsCsv(election, []).ok).toBe(false);
  });
});
