import { describe, expect, it } from 'vitest';
import { BallotIdSet } from './ballot-id-set.js';
import { utf8 } from './testing/ballot-sources.js';

function adder() {
  const set = new BallotIdSet();
  return (box: number, id: string) => {
    const bytes = utf8(id);
    return set.add(box, bytes, 0, bytes.length);
  };
}

describe('BallotIdSet', () => {
  it('tells a repeat within a box, and keeps boxes and digit counts apart', () => {
    const add = adder();
    expect([add(0, '000123'), add(1, '000123'), add(0, '123'), add(0, '000123'), add(1, '000123')]).toEqual([
      false,
      false,
      false,
      true,
      true,
    ]);
  });

  it('tells repeats of ids that are not numbers', () => {
    const add = adder();
    expect([add(0, 'A-7'), add(0, 'A-8'), add(0, '票7'), add(0, 'A-7'), add(1, 'A-7')]).toEqual([
      false,
      false,
      false,
      true,
      false,
    ]);
  });

  it('stays exact when scattered numbers move from pages to fingerprints', () => {
    const add = adder();
    const ids = Array.from({ length: 3000 }, (_, i) =>
      String((i * 7_919_993) % 999_999_999_989).padStart(12, '0'),
    );
    expect(ids.map((id) => add(3, id)).some(Boolean)).toBe(false);
    expect(ids.filter((_, i) => i % 100 === 0).every((id) => add(3, id))).toBe(true);
    expect(add(3, '000000000001')).toBe(false);
  });

  it('takes a long run of sequential numbers without a false repeat', () => {
    const add = adder();
    let repeats = 0;
    for (let i = 0; i < 200_000; i++) if (add(i % 4, String(i).padStart(7, '0'))) repeats++;
    expect(repeats).toBe(0);
    expect(add(2, '0000002')).toBe(true);
  });
});
