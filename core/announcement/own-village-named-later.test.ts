import { describe, expect, it } from 'vitest';
import { alarms, counts } from './corpus/read-shapes.js';
import { onlyVillageNamed } from './place-scope.js';

/**
 * A correction that opens on its own village unnamed (我村…发布的选举结果公告) and names the village only
 * with its counts further down: those are the notice's own counts, not a part of a wider place's. Every
 * number and name here is invented.
 */
describe('a notice that opens with 我村 and names its one village later', () => {
  const NOTICE = (votes: string) =>
    '更正说明\n\n' +
    '我村2026年4月2日发布的选举结果公告第二条中，委员“韩立新，得票698票”系笔误，正确为“韩立新，得票896票”。其余内容不变。\n\n' +
    '附更正后的选举结果：\n' +
    '柳湾村登记选民1,650人，参加投票1,422人，收回选票1,420张，有效票1,411张，无效票9张。\n' +
    `一、主任：贾晓东，得票1,177票；\n二、委员：韩立新，得票896票；朱秀梅（女），得票${votes}票。\n\n` +
    '柳湾村村民选举委员会\n2026年4月3日\n';

  it("judges the quorum by the village's own counts: none raised on the right text, under half caught", () => {
    expect(counts(NOTICE('1,054'))).toEqual(expect.arrayContaining(['registered 1650', 'cast 1422']));
    expect(alarms(NOTICE('1,054'), true)).toEqual([]);
    expect(alarms(NOTICE('1,054').replace('登记选民1,650人', '登记选民3,000人'), true)).not.toEqual([]);
  });

  it('takes one village named alone after 我村 or 本村 as the notice’s own, never one of two or a township', () => {
    expect(onlyVillageNamed('我村公告有误。柳湾村登记选民1650人。')).toBe('柳湾村');
    expect(onlyVillageNamed('本村公告有误。东岗村登记选民800人，西岭村登记选民700人。')).toBeNull();
    expect(onlyVillageNamed('我村公告有误。石桥镇柳湾村登记选民1650人。')).toBeNull();
    expect(onlyVillageNamed('公告有误。柳湾村登记选民1650人。')).toBeNull();
  });
});
