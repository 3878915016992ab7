import { describe, expect, it } from 'vitest';
import { BallotIdSet } from './ballot-id-set.js';
import { utf8 } from './testing/ballot-sources.js';

/** Adds ids to `set`, naming each box `box-N` on first use; true when an id was there before. */
function adder(set = new BallotIdSet(), names = (box: number) => `box-${box}`) {
  const named = new Set<number>();
  return (box: number, id: string) => {
    if (!named.has(box)) {
      set.nameBox(box, names(box));
      named.add(box);
    }
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

  describe('sharesAnyWith (two parts of one file, their boxes numbered apart)', () => {
    // Part one numbers boxes A=0, B=1; part two meets B first: B=0, C=1.
    const firstNames = ['A', 'B'];
    const secondNames = ['B', 'C'];
    const secondToFirst = (box: number) => firstNames.indexOf(secondNames[box]!);
    function parts() {
      const first = new BallotIdSet();
      const second = new BallotIdSet();
      return {
        first,
        second,
        addFirst: adder(first, (box) => firstNames[box]!),
        addSecond: adder(second, (box) => secondNames[box]!),
      };
    }

    it('finds a ballot number both parts hold for the same box, and none across boxes', () => {
      const { first, second, addFirst, addSecond } = parts();
      for (let i = 0; i < 5000; i++) addFirst(i % 2, String(i).padStart(6, '0'));
      for (let i = 5000; i < 9000; i++) addSecond(i % 2, String(i).padStart(6, '0'));
      addSecond(1, '000001'); // box C: A and B hold it, C does not
      addSecond(0, '001'); // three digits: another number than 000001
      expect(first.sharesAnyWith(second.export(), secondToFirst)).toBe(false);
      addSecond(0, '004999'); // box B held 004999 in part one
      expect(first.sharesAnyWith(second.export(), secondToFirst)).toBe(true);
    });

    it('finds a shared id that is not a number, by the box name the fingerprint is seeded with', () => {
      const { first, second, addFirst, addSecond } = parts();
      addFirst(1, 'B-17');
      addFirst(0, 'A-9');
      addSecond(1, 'B-17'); // box C
      addSecond(0, 'A-9'); // box B
      expect(first.sharesAnyWith(second.export(), secondToFirst)).toBe(false);
      addSecond(0, 'B-17');
      expect(first.sharesAnyWith(second.export(), secondToFirst)).toBe(true);
    });

    it('looks a number up among the fingerprints where part one moved scattered numbers there', () => {
      const { first, second, addFirst, addSecond } = parts();
      const scattered = Array.from({ length: 3000 }, (_, i) =>
        String((i * 7_919_993) % 999_999_999_989).padStart(12, '0'),
      );
      scattered.forEach((id) => addFirst(1, id));
      addSecond(0, '000000000001');
      expect(first.sharesAnyWith(second.export(), secondToFirst)).toBe(false);
      addSecond(0, scattered[1234]!);
      expect(first.sharesAnyWith(second.export(), secondToFirst)).toBe(true);
    });

    it('refuses a part that holds numbers only as fingerprints', () => {
      const { first, second, addSecond } = parts();
      for (let i = 0; i < 3000; i++)
        addSecond(0, String((i * 7_919_993) % 999_999_999_989).padStart(12, '0'));
      expect(second.export().scattered).toBe(true);
      expect(() => first.sharesAnyWith(second.export(), secondToFirst)).toThrow(/fingerprints/);
    });
  });
});
