import { describe, expect, it } from 'vitest';
import { alarms, reportAlone } from './corpus/read-shapes.js';
import { supervisorsChosenApart, supervisorsOnOneBallot } from './supervisors-chosen-apart.js';

/**
 * The supervisory committee (村务监督委员会) elected on the villagers' ballot paper beside the committee: a title
 * naming both bodies over one ballot account (docs/announcement.md, “One ballot paper for both bodies”). Every
 * number and name here is invented.
 */
const bothOnOneBallot = (opening: string, chairs: string) =>
  '西坪村村民委员会和村务监督委员会选举结果公告\n\n' +
  `2026年4月16日，西坪村${opening}，全村登记选民1,530人，参加投票的选民1,371人，收回选票1,371张，其中有效票1,360张，无效票11张。\n` +
  '村委会主任：张伟，812票；刘东，540票\n' +
  `村监委主任：${chairs}\n` +
  '张伟当选村委会主任，李强当选村监委主任。\n';

describe('the supervisory committee on one ballot paper with the committee', () => {
  const stated = '举行换届选举，村民委员会和村务监督委员会成员在同一张选票上选举';

  it('sums its chairs against the one account’s valid ballots', () => {
    expect(alarms(bothOnOneBallot(stated, '李强，800票；陈明，558票'), true)).toEqual([]);
    expect(alarms(bothOnOneBallot(stated, '李强，800票；陈明，600票'), true)).toEqual([
      'ANNOUNCED_SUM_MISMATCH 1400/1360',
    ]);
  });

  it('compares nothing where one ballot paper is not stated (two ballots may share one account)', () => {
    expect(alarms(bothOnOneBallot('举行换届选举', '李强，800票；陈明，600票'), true)).toEqual([]);
    expect(alarms(bothOnOneBallot('举行换届选举', '李强，680票；陈明，558票'), true)).toEqual([]);
    expect(supervisorsOnOneBallot('两委成员在同一张选票上选举')).toBe('同一张选票');
    expect(supervisorsOnOneBallot('西坪村举行换届选举')).toBeUndefined();
  });

  it('judges its winners by that account, naming them no other body’s', () => {
    expect(alarms(bothOnOneBallot(stated, '李强，680票；陈明，558票'), true)).toEqual([
      'ANNOUNCED_WINNER_MISMATCH 680/686',
    ]);
    const unread = reportAlone(bothOnOneBallot(stated, '李强，800票；陈明，558票'), true).findings.filter(
      (finding) => finding.code === 'UNREAD_FIGURE',
    );
    expect(unread).toEqual([]);
  });

  it('compares nothing where the account’s words name the committee alone', () => {
    expect(
      alarms(
        bothOnOneBallot('举行第十二届村民委员会换届选举，使用同一张选票', '李强，800票；陈明，600票'),
        true,
      ),
    ).toEqual([]);
  });

  it('compares nothing where the notice says the body was chosen apart', () => {
    for (const apart of [
      `${stated}，村务监督委员会由户代表选举产生`,
      `${stated}，村民委员会选举结束后村民会议接着选举村务监督委员会`,
      `${stated}，村务监督委员会由村民代表会议推选`,
      `${stated}，两委分别投票`,
      `${stated}，村务监督委员会单独计票`,
    ])
      expect(alarms(bothOnOneBallot(apart, '李强，820票；陈明，600票'), true)).toEqual([]);
  });

  it('finds the words of a body chosen apart', () => {
    expect(supervisorsChosenApart('村务监督委员会由户代表选举产生')).toBe('户代表');
    expect(supervisorsChosenApart('召开居民代表会议，推选居务监督委员会')).toBe('居民代表会议');
    expect(supervisorsChosenApart('西坪村举行换届选举')).toBeUndefined();
  });
});

describe('the supervisory winners of the villagers’ meeting after the committee’s vote', () => {
  const text = (chair: string) =>
    '石门村村民委员会和村务监督委员会选举结果公告\n\n' +
    '2026年3月14日，石门村举行第十二届村民委员会换届选举，全村登记选民1,820人，参加投票的选民1,604人，收回选票1,604张，有效票1,590张，无效票14张，选举有效。\n' +
    '主任：王建国，得票1,012票\n' +
    '王建国当选为村民委员会主任。\n' +
    '村民委员会选举结束后，村民会议接着选举村务监督委员会，参加投票的选民仍为1,604人。\n' +
    `主任：李强，得票${chair}票\n` +
    '李强当选为村务监督委员会主任。\n';

  it('judges them by the voters that meeting states', () => {
    expect(alarms(text('1,108'), true)).toEqual([]);
    expect(alarms(text('800'), true)).toEqual(['ANNOUNCED_WINNER_MISMATCH 800/803']);
    expect(
      reportAlone(text('1,108'), true).findings.filter((finding) => finding.code === 'UNREAD_FIGURE'),
    ).toEqual([]);
  });
});
