import { describe, expect, it } from 'vitest';
import { alarmCodes, alarms, counts, judged, unread, voteRows } from './corpus/read-shapes.js';

/**
 * English news reports and observers' notes (docs/announcement.md, “English texts: times, years and
 * ages beside the counts”): a count so far in the day whose time is cut from it by the point of `a.m.`, a
 * count at the close of the polls, a year before a colon, and a person's age set off after the name.
 * Names and numbers are invented; every share was worked out with exact fractions.
 */

describe('a count so far in the day, its time cut off by the point of a.m. or p.m.', () => {
  // 1,320 of 1,500 is 88.0% exactly; 640 of 1,500 (the count by 11 a.m.) would be 42.7%, under the quorum.
  const text =
    'The 1,500 registered voters of Liangtian chose a chair. By 11 a.m. 640 had voted. ' +
    'When polls closed at 6 p.m., 1,320 had cast ballots, a turnout of 88.0 percent.';

  it('leaves the count by 11 a.m. unread as of another time, and reads the count at the close', () => {
    expect(unread(text)).toContainEqual(['640', 'other-time']);
    expect(counts(text)).toContainEqual('cast 1320');
    expect(counts(text)).not.toContainEqual('cast 640');
  });

  it('raises no alarm on the right text, and judges its turnout', () => {
    expect(alarms(text, true)).toEqual([]);
    expect(judged(text)).toContainEqual(['share', 'a turnout of 88.0 percent', true]);
  });

  it('still catches a wrong turnout of the close', () => {
    expect(alarms(text.replace('88.0 percent', '86.0 percent'))).toEqual([
      'ANNOUNCED_PERCENT_MISMATCH 86.0%/88.0%',
    ]);
  });

  it('reads a count at the close of the polls as the result, whatever the words of the close', () => {
    for (const close of [
      'When polls closed at 6 p.m.,',
      'At the close of polls at 6 p.m.,',
      'Voting ended at 18:00,',
    ])
      expect(counts(`The 1,500 registered voters chose a chair. ${close} 1,320 had cast ballots.`)).toEqual([
        'registered 1500',
        'cast 1320',
      ]);
  });

  it('keeps a count at another time of day unread', () => {
    expect(unread('The 1,500 registered voters chose a chair. At 3 p.m., 900 had voted.')).toContainEqual([
      '900',
      'other-time',
    ]);
  });
});

describe('a year before a colon', () => {
  // 1,402 of 1,630 is 86.0122…%: 86.0%.
  const text =
    'Results (2026): registered voters 1,630; ballots cast 1,402; valid 1,389; invalid 13. Turnout 86.0%.';

  it('is no count of the words after the colon, and is listed as a year', () => {
    expect(counts(text)).not.toContainEqual('registered 2026');
    expect(counts(text)).toContainEqual('registered 1630');
    expect(unread(text)).toContainEqual(['2026', 'year']);
    expect(unread(text.replace('Results (2026):', 'Results 2026:'))).toContainEqual(['2026', 'year']);
  });

  it('raises no alarm on the right turnout, and catches a wrong one', () => {
    expect(alarms(text, true)).toEqual([]);
    expect(alarms(text.replace('86.0%', '88.0%'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH 88.0%/86.0%']);
  });

  it('lists the year of a title line as a year, and never a number of as many voters', () => {
    expect(unread('Observer report, Shangyuan Village, 2026\n\n1,975 voted.')).toContainEqual([
      '2026',
      'year',
    ]);
    // A number of as many voters is never named a year (a count's word follows it).
    expect(unread('Of 2026 registered voters, 1,402 voted.')).not.toContainEqual(['2026', 'year']);
  });
});

describe('a person’s age set off after the name', () => {
  const base = 'Of the 1,630 registered voters, 1,402 cast ballots (86.0%).';

  it('is an age, listed with its reason', () => {
    for (const [text, age] of [
      [`${base} Li Na, 52, was re-elected director with 1,011 votes.`, '52'],
      [`${base} Zhang Wei (45) won 1,204 votes.`, '45'],
      [`${base} Ma Lin, 56, won the chairmanship.`, '56'],
    ] as const)
      expect(unread(text)).toContainEqual([age, 'age']);
  });

  it('leaves the votes after it to the name, judged by the seat’s threshold', () => {
    for (const apposition of [', aged 45,', ', 45,', ' (45)'])
      expect(voteRows(`${base} Zhang Wei${apposition} was elected director with 1,204 votes.`)).toEqual([
        ['Zhang Wei', null, 1204],
      ]);
    // A seat needs more than half of the 1,402 ballots cast: at least 702.
    expect(alarmCodes(`${base} Zhang Wei, aged 45, was elected director with 604 votes.`)).toEqual([
      'ANNOUNCED_WINNER_MISMATCH',
    ]);
    expect(alarmCodes(`${base} Li Na, 52, was re-elected director with 601 votes.`)).toEqual([
      'ANNOUNCED_WINNER_MISMATCH',
    ]);
    expect(alarmCodes(`${base} Li Na, 52, was re-elected director with 1,011 votes.`)).toEqual([]);
  });

  it('is no age where a name, not a verb, follows (a list of votes)', () => {
    expect(unread('Votes received: Zhang Wei, 52, Li Na, 47.')).not.toContainEqual(['52', 'age']);
  });
});
