import { describe, expect, it } from 'vitest';
import { alarms, counts, unread } from './corpus/read-shapes.js';

/**
 * English notices and news write-ups: approximations written short (`approx.`, `est.`, `~`) and polling
 * stations named as a line's label (`Polling station 1: 512 ballots cast.`) (docs/announcement.md,
 * “English notices: approximations written short, polling stations as labels”). Names and numbers are
 * invented; every share was worked out with exact fractions.
 */

describe('an approximation written short', () => {
  // Some 1,410 voted of 1,640: 85.97…%, 86.0%; the 1,400 is rounded by the writer, not exact.
  const text = (word: string) =>
    'Liqiao Village committee election results\n\nThe village has 1,640 registered voters. ' +
    `${word} 1,400 voters cast ballots, a turnout of 86.0%.\nZhou Lan was elected chair with 1,102 votes.`;

  it.each(['Approx.', 'approx.', 'Approx', 'Est.', 'An estimated', '~', 'Ca.', 'Circa', 'Upwards of'])(
    'leaves the count after `%s` unread, so the share of it is not judged',
    (word) => {
      expect(alarms(text(word), true)).toEqual([]);
      expect(unread(text(word))).toContainEqual(['1,400', 'approximate']);
    },
  );

  it('still flags a share wrong of an exact count', () => {
    expect(alarms(text('In all,'), true)).not.toEqual([]);
  });

  it.each(['approx.', '~', 'est.', 'Approx.'])(
    'leaves `%s 1,400 of the 1,640` and its share unjudged',
    (word) => {
      const fraction =
        'Liqiao Village committee election results\n\n' +
        `${word} 1,400 of the 1,640 registered voters cast ballots (86.0%).\nZhou Lan was elected chair with 1,102 votes.`;
      expect(alarms(fraction, true)).toEqual([]);
    },
  );

  it('a winner with approx. votes is not judged by them', () => {
    const winner =
      'Liqiao Village committee election results\n\n1,402 of the 1,640 registered voters cast ballots.\n' +
      'Zhou Lan was elected chair with approx. 690 votes.';
    expect(alarms(winner, true)).toEqual([]);
  });

  it('a list lettered a. b. c. keeps its counts exact', () => {
    const lettered =
      'Liqiao Village committee election results\n\na. Registered voters: 1,640\nb. Voters who cast ballots: 1,402\n' +
      'c. 1,380 valid ballots';
    expect(counts(lettered)).toContain('valid 1380');
  });
});

describe('polling stations named as a label before their counts', () => {
  const text =
    'Liqiao Village committee election results\n\nPolling station 1: 512 ballots cast. Polling station 2: 478 ballots ' +
    'cast. Polling station 3: 412 ballots cast. In all, 1,402 ballots were cast, of which 1,380 were valid.\n' +
    'Zhou Lan was elected chair with 1,102 votes.';

  it('reads each station’s ballots as its own, not the election’s', () => {
    expect(alarms(text, true)).toEqual([]);
    expect(counts(text)).toContain('returned 1402');
  });

  it.each([
    ['Station No. 2:', 'Station No. 1:', 'Station No. 3:'],
    ['The east polling station:', 'The main polling station:', 'The mobile ballot box:'],
    ['Polling station 1 -', 'Polling station 2 -', 'Polling station 3 -'],
  ])('so with `%s`', (a, b, c) => {
    const shaped = text
      .replace('Polling station 1:', a)
      .replace('Polling station 2:', b)
      .replace('Polling station 3:', c);
    expect(alarms(shaped, true)).toEqual([]);
  });

  it('still judges the chair by half the ballots cast in all', () => {
    expect(alarms(text.replace('1,102 votes', '690 votes'), true)).toEqual([
      'ANNOUNCED_WINNER_MISMATCH 690/702',
    ]);
  });

  it('reads `At station No. 2,` as that station too: the point of `No.` ends no sentence', () => {
    const numbered = text
      .replace('Polling station 1:', 'At station No. 1,')
      .replace('Polling station 2:', 'At station No. 2,')
      .replace('Polling station 3:', 'At station No. 3,');
    expect(alarms(numbered, true)).toEqual([]);
  });
});
