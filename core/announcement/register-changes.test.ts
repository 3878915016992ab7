import { describe, expect, it } from 'vitest';
import { alarms, unread, work } from './corpus/read-shapes.js';

/**
 * The reasons a register of voters changed, in brackets right after the change (新增选民52人（年满18周岁38人，
 * 迁入14人）): they make the change up exactly; after 其中 or before 等, no more than it
 * (docs/announcement.md, “Totals and parts”). Invented numbers.
 */

const notice = (added: string, struck: string) =>
  [
    '柳塘村第十二届村民委员会选举结果公告',
    `本村于2026年3月20日进行村民委员会换届选举。本次选民登记新增选民52人（${added}），删除选民46人（${struck}），本届登记选民2306人。`,
    '参加投票1920人，参选率83.3%。发出选票1920张，收回选票1918张，其中有效票1901张，无效票17张。选举有效。',
  ].join('\n');

/** The partitions judged, as [total, right]. */
const partitions = (text: string) =>
  work(text)
    .judged.filter((judged) => judged.rule === 'partition')
    .map((judged) => [judged.text, judged.right]);

describe('the reasons of a register’s changes in brackets', () => {
  it('sums the reasons of the voters added and of those struck off', () => {
    const right = notice('年满18周岁38人，迁入14人', '死亡33人，迁出13人');
    expect(alarms(right)).toEqual([]);
    expect(partitions(right)).toEqual([
      ['本次选民登记新增选民52人', true],
      ['删除选民46人', true],
    ]);
  });

  it('flags reasons that do not make the change up', () => {
    expect(alarms(notice('年满18周岁38人，迁入14人', '死亡45人，迁出3人'))).toEqual([
      'ANNOUNCED_SUM_MISMATCH 48/46',
    ]);
    expect(alarms(notice('年满十八周岁的40人，户籍迁入的14人', '死亡33人，迁出13人'))).toEqual([
      'ANNOUNCED_SUM_MISMATCH 54/52',
    ]);
  });

  it('takes reasons after 其中 or before 等 as some of the change only', () => {
    // 38 + 10 is less than 52: others were added for reasons not listed.
    expect(alarms(notice('其中年满18周岁38人，迁入10人', '死亡30人，迁出10人等'))).toEqual([]);
    expect(alarms(notice('其中年满18周岁38人，迁入20人', '死亡33人，迁出13人'))).toEqual([
      'ANNOUNCED_SUM_MISMATCH 58/52',
    ]);
  });

  it('sums the reasons of a 减少 the reader takes for a change against the last term', () => {
    const text = (moved: string) =>
      `选民登记中，新增选民87名（年满十八周岁的61名，户籍迁入的26名），减少选民40名（死亡28名，户籍迁出${moved}名），登记选民总数1685名。`;
    expect(alarms(text('12'))).toEqual([]);
    expect(partitions(text('12'))).toContainEqual(['减少选民40名', true]);
    // Judged now, so no longer listed unread as a change.
    expect(unread(text('12'))).not.toContainEqual(['40', 'change']);
    expect(alarms(text('22'))).toEqual(['ANNOUNCED_SUM_MISMATCH 50/40']);
  });

  it('sums no bracket holding a part of another kind or another measure word', () => {
    // 女性 may be of any reason: the parts overlap.
    expect(partitions(notice('年满18周岁38人，女性30人', '死亡33人，迁出13户'))).toEqual([]);
    // A voter added never died: no reason of the change's own direction.
    expect(partitions(notice('年满18周岁38人，死亡14人', '死亡33人，迁入13人'))).toEqual([]);
  });
});

describe('a register’s balance: the last term’s voters, those added and struck off, this term’s', () => {
  const text = (now: string, between = '') =>
    `东岭村于2026年4月10日进行村民委员会选举。上届选民2300人，本届新增52人，${between}删除46人，本届选民${now}人。参加投票1888人，收回选票1888张。`;
  const calculations = (notice: string) =>
    work(notice)
      .judged.filter((judged) => judged.rule === 'calculation')
      .map((judged) => judged.right);

  it('judges this term’s voters as the last term’s, with those added, without those struck off', () => {
    expect(alarms(text('2306'))).toEqual([]);
    expect(calculations(text('2306'))).toEqual([true]);
    expect(alarms(text('2316'))).toEqual(['ANNOUNCED_SUM_MISMATCH 2316/2306']);
    // Struck off before added: the same balance.
    const swapped = text('2306').replace('本届新增52人，删除46人', '删除46人，新增52人');
    expect(calculations(swapped)).toEqual([true]);
  });

  it('works out nothing when anything else stands between the four', () => {
    expect(calculations(text('2316', '其中迁入14人，'))).toEqual([]);
    expect(calculations(text('2316').replace('删除46人', '新增46人'))).toEqual([]);
    expect(calculations(text('2316').replace('本届选民2316人', '本届选民2316户'))).toEqual([]);
  });
});
