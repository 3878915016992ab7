import { describe, expect, it } from 'vitest';
import { csvRows, type CsvRow } from './csv-cells.js';
import { workGrowth } from '../../tests/fuzz/work-meter.js';
import { readBoxesText } from './read-boxes.js';

function rowsOf(text: string): CsvRow[] {
  const result = csvRows('t.csv', text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

const cell = (text: string, line: number, column: number) => ({ text, line, column });

describe('csvRows', () => {
  it('gives every cell its line and column', () => {
    expect(rowsOf('box,votes\ncentral,12\n')).toEqual([
      { line: 1, cells: [cell('box', 1, 1), cell('votes', 1, 5)] },
      { line: 2, cells: [cell('central', 2, 1), cell('12', 2, 9)] },
    ]);
  });

  it('counts CRLF and lone CR line ends, and skips blank and comma-only rows', () => {
    const expected = [
      { line: 1, cells: [cell('a', 1, 1), cell('b', 1, 3)] },
      { line: 4, cells: [cell('c', 4, 1), cell('d', 4, 3)] },
    ];
    expect(rowsOf('a,b\r\n\r\n,\r\nc,d\r\n\r\n\r\n')).toEqual(expected);
    expect(rowsOf('a,b\r\r , \rc,d\r')).toEqual(expected);
  });

  it('reads a file whose line ends are mixed (a CRLF title over an LF body) row by row', () => {
    expect(rowsOf('青山村计票单\r\nbox,votes\ncentral,12\r\nmobile,3\rx,4\n')).toEqual([
      { line: 1, cells: [cell('青山村计票单', 1, 1)] },
      { line: 2, cells: [cell('box', 2, 1), cell('votes', 2, 5)] },
      { line: 3, cells: [cell('central', 3, 1), cell('12', 3, 9)] },
      { line: 4, cells: [cell('mobile', 4, 1), cell('3', 4, 8)] },
      { line: 5, cells: [cell('x', 5, 1), cell('4', 5, 3)] },
    ]);
  });

  it('steps over quoted cells with commas, doubled quotes and line breaks', () => {
    const rows = rowsOf('name,votes\n"王, ""小"" 林\n二",7\n"x" ,8');
    expect(rows).toEqual([
      { line: 1, cells: [cell('name', 1, 1), cell('votes', 1, 6)] },
      { line: 2, cells: [cell('王, "小" 林\n二', 2, 1), cell('7', 3, 4)] },
      { line: 4, cells: [cell('x', 4, 1), cell('8', 4, 6)] },
    ]);
  });

  it('trims cells, full-width spaces included, but keeps the column where the cell starts', () => {
    expect(rowsOf(' a ,\u3000王林\u3000')).toEqual([
      { line: 1, cells: [cell('a', 1, 1), cell('王林', 1, 5)] },
    ]);
  });

  it('reports malformed quoting with its place', () => {
    const result = csvRows('t.csv', 'a,b\nx,"unclosed\n');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0]).toMatchObject({ file: 't.csv', line: 2 });
      expect(result.errors[0]?.message.en).toContain('malformed CSV quoting');
    }
  });
});

describe('csvRows on one wide row', () => {
  it('does work in proportion to the row, not its square (issue 21, defect 3)', () => {
    const wide = (size: number) => 'box,registered\n' + '1,'.repeat(size / 2);
    expect(workGrowth(wide, (text: string) => csvRows('boxes.csv', text))).toBeLessThan(15);
    expect(workGrowth(wide, (text: string) => readBoxesText('boxes.csv', text))).toBeLessThan(15);
  });
});
