import { describe, expect, it } from 'vitest';
import { alarmsOf } from './corpus-written/written-sets.js';

const alarms = (text: string, rules?: string) =>
  alarmsOf('t.txt', new TextEncoder().encode(text), rules).map((f) => f.code);

describe('a share whose nearest whole is a part’s count', () => {
  it('leaves a turnout after polling stations’ registered voters unjudged, not flagged', () => {
    const text =
      '桂园社区居民委员会换届选举结果公告\n全社区共划分3个投票站，登记选民1,984人。\n第一投票站登记选民612人，投票531人；第二投票站登记选民874人，投票742人；第三投票站登记选民498人，投票407人；流动票箱投票38人。\n全社区参加投票1,718人，参选率86.6%。\n';
    expect(alarms(text, 'cn-residents')).toEqual([]);
  });
  it('leaves a township turnout after 其中 villages’ and communities’ registered voters unjudged', () => {
    const text =
      '石门镇换届选举工作报告\n全镇14个村、2个社区共登记选民27,935人，其中村登记选民24,106人、社区登记选民3,829人。参加投票24,372人，参选率87.2%。\n';
    expect(alarms(text)).toEqual([]);
  });
  it('still flags a turnout wrong of the one registered count the text states', () => {
    const text = '某社区居民委员会选举结果公告\n登记选民980人，参加投票742人，参选率75.8%。\n';
    expect(alarms(text, 'cn-residents')).toContain('ANNOUNCED_PERCENT_MISMATCH');
  });
});

describe('polling areas numbered 一片区, 第二片区', () => {
  const text = (total: string, share: string) =>
    `和平社区居民委员会选举结果公告\n和平社区采取户代表选举方式。全社区分三个片区设投票点：\n一片区登记户代表486户，参加投票402户；二片区登记户代表531户，参加投票447户；三片区登记户代表378户，参加投票312户。\n合计登记户代表1,395户，参加投票${total}户，参选率${share}%。\n聂桂英（女）1,003票，当选主任。\n`;
  it('reads each area’s households as that area’s, not the community’s', () => {
    expect(alarms(text('1,161', '83.2'), 'cn-residents:households')).toEqual([]);
  });
  it('still flags a wrong turnout of the total', () => {
    expect(alarms(text('1,161', '82.3'), 'cn-residents:households')).toContain('ANNOUNCED_PERCENT_MISMATCH');
  });
  it('so too for areas named by direction (东片区, 城西片区), and never a count of areas (三个片区)', () => {
    const named = (share: string) =>
      text('1,161', share)
        .replace('一片区', '东片区')
        .replace('二片区', '城西片区')
        .replace('三片区', '北片区');
    expect(alarms(named('83.2'), 'cn-residents:households')).toEqual([]);
    expect(alarms(named('82.3'), 'cn-residents:households')).toContain('ANNOUNCED_PERCENT_MISMATCH');
  });
});
