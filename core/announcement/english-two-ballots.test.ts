import { describe, expect, it } from 'vitest';
import { alarmCodes, alarms, counts, reportAlone, unread, voteRows, work } from './corpus/read-shapes.js';

/**
 * English notes and reports of two ballots, and of votes beside a name's age (docs/announcement.md,
 * “English notices: two ballots, ages before the votes, votes listed without respectively”). Names and
 * numbers are invented; every share and threshold was worked out with exact fractions.
 */

describe('a first ballot and a second ballot', () => {
  // First ballot: 1,250 of 1,480 voted (84.4594…%: 84.5%); the director needs more than 625, at least 626.
  // Second ballot: 1,104 voted; a member needs at least a third of 1,104, 368.
  const text =
    'Observer note, Hetang Village, 2026\n\n' +
    'At the close of polls at 5 p.m. in the first ballot, 1,250 of the 1,480 registered voters had voted ' +
    '(84.5%). Wu Gang was elected director with 630 votes. No candidate for the two member seats won a ' +
    'majority, and a second ballot was held on 20 April, when 1,104 voted; Ma Qin and Yang Bo were elected ' +
    'members with 690 and 401 votes.';

  it('reads the first ballot’s voters, and the second ballot’s apart', () => {
    expect(counts(text)).toContainEqual('cast 1250');
    expect(counts(text)).toContainEqual('registered 1480');
  });

  it('raises no alarm on the right text', () => {
    expect(alarms(text, true)).toEqual([]);
  });

  it('judges the first ballot’s winner by the first ballot’s voters, not the second’s', () => {
    // 600 is more than half of the second ballot's 1,104 (553), not of the first's 1,250 (626).
    expect(alarmCodes(text.replace('with 630 votes', 'with 600 votes'))).toEqual([
      'ANNOUNCED_WINNER_MISMATCH',
    ]);
  });

  it('names the post of an English notice in English in the finding', () => {
    const messages = reportAlone(text.replace('with 630 votes', 'with 600 votes'), true)
      .findings.filter((finding) => finding.code === 'ANNOUNCED_WINNER_MISMATCH')
      .map((finding) => finding.messages.en);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('declares Wu Gang elected chair with 600 votes');
    expect(messages.filter((message) => /\p{Script=Han}/u.test(message))).toEqual([]);
  });

  it('judges the second ballot’s winners by a third of its own voters', () => {
    expect(alarmCodes(text.replace('690 and 401 votes', '690 and 361 votes'))).toEqual([
      'ANNOUNCED_WINNER_MISMATCH',
    ]);
  });

  it('takes no ballot box or ballot paper for a round', () => {
    const box =
      'Of the 1,480 registered voters, 1,250 cast ballots. The first ballot box was opened at 5 p.m. ' +
      'Wu Gang was elected director with 630 votes.';
    expect(alarms(box, true)).toEqual([]);
    expect(alarmCodes(box.replace('with 630 votes', 'with 600 votes'))).toEqual([
      'ANNOUNCED_WINNER_MISMATCH',
    ]);
  });
});

describe('voters who had voted, and a count so far in the day', () => {
  it('reads `N of the M registered voters had voted` as the voters', () => {
    expect(counts('Of the village, 1,250 of the 1,480 registered voters had voted.')).toContainEqual(
      'cast 1250',
    );
  });

  it('leaves such a count so far in the day unread, its time before or after it', () => {
    const before =
      'The village has 1,480 registered voters. By 10 a.m., 640 of the 1,480 registered voters had voted. ' +
      'When polls closed at 6 p.m., 1,265 had voted, a turnout of 85.5%. Sun Lei was elected chair with 701 votes.';
    expect(unread(before)).toContainEqual(['640', 'other-time']);
    expect(counts(before)).not.toContainEqual('cast 640');
    expect(alarms(before, true)).toEqual([]);
    // 601 is under the 633 of the 1,265 at the close (over the 321 of the 640 by 10 a.m.).
    expect(alarmCodes(before.replace('with 701 votes', 'with 601 votes'))).toEqual([
      'ANNOUNCED_WINNER_MISMATCH',
    ]);
    const after =
      'The village has 1,480 registered voters. 640 of the 1,480 registered voters had voted by 11 a.m.';
    expect(unread(after)).toContainEqual(['640', 'other-time']);
    expect(counts(after)).not.toContainEqual('cast 640');
  });
});

describe('votes after a name and an age', () => {
  // 2,001 ballots: a seat needs 1,001.
  const text =
    'Of the 2,454 registered voters, 2,001 cast ballots. Deng Hua, 58, received 1,204 votes and was ' +
    're-elected chair. Liu Bo, 44, received 776 votes.';

  it('reads the age as an age and the votes as the name’s', () => {
    expect(unread(text)).toContainEqual(['58', 'age']);
    expect(voteRows(text)).toEqual([
      ['Deng Hua', null, 1204],
      ['Liu Bo', null, 776],
    ]);
  });

  it('raises no alarm on the right text, and catches a winner short of half', () => {
    expect(alarms(text, true)).toEqual([]);
    expect(alarmCodes(text.replace('received 1,204 votes', 'received 904 votes'))).toEqual([
      'ANNOUNCED_WINNER_MISMATCH',
    ]);
  });

  it('reads an age in brackets the same way', () => {
    expect(voteRows('Li Chun-sheng (47) won 1,032 votes; Wang Mei-ling (51) got 871 votes.')).toEqual([
      ['Li Chun-sheng', null, 1032],
      ['Wang Mei-ling', null, 871],
    ]);
  });

  it('gives no votes to a name not opening its clause', () => {
    expect(voteRows('The winner was Deng Hua, 58, who received 1,204 votes.')).toEqual([]);
  });
});

