import { describe, expect, it } from 'vitest';
import { alarms, counts, judged, unread } from './corpus/read-shapes.js';

/**
 * English notices, third round (docs/announcement.md, “English notices: thousands parted by spaces,
 * rounds under headings”): reports that part thousands by a space (`3 604`, or the narrow no-break space
 * of typeset text), and results of two rounds each under a heading line of its own. Names and numbers
 * are invented; every share was worked out with exact fractions.
 */

describe('thousands parted by a space', () => {
  // 3,118 of 3,604 is 86.515…%, so 86.5%; valid 3,097 + invalid 21 = 3,118. Read as 3 and 604, the turnout
  // was 3 of 3 and the invalid ballots more than the voters.
  const NARROW = '\u202f';
  const typeset = `Manzhuang village. Registered voters 3${NARROW}604, voted 3${NARROW}118, turnout 86.5%.`;

  it('reads a number whose thousands a narrow or thin space parts as one number, and judges its share', () => {
    expect(counts(typeset)).toEqual(['registered 3604', 'cast 3118']);
    expect(alarms(typeset)).toEqual([]);
    expect(alarms(typeset, true)).toEqual([]);
    expect(judged(typeset).filter(([rule]) => rule === 'share')).toEqual([['share', 'turnout 86.5%', true]]);
    expect(counts(typeset.replaceAll(NARROW, '\u2009'))).toEqual(['registered 3604', 'cast 3118']);
  });

  it('catches a wrong turnout of numbers so parted', () => {
    expect(alarms(typeset.replace('86.5%', '88.5%'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH 88.5%/86.5%']);
  });

  it('reads a plain space as a thousands space before the words of a count, or alone after a label and colon', () => {
    const prose = 'In Manzhuang, 3 118 of the 3 604 registered voters cast ballots.';
    expect(counts(prose)).toEqual(['registered 3604']);
    const lines = [
      'Registered voters: 3 604',
      'Voters who cast ballots: 3 118',
      'Turnout: 86.5%',
      'Valid ballots: 3 097',
      'Invalid ballots: 21',
    ].join('\n');
    expect(counts(lines)).toEqual(['registered 3604', 'cast 3118', 'valid 3097', 'invalid 21']);
    expect(alarms(lines, true)).toEqual([]);
    // valid + invalid against the voters, the voters against the registered, and the turnout.
    expect(judged(lines)).toEqual([
      ['ballots', 'Voters who cast ballots: 3 118', true],
      ['ballots', 'Voters who cast ballots: 3 118', true],
      ['share', 'Turnout: 86.5%', true],
    ]);
    expect(alarms(lines.replace('Invalid ballots: 21', 'Invalid ballots: 31'))).toEqual([
      'ANNOUNCED_SUM_MISMATCH 3118/3128',
    ]);
    expect(alarms(lines.replace('86.5%', '88.5%'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH 88.5%/86.5%']);
  });

  it('leaves digits parted by a plain space unread where they may be one number or two', () => {
    // `voted 3 118,`: 3,118 voters, or a 3 and a 118? Nothing tells, so neither is read as a count.
    const text = 'Manzhuang village. Registered voters 3 604, voted 3 118, turnout 86.5%.';
    expect(alarms(text, true)).toEqual([]);
    expect(unread(text)).toEqual(
      expect.arrayContaining([
        ['3', 'space-parted'],
        ['604', 'space-parted'],
        ['118', 'space-parted'],
      ]),
    );
  });

  it('keeps apart a label that ends in a number and the count after it, and the cells of a table row', () => {
    expect(counts('In group 3 118 voters cast ballots.')).not.toContain('cast 3118');
    expect(unread('Anle 78 412 82.0\nBaiyun 80 118 79.5').map(([, reason]) => reason)).not.toContain(
      'space-parted',
    );
  });
});

describe('two rounds, each under a heading line of its own', () => {
  // First round: 1,624 valid + 18 invalid = 1,642 cast; runoff: 1,588 + 13 = 1,601; 903 / 1,588 = 56.86…%.
  const ROUNDS = [
    'Shiqiao village, election of the chair',
    '',
    'First round, 1 June',
    'Registered voters: 1,980',
    'Ballots cast: 1,642',
    'Valid ballots: 1,624',
    'Invalid ballots: 18',
    'Chen Jianhua 781, Sima Rong 694, Ji Fang 149. No candidate won more than half; a runoff was held.',
    '',
    'Runoff, 8 June',
    'Ballots cast: 1,601',
    'Valid ballots: 1,588',
    'Invalid ballots: 13',
    'Chen Jianhua 903 (56.9% of valid ballots), elected; Sima Rong 685 (43.1%).',
  ].join('\n');

  it('takes each line under a round’s heading as of that round, and states nothing twice', () => {
    expect(alarms(ROUNDS)).toEqual([]);
    expect(alarms(ROUNDS, true)).toEqual([]);
  });

  it('checks the first round’s ballots, and the runoff’s as an account of their own', () => {
    // The first round's 1,624 + 18 = 1,642, no more than the 1,980 registered; the runoff's 1,588 + 13.
    expect(judged(ROUNDS)).toEqual([
      ['ballots', 'Ballots cast: 1,642', true],
      ['ballots', 'Ballots cast: 1,642', true],
      ['ballots', 'Ballots cast: 1,601', true],
    ]);
    expect(alarms(ROUNDS.replace('Invalid ballots: 18', 'Invalid ballots: 28'))).toEqual([
      'ANNOUNCED_SUM_MISMATCH 1652/1642',
    ]);
    // 1,588 + 23 = 1,611, not the runoff's 1,601.
    expect(alarms(ROUNDS.replace('Invalid ballots: 13', 'Invalid ballots: 23'))).toEqual([
      'ANNOUNCED_SUM_MISMATCH 1611/1601',
    ]);
  });

  it('does the same for a Chinese notice with a heading line for each round', () => {
    const notice = [
      '石桥村主任选举结果',
      '',
      '第一轮投票（6月1日）',
      '参加投票：1642人',
      '有效票：1624张',
      '无效票：18张',
      '',
      '另行选举（6月8日）',
      '参加投票：1601人',
      '有效票：1588张',
      '无效票：13张',
      '陈建华得票903票，当选。',
    ].join('\n');
    expect(alarms(notice)).toEqual([]);
    expect(alarms(notice.replace('无效票：18张', '无效票：28张'))).toEqual([
      'ANNOUNCED_SUM_MISMATCH 1642/1652',
    ]);
  });
});

describe('a translation’s `of which` (其中) and `the village` (本村) say nothing more of a count', () => {
  // 2,305 of 2,736 is 84.247…%, so 84.2%; effective 2,290 + waste 15 = 2,305 recovered.
  const NOTICE = [
    'Xiyuan Village Committee Election Result Announcement (translation)',
    '',
    'The village registered voters 2,736 person, participate vote 2,305 person, participate rate 84.2 per cent. ' +
      'Send out ballot 2,305 pieces, recover 2,305 pieces, of which effective ballot 2,290 pieces, waste ballot 15 pieces.',
  ].join('\n');

  it('checks the effective and waste ballots against those recovered', () => {
    expect(alarms(NOTICE)).toEqual([]);
    expect(alarms(NOTICE, true)).toEqual([]);
    // Two checks of the ballots recovered: not more than those sent out, and effective + waste.
    expect(judged(NOTICE).filter(([, text]) => text === 'recover 2,305')).toEqual([
      ['ballots', 'recover 2,305', true],
      ['ballots', 'recover 2,305', true],
    ]);
  });

  it('catches waste ballots that do not add up', () => {
    expect(alarms(NOTICE.replace('waste ballot 15', 'waste ballot 51'))).toEqual([
      'ANNOUNCED_SUM_MISMATCH 2341/2305',
    ]);
  });
});

describe('the valid votes stated as a row of an English candidates’ table', () => {
  // 1,118 + 652 + 48 = 1,818 valid, + 11 invalid = 1,829 returned; 1,118 / 1,818 = 61.496…%, 652 / 1,818 =
  // 35.863…%, 48 / 1,818 = 2.640…%.
  const TABLE = [
    'Appendix B. Vote for chair, Liangjia village, 2024 (from the posted notice)',
    '',
    'Ballots returned: 1,829',
    'Invalid ballots: 11',
    '',
    'Candidate           Votes    % of valid votes',
    'Liang Zhiqiang      1,118    61.5',
    'Mo Xiaoyan            652    35.9',
    'Others                 48     2.6',
    'Valid votes         1,818   100.0',
  ].join('\n');

  it('reads the row as the valid ballots and judges each share of them', () => {
    expect(counts(TABLE)).toEqual(['returned 1829', 'invalid 11', 'valid 1818']);
    expect(alarms(TABLE)).toEqual([]);
    expect(alarms(TABLE, true)).toEqual([]);
    expect(judged(TABLE).filter(([rule]) => rule === 'share')).toEqual([
      ['share', '61.5', true],
      ['share', '35.9', true],
    ]);
  });

  it('catches a wrong share of them', () => {
    expect(alarms(TABLE.replace('652    35.9', '652    37.9'))).toEqual([
      'ANNOUNCED_PERCENT_MISMATCH 37.9%/35.9%',
    ]);
  });

  it('leaves the row unread when the text has two tables, each of its own contest', () => {
    const two = `${TABLE}\n\nVice-chair\n\n${TABLE.split('\n').slice(5).join('\n').replace('1,818', '1,790')}`;
    expect(counts(two)).not.toContain('valid 1818');
    expect(alarms(two)).toEqual([]);
  });
});

describe('a label joined to its number by dot leaders', () => {
  // 2,207 of 2,436 is 90.599…%, so 90.6%; valid 2,189 + invalid 18 = 2,207 returned.
  const LEADERS = [
    'Summary of the posted result, Taoyuan village',
    '',
    'Registered voters ............ 2,436',
    'Ballots issued ............... 2,207',
    'Ballots returned ............. 2,207',
    'Valid ballots ................ 2,189',
    'Invalid ballots ..............    18',
    'Turnout ...................... 90.6%',
  ].join('\n');

  it('reads each count by its label and judges the turnout', () => {
    expect(counts(LEADERS)).toEqual([
      'registered 2436',
      'issued 2207',
      'returned 2207',
      'valid 2189',
      'invalid 18',
    ]);
    expect(alarms(LEADERS)).toEqual([]);
    expect(alarms(LEADERS, true)).toEqual([]);
    expect(judged(LEADERS).filter(([rule]) => rule === 'share')).toEqual([
      ['share', 'Turnout ...................... 90.6%', true],
    ]);
  });

  it('catches invalid ballots that do not add up', () => {
    expect(alarms(LEADERS.replace('   18', '   28'))).toEqual(['ANNOUNCED_SUM_MISMATCH 2217/2207']);
  });
});

describe('`voting members`: with a vote, or who voted?', () => {
  it('leaves them unread unless the words after them say they voted', () => {
    const entitled =
      "The association's 704 voting members elected a board; 612 ballots were returned, a turnout of 88.9%.";
    expect(unread(entitled)).toContainEqual(['704', 'doubtful-label']);
    expect(alarms(entitled)).toEqual([]);
    const lines = 'Voting members: 704\nBallots returned: 612\nTurnout: 88.9%';
    expect(unread(lines).map(([text]) => text)).toContain('704');
    expect(counts(lines)).toEqual(['returned 612']);
  });

  it('reads them as the voters when they cast ballots or took part', () => {
    expect(counts('704 voting members cast ballots and 689 ballots were valid.')).toContain('cast 704');
    expect(counts('704 voting members took part.')).toEqual(['cast 704']);
  });
});

describe('a researchers’ table of turnout by place', () => {
  // 987/1,204 = 81.98…%, 1,802/2,310 = 78.01…%, 741/856 = 86.57…%, 2,496/3,120 = 80%, 6,026/7,490 = 80.45…%.
  const TABLE = [
    'Table 2. Turnout in the four sample villages, 2024',
    '',
    'Village        Registered   Voted    Turnout (%)',
    'Shangzhuang       1,204       987       82.0',
    'Xiahe             2,310     1,802       78.0',
    'Dongpo              856       741       86.6',
    'Beiling           3,120     2,496       80.0',
    'Total             7,490     6,026       80.5',
  ].join('\n');

  it('judges each row’s turnout as voted over registered', () => {
    expect(alarms(TABLE)).toEqual([]);
    expect(judged(TABLE).map(([, text, right]) => [text, right])).toEqual([
      ['Shangzhuang       1,204       987       82.0', true],
      ['Xiahe             2,310     1,802       78.0', true],
      ['Dongpo              856       741       86.6', true],
      ['Beiling           3,120     2,496       80.0', true],
      ['Total             7,490     6,026       80.5', true],
    ]);
  });

  it('catches a row whose turnout is wrong', () => {
    expect(alarms(TABLE.replace('741       86.6', '741       88.6'))).toEqual([
      'ANNOUNCED_PERCENT_MISMATCH 88.6%/86.6%',
    ]);
  });

  it('reads no table whose header names other columns', () => {
    const other = TABLE.replace('Voted', 'Issued');
    expect(judged(other)).toEqual([]);
  });
});
