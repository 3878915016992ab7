import { describe, expect, it } from 'vitest';
import { alarms, counts, judged, reportAlone, unread, work } from './corpus/read-shapes.js';
import { readAnnouncementText } from './read-announcement-text.js';
import { scanNumbers } from './scan-numbers.js';

/**
 * English notices, fourth round (docs/announcement.md, “English texts”): winners of other bodies, lists
 * of names and votes, shares no single base can give, electors, `pc`, glued labels and numbers in words.
 * Names and numbers are invented; every share was worked out with exact fractions.
 */

describe('a winner of another body, in English', () => {
  // The supervisory committee is chosen by the village representatives (38 attended); 30 votes are theirs,
  // not of the 1,302 villagers who voted. 1,302 of 1,540 is 84.545…%, so 84.5%.
  const text = [
    'Thirty-eight village representatives attended. Wu Jie was elected to the supervisory committee with 30 votes.',
    'Separately, 1,540 registered voters were on the roll and 1,302 voted (84.5%).',
  ].join('\n');

  it('does not judge the votes of a member elected to the supervisory committee by the villagers’ ballots', () => {
    expect(alarms(text, true)).toEqual([]);
    expect(
      alarms(text.replace('supervisory committee', 'Village Affairs Supervision Committee'), true),
    ).toEqual([]);
    expect(alarms(text.replace('(84.5%)', '(86.5%)'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH 86.5%/84.5%']);
  });

  it('still judges a winner of the committee itself', () => {
    expect(alarms(text.replace('the supervisory committee', 'the village committee'), true)).toContain(
      'ANNOUNCED_WINNER_MISMATCH 30/652',
    );
  });
});

describe('a list of names and votes parted by dashes', () => {
  // 1,588 + 16 = 1,604 voters of 1,842; Wang Li 1,012 is over half of 1,604 (at least 803).
  const list = [
    'Registered voters: 1,842',
    'Voters who cast ballots: 1,604',
    'Valid ballots: 1,588',
    'Invalid ballots: 16',
    '',
    'Chair',
    'Wang Li – 1,012 votes',
    'Zhao Ming — 561 votes',
    '',
    'Wang Li, having received more than half of the votes of those voting, is elected chair.',
  ].join('\n');
  const votes = (text: string) =>
    readAnnouncementText(text).figures.flatMap((figure) =>
      figure.kind === 'votes' ? [`${figure.candidate} ${figure.value}`] : [],
    );

  it('reads the name before a dash as the candidate’s, and the winner past an apposition', () => {
    expect(votes(list)).toEqual(['Wang Li 1012', 'Zhao Ming 561']);
    expect(votes(list.replace('Wang Li – 1,012', 'Wang Li - 1,012'))).toEqual([
      'Wang Li 1012',
      'Zhao Ming 561',
    ]);
    expect(alarms(list, true)).toEqual([]);
    expect(unread(list)).toEqual([]);
  });

  it('catches a winner below half of those who voted', () => {
    expect(alarms(list.replace('Wang Li – 1,012', 'Wang Li – 712'), true)).toEqual([
      'ANNOUNCED_WINNER_MISMATCH 712/803',
    ]);
  });
});

describe('items of one line parted by a middle dot', () => {
  it('reads each count with the label before it, not the one after', () => {
    const line = 'Voters: 1,480 · Valid ballots: 1,466 · Invalid: 14';
    expect(counts(line)).toEqual(['valid 1466', 'invalid 14']);
    // The dot of a name written against its words parts nothing.
    expect(counts('阿不都·热合曼得票612票，有效票1,466张')).toEqual(['valid 1466']);
  });
});

describe('`had been elected`', () => {
  it('lists no fragment of the word as a figure', () => {
    const text = 'Li Jun, with 702 of the 1,230 votes cast in the runoff, had been elected.';
    expect(unread(text).map(([figure]) => figure)).not.toContain('ed');
    const other = 'Meng Xia of the third group had been elected vice-chair.';
    expect(unread(other).map(([figure]) => figure)).not.toContain('ed');
  });
});

describe('electors, `turned out`, `pc` and a share written against its label', () => {
  it('reads electors as the electorate and those who turned out as the voters', () => {
    // 981 of 2,004 is below half (at least 1,003); 1,211 is above.
    const text = 'Of the 2,004 electors on the roll in Huangtan, 1,211 turned out.';
    expect(counts(text)).toEqual(['registered 2004', 'cast 1211']);
    expect(alarms(text, true)).toEqual([]);
    expect(alarms(text.replace('1,211', '981'), true)).toEqual([
      'TURNOUT_BELOW_QUORUM 981/1003',
      'ELECTION_VOID /',
    ]);
    expect(counts('Dongcun has 1,516 registered electors.')).toEqual(['registered 1516']);
  });

  it('reads `82pc` as a share', () => {
    // 1,422 of 1,734 is 82.007…%.
    const text = 'Registered voters: 1,734. Voters: 1,422 cast ballots. Turnout reached 82pc.';
    expect(judged(text).filter(([rule]) => rule === 'share')).toEqual([
      ['share', 'Turnout reached 82pc', true],
    ]);
    expect(alarms(text.replace('82pc', '86pc'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH 86%/82%']);
    // `3pcs` (pieces) and a PC are no shares.
    expect(work('Bought 3pcs of ballot boxes.').judged).toEqual([]);
  });

  it('reads a share written against the word of its rate', () => {
    // 1,490 of 2,460 is 60.569…%, so 60.57%.
    const text = 'Registered voters 2,460  Voted 1,490  Turnout60.57%';
    expect(judged(text).filter(([rule]) => rule === 'share')).toEqual([['share', 'Turnout60.57%', true]]);
    expect(alarms(text.replace('60.57%', '62.58%'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH 62.58%/60.57%']);
    // A code written against a number stays no figure.
    const scanned = (line: string) => scanNumbers(line).map((token) => line.slice(...token.span));
    expect(scanned('Form A3, row B60%, Turnout60.57%')).toEqual(['60.57%']);
  });
});

describe('two shares of one contest that no one base can give', () => {
  // 1,203 of 1,604 valid is 75.0% exactly, of 1,620 voters 74.259…%; 388 of 1,604 is 24.189…% (24.2%),
  // of 1,620 23.950…% (24.0%, 23.9% cut). 75.0% holds of the valid ballots only, 23.9% of the voters only.
  const text = [
    'Xinzhuang Village: 1,620 voters cast ballots; 1,604 were valid.',
    'Chair: Guo Rong 1,203 votes (75.0%), Pan Tao 388 votes (24.2%).',
  ].join('\n');

  it('leaves shares of one base unjudged and flags two no one base gives', () => {
    expect(alarms(text)).toEqual([]);
    expect(alarms(text.replace('(24.2%)', '(23.9%)'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH 23.9%/24.2%']);
    expect(judged(text.replace('(24.2%)', '(23.9%)')).filter(([rule]) => rule === 'share')).toEqual([
      ['share', '23.9%', false],
    ]);
  });

  it('compares no shares of two contests, each of which may have its own base', () => {
    const two = [
      'Xinzhuang Village: 1,620 voters cast ballots; 1,604 were valid.',
      'Chair: Guo Rong 1,203 votes (75.0%).',
      'Vice-chair: Pan Tao 388 votes (23.9%).',
    ].join('\n');
    expect(alarms(two)).toEqual([]);
  });
});

describe('counts in English words', () => {
  it('lists them unread, never reads or judges them', () => {
    const text =
      'Qingshi village has two thousand registered voters. Forty-one village representatives were due; thirty-eight attended.';
    expect(unread(text)).toEqual([
      ['two thousand', 'in-words'],
      ['Forty-one', 'in-words'],
      ['thirty-eight', 'in-words'],
    ]);
    expect(counts(text)).toEqual([]);
    // Nothing is judged: each number is listed with its reason, and one finding (information, not a
    // warning: nothing in the text is in doubt) says that nothing was checked.
    expect(alarms(text, true)).toEqual([]);
    expect(
      reportAlone(text, true)
        .findings.filter((finding) => finding.found === 0)
        .map((finding) => [finding.code, finding.severity, finding.message]),
    ).toEqual([
      [
        'UNREAD_FIGURE',
        'info',
        "None of the notice's 3 numbers could be read as a figure of the election: nothing was checked",
      ],
    ]);
  });

  it('lists no word that counts nothing of the election', () => {
    expect(unread('One of them, Li Ping, won three seats for the seventeen groups.')).toEqual([]);
  });
});

describe('a count of the electorate that voted, written `N of M registered voters voted`', () => {
  // 1,540 of 1,870 is 82.352…%, so 82.4%.
  const text = 'Turnout in Shangba was 82.4%; 1,540 of 1,870 registered voters voted.';

  it('reads the count before `of` as the voters and judges the turnout by it', () => {
    expect(counts(text)).toEqual(['cast 1540', 'registered 1870']);
    expect(alarms(text, true)).toEqual([]);
    expect(alarms(text.replace('82.4%', '83.4%'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH 83.4%/82.4%']);
  });

  it('reads nothing so when the words after the electorate say no vote or a word stands between', () => {
    expect(counts('1,540 of 1,870 registered voters live in the village.')).toEqual(['registered 1870']);
    expect(counts('about 1,540 of some 1,870 registered voters voted')).not.toContain('cast 1540');
  });
});

describe('parts after a count of people left unread', () => {
  // 16,514 women are of the 71,031 new members, which are not read: never of the 11,092 officials of an
  // earlier sentence (16,514 > 11,092 would be a false sum warning).
  const text = [
    'In the province, 11,092 grassroots women officials have joined the local leadership.',
    'In all, 71,031 people have been newly elected as members of village committees, of whom 16,514 are women.',
  ].join('\n');

  it('attaches the parts to no earlier total, and raises no sum warning', () => {
    expect(alarms(text)).toEqual([]);
    expect(judged(text).filter(([rule]) => rule === 'part-within-total')).toEqual([]);
  });

  it('still sums parts after “of whom” when the count before it is read', () => {
    expect(alarms('The village committee has 5 members, of whom 7 are women.')).toEqual([
      'ANNOUNCED_SUM_MISMATCH 7/5',
    ]);
  });
});
