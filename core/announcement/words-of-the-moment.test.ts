import { describe, expect, it } from 'vitest';
import { alarms, reportAlone } from './corpus/read-shapes.js';

/**
 * Words of time beside a notice's figures that do not move them to another vote: they place the notice's own
 * vote in time (截至当时, 当时在场选民, 当时共发出选票 in a notice of the term's election), name its date (原选举日期),
 * a person it chose (原选举产生的委员), a change of its register (上次选举后迁入的选民) or what it takes from an
 * earlier vote (按照上一次选举的做法, 沿用…的选民名单); and the words that do (上届, 第十二届 in a notice of the
 * 第十三届, 原选举中 before a repeat, 上次选举中 a candidate's votes, 当时 in a by-election's notice), kept apart
 * (docs/announcement.md, “When two mentions are compared”). Every number and name here is invented.
 */

/** The rules the pack judged, with the figure's words and whether it holds. */
const ruled = (text: string) =>
  reportAlone(text, true).announcement?.judged.map((figure) => [figure.rule, figure.text, figure.right]) ??
  [];

const TERM = (opening: string, chair = '1,086') =>
  '丰乐村第十三届村民委员会选举结果公告\n' +
  `2026年3月22日，丰乐村召开选举大会，全村登记选民1,880人。${opening}参加投票的选民1,642人，参选率87.3%，` +
  '发出选票1,642张，收回选票1,638张，其中有效票1,626张，无效票12张，选举有效。\n' +
  `主任候选人邱明辉得票${chair}票，当选为村民委员会主任。\n`;

describe('words of time that place the notice’s own vote', () => {
  it('keeps the figures after 截至当时 and 截至投票结束时 the vote’s own', () => {
    for (const opening of ['下午4时30分投票结束，截至当时，', '截至投票结束时，']) {
      expect(alarms(TERM(opening), true)).toEqual([]);
      expect(ruled(TERM(opening))).toContainEqual(['winner-threshold', '邱明辉得票1,086票', true]);
      // 806 of the 1,642 who voted is not more than half (822 needed).
      expect(alarms(TERM(opening, '806'), true)).toEqual(['ANNOUNCED_WINNER_MISMATCH 806/822']);
    }
  });

  it('reads those present (当时在场) as the meeting’s own, in a by-election’s notice too', () => {
    const text = (share: string) =>
      '河口村村民委员会委员补选结果公告\n2026年10月11日，河口村召开补选大会，补选村民委员会委员1名。全村登记选民1,290人。' +
      `补选大会开始时，当时在场选民1,105人，参选率${share}，发出选票1,105张，收回选票1,102张，其中有效票1,094张，无效票8张，选举有效。\n` +
      '委员候选人覃丽娟（女）得票702票，当选为村民委员会委员。\n';
    expect(alarms(text('85.7%'), true)).toEqual([]);
    expect(ruled(text('85.7%'))).toContainEqual(['winner-threshold', '覃丽娟（女）得票702票', true]);
    expect(alarms(text('86.7%'), true)).toEqual(['ANNOUNCED_PERCENT_MISMATCH 86.7%/85.4%']);
  });

  it('keeps 当时 the vote’s own in a notice of the term’s election', () => {
    const text = (invalid: number) =>
      '竹园村第十三届村民委员会选举结果公告\n2026年3月18日，竹园村召开选举大会，全村登记选民1,590人，参加投票的选民1,374人，参选率86.4%。' +
      `当时共发出选票1,374张，收回选票1,370张，其中有效票1,358张，无效票${invalid}张，选举有效。\n` +
      '主任候选人汪立新得票903票，当选为村民委员会主任。\n';
    expect(alarms(text(12), true)).toEqual([]);
    expect(alarms(text(22), true)).toContain('ANNOUNCED_SUM_MISMATCH 1380/1370');
  });

  it('reads the original election’s date and the people it chose as no other vote', () => {
    const text = (opening: string, chair: number) =>
      '松岭村第十三届村民委员会选举结果公告\n' +
      `${opening}2026年3月29日松岭村召开选举大会，全村登记选民1,760人，参加投票的选民1,530人，参选率86.9%，` +
      '发出选票1,530张，收回选票1,526张，其中有效票1,512张，无效票14张，选举有效。\n' +
      `主任候选人罗志刚得票${chair}票，当选为村民委员会主任。\n`;
    for (const opening of [
      '原选举日期因雨推迟，',
      '原选举时间因故调整，',
      '因原选举产生的委员周海涛辞职，',
    ]) {
      expect(alarms(text(opening, 968), true)).toEqual([]);
      expect(alarms(text(opening, 750), true)).toEqual(['ANNOUNCED_WINNER_MISMATCH 750/766']);
    }
  });

  it('reads a change of the register since the last vote, and a way or register taken from it, as this vote’s', () => {
    const text = (opening: string, chair: number) =>
      '石塘村村民委员会主任补选结果公告\n' +
      `2026年10月18日，石塘村${opening}全村登记选民1,205人，参加投票的选民734人，参选率60.9%，发出选票734张，` +
      `收回选票731张，其中有效票725张，无效票6张，选举有效。\n主任候选人韩立军得票${chair}票，当选为村民委员会主任。\n`;
    for (const opening of [
      '按照上一次选举的做法设立2个投票站，',
      '沿用上次选举的选民名单，',
      '沿用2026年3月换届选举时的选民名单，',
      '上次选举后迁入的选民已列入名单，',
    ]) {
      expect(alarms(text(opening, 498), true)).toEqual([]);
      expect(alarms(text(opening, 360), true)).toEqual(['ANNOUNCED_WINNER_MISMATCH 360/368']);
    }
  });

  it('names the repeat again after the void election’s words', () => {
    const text = (chair: number) =>
      '新塘村第十三届村民委员会重新选举结果公告\n原选举因参加投票的选民未过半数无效，2026年4月12日重新选举，全村登记选民2,000人，' +
      '参加投票的选民1,516人，参选率75.8%，发出选票1,516张，收回选票1,512张，其中有效票1,500张，无效票12张，选举有效。\n' +
      `主任候选人叶建平得票${chair}票，当选为村民委员会主任。\n`;
    expect(alarms(text(980), true)).toEqual([]);
    expect(alarms(text(740), true)).toEqual(['ANNOUNCED_WINNER_MISMATCH 740/759']);
  });
});

