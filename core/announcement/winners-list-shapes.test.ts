import { describe, expect, it } from 'vitest';
import { alarmCodes, electedRows, voteRows } from './corpus/read-shapes.js';
import { readAnnouncementText } from './read-announcement-text.js';

/**
 * Lists of winners in shapes notices write them: a post's 候选人 before a name with a person's bracket, a
 * post carried past 、 to the next bracketed name, a minority name with its dot before such a bracket,
 * `当选为…委员的是：`, a bare name list under `当选名单：`, and a sex bracket between the name and 当选.
 */

/** 1320 voters, 1300 valid ballots, three seats: a winner needs at least 661 votes. */
const COUNTS =
  '柳塘村第十二届村民委员会选举结果公告\n本村于2026年11月20日召开选举大会，应选村民委员会成员3名。本村登记选民1500人，参加投票1320人，发出选票1320张，收回选票1318张，有效票1300张，无效票18张，选举有效。\n';

describe('a post’s 候选人 before a name with a person’s bracket, then 当选', () => {
  const text = (member: number) =>
    `${COUNTS}主任候选人张建华（男，得票1021票）当选为村民委员会主任，委员候选人李梅（女，得票998票）、赵强（男，得票${member}票）当选为村民委员会委员。\n`;

  it('declares the names, the post carried past 、 to the next bracketed name', () => {
    expect(electedRows(text(902))).toEqual([
      ['主任', ['张建华']],
      ['委员', ['李梅', '赵强']],
    ]);
    expect(voteRows(text(902))).toEqual([
      ['张建华', '主任', 1021],
      ['李梅', '委员', 998],
      ['赵强', '委员', 902],
    ]);
    expect(alarmCodes(text(902))).toEqual([]);
    expect(alarmCodes(text(602))).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
  });

  it('reads a name opening its sentence after a full stop', () => {
    const prose = `${COUNTS}经投票产生结果。张建华（男，得票1021票）当选为村民委员会主任。\n`;
    expect(voteRows(prose)).toEqual([['张建华', null, 1021]]);
    expect(electedRows(prose)).toEqual([['主任', ['张建华']]]);
  });
});

describe('a post and a space before a list of bracketed names, as a web table is copied', () => {
  const text = (member: number) =>
    `${COUNTS}当选人员名单：\n主任 严峰（男，得票866票）\n委员 吕燕（女，得票842票）、施展（男，得票${member}票）\n`;

  it('carries the post past 、 to the next name', () => {
    expect(voteRows(text(811))).toEqual([
      ['严峰', '主任', 866],
      ['吕燕', '委员', 842],
      ['施展', '委员', 811],
    ]);
    expect(alarmCodes(text(811))).toEqual([]);
  });

  it('carries no post past a bracket that is no person’s', () => {
    const other = `${COUNTS}委员 吕燕（原得票842票）、施展（男，得票811票）\n`;
    expect(voteRows(other).find(([name]) => name === '施展')?.[1]).toBeNull();
  });

  it('carries no post past 、 when the sentence gives the posts respectively (分别当选为主任、副主任)', () => {
    const both = `${COUNTS}主任 韩志刚（男，得票901票）、冯秀英（女，得票845票）分别当选为村民委员会主任、副主任。\n`;
    expect(voteRows(both).find(([name]) => name === '冯秀英')?.[1]).toBeNull();
    expect(alarmCodes(both)).toEqual([]);
    // Without 分别 the post is still carried, and two chairs' votes over the valid ballots are flagged.
    const carried = `${COUNTS}主任 韩志刚（男，得票901票）、冯秀英（女，得票845票）当选。\n`;
    expect(voteRows(carried).find(([name]) => name === '冯秀英')?.[1]).toBe('主任');
  });
});

