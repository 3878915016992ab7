import { describe, expect, it } from 'vitest';
import { alarms, findings, unread, voteRows } from './corpus/read-shapes.js';

/**
 * A page captured by the side panel (or copied from a browser) loses its line breaks: a `<br>` becomes one
 * space, a table's cell border a space or a tab. A figure's label parted from its number so, or a label
 * parted inside its word (得票 率, 参选 率, 有效 票), is read as the unbroken text would be; a gap the page
 * laid out (two spaces or more, a letter-spaced row whose column gap was lost) is not joined.
 */

const turnout =
  '本村登记选民1850人，参加投票1612人，收回选票1612张，其中有效票1590张，无效票22张，选举有效。';
const note = '\n注：得票率=得票数÷有效票数×100%';

describe('a count’s word parted by one space, a tab or a full-width space', () => {
  it('reads 得票 率 as 得票率 and judges the share', () => {
    expect(findings(`${turnout}\n主任：苏建明，得票1203票，得票 率78.66%，当选。${note}`)).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '得票率 78.66%'],
    ]);
    expect(alarms(`${turnout}\n主任：苏建明，得票1203票，得票 率75.66%，当选。${note}`, true)).toEqual([]);
  });

  it('reads 参选 率 after a tab or a full-width space as the turnout', () => {
    for (const gap of ['\t', '\u3000', ' '])
      expect(
        findings(`本村登记选民1850人，参加投票1612人，参选${gap}率84.17%，收回选票1612张。`).map(
          ([code]) => code,
        ),
      ).toEqual(['ANNOUNCED_PERCENT_MISMATCH']);
    expect(alarms(`本村登记选民1850人，参加投票1612人，参选\t率87.14%，收回选票1612张。`)).toEqual([]);
  });

  it('reads 有效 票 as the valid ballots, so that a sum that fails is caught', () => {
    expect(
      findings('本村登记选民1850人，参加投票1612人，收回选票1612张，其中有效 票1580张，无效票22张。'),
    ).toEqual([['ANNOUNCED_SUM_MISMATCH', '收回选票1612张']]);
  });

  it('joins no word across two spaces or more, nor a letter-spaced row', () => {
    expect(unread(`${turnout}\n主任：苏建明，得票1203票，得票  率75.66%，当选。`)).toEqual([
      ['75.66%', 'no-meaning'],
    ]);
    expect(unread(`${turnout}\n委员候选人得票情况：\n魏 国 庆 1 0 0 2 1`).map(([text]) => text)).toEqual([
      '10021',
    ]);
  });
});

describe('a share on the line after 得票率, votes on the line after 得票数', () => {
  it('reads the share after a line break as the candidate’s', () => {
    expect(findings(`${turnout}\n主任：苏建明，得票1203票，得票率\n72.66%，当选。${note}`)).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '得票率\n72.66%'],
    ]);
  });

  it('reads the votes after 得票数 and a line break as the candidate’s', () => {
    expect(voteRows(`${turnout}\n主任候选人苏建明，得票数\n1203票，当选。`)).toEqual([
      ['苏建明', '主任', 1203],
    ]);
  });
});

describe('a candidate’s sentence after a full stop on the same line', () => {
  it('names the votes after 。 and a space, as a captured line break', () => {
    const text = `${turnout} 主任候选人苏建明，得票 1203票，当选。 委员候选人周强，得票 696票，当选。`;
    expect(voteRows(text)).toEqual([
      ['苏建明', '主任', 1203],
      ['周强', '委员', 696],
    ]);
    expect(alarms(text, true).map((alarm) => alarm.split(' ')[0])).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
  });

  it('after the post and a space (。 副主任 孙丽，得票 710票)', () => {
    expect(voteRows(`${turnout} 主任 郑国华，得票 1103票，当选。 副主任 孙丽，得票 710票，当选。`)).toEqual([
      ['郑国华', '主任', 1103],
      ['孙丽', '副主任', 710],
    ]);
  });

  it('a post opening its sentence after the sentence about another body is that body’s, not the chair’s', () => {
    // 村务监督委员会由村民代表会议选举产生 … 。 主任 钱进，得票 58票: the supervisory committee's chair, elected
    // by the representatives, whose votes are never added to the village committee chair's.
    const text =
      '河口村第十二届村民委员会和村务监督委员会选举结果公告 ' +
      `${turnout} 主任候选人苏建明，得票 1203票，当选。 主任候选人王林，得票 386票。` +
      ' 村务监督委员会由村民代表会议选举产生，应到代表63人，实到60人。 主任 钱进，得票 58票，当选。 委员 孙梅，得票 55票，当选。';
    expect(alarms(text, true)).toEqual([]);
    expect(alarms(`${text.replace('1203票', '1210票')}`, true).map((alarm) => alarm.split(' ')[0])).toEqual([
      'ANNOUNCED_SUM_MISMATCH',
    ]);
  });
});