describe('a runoff’s winners declared before their votes', () => {
  // Runoff: 1,850 voted; at least a third, 617.
  const text =
    'In the first round, 2,001 of the 2,454 registered voters cast ballots (81.5%). Deng Hua was elected ' +
    'chair with 1,204 votes. No member candidate won a majority. In the second round, held a week later, ' +
    '1,850 voted; Liu Bo and Wang Yi were elected members with 700 and 650 votes respectively.';

  it('raises no alarm on the right text', () => {
    expect(alarms(text, true)).toEqual([]);
  });

  it('judges them by a third of the runoff’s voters', () => {
    expect(alarmCodes(text.replace('700 and 650', '700 and 600'))).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
  });
});

describe('votes listed after the names with respectively left unsaid', () => {
  const text =
    'Of the 1,900 registered voters, 1,640 cast ballots. Li Hua and Zhao Min were elected members with 900 ' +
    'and 850 votes.';

  it('gives the counts in the names’ order when they are as many', () => {
    expect(voteRows(text)).toEqual([
      ['Li Hua', '委员', 900],
      ['Zhao Min', '委员', 850],
    ]);
    expect(alarms(text, true)).toEqual([]);
    expect(alarmCodes(text.replace('and 850 votes', 'and 800 votes'))).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
  });

  it('reads none when the names are not as many as the counts', () => {
    expect(voteRows('Chen Jie, Wu Lan and Sun Bo received 700 and 650 votes.')).toEqual([]);
  });
});

describe('a second ballot held in one sentence, its voters in the next', () => {
  // 1,030 voted in the second ballot: a member needs at least a third of 1,030 (343.3…), that is 344.
  const text =
    'Hongqiao Village committee, second ballot\n\n' +
    'A second ballot was held on 10 May after no member candidate won a majority on 3 May. 1,030 voted ' +
    'on 10 May. Wei Na and Cao Bin were elected members with 360 and 344 votes.';

  it('raises no alarm on the right text: the counts after the sentence are the second ballot’s', () => {
    expect(alarms(text, true)).toEqual([]);
  });

  it('judges the winners by a third of the second ballot’s voters', () => {
    expect(alarmCodes(text.replace('360 and 344 votes', '360 and 334 votes'))).toEqual([
      'ANNOUNCED_WINNER_MISMATCH',
    ]);
  });

  it('names the second ballot in English in the work shown, never as 另行选举', () => {
    // The first ballot's register stated, so the second ballot's votes are held against its own voters.
    const withRegister =
      'Hexi Village Committee\n\nFirst ballot, 3 May: 1,480 registered voters; 1,250 voted. Li Wei was ' +
      'elected chair with 701 votes.\nA second ballot was held on 10 May after no member candidate won a ' +
      'majority on 3 May. 1,030 voted on 10 May. Wei Na and Cao Bin were elected members with 360 and 344 votes.';
    const lines = work(withRegister).judged.map((figure) => figure.work.en);
    expect(lines.some((line) => line.includes('runoff'))).toBe(true);
    expect(lines.filter((line) => /\p{Script=Han}/u.test(line))).toEqual([]);
  });

  it('carries a runoff to no sentence that names the first round', () => {
    const both =
      'A runoff was held on 10 May for the member seats. In the first round, 1,318 of the 1,562 registered ' +
      'voters voted (84.4%), and Xu Ming was elected chair with 702 votes.';
    expect(alarms(both, true)).toEqual([]);
  });
});

describe('a sentence opening “In the runoff held on …” and the sentences after it on its line', () => {
  const FIRST =
    'On 16 May 2026, 1,204 of the 1,387 registered voters took part. 1,204 ballots were issued and 1,204 returned; 1,193 were valid and 11 invalid. Chen Guoping was elected chair with 1,011 votes.\n';
  const RUNOFF = (opening: string, returned = '1,095') =>
    `${FIRST}${opening} 1,096 voters took part. 1,096 ballots were issued and ${returned} returned; 1,088 were valid and 7 invalid. Liu Jianwei was elected member with 612 votes.`;

  it('keeps the runoff’s ballots apart from the first ballot’s', () => {
    for (const opening of [
      'In the runoff held on 23 May 2026,',
      'In the second round on 23 May,',
      'In the run-off,',
    ])
      expect(alarms(RUNOFF(opening))).toEqual([]);
  });

  it('still checks the runoff’s own ballots', () => {
    // 1,088 + 7 = 1,095, not 1,097.
    expect(alarms(RUNOFF('In the runoff held on 23 May 2026,', '1,097')).length).toBeGreaterThan(0);
  });

  it('still compares ballots restated with no runoff named before them', () => {
    expect(alarms(`${FIRST}In all, 1,096 ballots were issued and 1,095 returned.`).length).toBeGreaterThan(0);
  });
});
