import { describe, expect, it } from 'vitest';
import { reportAlone, unread, work } from './corpus/read-shapes.js';
import { englishFractions } from './english-fractions.js';
import { readAnnouncementText } from './read-announcement-text.js';

/**
 * English texts as pasted (docs/announcement.md, “English texts as pasted”): wire stories, observers'
 * reports, abstracts, cables, machine translations of Chinese reports and English notices. Names and
 * numbers are invented; every share was worked out with exact fractions.
 */

const report = reportAlone;
/** Warnings and errors: on a right text, every one is a false alarm. */
const alarms = (text: string, rules = false) =>
  report(text, rules)
    .findings.filter((finding) => finding.severity !== 'info')
    .map((finding) => `${finding.code} ${finding.found ?? ''}/${finding.expected ?? ''}`);
const judged = (text: string) => work(text).judged.map((figure) => [figure.rule, figure.right]);
const counts = (text: string) =>
  Object.fromEntries(
    readAnnouncementText(text).figures.flatMap((figure) =>
      figure.kind === 'count' ? [[figure.meaning, Number(figure.value)]] : [],
    ),
  );

describe('a share stated with its own part and whole in words', () => {
  it('judges `N of M (P%)`, `P% (N of M)` and `P% of the committee (N of M)` as written', () => {
    const text =
      'The share of committees with no woman fell from 38.5% (120 of 312) to 13.1% (41 of 312). ' +
      'Women chairs remain rare: 9 of 312 (2.9%). Women make up 33.3% of the new committee (2 of 6).';
    expect(alarms(text)).toEqual([]);
    expect(judged(text)).toEqual([
      ['share', true],
      ['share', true],
      ['share', true],
      ['share', true],
    ]);
    expect(unread(text)).toEqual([]);
  });

  it('catches a wrong one and gives the share the fraction makes', () => {
    const text =
      'In Dashi village, 1,932 of the 2,145 eligible voters cast ballots, a turnout\nof 92.1%, officials said.';
    expect(alarms(text)).toEqual(['ANNOUNCED_PERCENT_MISMATCH 92.1%/90.1%']);
  });

  it('reads the whole first (`Of the 1,908 registered voters, 1,654 voted (86.7%)`) and `out of`', () => {
    expect(
      englishFractions(
        'Of the 1,908 registered voters, 1,654 voted (86.7%). A majority of 1,204 votes out of 2,311 ballots cast, or 52.1%.',
        '',
      ).map((found) => found.statedOf),
    ).toEqual(['1,654 of 1,908', '1,204 of 2,311']);
    expect(alarms('Of the 1,908 registered voters, 1,654 voted (86.7%).')).toEqual([]);
  });

  it('takes no fraction that is approximate, interrupted or tied to something else', () => {
    for (const text of [
      'About 1,900 of the 2,145 voters cast ballots (88.6%).',
      '3 of the 5 villages (about 60%) used booths.',
      'Only 312 of the 1,840 voters aged 18 to 35 voted, a rate of 17.0%.',
      '15 of 20 villages, where migrants exceed a third of voters (34%).',
      'Of 1,230 ballots, 706 went to Yang (57.8% of valid votes).',
      '612 of the 1,230 ballots cast, or 49.8% of the vote.',
      'On March 3 of 2024 (the 12th day), 5 of 9 were elected.',
    ])
      expect(englishFractions(text, text)).toEqual([]);
  });

  it('is exact: 1,318 of 1,502 is 87.7496…%, so 87.7% is right and 87.8% wrong', () => {
    expect(alarms('1,318 of 1,502 registered voters cast ballots (87.7%).')).toEqual([]);
    expect(alarms('1,318 of 1,502 registered voters cast ballots (87.8%).')).toEqual([
      'ANNOUNCED_PERCENT_MISMATCH 87.8%/87.7%',
    ]);
  });
});

describe('ballot counts in English as pasted and machine-translated', () => {
  it('reads a space-aligned column as plain counts and catches a failing sum', () => {
    const aligned =
      'Eligible voters       2,311\nBallots cast          2,023\nValid ballots         2,001\nInvalid ballots          22\n';
    // Ballots cast are the ballots in the box (收回): valid and invalid add up to them.
    expect(counts(aligned)).toEqual({ registered: 2311, returned: 2023, valid: 2001, invalid: 22 });
    expect(judged(aligned)).toContainEqual(['ballots', true]);
    expect(alarms(aligned)).toEqual([]);
    expect(alarms(aligned, true)).toEqual([]);
  });

  it('reads the words of a translated notice (register voter, actually vote, take back, effective, invalid)', () => {
    const text =
      'Register voter 3,118 person; actually vote 2,684 person; vote rate 86.1%.\n' +
      'Issue ballot 2,684; take back ballot 2,681; effective ballot 2,670; invalid ballot 11.';
    expect(counts(text)).toEqual({
      registered: 3118,
      cast: 2684,
      issued: 2684,
      returned: 2681,
      valid: 2670,
      invalid: 11,
    });
    expect(alarms(text)).toEqual([]);
    expect(judged(text)).toContainEqual(['ballots', true]);
    // 2,670 + 17 is not 2,681.
    expect(alarms(text.replace('invalid ballot 11', 'invalid ballot 17'))).toEqual([
      'ANNOUNCED_SUM_MISMATCH 2687/2681',
    ]);
  });

  it('takes `Arrive rate` and `participation rate` as turnout, never `get vote rate`', () => {
    const text =
      'Should arrive voters: 1,290. Real arrive: 1,171. Arrive rate: 90.8%.\n' +
      'Send out ballots 1,171, recover 1,171, effective 1,159, waste 12.';
    expect(counts(text)).toEqual({
      registered: 1290,
      cast: 1171,
      issued: 1171,
      returned: 1171,
      valid: 1159,
      invalid: 12,
    });
    expect(alarms(text)).toEqual([]);
    expect(judged(text)).toContainEqual(['ballots', true]);
    expect(work(text).judged.some((figure) => figure.rule === 'share' && figure.right)).toBe(true);
    const candidate =
      'Register voter 5,204; participate vote: 4,377 persons. Director: Huang Lei get vote rate 89.5%.';
    expect(alarms(candidate)).toEqual([]);
  });

  it('reads `eligible voters` as the electorate, not as those who voted', () => {
    expect(counts('Eligible voters: 2,145. Voters who cast ballots: 1,932.')).toEqual({
      registered: 2145,
      cast: 1932,
    });
  });
});

