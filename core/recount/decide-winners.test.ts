import { describe, expect, it } from 'vitest';
import type { Standing } from './contest-standings.js';
import { decideWinners } from './decide-winners.js';

const standing = (id: string, votes: number): Standing => ({ id, name: id, votes, writeIn: false });
const everyone = () => true;

describe('decideWinners', () => {
  it('elects a tie of 300,000 that fits in the seats', () => {
    const tied = Array.from({ length: 300_000 }, (_, i) => standing(`c${i}`, 1));
    const result = decideWinners(tied, 300_000, everyone);
    expect(result.elected).toHaveLength(300_000);
    expect(result.tie).toBeNull();
  });
  it('fills seats by rank', () => {
    const result = decideWinners([standing('a', 9), standing('b', 7), standing('c', 5)], 2, everyone);
    expect(result.elected.map((s) => s.id)).toEqual(['a', 'b']);
    expect(result.tie).toBeNull();
  });
  it('leaves the last seat open when a tie crosses it', () => {
    const result = decideWinners([standing('a', 9), standing('b', 7), standing('c', 7)], 2, everyone);
    expect(result.elected.map((s) => s.id)).toEqual(['a']);
    expect(result.tie).toMatchObject({ votes: 7, seatsOpen: 1 });
    expect(result.tie?.tied.map((s) => s.id)).toEqual(['b', 'c']);
  });
  it('elects both of a tie that fits in the seats', () => {
    const result = decideWinners([standing('a', 7), standing('b', 7), standing('c', 5)], 2, everyone);
    expect(result.elected.map((s) => s.id)).toEqual(['a', 'b']);
    expect(result.tie).toBeNull();
  });
  it('elects no one below the threshold and no one without votes', () => {
    const result = decideWinners(
      [standing('a', 9), standing('b', 4), standing('c', 0)],
      3,
      (votes) => votes >= 5,
    );
    expect(result.elected.map((s) => s.id)).toEqual(['a']);
    expect(decideWinners([standing('a', 0)], 1, everyone).elected).toEqual([]);
  });
  it('reports no tie among those below the threshold', () => {
    const result = decideWinners(
      [standing('a', 9), standing('b', 4), standing('c', 4)],
      2,
      (votes) => votes >= 5,
    );
    expect(result.tie).toBeNull();
    expect(result.elected.map((s) => s.id)).toEqual(['a']);
  });
});
