import { describe, expect, it } from 'vitest';
import { reportAlone, unread, work } from './corpus/read-shapes.js';
import { readAnnouncementText } from './read-announcement-text.js';

/**
 * English notices, fourth round (docs/announcement.md, “English texts”): winners of other bodies, lists
 * of names and votes, shares no single base can give, electors, `pc`, glued labels and numbers in words.
 * Names and numbers are invented; every share was worked out with exact fractions.
 */

/** Warnings and errors: on a right text, every one is a false alarm. */
const alarms = (text: string, rules = false) =>
  reportAlone(text, rules)
    .findings.filter((finding) => finding.severity !== 'info')
    .map((finding) => `${finding.code} ${finding.found ?? ''}/${finding.expected ?? ''}`);
const judged = (text: string) => work(text).judged.map((figure) => [figure.rule, figure.text, figure.right]);
const counts = (text: string) =>
  readAnnouncementText(text).figures.flatMap((figure) =>
    figure.kind === 'count' ? [`${figure.meaning} ${figure.value}`] : [],
  );

describe('a winner of another body, in English', () => {
  // The supervisory committee is chosen by the village representatives (38 attended); 30 votes are theirs,
  // not of the 1,302 villagers who voted. 1,302 of 1,540 is 84.545…%, so 84.5%.
  const text = [
    'Thirty-eight village representatives attended. Wu Jie was elected to the supervisory committee with 30 votes.',
    'Separately, 1,540 registered voters were on the roll and 1,302 voted (84.5%).',
  ].join('\n');

  it('does not judge the votes of a member elected to the supervisory committee by the villagers’ ballots', () => {
    expect(alarms(text, true)).toEqual([]);
    expect(alarms(text.replace('supervisory committee', 'Village Affairs Supervision Committee'), true)).toEqual(
      [],
    );
    expect(alarms(text.replace('(84.5%)', '(86.5%)'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH 86.5%/84.5%']);
  });

  it('still judges a winner of the committee itself', () => {
    expect(alarms(text.replace('the supervisory committee', 'the village committee'), true)).toContain(
      'ANNOUNCED_WINNER_MISMATCH 30/652',
    );
  });
});