describe('words of time that do introduce another vote’s figures', () => {
  it('keeps an earlier term named by its number apart from the notice’s own', () => {
    const text = (earlierVoters: string) =>
      '白马村第十三届村民委员会选举结果公告\n' +
      `第十二届村民委员会选举时，全村登记选民1,950人，参加投票的选民${earlierVoters}人，参选率87.2%。本届全村登记选民2,010人，` +
      '参加投票的选民1,780人，参选率88.6%，发出选票1,780张，收回选票1,776张，其中有效票1,760张，无效票16张，选举有效。\n' +
      '主任候选人沈卫东得票1,188票，当选为村民委员会主任。\n';
    expect(alarms(text('1,700'), true)).toEqual([]);
    expect(ruled(text('1,700'))).toContainEqual(['quorum', '参加投票的选民1,780人', true]);
    // The earlier term's share is still judged within its own counts.
    expect(alarms(text('1,600'), true)).toEqual(['ANNOUNCED_PERCENT_MISMATCH 87.2%/82.1%']);
  });

  it('takes no term of another body for an earlier term of the committee', () => {
    const cited = (chair: number) =>
      '石门村第十二届村民委员会选举结果公告\n根据《中华人民共和国村民委员会组织法》（2025年10月28日第十四届全国人民代表大会常务委员会' +
      '第十八次会议修正）的规定，石门村于2026年3月18日召开选举大会，选举产生第十二届村民委员会。\n' +
      '本村登记选民1862人，参加投票选民1704人，占登记选民的91.51%，选举有效。共发出选票1704张，收回选票1704张，其中有效票1689张，无效票15张。\n' +
      `主任候选人陈建国得票${chair}票，当选为村民委员会主任。\n`;
    expect(ruled(cited(1588))).toContainEqual(['winner-threshold', '陈建国得票1588票', true]);
    expect(alarms(cited(840), true)).toEqual(['ANNOUNCED_WINNER_MISMATCH 840/853']);
  });

  it('keeps the void election’s figures after 原选举中 apart from the repeat’s', () => {
    const text =
      '新塘村第十三届村民委员会重新选举结果公告\n原选举中，全村登记选民2,000人，参加投票的选民960人，参选率48.0%，未过半数，选举无效。\n' +
      '2026年4月12日重新选举，参加投票的选民1,516人，参选率75.8%，发出选票1,516张，收回选票1,512张，其中有效票1,500张，无效票12张，选举有效。\n' +
      '主任候选人叶建平得票980票，当选为村民委员会主任。\n';
    expect(alarms(text, true)).toEqual([]);
  });

  it('keeps a candidate’s votes of the last vote apart, and 当时 of a by-election’s notice', () => {
    const votes =
      '桂花村村民委员会委员补选结果公告\n上次选举中，全村登记选民1,650人，参加投票的选民1,480人，委员候选人潘丽（女）得票700票，未过半数，未能当选。\n' +
      '2026年9月6日，桂花村召开补选大会，补选村民委员会委员1名，登记选民1,632人，参加投票的选民1,010人，参选率61.9%，' +
      '发出选票1,010张，收回选票1,006张，其中有效票998张，无效票8张，选举有效。\n委员候选人潘丽（女）得票620票，当选为村民委员会委员。\n';
    expect(alarms(votes, true)).toEqual([]);
    const restated =
      '青石村村民委员会委员补选结果公告\n因原选举产生的委员周海涛辞职，2026年9月20日，青石村召开补选大会，补选村民委员会委员1名。' +
      '当时全村登记选民1,820人，参加投票1,604人；本次补选登记选民1,790人，参加投票的选民860人，发出选票860张，' +
      '收回选票860张，其中有效票852张，无效票8张，选举有效。\n委员候选人刘芳得票560票，当选为村民委员会委员。\n';
    // 860 of the by-election's own 1,790 is not more than half (896).
    expect(alarms(restated, true)).toContain('TURNOUT_BELOW_QUORUM 860/896');
  });
});
