import { describe, expect, it } from 'vitest';
import { findings, reportUnderPack } from './corpus/read-shapes.js';

const TWO_VILLAGES = (westMember: number) =>
  [
    '关于东岗村、西岗村村民委员会选举结果的公告',
    '',
    '一、东岗村：登记选民1,124人，参加投票987人，参选率87.81%，有效票976张。主任黄立新得票812票，委员黄美英（女）得票755票，当选。',
    '',
    `二、西岗村：登记选民1,036人，参加投票902人，参选率87.07%，有效票891张。主任陈永强得票745票，委员陈秀兰（女）得票703票、林志明得票${westMember}票，均当选。`,
  ].join('\n');

describe('villages’ blocks opened by a number (一、东岗村：, （二）西岗村：, 3、田头村：)', () => {
  it('keeps each village’s chairs apart: their votes are never summed within one village’s ballots', () => {
    expect(findings(TWO_VILLAGES(664))).toEqual([]);
    const numbered = TWO_VILLAGES(664)
      .replace('一、东岗村', '（一）东岗村')
      .replace('二、西岗村', '（二）西岗村');
    expect(findings(numbered)).toEqual([]);
  });

  it('judges each village’s winner by its own voters', () => {
    const report = reportUnderPack(TWO_VILLAGES(434), 'cn-village');
    const winners = report.findings.filter((finding) => finding.code === 'ANNOUNCED_WINNER_MISMATCH');
    expect(winners.map((finding) => finding.messages?.zh ?? finding.message)).toEqual([
      expect.stringContaining('西岗村'),
    ]);
  });
});
