// eslint-disable-next-line no-restricted-imports
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Election } from '../model/election.js';
import type { InputError } from '../model/result.js';
import { readElection } from './read-election.js';
import { readTallies } from './read-tallies.js';
import { fixtureTally } from './testing/expected-fixtures.js';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
const utf8 = (text: string) => new TextEncoder().encode(text);

function fixtureElection(): Election {
  const read = readElection('election.json', fixture('election.json'));
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  return read.value;
}
const election = fixtureElection();

const HEADER = 'box,contest,candidate,votes\n';

function errorsOf(text: string, definition: Election = election): readonly InputError[] {
  const result = readTallies('tallies.csv', utf8(text), definition);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}

const located = (errors: readonly InputError[]) =>
  errors.map((error) => [error.line, error.column, error.message.en]);

/** The votes of a tally as plain data: box → contest → choice → votes. */
function votesOf(text: string): Record<string, Record<string, Record<string, number>>> {
  const result = readTallies('tallies.csv', utf8(text), election);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  const plain: Record<string, Record<string, Record<string, number>>> = {};
  for (const [box, boxVotes] of result.value.boxes) {
    plain[box] = {};
    for (const [contest, counts] of boxVotes.contests) plain[box][contest] = Object.fromEntries(counts);
  }
  return plain;
}

