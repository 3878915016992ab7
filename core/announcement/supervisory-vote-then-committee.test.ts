import { describe, expect, it } from 'vitest';
import { alarms, judged } from './corpus/read-shapes.js';
import { committeeClauseAfterMark, firstCommitteeClause } from './committee-after-mark.js';

/**
 * A township summary in blocks, a block opening with the supervisory committee chosen by the representatives'
 * meeting and going on, after `；` in the same sentence, with the committee's own election: the counts after
 * the mark are the committee's, not the other body's named before it (before, 有效票860张 was flagged as
 * 有效票29张 stated again). Every number and name here is invented.
 */
const summary = (dongwan: string) =>
  '青松镇第十二届村民委员会换届选举情况通报\n' +
  '全镇3个村于2026年5月9日同日选举。\n' +
  `东湾村：村务监督委员会由村民代表会议选举产生，到会村民代表31人，有效票29张；${dongwan}\n` +
  '西岭村：村务监督委员会由村民代表会议选举产生，到会村民代表25人，有效票24张；本次换届选举参加投票640人，有效票631张，无效票9张，吴丽得票520票，当选主任。\n' +
  '南塘村：登记选民1,190人，参加投票1,010人，有效票998张，无效票12张，郑强得票812票，当选主任。\n' +
  '青松镇人民政府\n';

describe('the supervisory vote, then the committee’s counts after ；', () => {
  it('does not take the committee’s valid ballots for the other body’s stated again', () => {
    const text = summary('选举参加投票876人，有效票860张，无效票16张，周明远得票702票，当选主任。');
    expect(alarms(text)).toEqual([]);
    expect(alarms(text, true)).toEqual([]);
    expect(judged(text).filter(([rule]) => rule === 'stated-twice')).toEqual([]);
  });
  it('catches the committee’s valid ballots stated again wrong after the mark, the other body’s keyed apart', () => {
    const text = summary(
      '选举参加投票876人，有效票860张，无效票16张，有效票共866张，周明远得票702票，当选主任。',
    );
    expect(judged(text).filter(([rule]) => rule === 'stated-twice')).toEqual([
      ['stated-twice', '有效票共866张', false],
    ]);
    expect(alarms(text, true)).toEqual(['ANNOUNCED_SUM_MISMATCH 866/860']);
  });

  it('reads each block opening with the supervisory vote as a block, its account after the mark judged', () => {
    const text = summary('选举参加投票876人，有效票860张，无效票16张，周明远得票702票，当选主任。');
    const ballots = judged(text).filter(([rule]) => rule === 'ballots');
    expect(ballots).toContainEqual(['ballots', '选举参加投票876人', true]);
    expect(ballots).toContainEqual(['ballots', '本次换届选举参加投票640人', true]);
    // 周明远's 702 votes are the committee's, judged against its own 860 valid ballots.
    expect(judged(text)).toContainEqual(['votes-within-ballots', '周明远得票702票', true]);
  });

  it('catches a wrong account after the mark where the villagers elect the supervisory committee directly', () => {
    const block = (valid: string) =>
      '龙泉镇第十二届村民委员会换届选举情况通报\n' +
      `龙头村：村务监督委员会由村民会议选举产生，参加投票1,020人，有效票1,011张，无效票9张，林卫东得票806票，当选村务监督委员会主任；选举参加投票1,020人，有效票${valid}张，无效票12张，黄志强得票790票，当选村民委员会主任。\n` +
      '龙尾村：登记选民1,102人，参加投票884人，有效票876张，无效票8张，郭海燕得票655票，当选主任。\n';
    // The supervisory vote's 1,011 valid ballots are never the committee's 1,008 stated again.
    expect(alarms(block('1,008'), true)).toEqual([]);
    expect(alarms(block('1,018'), true)).toHaveLength(1);
  });

  it('compares no count after a bare ； (no election named) with the other body’s before it', () => {
    const text = summary('参加投票876人，有效票860张，无效票16张，周明远得票702票，当选主任。');
    expect(alarms(text, true)).toEqual([]);
    expect(judged(text).filter(([rule]) => rule === 'stated-twice')).toEqual([]);
  });

  it('keeps the committee’s counts after ；村委会选举 apart as before', () => {
    const text = summary('村委会选举参加投票876人，有效票860张，无效票16张。');
    expect(alarms(text)).toEqual([]);
  });

  it('reads a residents’ block the same way', () => {
    const text =
      '城东街道第十二届社区居民委员会换届选举情况通报\n' +
      '花园社区：居务监督委员会由居民代表会议选举产生，到会居民代表41人，有效票40张；选举参加投票2,310人，有效票2,281张，无效票29张。\n' +
      '新村社区：登记选民2,950人，参加投票2,402人，有效票2,380张，无效票22张。\n';
    expect(alarms(text)).toEqual([]);
  });
});

describe('the committee’s own clause after a mark closing another body’s vote', () => {
  const opening = '村务监督委员会由村民代表会议选举产生，到会村民代表31人，有效票29张；';
  it('opens with the election and its counts', () => {
    for (const clause of [
      '选举参加投票876人',
      '本次换届选举参加投票640人',
      '村委会选举参加投票990人',
      '居委会选举参加投票1,864人',
      '同日进行居民委员会换届选举，登记选民2,860人',
    ])
      expect(committeeClauseAfterMark(`${opening}${clause}`)).toBe(opening.length);
  });

  it('is no clause that goes on with the other body’s vote, nor one after the committee’s own', () => {
    for (const clause of [
      '选举产生村务监督委员会成员3名',
      '选举李华为主任，得票30票',
      '选举结果：吴芳得票25票',
      '参加投票876人',
      '同日选举村务监督委员会，参加投票876人',
    ])
      expect(committeeClauseAfterMark(`${opening}${clause}`)).toBe(-1);
    // A sentence all about the committee has no such mark.
    expect(firstCommitteeClause('村委会选举参加投票876人，有效票860张；选举参加投票876人')).toBe(-1);
  });
});
