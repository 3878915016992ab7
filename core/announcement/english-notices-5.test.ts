import { describe, expect, it } from 'vitest';
import { alarms, judged } from './corpus/read-shapes.js';

/**
 * English notices, fifth round (docs/announcement.md, “English texts”): a one-seat post's votes together,
 * a share before its own fraction, bare labels and labels with `numbered`, years at a line's start.
 * Names and numbers are invented; every share was worked out with exact fractions.
 */

describe('the chair’s candidates’ votes together', () => {
  // One seat: 800 + 700 = 1,500 votes cannot come from 1,400 valid ballots, though each alone can.
  const text = ['Valid ballots: 1,400', 'Chair: Li Hua 800 votes, Wang Bo 700 votes'].join('\n');

  it('flags a chair’s candidates whose votes add up past the valid ballots', () => {
    expect(alarms(text)).toEqual(['ANNOUNCED_SUM_MISMATCH 1500/1400']);
    expect(alarms(text.replace('700 votes', '590 votes'))).toEqual([]);
    expect(judged(text.replace('700 votes', '590 votes'))).toContainEqual([
      'votes-within-ballots',
      'Wang Bo 590 votes',
      true,
    ]);
  });

  it('reads the same in Chinese, and in a runoff for the chair against the runoff’s own ballots', () => {
    expect(alarms('主任选举：有效票1400张，李华得票800票，王波得票700票。')).toEqual([
      'ANNOUNCED_SUM_MISMATCH 1500/1400',
    ]);
    const runoff = ['Runoff, 8 June', 'Valid ballots: 1,100', 'Chair: Chen Li 610 votes, Wu Qiang 530 votes'];
    expect(alarms(runoff.join('\n'))).toEqual(['ANNOUNCED_SUM_MISMATCH 1140/1100']);
  });

  it('does not add up the votes of posts with several seats, or of no named post', () => {
    expect(alarms(text.replace('Chair:', 'Members:'))).toEqual([]);
    expect(alarms(text.replace('Chair:', 'Vice-chair:'))).toEqual([]);
    expect(alarms(text.replace('Chair: ', ''))).toEqual([]);
  });
});