describe('readTallies', () => {
  it.each(['tallies.csv', 'tallies-zh.utf8.csv', 'tallies-zh.gb18030.csv'])(
    'reads %s (ids or names, English or Chinese headers, LF or CRLF, GB18030)',
    (name) => {
      expect(readTallies(name, fixture(name), election)).toEqual({ ok: true, value: fixtureTally() });
    },
  );

  it('reads GB18030 when forced', () => {
    const forced = readTallies('t.csv', fixture('tallies-zh.gb18030.csv'), election, { encoding: 'gb18030' });
    expect(forced).toEqual({ ok: true, value: fixtureTally() });
  });

  it('reads a BOM, other header wordings in any order, a notes column, quoted cells and a trailing blank line', () => {
    const text =
      '\uFEFF得票数,备注,姓名,职务,票箱编号\r\n' +
      '"1,032",“主任”一栏,"王林",主任,central\r\n' +
      '7,"有人写了 ""周 强""",周强,"委员",central\r\n' +
      '\r\n';
    expect(votesOf(text)).toEqual({ central: { chair: { 'wang-lin': 1032 }, member: { 周强: 7 } } });
  });

  it('keeps #blank apart and a write-in under its name, and reads zero votes', () => {
    expect(votesOf(HEADER + 'c,chair,#blank,4\nc,chair,Wang Lin,2\nc,member,sun-tao,0\n')).toEqual({
      c: { chair: { '#blank': 4, 'Wang Lin': 2 }, member: { 'sun-tao': 0 } },
    });
  });

  it('refuses a file holding only its header (issue 21, defect 8)', () => {
    expect(located(errorsOf(HEADER))).toEqual([
      [2, undefined, 'the file holds only its header: no vote rows'],
    ]);
  });

  it('passes over a title above the header, and says where the header was looked for when none is found', () => {
    const text = new TextDecoder().decode(fixture('tallies-zh.utf8.csv'));
    const titled = utf8('青山村计票单,,,\r\n\r\n' + text);
    expect(readTallies('tallies.csv', titled, election)).toEqual({ ok: true, value: fixtureTally() });
    // A title alone, over a header that names no column: the error stays on the first row.
    const errors = errorsOf('青山村计票单,,,\nbox,race,name,n\nc,chair,王林,1\n');
    expect(errors[0]).toMatchObject({ line: 1 });
  });

  it('names each missing column on the header line', () => {
    const errors = errorsOf('票箱,候选人\nc,王林\n');
    expect(located(errors)).toEqual([
      [1, undefined, expect.stringContaining('missing the contest column')],
      [1, undefined, expect.stringContaining('missing the votes column')],
    ]);
    expect(errors[1]?.message.zh).toContain('缺少“得票”列');
  });

  it('places an unknown contest at its cell, naming the contests there are', () => {
    const errors = errorsOf(HEADER + 'central,chair,wang-lin,1\ncentral,副主任,王林,5\n');
    expect(located(errors)).toEqual([
      [3, 9, 'unknown contest “副主任” (contests of the election: chair 主任, member 委员)'],
    ]);
    expect(errors[0]?.message.zh).toContain('未知职位“副主任”');
  });

  it('places every bad number at its cell', () => {
    const errors = errorsOf(
      HEADER +
        'central,chair,wang-lin,-5\n' +
        'central,chair,li-hua,12.5\n' +
        'central,member,zhao-min,9007199254740992\n' +
        'central,member,sun-tao,\n' +
        '"central",member,陈明,十二\n',
    );
    expect(located(errors)).toEqual([
      [2, 24, 'votes: must not be negative'],
      [3, 22, 'votes: must be a whole number'],
      [4, 25, 'votes: number is absurdly large (above 1,000,000,000)'],
      [5, 24, 'votes: the cell is empty'],
      [6, 21, 'votes: “十二” is not a number'],
    ]);
    expect(errors[0]?.message.zh).toBe('“得票”：不能为负数');
  });

  it('refuses a repeated row, also when one names the candidate by id and the other by name', () => {
    const errors = errorsOf(
      HEADER +
        'central,chair,wang-lin,600\n' +
        'central,主任,王林,600\n' +
        'mobile-1,chair,#blank,1\n' +
        'mobile-1,主任,#blank,1\n' +
        'mobile-1,member,周强,1\n' +
        'mobile-1,委员,周强,2\n' +
        'central,member,周强,2\n',
    );
    expect(located(errors)).toEqual([
      [3, 12, 'box “central”, contest “chair”: “王林” repeats (already on line 2 as “wang-lin”)'],
      [5, 13, 'box “mobile-1”, contest “chair”: “#blank” repeats (already on line 4 as “#blank”)'],
      [7, 13, 'box “mobile-1”, contest “member”: “周强” repeats (already on line 6 as “周强”)'],
    ]);
    expect(errors[0]?.message.zh).toBe('票箱“central”职位“主任”中“王林”重复（第 2 行已有“wang-lin”）');
  });

  it('refuses a name that is one candidate id and another candidate name', () => {
    const clashing: Election = {
      ...election,
      contests: [
        {
          id: 'chair',
          name: '主任',
          seats: 1,
          candidates: [
            { id: 'wang', name: '王林' },
            { id: 'li', name: 'wang' },
          ],
        },
      ],
    };
    const errors = errorsOf(HEADER + 'central,chair,li,3\ncentral,chair,wang,5\n', clashing);
    expect(located(errors)).toEqual([[3, 15, expect.stringContaining('which one it means is unclear')]]);
    expect(errors[0]?.message.zh).toContain('无法确定指的是谁');
  });

  it('refuses empty box, contest and candidate cells', () => {
    expect(located(errorsOf(HEADER + ',chair,wang-lin,1\nc,,wang-lin,1\nc,chair,,1\n'))).toEqual([
      [2, 1, 'the box name is empty'],
      [
        3,
        3,
        'the contest is empty: an empty cell is not taken for the “chair” above it; write it on every row (or give the .xlsx workbook, whose merged cells are read)',
      ],
      [4, 9, 'the candidate is empty (write #blank for abstentions)'],
    ]);
  });

  it('lists every problem of the file in reading order', () => {
    const errors = errorsOf(
      'votes,candidate,contest,box\n' +
        '-1,王林,chair,c\n' +
        '1,王林,nope,c\n' +
        '2,wang-lin,chair,c\n' +
        '3,王林,chair,c\n',
    );
    expect(located(errors)).toEqual([
      [2, 1, 'votes: must not be negative'],
      [3, 6, expect.stringContaining('unknown contest “nope”')],
      [4, 3, 'box “c”, contest “chair”: “wang-lin” repeats (already on line 2 as “王林”)'],
      [5, 3, 'box “c”, contest “chair”: “王林” repeats (already on line 2 as “王林”)'],
    ]);
  });

  it('locates errors after quoted cells spanning lines, on CRLF', () => {
    const errors = errorsOf(HEADER.replace('\n', '\r\n') + '"cen\r\ntral",chair,wang-lin,x\r\n');
    expect(located(errors)).toEqual([[3, 22, 'votes: “x” is not a number']]);
  });
});
