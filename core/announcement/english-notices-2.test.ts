import { describe, expect, it } from 'vitest';
import { alarms, judged, unread, work } from './corpus/read-shapes.js';
import { readAnnouncementText } from './read-announcement-text.js';

/**
 * English notices (docs/announcement.md, “English notices: candidates' rates, tables and ballots
 * cast”): machine translations that write label before number (`Votes obtained 3,692, vote rate 84.4%`,
 * `Chairman Li Ming get votes 2,301`), `got a vote rate of`, and ballots cast against valid and invalid.
 * Names and numbers are invented; every share was worked out with exact fractions.
 */

const figures = (text: string) =>
  readAnnouncementText(text).figures.map((figure) =>
    figure.kind === 'count'
      ? `count ${figure.meaning} ${figure.value}`
      : figure.kind === 'votes'
        ? `votes ${figure.candidate} ${figure.contest?.text ?? '-'} ${figure.value}`
        : figure.kind === 'percent'
          ? `percent ${figure.part.kind === 'votes' ? figure.part.candidate : figure.part.kind === 'count' ? figure.part.meaning : figure.part.label} / ${figure.whole.kind === 'count' ? figure.whole.meaning : figure.whole.kind}`
          : figure.kind,
  );

describe("a bare `vote rate` after a candidate's votes is the candidate's share (得票率)", () => {
  // 5,210 registered, 4,377 voted (84.0%); 3,692 / 4,377 = 84.35…% and 3,511 / 4,377 = 80.21…%.
  const notice =
    'Number of voters registered 5,210\nNumber of voters who voted 4,377, vote rate 84.0%\n\n' +
    'Chairman\nZhou Bin   Votes obtained 3,692, vote rate 84.4%   Elected\n' +
    'Vice Chairman\nWu Xia   Votes obtained 3,511, vote rate 80.2%   Elected\n';

  it('reads the votes before it and judges each rate of the voters, not as a turnout', () => {
    expect(figures(notice)).toEqual([
      'count registered 5210',
      'count cast 4377',
      'percent cast / registered',
      'votes Zhou Bin - 3692',
      'percent Zhou Bin / cast',
      'votes Wu Xia - 3511',
      'percent Wu Xia / cast',
    ]);
    expect(alarms(notice)).toEqual([]);
    expect(alarms(notice, true)).toEqual([]);
    expect(judged(notice).filter(([rule]) => rule === 'share')).toEqual([
      ['share', 'vote rate 84.0%', true],
      ['share', 'vote rate 84.4%', true],
      ['share', 'vote rate 80.2%', true],
    ]);
  });

  it("catches a wrong candidate's rate and gives the share the votes make", () => {
    expect(alarms(notice.replace('84.4%', '86.4%'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH 86.4%/84.4%']);
  });

  it('keeps `vote rate` a turnout when the number before it is the voters', () => {
    // 1,802 / 2,310 = 78.008…%; Zhang San's votes come first, but the rate follows the voters.
    const text = 'Registered voters 2,310. Zhang San got 1,602 votes; 1,802 voted, vote rate 78.0%.';
    expect(figures(text)).toContain('percent cast / registered');
    expect(alarms(text)).toEqual([]);
    expect(alarms(text.replace('78.0%', '80.0%'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH 80.0%/78.0%']);
  });

  it('leaves the rate unread when the votes before it were not read', () => {
    // `The first candidate` is no name: the votes are unread, and so is whose share 84.4% is.
    const text =
      'Registered voters 5,210; voted 4,377, vote rate 84.0%.\nThe first candidate 3,692 votes, vote rate 84.4%.';
    expect(unread(text)).toEqual([
      ['3,692', 'no-meaning'],
      ['84.4%', 'no-base'],
    ]);
    expect(alarms(text)).toEqual([]);
  });
});

describe('`get votes` and `got a vote rate of`, as translations write 得票 and 得票率', () => {
  it('reads `Chairman Li Ming get votes 2,301, get vote rate 85.7%`: the name after the post', () => {
    // 2,301 / 2,684 = 85.73…%, 2,115 / 2,684 = 78.80…%.
    const text =
      'Should arrive voters 3,118 person, actually vote 2,684 person, participate rate 86.1%.\n' +
      'Chairman Li Ming get votes 2,301, get vote rate 85.7%;\n' +
      'Vice chairman Wang Fang get votes 2,115, get vote rate 78.8%.';
    expect(figures(text)).toEqual([
      'count registered 3118',
      'count cast 2684',
      'percent cast / registered',
      'votes Li Ming 主任 2301',
      'percent Li Ming / cast',
      'votes Wang Fang 副主任 2115',
      'percent Wang Fang / cast',
    ]);
    expect(alarms(text)).toEqual([]);
    expect(alarms(text.replace('78.8%', '79.8%'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH 79.8%/78.8%']);
  });

  it('never takes `got a vote rate of` for a turnout', () => {
    // Turnout 4,377 / 5,210 = 84.01…%; Zhou Bin's 84.4% is his own share, not a wrong turnout.
    const text =
      'Registered voters 5,210. 4,377 voters voted (84.0%). Zhou Bin got a vote rate of 84.4% with 3,692 votes.';
    expect(figures(text)).toEqual([
      'count registered 5210',
      'count cast 4377',
      'percent cast / registered',
      'percent Zhou Bin / cast',
      'votes Zhou Bin - 3692',
    ]);
    expect(alarms(text)).toEqual([]);
  });
});

describe('ballots cast are the ballots in the box: valid and invalid add up to them', () => {
  it('checks `Of the 2,684 ballots cast, 2,670 were valid and 14 were invalid`', () => {
    const right =
      'Of the 2,684 ballots cast, 2,670 were valid and 14 were invalid. Li Ming was elected chair.';
    expect(figures(right)).toEqual([
      'count returned 2684',
      'count valid 2670',
      'count invalid 14',
      'elected',
    ]);
    expect(judged(right)).toContainEqual(['ballots', '2,684 ballots cast', true]);
    expect(alarms(right)).toEqual([]);
    expect(alarms(right.replace('14 were', '24 were'))).toEqual(['ANNOUNCED_SUM_MISMATCH 2694/2684']);
  });

  it('checks a column (`Ballots cast 3,001; valid 2,948; invalid 53`) and keeps voters who cast ballots the voters', () => {
    const right = 'Ballots cast 3,001; valid 2,948; invalid 53.';
    expect(alarms(right)).toEqual([]);
    expect(alarms(right.replace('53', '35'))).toEqual(['ANNOUNCED_SUM_MISMATCH 2983/3001']);
    expect(figures('Of 704 eligible voters, 612 cast ballots.')).toContain('count cast 612');
  });

  it('reads rejected ballot papers as invalid and ballots received as returned', () => {
    const text = 'Total ballots received: 958\nRejected ballot papers: 16\nValid ballot papers: 942\n';
    expect(figures(text)).toEqual(['count returned 958', 'count invalid 16', 'count valid 942']);
    expect(alarms(text.replace('16', '26'))).toEqual(['ANNOUNCED_SUM_MISMATCH 968/958']);
  });

  it('takes counts given `label: number`, one a line, as one account, not each under a heading of its own', () => {
    const lines = '登记选民：1860人\n参加投票：1322人\n收回选票：1322张\n有效票：1300张\n无效票：22张\n';
    expect(judged(lines)).toContainEqual(['ballots', '收回选票：1322张', true]);
    expect(alarms(lines)).toEqual([]);
    expect(alarms(lines.replace('无效票：22张', '无效票：20张'))).toEqual([
      'ANNOUNCED_SUM_MISMATCH 1320/1322',
    ]);
  });
});

describe('candidates in an English table with a header row', () => {
  // 612 / 903 = 67.77…%, 271 / 903 = 30.01…%, 20 / 903 = 2.21…%.
  const piped =
    'Valid votes: 903\n\nName | Votes | Share of valid votes | Elected\n' +
    'Lei Wenbo | 612 | 67.8% | Yes\nHu Min | 271 | 30.0% | No\nWrite-ins | 20 | 2.2% | -\n';

  it('reads each row, the share of the base its header names, and who was elected', () => {
    expect(figures(piped)).toEqual([
      'count valid 903',
      'votes Lei Wenbo - 612',
      'percent Lei Wenbo / valid',
      'elected',
      'votes Hu Min - 271',
      'percent Hu Min / valid',
    ]);
    expect(judged(piped)).toEqual([
      ['votes-within-ballots', 'Lei Wenbo | 612', true],
      ['votes-within-ballots', 'Hu Min | 271', true],
      ['share', '67.8%', true],
      ['share', '30.0%', true],
    ]);
    // Write-ins are no candidate: their votes and share are listed unread.
    expect(unread(piped)).toEqual([
      ['20', 'no-meaning'],
      ['2.2%', 'no-meaning'],
    ]);
    expect(alarms(piped.replace('30.0%', '32.0%'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH 32.0%/30.0%']);
  });

  it('reads columns split by runs of spaces, and leaves a bare `%` unjudged where valid and all cast judge it differently', () => {
    const aligned =
      'Ballots cast 3,001; valid 2,948; invalid 53.\n\n' +
      'Candidate        Votes    %\nYang Dongmei     2,044    69.3%\nXie Guohua         904    30.7%\n';
    expect(figures(aligned)).toContain('votes Yang Dongmei - 2044');
    // 2044 of 2948 is 69.3351…%, of 3001 68.1106…%: right of one, wrong of the other.
    expect(work(aligned).unjudged.map((number) => [number.text, number.reason])).toEqual([
      ['69.3%', 'ambiguous-base'],
      ['30.7%', 'ambiguous-base'],
    ]);
    expect(alarms(aligned)).toEqual([]);
    // 904 of 3001 is 30.1232…%, of 2948 30.6648…%: 31.7% is wrong of both.
    expect(alarms(aligned.replace('30.7%', '31.7%'))).toEqual([
      'ANNOUNCED_PERCENT_MISMATCH 31.7%/30.1% / 30.7%',
    ]);
    expect(figures(aligned.replace('    %\n', '    % of valid\n'))).toContain('percent Yang Dongmei / valid');
  });
});

describe('members eligible to vote are the electorate', () => {
  it('judges the turnout of an association’s ballots cast', () => {
    // 418 / 612 = 68.30…%.
    const text =
      'Members eligible to vote: 612\nBallots cast: 418 (turnout 68.3%)\nValid ballots: 411\nInvalid ballots: 7\n';
    expect(figures(text).slice(0, 3)).toEqual([
      'count registered 612',
      'count returned 418',
      'percent cast / registered',
    ]);
    expect(alarms(text)).toEqual([]);
    expect(alarms(text.replace('68.3%', '66.3%'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH 66.3%/68.3%']);
  });
});

describe('a candidate’s votes, then their share of a whole the sentence states', () => {
  it('judges `won 1,204 votes, or 52.1% of the 2,311 ballots cast` as written', () => {
    // 1,204 / 2,311 = 52.098…%.
    const text =
      'The incumbent, Wang Li, won 1,204 votes, or 52.1% of the 2,311 ballots cast, against 1,090.';
    expect(judged(text)).toEqual([['share', '1,204 votes, or 52.1% of the 2,311', true]]);
    expect(alarms(text)).toEqual([]);
    expect(alarms(text.replace('52.1%', '53.1%'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH 53.1%/52.1%']);
  });

  it('takes none that is approximate or whose whole is not a number', () => {
    for (const text of [
      'Wang won about 1,204 votes, or 52.1% of the 2,311 ballots cast.',
      'Wang won 1,204 votes, or 52.1% of the vote.',
      'Wang won 1,204 votes, or nearly 52% of the 2,311 ballots cast.',
    ])
      expect(judged(text).filter(([rule]) => rule === 'share')).toEqual([]);
  });
});

describe('votes after `with`, of the name that opens the sentence', () => {
  it('reads `got a vote rate of 84.4% with 3,692 votes` and judges the rate by them', () => {
    // 3,692 / 4,377 = 84.35…%, 3,511 / 4,377 = 80.21…%.
    const text =
      '4,377 villagers voted. Zhou Bin got a vote rate of 84.4% with 3,692 votes and was elected chairman; ' +
      'Wu Xia got a vote rate of 80.2% with 3,511 votes and was elected vice chairman.';
    expect(figures(text)).toEqual([
      'count cast 4377',
      'percent Zhou Bin / cast',
      'votes Zhou Bin - 3692',
      'elected',
      'percent Wu Xia / cast',
      'votes Wu Xia - 3511',
      'elected',
    ]);
    expect(judged(text).filter(([rule]) => rule === 'share')).toEqual([
      ['share', 'Zhou Bin got a vote rate of 84.4%', true],
      ['share', 'Wu Xia got a vote rate of 80.2%', true],
    ]);
    expect(alarms(text.replace('84.4%', '86.4%'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH 86.4%/84.4%']);
  });

  it('reads `Li Ming was elected chair with 2,301 votes`, but not across a comma or another number', () => {
    expect(figures('Li Ming was elected chair with 2,301 votes.')).toContain('votes Li Ming - 2301');
    expect(unread('Li Ming was elected chair, with 2,301 votes.')).toContainEqual(['2,301', 'no-meaning']);
    expect(unread('Li Ming was elected in round 2 with 2,301 votes.')).toContainEqual([
      '2,301',
      'no-meaning',
    ]);
  });
});

describe('a candidates’ table whose share column is of the ballots cast', () => {
  // Written for this test: 800 of 1,498 ballots cast is 53.40 %, of 1,510 voters 52.98 %.
  const text = (share: string) =>
    [
      'Registered voters: 2,000',
      'Voters: 1,510',
      'Ballots cast: 1,498',
      'Valid ballots: 1,480',
      'Invalid ballots: 18',
      '',
      'Name | Votes | Share of ballots cast | Elected',
      `Zhang Wei | 800 | ${share} | Yes`,
      'Li Na | 680 | 45.4% | No',
    ].join('\n');

  it('takes the ballots cast as the ballots put in the box, not the voters', () => {
    expect(alarms(text('53.4%'))).toEqual([]);
    expect(judged(text('53.4%'))).toContainEqual(['share', '53.4%', true]);
    expect(alarms(text('53.0%'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH 53.0%/53.4%']);
  });
});
