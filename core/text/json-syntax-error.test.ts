import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonSyntaxErrorOffset } from './json-syntax-error.js';

describe('jsonSyntaxErrorOffset', () => {
  it.each([
    ['{"a":}', 5],
    ['{"a":1,}', 7],
    ['xyz', 0],
    ['{"a":1} x', 8],
    ['{"a":"b', 7],
    ['', 0],
    ['{"a" 1}', 5],
    ['[1,2', 4],
    ['{"a":tru}', 8],
    ['{"a":"\u0001"}', 6],
    ['{"a":"\\x"}', 7],
    ['{"a":"\\u12g4"}', 10],
    ['[01]', 2],
    ['[1.]', 3],
    ['[1 2]', 3],
    ["{'a':1}", 1],
  ])('places the error in %j at %i', (text, offset) => {
    expect(jsonSyntaxErrorOffset(text)).toBe(offset);
  });

  it('finds no error in valid JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 2), (value, indent) => {
        expect(jsonSyntaxErrorOffset(JSON.stringify(value, null, indent))).toBeNull();
      }),
    );
    expect(jsonSyntaxErrorOffset(' {"名字":[1,-2.5e+3,true,false,null,"\\u00e9\\n"]} ')).toBeNull();
  });
});
