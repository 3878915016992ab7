import { describe, expect, it } from 'vitest';
import { findings, reportUnderPack } from './corpus/read-shapes.js';

// Written for these tests: invented villages and counts, a township's notice of two villages each on one
// line opened by its (numbered) name, the line's later sentences never naming it again.

const TWO_VILLAGES = (westValid: number) =>
  [
    '关于东坪村、西坪村村民委员会换届选举结果的公告',
    '一、东坪村：本村登记选民1,350人，参加投票1,220人。主任选票发出1,220张，收回1,218张，其中有效票1,210张，无效票8张。张国强得票801票，当选为村民委员会主任。',
    `二、西坪村：本村登记选民980人，参加投票902人。主任选票发出902张，收回900张，其中有效票${westValid}张，无效票4张。李明得票612票，当选为村民委员会主任。`,
  ].join('\n');

const codes = (text: string) =>
  reportUnderPack(text, 'cn-village')
    .findings.filter((finding) => finding.severity !== 'info')
    .map((finding) => finding.code);

describe('a village named at the head of its line scopes the line’s later sentences', () => {
  it('never compares one village’s ballots with the other’s', () => {
    expect(findings(TWO_VILLAGES(896))).toEqual([]);
    expect(codes(TWO_VILLAGES(896))).toEqual([]);
  });

  it('reads the heading without its colon, without its number, and with 收回选票', () => {
    const bare = TWO_VILLAGES(896)
      .replace('东坪村：', '东坪村')
      .replace('西坪村：', '西坪村')
      .replaceAll('收回', '收回选票');
    expect(codes(bare)).toEqual([]);
    expect(codes(bare.replace('一、', '').replace('二、', ''))).toEqual([]);
    expect(codes(TWO_VILLAGES(896).replace('一、', '（一）').replace('二、', '（二）'))).toEqual([]);
    expect(codes(TWO_VILLAGES(896).replace('一、', '1.').replace('二、', '2.'))).toEqual([]);
  });

  it('still catches a village whose own ballots do not add up', () => {
    const report = reportUnderPack(TWO_VILLAGES(894), 'cn-village');
    const wrong = report.findings.filter((finding) => finding.severity !== 'info');
    expect(wrong.length).toBeGreaterThan(0);
    expect(wrong.map((finding) => finding.messages?.zh ?? finding.message).join('\n')).toContain('西坪村');
  });
});