describe('counts of another time than the result', () => {
  it('leaves a count so far in the day unread, and gives no void verdict from it', () => {
    const text =
      'Fenghuang village election\nBy 10 a.m., 612 voters had cast ballots. Registered voters: 1,702.\n' +
      'Voted: 1,433. Valid ballots: 1,420; invalid: 13.';
    expect(alarms(text, true)).toEqual([]);
    expect(counts(text)).toEqual({ registered: 1702, cast: 1433, valid: 1420, invalid: 13 });
    expect(unread(text)).toContainEqual(['612', 'other-time']);
    expect(alarms('By noon, 1,912 people had voted. Registered voters: 4,105.', true)).toEqual([]);
  });

  it('leaves the counts of an earlier election unread', () => {
    const text =
      'In 2021 the village had 1,802 registered voters and only 850 voted.\n' +
      'This year: registered voters 1,911; voted 1,640; turnout 85.8%.';
    expect(alarms(text, true)).toEqual([]);
    expect(counts(text)).toEqual({ registered: 1911, cast: 1640 });
    expect(
      unread(text)
        .filter(([, reason]) => reason === 'other-time')
        .map(([n]) => n),
    ).toEqual(['1,802', '850']);
    // One year alone is the election's own.
    expect(counts('The 2026 election: registered voters 1,911; voted 1,640.')).toEqual({
      registered: 1911,
      cast: 1640,
    });
  });
});

describe('the report follows from what was judged', () => {
  it('does not say nothing was read when a share stated with its fraction was judged', () => {
    const text = 'Invalid ballots were 0.64 per cent of the total in Shangpu (22 of 3,412).';
    expect(report(text).findings.filter((finding) => finding.severity !== 'info')).toEqual([]);
    expect(judged(text)).toEqual([['share', true]]);
  });
});

describe('more than one place in one English text', () => {
  it('keeps two villages under their own heading lines apart', () => {
    const text =
      'RESULTS IN TWO VILLAGES\n\nGaoping Village\nRegistered voters: 1,204\nVoted: 1,055 (turnout 87.6%)\n' +
      'Valid ballots: 1,047\nInvalid ballots: 8\n\nShuikou Village\nRegistered voters: 876\n' +
      'Voted: 790 (turnout 90.2%)\nValid ballots: 781\nInvalid ballots: 9\n';
    expect(alarms(text)).toEqual([]);
    expect(alarms(text, true)).toEqual([]);
    // The first village's counts, each on a line of its own, are one account (1,047 + 8 ≤ 1,055 ≤ 1,204).
    expect(judged(text)).toEqual([
      ['ballots', true],
      ['ballots', true],
      ['share', true],
      ['share', true],
    ]);
  });

  it('leaves a count of some of the places unread', () => {
    const text =
      'Registered voters: 38,420. Voted: 34,166, a turnout of 88.9%. Two villages, with a combined 2,870 ' +
      'registered voters, will vote again on 15 January.';
    expect(alarms(text, true)).toEqual([]);
    expect(counts(text)).toEqual({ registered: 38420, cast: 34166 });
    expect(unread(text)).toContainEqual(['2,870', 'doubtful-label']);
  });
});

describe('“had been elected”, as a report of what was announced says it', () => {
  const TEXT =
    'The election committee announced that Wang Lin had been elected chair with 812 votes.\n' +
    'Voters who cast a ballot: 1,322. Valid ballots: 1,309.\n';

  it('names the winner, not “Wang Lin had”', () => {
    const elected = readAnnouncementText(TEXT).figures.filter((figure) => figure.kind === 'elected');
    expect(elected.map((figure) => figure.kind === 'elected' && figure.names)).toEqual([['Wang Lin']]);
  });

  it('lists a declaration whose winners cannot be named by its whole word, never a piece of it', () => {
    const read = readAnnouncementText('The chair and two members had been elected by the villagers.\n');
    expect(read.unread.map((figure) => figure.text)).toEqual(['elected']);
    expect(read.unread.some((figure) => figure.text === 'ed')).toBe(false);
  });
});