describe('a minority name with its dot before a person’s bracket', () => {
  const text = (member: number) =>
    `${COUNTS}当选主任：阿依古丽·买买提（女，得票1102票）\n当选委员：艾力·吐尔逊（男，得票${member}票）、李华（男，得票1003票）\n`;

  it('reads the votes and declares the names', () => {
    expect(electedRows(text(1050))).toEqual([
      ['主任', ['阿依古丽·买买提']],
      ['委员', ['艾力·吐尔逊', '李华']],
    ]);
    expect(alarmCodes(text(1050))).toEqual([]);
    expect(alarmCodes(text(1350))).toEqual(['ANNOUNCED_SUM_MISMATCH']);
  });
});

describe('当选为…的是： before the names elected to a post', () => {
  const text = (member: number) =>
    `${COUNTS}主任候选人王林得票1102票，当选为村民委员会主任。委员候选人李华得票1050票，刘芳（女）得票${member}票，张强得票420票。\n当选为村民委员会委员的是：李华、刘芳。\n`;

  it('declares each name to the post', () => {
    expect(electedRows(text(1003))).toEqual([
      ['主任', ['王林']],
      ['委员', ['李华', '刘芳']],
    ]);
    expect(alarmCodes(text(1003))).toEqual([]);
    expect(alarmCodes(text(603))).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
  });
});

describe('a list of names alone under 当选名单：', () => {
  const votesLine = (member: number) =>
    `选举结果如下：王林得票1102票，李华得票1050票，刘芳（女）得票${member}票，张强得票420票。\n`;

  it('declares names parted by spaces on the heading’s line', () => {
    const text = (member: number) => `${COUNTS}${votesLine(member)}当选名单：王林 李华 刘芳\n`;
    expect(electedRows(text(1003))).toEqual([[null, ['王林', '李华', '刘芳']]]);
    expect(alarmCodes(text(1003))).toEqual([]);
    expect(alarmCodes(text(603))).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
  });

  it('declares names one a line under the heading, up to a blank line', () => {
    const text = (member: number) => `${COUNTS}${votesLine(member)}当选名单：\n王林\n李华\n刘芳\n\n张强\n`;
    expect(electedRows(text(1003))).toEqual([[null, ['王林', '李华', '刘芳']]]);
    expect(alarmCodes(text(603))).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
  });

  it('declares no one where an item is no name', () => {
    expect(electedRows(`${COUNTS}${votesLine(1003)}当选名单：王林 李华 等3人\n`)).toEqual([]);
  });
});

describe('a sex in brackets between the name and 当选, the votes after the post', () => {
  const text = (member: number) =>
    `${COUNTS}经选举，王林当选村民委员会主任，得票1102张；李华当选村民委员会委员，得票1050张；刘芳（女）当选村民委员会委员，得票${member}张。\n`;

  it('reads the votes as hers', () => {
    expect(voteRows(text(1003))).toContainEqual(['刘芳', '委员', 1003]);
    expect(alarmCodes(text(1003))).toEqual([]);
    expect(alarmCodes(text(643))).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
  });
});

describe('the quotes of judged figures hold no half of a bracket pair', () => {
  const quotes = (text: string) => readAnnouncementText(text).figures.map((figure) => figure.origin.text);

  it('quotes a person’s bracket to its close when the votes stand before the sex', () => {
    expect(quotes(`${COUNTS}当选主任：张建华（得票1021票，男）\n`)).toContain('张建华（得票1021票，男）');
    expect(quotes(`${COUNTS}当选委员：朱明（得票1120票，男，中共党员）\n`)).toContain(
      '朱明（得票1120票，男，中共党员）',
    );
  });

  it('quotes a declaration without a bracket its words only half hold', () => {
    expect(quotes(`${COUNTS}主任：蒋华 748票（当选） 陆明 331票\n`)).toContain('当选');
    expect(quotes(`${COUNTS}主任：蒋华 748票（当选） 陆明 331票\n`)).not.toContain('当选） 陆明 331票');
    expect(quotes(`${COUNTS}梁晓东得1190票，当选为村民委员会主任（得票率90.43%）\n`)).toContain(
      '当选为村民委员会主任',
    );
  });
});
