import { describe, expect, it } from 'vitest';
import { alarms, counts } from './corpus/read-shapes.js';

/**
 * Two villages' counts under a heading line of one word each (`Dongwan`, then its counts), and the word
 * `valid` where it names no count of valid ballots (`7 valid nominations`, `won 1,102 of the valid
 * votes`). Names and numbers invented.
 */

const village = (name: string, registered: string, chair: string) =>
  `${name}\nRegistered voters: ${registered}\nBallots cast: 1,402\nValid ballots: 1,389\nInvalid ballots: 13\nChair: ${chair}\n`;

describe('a one-word village heading over its own counts', () => {
  it('keeps two villages’ counts apart, not one figure stated twice', () => {
    const text =
      'Results of the village committee elections in Hexi Township\n\n' +
      village('Dongwan', '1,630', 'Li Ming, 1,102 votes') +
      '\n' +
      village('Xiwan', '1,512', 'Zhao Hua, 960 votes');
    expect(alarms(text, true)).toEqual([]);
  });

  it('still finds two differing figures of one village', () => {
    const text =
      'Dongwan Village committee election\n\nRegistered voters: 1,630\nBallots cast: 1,402\n' +
      'Valid ballots: 1,389\nInvalid ballots: 13\nValid ballots: 1,398\n';
    expect(alarms(text, true).some((alarm) => alarm.startsWith('ANNOUNCED_SUM_MISMATCH'))).toBe(true);
  });
});

describe('the word valid of no count of valid ballots', () => {
  it('does not read valid nominations as valid ballots', () => {
    const text =
      'Nanping Village committee election\n\nThere were 7 valid nominations. Of the 1,630 registered ' +
      'voters, 1,402 cast ballots. Chen Jun was elected chair with 1,102 votes.';
    expect(counts(text)).not.toContain('valid 7');
  });

  it('does not read a candidate’s votes out of the valid votes as the valid ballots', () => {
    const text =
      'Beiling Village committee election\n\nOf the 1,630 registered voters, 1,402 cast ballots; 13 ballots ' +
      'were invalid. Wang Fang won 1,102 of the valid votes and was elected chair.';
    expect(counts(text)).not.toContain('valid 1102');
  });

  it('still reads valid ballots named after their count', () => {
    expect(counts('Of the 1,402 ballots cast, 1,389 were valid and 13 invalid.')).toContain('valid 1389');
    expect(counts('1,402 ballots were cast; 1,389 valid ballots.')).toContain('valid 1389');
  });
});
