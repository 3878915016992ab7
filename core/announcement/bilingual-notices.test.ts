import { describe, expect, it } from 'vitest';
import { alarms, judged, unread, work } from './corpus/read-shapes.js';
import { readAnnouncementText } from './read-announcement-text.js';

/**
 * Notices in Chinese and again in English, and the English shapes that go with them
 * (docs/announcement.md, “A notice in Chinese, then in English”, “Given respectively”, “Candidates' votes
 * and winners”). Names and numbers are invented; every share was worked out with exact fractions.
 */

describe('valid ballots against the ballots returned, no invalid ballots stated', () => {
  it('flags more valid ballots than returned, in Chinese and in English', () => {
    const zh =
      '东风村选举结果公告\n本村登记选民1620人，参加投票1300人，收回选票1300张，有效票1320张。\n主任：张伟得票812票，当选。';
    expect(alarms(zh, true)).toEqual(['ANNOUNCED_SUM_MISMATCH 1320/1300']);
    const en =
      'Dongfeng Village election results\nThere were 1,620 registered voters and 1,300 voted. 1,300 ballots were returned, and 1,320 were valid.\nZhang Wei received 812 votes and was elected chair.';
    expect(alarms(en, true)).toEqual(['ANNOUNCED_SUM_MISMATCH 1320/1300']);
    // As many or fewer: right, and judged so.
    const fewer = zh.replace('有效票1320张', '有效票1288张');
    expect(alarms(fewer, true)).toEqual([]);
    expect(judged(fewer)).toContainEqual(['ballots', '有效票1288张', true]);
  });

  it('compares no counts of two rounds, two places or valid votes of several seats', () => {
    for (const text of [
      '东风村选举结果公告\n第一轮投票：本村登记选民1620人，参加投票1300人，收回选票1300张，有效票1290张，无效票10张。\n另行选举：参加投票1350人，收回选票1350张，有效票1320张。李强得票700票，当选为委员。',
      '东风村选举结果公告\n本村登记选民1620人。5月10日第一轮投票收回选票1300张，主任未选出。5月17日另行选举，有效票1320张，张伟得票812票，当选为主任。',
      'Dongfeng Village election results\nIn the first round on 10 May, 1,300 ballots were returned; no chair was elected. In the runoff on 17 May, 1,320 ballots were valid, and Zhang Wei was elected chair with 812 votes.',
      '东风村选举结果公告\n本村登记选民1620人，第一投票站收回选票600张，全村有效票1320张，无效票0张。',
      'Dongfeng Village election results\nThere were 1,620 registered voters. 1,300 ballots were returned. Members (three seats): 2,950 valid votes were counted.',
      // 有效票 counted in 票, not 张: the votes of ballots that each choose three members.
      '南岭村村民委员会委员选举结果公告\n本村登记选民1480人，参加投票1312人，收回选票1300张；有效票：3163票（每张选票可选3人）。\n委员：李娜980票，王芳902票，孙梅861票，赵磊420票。李娜、王芳、孙梅当选为委员。',
      '南岭村村民委员会委员选举结果公告\n本村登记选民1480人，参加投票1312人，收回选票1300张。本次应选委员3名，每张选票可选3人。\n委员选举统计：有效票数3163票，李娜980票，王芳902票，孙梅861票，赵磊420票。',
    ])
      expect(alarms(text, true)).toEqual([]);
  });
});

const ZH_ACCOUNT =
  '东风村第十二届村民委员会选举结果公告\n本村登记选民1620人，参加投票1352人，收回选票1352张，其中有效票1327张，无效票25张。\n';
const EN_ACCOUNT =
  "Results of the 12th Dongfeng Villagers' Committee election\nThere were 1,620 registered voters and 1,352 voted. 1,352 ballots were returned, of which 1,327 were valid and 25 invalid.\n";

