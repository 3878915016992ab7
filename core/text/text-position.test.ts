import { describe, expect, it } from 'vitest';
import { lineIndex, positionAt } from './text-position.js';

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
