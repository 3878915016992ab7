import { describe, expect, it } from 'vitest';
import { checkAnnouncementArithmetic } from './check-announcement-arithmetic.js';
import { findings, work } from './corpus/read-shapes.js';
import { readAnnouncementText } from './read-announcement-text.js';

/**
 * Forms of the 2026 township and county summaries (两委换届工作总结, 完成情况通报, 新闻稿): each with a
 * right text that raises nothing and a wrong figure that is caught where its base is certain. Every
 * number and name here is invented.
 */

/** The rules of the figures judged, as [rule, right]. */
const judgedRules = (text: string) => work(text).judged.map((judged) => [judged.rule, judged.right]);
/** The shares judged, as [text, right]. */
const shares = (text: string) =>
  work(text)
    .judged.filter((judged) => judged.rule === 'share')
    .map((judged) => [judged.text, judged.right]);

describe('a part named again with its total’s noun', () => {
  const text = (share: string) =>
    `梅山乡选举产生新一届村“两委”成员216名，其中留任139名、新进77名，新进成员占${share}。`;

  it('judges 新进成员 as the part 新进 of the members', () => {
    expect(findings(text('35.6%'))).toEqual([]);
    expect(shares(text('35.6%'))).toContainEqual(['新进成员占35.6%', true]);
  });

  it('flags it when wrong', () => {
    expect(findings(text('40.7%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '新进成员占40.7%']]);
  });

  it('takes no part whose total is of another noun', () => {
    // 女性 are of the 成员; 女性委员 are some of the 委员, whose count is not stated.
    const other = '全镇共选出村“两委”成员120名，其中女性30名。女性委员占20.0%。';
    expect(findings(other)).toEqual([]);
    expect(shares(other)).toEqual([]);
  });
});

describe('a rate named by what was said of the places just counted', () => {
  const text = (share: string) =>
    `白沙镇辖38个村，全部完成换届。全镇实现村党组织书记、村委会主任“一肩挑”的村35个，“一肩挑”比例为${share}。`;

  it('judges “一肩挑”比例 as the share of those villages', () => {
    expect(findings(text('92.1%'))).toEqual([]);
    expect(shares(text('92.1%'))).toEqual([['一肩挑”比例为92.1%', true]]);
  });

  it('flags it when wrong', () => {
    expect(findings(text('89.7%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '一肩挑”比例为89.7%']]);
  });

  it('takes no rate of something else said of the places', () => {
    const other = '白沙镇辖38个村。实现“一肩挑”的村35个，完成率为92.1%。';
    expect(shares(other)).toEqual([]);
  });
});

describe('the margin of candidates over seats (差额)', () => {
  const margin = (share: string) =>
    `全县应选村委会成员98名，经村民提名确定正式候选人129名，差额比例为${share}。`;

  it('judges 差额比例 as the candidates beyond the seats, of the seats', () => {
    expect(findings(margin('31.6%'))).toEqual([]);
    expect(shares(margin('31.6%'))).toEqual([['差额比例为31.6%', true]]);
  });

  it('flags a wrong margin', () => {
    expect(findings(margin('37.8%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '差额比例为37.8%']]);
  });

  it('judges the candidates as a share of the seats', () => {
    const ofSeats = (share: string) =>
      `全镇村委会应选成员64人，正式候选人83人，候选人数为应选人数的${share}，差额比例为29.7%。`;
    expect(findings(ofSeats('129.7%'))).toEqual([]);
    expect(findings(ofSeats('134.4%'))).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '候选人数为应选人数的134.4%'],
    ]);
  });

  it('judges nothing when the seats or candidates are not one exact count each', () => {
    const two = '主任应选1名、候选人2名，委员应选4名、候选人6名，差额比例为40.0%。';
    expect(findings(two)).toEqual([]);
    expect(shares(two)).toEqual([]);
    const approximate = '应选村委会成员约98名，正式候选人129名，差额比例为37.8%。';
    expect(findings(approximate)).toEqual([]);
    const bound = '应选村委会成员98名，正式候选人129名，差额比例达到20%以上。';
    expect(findings(bound)).toEqual([]);
    expect(shares(bound)).toEqual([]);
  });
});

describe('villages and communities counted before the count of both', () => {
  const text = (both: number) =>
    `平川镇辖15个村、3个社区，共${both}个村（社区）。截至3月31日，全部完成换届。一肩挑的村（社区）17个，占94.4%。`;

  it('sums them: right when the count of both is their sum', () => {
    expect(findings(text(18))).toEqual([]);
    expect(judgedRules(text(18))).toContainEqual(['partition', true]);
  });

  it('flags a count of both that is not their sum', () => {
    expect(findings(text(19))).toContainEqual(['ANNOUNCED_SUM_MISMATCH', '共19个村（社区）']);
  });
});

describe('a wrong share of places is told in places', () => {
  it('counts villages in 个, not in 人', () => {
    const text = '全镇共18个村（社区）。一肩挑的村（社区）17个，占89.5%。';
    const [finding] = checkAnnouncementArithmetic(readAnnouncementText(text), 'zh');
    expect(finding?.messages.zh).toContain('17个占村（社区）18个');
  });
});

describe('levels of schooling that cover every level', () => {
  const text = (middle: number) =>
    `全镇共选出村“两委”成员214名，其中大专及以上学历117名，占比54.7%，高中（中专）学历${middle}名，初中及以下学历26名。`;

  it('sums them against their total, in the order written (highest first)', () => {
    expect(findings(text(71))).toEqual([]);
    expect(judgedRules(text(71))).toContainEqual(['partition', true]);
  });

  it('flags levels that do not add up to the total', () => {
    expect(findings(text(61))).toContainEqual(['ANNOUNCED_SUM_MISMATCH', '全镇共选出村“两委”成员214名']);
  });

  it('reads levels under a heading word (文化程度：初中及以下20人), lowest first', () => {
    const heading = (top: number) =>
      `共选出村委会成员96人。文化程度：初中及以下20人，高中（中专）41人，大专及以上${top}人。`;
    expect(judgedRules(heading(35))).toContainEqual(['partition', true]);
    expect(findings(heading(36))).toContainEqual(['ANNOUNCED_SUM_MISMATCH', '共选出村委会成员96人']);
  });

  it('sums no levels that leave one out or overlap', () => {
    const gap = '全镇共选出成员214名，其中大专及以上117名，初中及以下26名。';
    expect(judgedRules(gap).filter(([rule]) => rule === 'partition')).toEqual([]);
    const overlap = '全镇共选出成员214名，其中大专及以上117名，本科45名，高中及以下97名。';
    expect(findings(overlap)).toEqual([]);
    expect(judgedRules(overlap).filter(([rule]) => rule === 'partition')).toEqual([]);
  });
});
