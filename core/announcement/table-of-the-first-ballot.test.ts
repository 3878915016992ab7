import { describe, expect, it } from 'vitest';
import { alarmCodes, work } from './corpus/read-shapes.js';

/**
 * A vote table captioned as the first ballot's, after an opening that gives the runoff's turnout too: its
 * shares are of the first ballot's voters, not of the runoff's stated nearer (docs/announcement.md,
 * “Tables”). Every number and name here is invented.
 */
const notice = (caption: string, wang: string) =>
  '青山村第十二届村民委员会选举结果公告\n\n' +
  '本村登记选民1500人，第一次投票参加投票1320人，选举主任和委员；另行选举中参加投票1100人，选举有效。现将选举结果公告如下：\n\n' +
  `${caption}\n姓名\t得票数\t得票率\t是否当选\n王建国\t812\t${wang}\t当选\n李秀英\t480\t36.36%\t未当选\n`;

/** The table's shares judged, as [text, right, base in the work]. */
const shares = (text: string) =>
  work(text)
    .judged.filter((judged) => judged.rule === 'share')
    .map((judged) => [judged.text, judged.right, judged.work.en.includes('1,320')]);

describe('a table of the first ballot after the runoff’s turnout', () => {
  it('judges its shares of the first ballot’s voters, whatever the caption’s shape', () => {
    for (const caption of ['第一次投票得票情况', '一、第一次投票结果', '第一次投票主任选举结果：']) {
      expect(alarmCodes(notice(caption, '61.52%'))).toEqual([]);
      expect(shares(notice(caption, '61.52%'))).toEqual([
        ['61.52%', true, true],
        ['36.36%', true, true],
      ]);
    }
  });

  it('still flags a share wrong of the first ballot’s voters', () => {
    expect(alarmCodes(notice('第一次投票得票情况', '71.52%'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH']);
    expect(shares(notice('第一次投票得票情况', '71.52%'))).toContainEqual(['71.52%', false, true]);
  });
});

/** A vote table with posts and no caption of its own, after an opening giving `turnout` (invented). */
const uncaptioned = (turnout: string, wang: string) =>
  '青山村第十二届村民委员会选举结果公告\n\n' +
  `本村登记选民1500人，${turnout}，选举有效。现将选举结果公告如下：\n\n` +
  `姓名\t职务\t得票数\t得票率\n王建国\t主任\t812\t${wang}\n李秀英\t委员\t480\t36.36%\n`;

const unreadShares = (text: string) =>
  work(text)
    .unjudged.filter((figure) => figure.reason === 'ambiguous-base')
    .map((figure) => figure.text);

describe('a table naming no round after the turnout of two rounds', () => {
  const twoRounds = '第一次投票参加投票1320人，选举主任和委员；另行选举中参加投票1100人';

  it('takes no round from the text before: its shares are unread, not judged of the runoff’s voters', () => {
    expect(alarmCodes(uncaptioned(twoRounds, '61.52%'))).toEqual([]);
    expect(shares(uncaptioned(twoRounds, '61.52%'))).toEqual([]);
    expect(unreadShares(uncaptioned(twoRounds, '61.52%'))).toEqual(['61.52%', '36.36%']);
  });

  it('still judges a table after the turnout of one round', () => {
    expect(alarmCodes(uncaptioned('参加投票1320人', '61.52%'))).toEqual([]);
    expect(shares(uncaptioned('参加投票1320人', '61.52%'))).toEqual([
      ['61.52%', true, true],
      ['36.36%', true, true],
    ]);
    expect(alarmCodes(uncaptioned('参加投票1320人', '71.52%'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH']);
  });
});
