import { describe, expect, it } from 'vitest';
import { alarms, judged } from './corpus/read-shapes.js';

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
