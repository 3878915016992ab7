import { describe, expect, it } from 'vitest';
import { lineIndex, positionAt } from './text-position.js';
import { workGrowth } from '../../tests/fuzz/work-meter.js';

describe('positionAt', () => {
  it('counts lines after LF, CRLF and a lone CR alike', () => {
    const text = 'ab\ncd\r\nef\rgh';
    expect(positionAt(text, 0)).toEqual({ line: 1, column: 1 });
    expect(positionAt(text, 4)).toEqual({ line: 2, column: 2 });
    expect(positionAt(text, 7)).toEqual({ line: 3, column: 1 });
    expect(positionAt(text, 11)).toEqual({ line: 4, column: 2 });
  });

  it('counts a CJK character or an astral one as one column', () => {
    const text = '王林😀,12';
    expect(positionAt(text, text.indexOf(','))).toEqual({ line: 1, column: 4 });
  });

  it('clamps offsets outside the text', () => {
    expect(positionAt('a\nb', 99)).toEqual({ line: 2, column: 2 });
    expect(positionAt('a\nb', -5)).toEqual({ line: 1, column: 1 });
  });

  it('answers many offsets from one index the same as one by one', () => {
    const text = 'box,votes\r\n"a\nb",1\n\nc,2\n';
    const index = lineIndex(text);
    for (let offset = 0; offset <= text.length; offset++)
      expect(index.positionAt(offset)).toEqual(positionAt(text, offset));
  });
});

describe('lineIndex on one long line', () => {
  it('answers offsets out of order the same as one by one', () => {
    const text = 'a,b\n王,😀,c,d\r\ne';
    const index = lineIndex(text);
    for (const offset of [9, 3, 12, 5, 5, 14, 0, 8, 6])
      expect(index.positionAt(offset)).toEqual(positionAt(text, offset));
  });

  it('costs work in proportion to the line when asked for every cell in order (issue 21, defect 3)', () => {
    const growth = workGrowth(
      (size) => ','.repeat(size),
      (text: string) => {
        const index = lineIndex(text);
        for (let offset = 0; offset < text.length; offset++) index.positionAt(offset);
      },
    );
    expect(growth).toBeLessThan(15);
  });
});