describe('a notice in Chinese, then in English: each half’s shares of its own counts', () => {
  // 812 of 1,327 valid ballots is 61.19%.
  const zh = `${ZH_ACCOUNT}主任：张伟得票812票，占有效票的61.19%，当选。\n`;
  const en = `${EN_ACCOUNT}Chair: Zhang Wei received 812 votes, 61.2% of the valid ballots, and was elected.`;

  it('judges the English share of the English votes and ballots, rounded as it is written', () => {
    expect(alarms(zh + en, true)).toEqual([]);
    expect(judged(zh + en).filter(([rule]) => rule === 'share')).toEqual([
      ['share', '占有效票的61.19%', true],
      ['share', '61.2%', true],
    ]);
  });

  it('flags a share wrong in the English half only, once', () => {
    expect(alarms(zh + en.replace('61.2%', '63.2%'), true)).toEqual([
      'ANNOUNCED_PERCENT_MISMATCH 63.2%/61.2%',
    ]);
    expect(alarms(zh.replace('61.19%', '63.19%') + en, true)).toEqual([
      'ANNOUNCED_PERCENT_MISMATCH 63.19%/61.19%',
    ]);
  });

  it('takes no count of the other half for a share whose half states none', () => {
    // The English half states no ballots: its share is not judged by the Chinese half's 1,327.
    const bare = `${zh}Results of the 12th Dongfeng Villagers' Committee election\nChair: Zhang Wei received 812 votes, 63.2% of the valid ballots, and was elected.`;
    expect(alarms(bare, true)).toEqual([]);
    expect(work(bare).unjudged).toContainEqual(
      expect.objectContaining({ text: '63.2%', reason: 'counts-not-stated' }),
    );
    // Nor the Chinese share by the English half's ballots.
    const zhBare = `东风村第十二届村民委员会选举结果公告\n主任：张伟得票812票，占有效票的61.19%，当选。\n${en}`;
    expect(judged(zhBare).filter(([rule]) => rule === 'share')).toEqual([['share', '61.2%', true]]);
    expect(work(zhBare).unjudged).toContainEqual(
      expect.objectContaining({ text: '占有效票的61.19%', reason: 'counts-not-stated' }),
    );
  });
});

describe('the halves of a notice in two scripts', () => {
  it('parts only a text with figures in both scripts', () => {
    const halves = readAnnouncementText(
      `${ZH_ACCOUNT}主任：张伟（Zhang Wei）得票812票。\n${EN_ACCOUNT}Zhang Wei (张伟) received 812 votes.`,
    ).halves;
    expect(halves?.map((lines) => lines.script)).toEqual(['zh', 'en']);
    // An English notice under a title in characters is of one script.
    expect(readAnnouncementText(`东风村选举结果公告\n${EN_ACCOUNT}`).halves).toBeUndefined();
  });
});

describe('`the first two were elected` after a list of votes', () => {
  const list =
    'Qingshan Village Committee Election Results\nThere were 1,620 registered voters, and 1,352 voters cast ballots. 1,352 ballots were returned, of which 1,327 were valid and 25 invalid.\nMembers (two seats): Zhang Wei 812 votes, Li Na 790 votes, Wang Fang 401 votes.';
  const electedOf = (text: string) =>
    readAnnouncementText(text).figures.flatMap((figure) => (figure.kind === 'elected' ? [figure.names] : []));

  it('declares the first N of the list, each judged by the threshold', () => {
    for (const words of [
      ' The first two were elected.',
      ' The top two candidates were elected.',
      ' The first two candidates listed have been elected.',
    ])
      expect(electedOf(list + words)).toEqual([['Zhang Wei', 'Li Na']]);
    expect(alarms(`${list} The first two were elected.`, true)).toEqual([]);
    // The last one's share between the list and the declaration.
    expect(
      electedOf(
        `${list.replace('401 votes.', '401 votes (30.2% of the valid ballots).')} The first two were elected.`,
      ),
    ).toEqual([['Zhang Wei', 'Li Na']]);
    // The second below half of the 1,352 voters: a winner flagged.
    expect(alarms(`${list.replace('790', '600')} The first two were elected.`, true)).toHaveLength(1);
  });

  it('declares no one where the list is not certain', () => {
    for (const text of [
      // A tie between the second and the third.
      `${list.replace('401', '790')} The first two were elected.`,
      // Not in order of votes: the first two listed, or the two with most?
      `${list.replace('790', '380')} The first two were elected.`,
      // Fewer listed than declared.
      `${list} The top four candidates were elected.`,
      // One candidate after a label: the votes before it are no part of the list.
      `${list.replace('Members (two seats): Zhang Wei 812 votes, Li Na 790 votes,', 'Group one: Zhang Wei 812 votes, Li Na 790 votes. Group two:')} The first two were elected.`,
    ]) {
      expect(electedOf(text)).toEqual([]);
      expect(unread(text)).toContainEqual([expect.stringMatching(/elected$/), 'not-a-name']);
      expect(alarms(text, true)).toEqual([]);
    }
  });
});
