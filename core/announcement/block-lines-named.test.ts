import { describe, expect, it } from 'vitest';
import { reportUnderPack } from './corpus/read-shapes.js';

// Written for these tests: invented villages and counts (as in corpus-written/fahead/r-02.txt), a
// township's notice of two villages, each block opened by its numbered name, its chair's ballots opened by
// 主任选票, its share of voters stated without naming the village again.

const TWO_VILLAGES = (eastShare: string, westInvalid: number) =>
  [
    '东坪村、西坪村村民委员会换届选举结果公告',
    '',
    `（一）东坪村本村登记选民1,350人，参加投票1,220人，参选率${eastShare}。主任选票发出1,220张，收回选票1,218张，其中有效票1,210张，无效票8张。张国强得票801票，当选为村民委员会主任。`,
    `（二）西坪村本村登记选民980人，参加投票902人，参选率92.04%。主任选票发出902张，收回选票900张，其中有效票896张，无效票${westInvalid}张。李明得票612票，当选为村民委员会主任。`,
    '',
    '青山镇人民政府',
    '2026年4月12日',
  ].join('\n');

const judgedLines = (text: string) => reportUnderPack(text, 'cn-village').announcement?.judged ?? [];
const BLOCKS = ['东坪村', '西坪村'];
const namesOf = (words: string) => BLOCKS.filter((name) => words.includes(name));

describe('the judged lines of a notice of two villages', () => {
  it('judge each of the second village’s ballot checks once, named by its village', () => {
    const lines = judgedLines(TWO_VILLAGES('90.37%', 4));
    const works = lines.map((line) => line.work.en);
    expect(new Set(works).size).toBe(works.length);
    expect(works.filter((work) => work.includes('make the 900 ballots returned'))).toEqual([
      '西坪村: 896 valid and 4 invalid make the 900 ballots returned: right',
    ]);
    expect(
      works.filter((work) => work.includes('900 ballots returned, no more than the 902 issued')),
    ).toEqual(['西坪村: 900 ballots returned, no more than the 902 issued: right']);
    expect(works.some((work) => work.includes('主任选票'))).toBe(false);
  });

  it('name each line’s village once, in both languages, the shares too', () => {
    const lines = judgedLines(TWO_VILLAGES('90.37%', 4));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      const own = line.span && line.span[0] < 128 ? '东坪村' : '西坪村';
      expect(line.work.zh.startsWith(`${own}：`), line.work.zh).toBe(true);
      expect(line.work.en.startsWith(`${own}: `), line.work.en).toBe(true);
      expect(namesOf(line.work.zh), line.work.zh).toEqual([own]);
      expect(line.work.zh.split(own).length, line.work.zh).toBe(2);
    }
    const shares = lines.filter((line) => line.text.startsWith('参选率')).map((line) => line.work.zh);
    expect(shares.map((work) => work.slice(0, 4))).toEqual(['东坪村：', '西坪村：']);
  });

  it('name the village of a finding in either block, once each, the verdicts unchanged', () => {
    const report = reportUnderPack(TWO_VILLAGES('90.73%', 5), 'cn-village');
    const wrong = report.findings.filter((finding) => finding.severity !== 'info');
    expect(wrong.map((finding) => finding.code).sort()).toEqual([
      'ANNOUNCED_PERCENT_MISMATCH',
      'ANNOUNCED_SUM_MISMATCH',
    ]);
    const share = wrong.find((finding) => finding.code === 'ANNOUNCED_PERCENT_MISMATCH')!;
    expect(share.messages.zh.startsWith('东坪村：')).toBe(true);
    expect(share.messages.en.startsWith('东坪村: ')).toBe(true);
    expect(share.message).toBe(share.messages.en);
    const sum = wrong.find((finding) => finding.code === 'ANNOUNCED_SUM_MISMATCH')!;
    expect(sum.messages.zh.startsWith('西坪村：')).toBe(true);
    expect(namesOf(sum.messages.zh)).toEqual(['西坪村']);
  });

  it('name a polling stations’ total of voters by its village in every block', () => {
    const text = [
      '青山镇村民委员会换届选举情况通报',
      '东湾村：登记选民1,206人。中心会场参加投票612人，流动票箱投票376人，合计988人。',
      '西岭村：登记选民934人。中心会场参加投票601人，流动票箱投票152人，合计753人。',
    ].join('\n');
    const lines = judgedLines(text).filter((line) => line.text.startsWith('合计'));
    expect(lines.length).toBe(4);
    for (const line of lines) {
      const own = line.text === '合计988人' ? '东湾村' : '西岭村';
      expect(line.work.zh.startsWith(`${own}：`), line.work.zh).toBe(true);
      expect(line.work.en.startsWith(`${own}: `), line.work.en).toBe(true);
    }
  });
});
