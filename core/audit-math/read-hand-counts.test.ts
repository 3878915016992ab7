import { describe, expect, it } from 'vitest';
import { readHandBallots, readHandBoxes } from './read-hand-counts.js';
import { SMALL_ELECTION } from './testing/small-election.js';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

function errorsOf(read: ReturnType<typeof readHandBoxes> | ReturnType<typeof readHandBallots>) {
  if (read.ok) throw new Error('read');
  return read.errors;
}

describe('a row of void ballots in a box hand count', () => {
  it('whose count does not read is one error at its name cell, saying the count was not checked', () => {
    const errors = errorsOf(
      readHandBoxes(
        'hand.csv',
        encode('轮次,票箱,职位,候选人,得票\n1,box-1,主任,甲,15\n1,box-1,主任,无效票,三张\n'),
        SMALL_ELECTION,
      ),
    );
    expect(errors.map((error) => [error.file, error.line, error.column])).toEqual([['hand.csv', 3, 12]]);
    expect(errors[0]!.message.zh).toBe(
      '“无效票”不是候选人：整张作废的选票写在票箱统计（boxes.csv）的无效票列，某职位未选任何人写 #blank；本行得票“三张”因此未核对',
    );
    expect(errors[0]!.message.en).toBe(
      "“无效票” is not a candidate: whole void ballots go in the invalid column of boxes.csv, and ballots choosing no one in a contest in #blank; the row's count (“三张”) was therefore not checked",
    );
  });

  it('whose count reads is one error at its name cell, as before', () => {
    const errors = errorsOf(
      readHandBoxes(
        'hand.csv',
        encode('round,box,contest,candidate,votes\n1,box-1,chair,废票,3\n'),
        SMALL_ELECTION,
      ),
    );
    expect(errors.map((error) => [error.line, error.column])).toEqual([[2, 15]]);
    expect(errors[0]!.message.en).not.toContain('not checked');
  });

  it('a total row whose count does not read is one error too', () => {
    const errors = errorsOf(
      readHandBoxes(
        'hand.csv',
        encode('round,box,contest,candidate,votes\n1,box-1,chair,合计,x\n'),
        SMALL_ELECTION,
      ),
    );
    expect(errors.map((error) => [error.line, error.column])).toEqual([[2, 15]]);
    expect(errors[0]!.message.en).toContain("the row's count (“x”) was therefore not checked");
  });
});

describe('a sampled ballot marked with a word for void ballots', () => {
  it('is one error at its cell that says to write #void, in both languages', () => {
    const errors = errorsOf(
      readHandBallots(
        'hand.csv',
        encode('轮次,抽样序号,职位,选项\n1,1,主任,甲\n1,2,主任,废票\n'),
        SMALL_ELECTION,
      ),
    );
    expect(errors).toEqual([
      {
        file: 'hand.csv',
        line: 3,
        column: 8,
        message: {
          zh: '“废票”不是候选人：作废的选票在此写 #void',
          en: '“废票” is not a candidate: write #void for a void ballot',
        },
      },
    ]);
  });
});
