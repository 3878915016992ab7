// Rivest's consistent sampler against every published example found (vectors/*.json name each one's
// repository, file and example): the reference's README, USAGE_EXAMPLES.md, doctests and demo, and
// Arlo's sampler snapshots.
import { describe, expect, it } from 'vitest';
import { consistentSample, repeatedIds, type SampleOptions } from './consistent-sampler.js';
import { TicketHeap } from './ticket-heap.js';
import {
  firstTicketNumber,
  nextTicketNumber,
  sha256HexOfText,
  trimTicketNumber,
  uniformFraction,
} from './ticket-number.js';
import arloApi from './vectors/arlo-api-tickets.json';
import published from './vectors/sampler-examples.json';
import tickets from './vectors/ticket-numbers.json';

interface Example {
  readonly source: string;
  readonly ids?: string[];
  readonly idsGenerated?: { prefix: string; count: number }[];
  readonly seed: string;
  readonly options: SampleOptions;
  readonly below?: string;
  readonly expected?: { ticket: string; id: string; generation: number }[];
  readonly expectedIds?: string[];
}

const examples = published.examples as Example[];

function idsOf(example: Example): string[] {
  if (example.ids) return example.ids;
  return (example.idsGenerated ?? []).flatMap(({ prefix, count }) =>
    Array.from({ length: count }, (_, i) => `${prefix}${i}`),
  );
}

describe('published examples of the consistent sampler', () => {
  it('covers the reference and Arlo', () => {
    expect(examples.length).toBe(31);
    expect(examples.filter((e) => e.source.startsWith('votingworks/arlo'))).toHaveLength(3);
  });

  for (const example of examples)
    it(example.source, () => {
      let sample = consistentSample(idsOf(example), example.seed, example.options);
      // The stratified examples keep the tickets below a bound, comparing strings as the reference does.
      if (example.below !== undefined) sample = sample.filter((t) => t.ticket < example.below!);
      if (example.expected) expect(sample).toEqual(example.expected);
      else expect(sample.map((t) => t.id)).toEqual(example.expectedIds);
    });
});

describe('ticket numbers (the reference doctests)', () => {
  it('hashes and turns a digest into a fraction', () => {
    for (const v of tickets.sha256Hex) expect(sha256HexOfText(v.input)).toBe(v.expected);
    for (const v of tickets.uniform) expect(uniformFraction(v.input)).toBe(v.expected);
  });

  it('trims without rounding, counting digits after the leading 9s', () => {
    for (const v of tickets.trim) expect(trimTicketNumber(v.input, v.digits)).toBe(v.expected);
    expect(trimTicketNumber('0.1289', 2)).toBe('0.12');
    expect(trimTicketNumber('0.999', 2)).toBe('0.999');
  });

  it('gives the first and next ticket numbers', () => {
    for (const v of tickets.first) expect(firstTicketNumber(v.id, sha256HexOfText(v.seed))).toBe(v.expected);
    for (const v of tickets.next) expect(nextTicketNumber(v.input)).toBe(v.expected);
  });

  it('lays out the heap as heapq does', () => {
    const heap = new TicketHeap();
    const seedHash = sha256HexOfText(tickets.heap.seed);
    for (const id of tickets.heap.ids)
      heap.push({ number: firstTicketNumber(id, seedHash), id, generation: 1 });
    expect(heap.layout).toEqual(tickets.heap.expectedLayout);
  });

  it("reproduces Arlo's PPEB ticket chains (next ticket of the trimmed previous one)", () => {
    const { seed, digits, chains } = tickets.arloPpebChains;
    const seedHash = sha256HexOfText(seed);
    expect(chains).toHaveLength(12);
    for (const chain of chains) {
      let ticket = trimTicketNumber(firstTicketNumber(chain.id, seedHash), digits);
      const got = [ticket];
      while (got.length < chain.tickets.length) {
        ticket = trimTicketNumber(nextTicketNumber(ticket), digits);
        got.push(ticket);
      }
      expect(got).toEqual(chain.tickets);
    }
  });

  it('keeps a run of 9s and still climbs', () => {
    const next = nextTicketNumber('0.999');
    expect(next.startsWith('0.999')).toBe(true);
    expect(next > '0.999').toBe(true);
  });
});

describe("Arlo's API snapshots: the tickets of every sampled ballot and batch", () => {
  it('covers 2,518 of the 2,521 ticket rows printed', () => {
    expect(arloApi.groups.reduce((sum, group) => sum + group.rows.length, 0)).toBe(1334);
    expect(arloApi.groups).toHaveLength(25);
  });

  for (const group of arloApi.groups)
    it(group.source, () => {
      const seedHash = sha256HexOfText(group.seed);
      for (const [id, from, ...shown] of group.rows as [string, number, ...string[]][]) {
        let full = firstTicketNumber(id, seedHash);
        const chain = [trimTicketNumber(full, 18)];
        while (chain.length < from - 1 + shown.length) {
          // Ballots climb from the full ticket; Arlo's batches (PPEB) from the ticket trimmed to 18 digits.
          full = nextTicketNumber(group.trimmedChain ? chain[chain.length - 1]! : full);
          chain.push(trimTicketNumber(full, 18));
        }
        expect({ id, tickets: chain.slice(from - 1) }).toEqual({ id, tickets: shown });
      }
    });
});

describe('consistentSample', () => {
  const ids = ['A-1', 'A-2', 'A-3', 'B-1', 'B-2', 'B-3'];
  const seed = '31415926535897932384';

  it('continues the same stream with drop', () => {
    const all = consistentSample(ids, seed, { withReplacement: true, take: 12 });
    expect(consistentSample(ids, seed, { withReplacement: true, drop: 5, take: 7 })).toEqual(all.slice(5));
  });

  it('returns every id once without replacement, however large take is', () => {
    const sample = consistentSample(ids, seed, { take: 100 });
    expect(sample.map((t) => t.id).sort()).toEqual([...ids].sort());
    expect(sample.every((t) => t.generation === 1)).toBe(true);
  });

  it('does not depend on the order ids are given in', () => {
    expect(consistentSample([...ids].reverse(), seed)).toEqual(consistentSample(ids, seed));
  });

  it('refuses what the reference asserts against', () => {
    expect(() => consistentSample(['a', 'b', 'a'], seed)).toThrow(/repeated: a/);
    expect(() => consistentSample(ids, seed, { withReplacement: true })).toThrow(/needs take/);
    expect(() => consistentSample(ids, seed, { digits: 0 })).toThrow(/digits/);
    expect(() => consistentSample(ids, seed, { drop: -1 })).toThrow(/drop/);
    expect(repeatedIds(['x', 'y', 'x', 'x', 'y'])).toEqual(['x', 'y']);
  });

  it('gives nothing for no ids', () => {
    expect(consistentSample([], seed, { withReplacement: true, take: 3 })).toEqual([]);
  });
});
