import { describe, expect, it } from 'vitest';
import { alarmCodes, electedRows, unread, voteRows } from './corpus/read-shapes.js';
import { readAnnouncementText } from './read-announcement-text.js';
import { personBracket } from './person-bracket.js';

/**
 * A bracket after a winner's name that describes the person and holds the votes, in either order
 * (`赵强（得票998票，男）` as `李梅（女，得票1021票）`), after a post and a space as a web table is copied
 * (`委员 吕燕（女，得票842票）`), and brackets whose number is not certainly the votes.
 */

const sexes = (text: string) =>
  readAnnouncementText(text).sexMarks?.map((mark) => `${mark.before}${mark.sex}`) ?? [];

/** 1320 voters, 1300 valid ballots, three seats: a winner needs at least 661 votes, one woman at least. */
const COUNTS =
  '柳塘村第十二届村民委员会选举结果公告\n本村于2026年11月20日召开选举大会，应选村民委员会成员3名。本村登记选民1500人，参加投票1320人，发出选票1320张，收回选票1318张，有效票1300张，无效票18张，选举有效。\n';

describe('a list of winners followed by their shares given respectively', () => {
  const listed = (member: string, shares: string) =>
    `${COUNTS}当选主任：张建华（男，得票1021票）\n当选委员：李梅（女，得票1021票）、${member}，得票率分别为${shares}\n`;

  it('still declares every winner of the list, so that each is judged against what a seat needs', () => {
    // 1021 of 1300 valid ballots is 78.5384…%, 998 of them 76.7692…%.
    const right = listed('赵强（得票998票，男）', '78.54%、76.77%');
    expect(electedRows(right)).toEqual([
      ['主任', ['张建华']],
      ['委员', ['李梅', '赵强']],
    ]);
    expect(alarmCodes(right)).toEqual([]);
    // 600 of the 1320 voters is not more than half: the member is flagged, not passed over.
    expect(alarmCodes(listed('赵强（得票600票，男）', '78.54%、46.15%'))).toEqual([
      'ANNOUNCED_WINNER_MISMATCH',
    ]);
  });

  it('does not strip a clause that is not given respectively', () => {
    expect(electedRows(`${COUNTS}当选委员：李梅、赵强，得票均未过半\n`)).toEqual([]);
  });
});

describe('a person’s bracket with the votes first and the sex after', () => {
  const listed = (member = '赵强（得票998票，男）') =>
    `${COUNTS}当选主任：张建华（男，得票1021票）\n当选委员：李梅（女，得票1021票）、${member}\n`;

  it('declares every winner of the list and reads the sex written after the votes', () => {
    expect(electedRows(listed())).toEqual([
      ['主任', ['张建华']],
      ['委员', ['李梅', '赵强']],
    ]);
    expect(alarmCodes(listed())).toEqual([]);
    expect(sexes(listed())).toEqual(['张建华男', '李梅女', '赵强男']);
  });

  it('flags a member below half of the voters and a committee of men so written', () => {
    expect(alarmCodes(listed('赵强（得票600票，男）'))).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
    const men = `${COUNTS}当选主任：张建华（得票1021张，男）\n当选委员：李梅（得票1021张，男）、赵强（得票998张，男）\n`;
    expect(electedRows(men)).toEqual([
      ['主任', ['张建华']],
      ['委员', ['李梅', '赵强']],
    ]);
    expect(alarmCodes(men)).toEqual(['WOMEN_QUOTA_UNMET']);
  });

  it('declares winners with bare votes, with their share, or with the description after the votes', () => {
    const bare = `${COUNTS}当选主任：王林（1080票）\n当选委员：陈静（女，1011票）、刘波（598票）\n`;
    expect(electedRows(bare)).toEqual([
      ['主任', ['王林']],
      ['委员', ['陈静', '刘波']],
    ]);
    expect(alarmCodes(bare)).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
    const share = `${COUNTS}当选主任：郑伟（得票1147票，占有效票的88.2%）\n当选委员：黄丽（女，得票1021票）、江涛（得票998票，占有效票的76.8%，男）\n`;
    expect(electedRows(share)).toEqual([
      ['主任', ['郑伟']],
      ['委员', ['黄丽', '江涛']],
    ]);
    expect(alarmCodes(share)).toEqual([]);
    const after = `${COUNTS}当选主任：朱明（男，得票1120票，中共党员）\n当选委员：崔丽（得票1064票，女，42岁）、方涛（得票620票，男，高中文化）\n`;
    expect(voteRows(after)).toEqual([
      ['朱明', '主任', 1120],
      ['崔丽', '委员', 1064],
      ['方涛', '委员', 620],
    ]);
    expect(alarmCodes(after)).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
  });

  it('declares a list in prose whose brackets write the sex after the votes', () => {
    const text = `${COUNTS}经投票，汪海（得票1210票，男）当选为村民委员会主任，李梅（得票1021票，女）、赵强（得票600票，男）当选为村民委员会委员。`;
    expect(electedRows(text)).toEqual([
      ['主任', ['汪海']],
      ['委员', ['李梅', '赵强']],
    ]);
    expect(alarmCodes(text)).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
  });
});

describe('a person’s bracket after a post and a space', () => {
  it('reads the votes of 委员 吕燕（女，得票842票） as hers, of the post', () => {
    const text = `${COUNTS}当选人员名单：\n主任 严峰（男，得票866票）\n委员 吕燕（女，得票842票）\n委员 施展（男，得票603票）\n`;
    expect(voteRows(text)).toEqual([
      ['严峰', '主任', 866],
      ['吕燕', '委员', 842],
      ['施展', '委员', 603],
    ]);
    expect(electedRows(text)).toEqual([
      ['主任', ['严峰']],
      ['委员', ['吕燕', '施展']],
    ]);
    expect(alarmCodes(text)).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
  });
});

describe('brackets whose number is not certainly the votes', () => {
  it('declares no one by a rank, a birth year, votes of another time or a gap, and judges nothing', () => {
    for (const bracket of [
      '（得票第二）',
      '（1998年出生）',
      '（原得票598票）',
      '（差3票）',
      '（上届得票598票）',
    ]) {
      const text = `${COUNTS}当选主任：张建华（男，得票1021票）\n当选委员：李梅（女，得票1021票）、赵强${bracket}\n`;
      expect(electedRows(text)).toEqual([['主任', ['张建华']]]);
      expect(alarmCodes(text)).toEqual([]);
    }
  });

  it('gives votes of another time in a person’s bracket to no one, with a reason', () => {
    const text = `${COUNTS}张建华得票1021票，当选为村民委员会主任。\n当选主任：张建华（上届得票612票）\n`;
    expect(voteRows(text)).toEqual([['张建华', null, 1021]]);
    expect(unread(text)).toEqual([['612', 'last-term-aside']]);
    expect(alarmCodes(text)).toEqual([]);
  });

  it('reads the items of a person’s bracket by kind', () => {
    expect(personBracket('得票998票，男')).toEqual({ sex: '男', sexFirst: false, votes: 1 });
    expect(personBracket('女，45岁，中共党员，得票1021票')).toEqual({ sex: '女', sexFirst: true, votes: 1 });
    expect(personBracket('得票998票，占有效票的88.2%')).toEqual({ sex: null, sexFirst: false, votes: 1 });
    for (const inside of ['得票第二', '1998年出生', '原得票998票', '差3票', '男，女', '得票998票，连任'])
      expect(personBracket(inside)).toBeNull();
  });
});
