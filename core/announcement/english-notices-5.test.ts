import { describe, expect, it } from 'vitest';
import { alarms, counts, judged, unread } from './corpus/read-shapes.js';

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

describe('a turnout before its own fraction', () => {
  // 1,422 of 1,734 is 82.0069…%: 82pc. 1,093 of 1,201 is 91.0074…%: 91 per cent.
  const text = 'Turnout reached 82pc, with 1,422 of 1,734 registered voters casting ballots.';

  it('judges the turnout by the fraction after it, and reads the voters and the electorate', () => {
    expect(judged(text)).toContainEqual([
      'share',
      '82pc, with 1,422 of 1,734 registered voters casting ballots',
      true,
    ]);
    expect(alarms(text, true)).toEqual([]);
    expect(alarms(text.replace('82pc', '85pc'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH 85%/82%']);
    const electors = 'Turnout hit 91 per cent, with 1,093 of 1,201 electors voting.';
    expect(alarms(electors, true)).toEqual([]);
    expect(alarms(electors.replace('91 per', '93 per'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH 93%/91%']);
    expect(counts(electors)).toEqual(['cast 1093', 'registered 1201']);
    const village = text.replace('of 1,734', "of the village's 1,734").replace('ballots', 'a ballot');
    expect(alarms(village, true)).toEqual([]);
    expect(alarms(village.replace('82pc', '85pc'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH 85%/82%']);
    expect(counts(village)).toEqual(['cast 1422', 'registered 1734']);
  });

  it('does not take some of the voters, or a share that is no turnout, for the turnout’s fraction', () => {
    expect(alarms('Turnout reached 82pc, with 300 of 400 women voting.')).toEqual([]);
    expect(alarms('Li Wei won 85pc, with 1,422 of 1,734 registered voters casting ballots.')).toEqual([]);
    expect(
      alarms('Turnout reached about 85pc, with 1,422 of 1,734 registered voters casting ballots.'),
    ).toEqual([]);
  });
});

describe('a share set off by a comma after its fraction', () => {
  // 1,630 of 2,004 is 81.3373…%: 81.3 per cent.
  const text = 'Zhang Wei garnered 1,630 votes of the 2,004 valid ballots, 81.3 per cent, to keep the chair.';

  it('judges the share as the fraction before it', () => {
    expect(judged(text)).toContainEqual([
      'share',
      '1,630 votes of the 2,004 valid ballots, 81.3 per cent',
      true,
    ]);
    expect(alarms(text.replace('81.3 per', '83.1 per'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH 83.1%/81.3%']);
  });

  it('leaves a share that goes on to name its own base', () => {
    expect(
      alarms('Zhang Wei garnered 1,630 votes of the 2,004 valid ballots, 60% of them from women.'),
    ).toEqual([]);
    expect(
      alarms('Zhang Wei garnered 1,630 votes of the 2,004 valid ballots, 60% more than in 2021.'),
    ).toEqual([]);
  });
});

describe('a bare `Voters` label', () => {
  // 1,480 of 1,612 is 91.8114…%: 91.8%.
  const text = [
    'Shiqiao Village, results of the count',
    'Registered: 1,612',
    'Voters: 1,480',
    'Turnout: 91.8%',
  ].join('\n');

  it('reads the voters under a named electorate, and judges the turnout by them', () => {
    expect(counts(text)).toEqual(['registered 1612', 'cast 1480']);
    expect(alarms(text, true)).toEqual([]);
    expect(alarms(text.replace('91.8%', '93.8%'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH 93.8%/91.8%']);
    expect(counts('Registered voters 1,612. Voters 1,480, turnout 91.8%.')).toEqual([
      'registered 1612',
      'cast 1480',
    ]);
  });

  it('reads the label after a bullet too', () => {
    // 2,611 of 3,015 is 86.6003…%: 86.6%; 2,590 + 21 = 2,611.
    const bullets = [
      '- Registered voters: 3,015',
      '- Voters: 2,611 (86.6%)',
      '- Valid: 2,590; invalid: 21',
    ].join('\n');
    expect(counts(bullets)).toEqual(['registered 3015', 'cast 2611', 'valid 2590', 'invalid 21']);
    expect(alarms(bullets, true)).toEqual([]);
    expect(alarms(bullets.replace('86.6%', '88.6%'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH 88.6%/86.6%']);
  });

  it('lists the count unread when no electorate is named: the register, or those who voted?', () => {
    const alone = 'Voters: 1,480\nValid ballots: 1,466\nInvalid ballots: 14';
    expect(counts(alone)).toEqual(['valid 1466', 'invalid 14']);
    expect(unread(alone)).toEqual([['1,480', 'doubtful-label']]);
  });
});

describe('a count after `numbered`, `totalled`, `stood at`', () => {
  const text = 'Ballots returned numbered 1,430. Valid ballots numbered 1,402 and invalid ballots 28.';

  it('reads the count of the label before the verb and sums the ballots', () => {
    expect(counts(text)).toEqual(['returned 1430', 'valid 1402', 'invalid 28']);
    expect(judged(text)).toContainEqual(['ballots', 'Ballots returned numbered 1,430', true]);
    expect(alarms(text.replace('1,402', '1,412'))).toEqual(['ANNOUNCED_SUM_MISMATCH 1440/1430']);
    expect(counts('Valid ballots totalled 1,402.')).toEqual(['valid 1402']);
  });

  it('still lists a count whose label names a place between', () => {
    expect(unread('Valid ballots cast at the central station numbered 1,402.')).toEqual([
      ['1,402', 'doubtful-label'],
    ]);
  });
});

describe('a year opening a line', () => {
  const text = [
    '2019 Hong Kong Rural Representative Election',
    'Shek O Village: registered electors 1,204; 812 voted, a turnout of 67.4%.',
    '2024 village committee election results',
  ].join('\n');

  it('is no figure, and is not listed unread', () => {
    expect(unread(text)).toEqual([]);
    expect(counts(text)).toEqual(['registered 1204', 'cast 812']);
  });

  it('is no figure at the end of a heading line after a comma, but a name’s number there is listed', () => {
    expect(unread('Nanyuan Village committee election, 2026\nBallots cast: 1,480')).toEqual([]);
    expect(unread('Chair\nLi Ming, 1,204\nWang Bo, 1998').map(([figure]) => figure)).toContain('1998');
  });

  it('still reads a count at a line’s start that says what it counts', () => {
    expect(counts('Registered voters: 2,300\n1980 voters took part.')).toEqual([
      'registered 2300',
      'cast 1980',
    ]);
    expect(counts('Registered voters: 2,300\n1980 Voters took part.')).toEqual([
      'registered 2300',
      'cast 1980',
    ]);
  });
});

describe('wire-story wordings of votes, voters and shares', () => {
  it('checks votes `won with`, `secured`, `garnered` against the ballots', () => {
    // 1,044 of 1,970 is 52.9949…%: 53.0%.
    const text = [
      'Liang Qiu won with 1,044 votes, 53.0% of the 1,970 ballots cast, becoming chair in the first round.',
      'Registered voters numbered 2,388, and 1,970 of them voted, a turnout of 82.5%.',
    ].join('\n');
    expect(judged(text)).toContainEqual(['votes-within-ballots', 'Liang Qiu won with 1,044 votes', true]);
    expect(judged(text)).toContainEqual(['share', '1,044 votes, 53.0% of the 1,970', true]);
    expect(alarms(text, true)).toEqual([]);
    expect(alarms(text.replace('53.0%', '55.0%'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH 55.0%/53.0%']);
    expect(alarms('Ballots cast: 1,205\nTang Yu secured 1,250 votes.')).toEqual([
      'ANNOUNCED_SUM_MISMATCH 1250/1205',
    ]);
  });

  it('takes voters who `cast ballots` into the ballot account', () => {
    const text = 'Of the 1,860 registered voters, 1,522 cast ballots. Ballots cast numbered 1,530.';
    expect(judged(text)).toContainEqual(['ballots', '1,522 cast ballots', false]);
  });

  it('judges a turnout before a colon and its fraction, with `took part`', () => {
    // 1,176 of 1,500 is 78.4% exactly.
    const text = 'Turnout was 78.4 per cent: 1,176 of 1,500 registered voters took part.';
    expect(counts(text)).toEqual(['cast 1176', 'registered 1500']);
    expect(alarms(text, true)).toEqual([]);
    expect(alarms(text.replace('78.4', '74.8'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH 74.8%/78.4%']);
  });
});

describe('ballots returned and the register, no voters stated', () => {
  const text = [
    'Registered voters: 1,400',
    'Valid ballots: 1,400',
    'Invalid ballots: 12',
    'Ballots returned: 1,412',
  ].join('\n');

  it('flags more ballots returned than voters registered', () => {
    expect(alarms(text)).toEqual(['ANNOUNCED_SUM_MISMATCH 1412/1400']);
    expect(alarms('本村登记选民1400人，收回选票1412张，有效票1400张，无效票12张。')).toEqual([
      'ANNOUNCED_SUM_MISMATCH 1412/1400',
    ]);
  });

  it('finds fewer returned than registered right, and checks the voters instead when they are stated', () => {
    const right = text.replace('Registered voters: 1,400', 'Registered voters: 1,500');
    expect(alarms(right)).toEqual([]);
    expect(judged(right)).toContainEqual(['ballots', 'Ballots returned: 1,412', true]);
    expect(alarms(`${right}\nVoters who cast a ballot: 1,420`)).toEqual([]);
  });
});

describe('votes with their share of a named whole in brackets', () => {
  // 2,011 of 3,002 is 66.9886…%: 67.0%.
  const text = 'Chair: Ren Hui 2,011 votes (67.0% of 3,002 ballots cast)';

  it('judges the share as the fraction it names', () => {
    expect(judged(text)).toContainEqual(['share', '2,011 votes (67.0% of 3,002', true]);
    expect(alarms(text.replace('67.0%', '69.0%'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH 69.0%/67.0%']);
    expect(alarms(text.replace('(67.0%', '(about 69.0%'))).toEqual([]);
  });
});
