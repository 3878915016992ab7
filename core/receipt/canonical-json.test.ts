import { describe, expect, it } from 'vitest';
import { canonicalBytes, canonicalJson } from './canonical-json.js';
import numbers from './vectors/rfc8785-numbers.json';

const inputs = import.meta.glob<string>('./vectors/rfc8785/input/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const outputs = import.meta.glob<string>('./vectors/rfc8785/output/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});

describe('canonicalJson (RFC 8785)', () => {
  const names = Object.keys(inputs).map((path) => path.split('/').pop()!);
  it('has the reference test data', () => {
    expect(names.sort()).toEqual([
      'arrays.json',
      'french.json',
      'structures.json',
      'unicode.json',
      'values.json',
      'weird.json',
    ]);
  });

  it.each(names)('gives the reference output for %s', (name) => {
    const input = inputs[`./vectors/rfc8785/input/${name}`]!;
    const output = outputs[`./vectors/rfc8785/output/${name}`]!;
    expect(canonicalJson(JSON.parse(input))).toBe(output);
  });

  it.each(numbers.vectors)('serializes the double $ieee754 as $expected', ({ ieee754, expected }) => {
    const view = new DataView(new ArrayBuffer(8));
    view.setBigUint64(0, BigInt(`0x${ieee754}`));
    const value = view.getFloat64(0);
    if (expected === null) expect(() => canonicalJson(value)).toThrow();
    else expect(canonicalJson(value)).toBe(expected);
  });

  it('sorts keys by UTF-16 code units, not by code points', () => {
    // U+1F600 is D83D DE00 in UTF-16: before U+FB33 by code units, after it by code points.
    expect(canonicalJson({ '\ufb33': 1, '\u{1f600}': 2 })).toBe('{"\u{1f600}":2,"\ufb33":1}');
  });

  it('refuses lone surrogates, which have no UTF-8 form', () => {
    expect(() => canonicalJson({ label: '\ud800' })).toThrow();
    expect(() => canonicalJson({ '\udc00': 1 })).toThrow();
  });

  it('gives UTF-8 bytes', () => {
    expect([...canonicalBytes({ 名: 'é' })]).toEqual([123, 34, 229, 144, 141, 34, 58, 34, 195, 169, 34, 125]);
  });
});
