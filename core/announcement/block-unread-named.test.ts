import { describe, expect, it } from 'vitest';
import { reportUnderPack } from './corpus/read-shapes.js';

// Written for these tests: invented villages and counts (as in corpus-written/blocks35/r-01.txt), a
// township's notice of two villages with the same counts, each block stating its women members and its
// polling places' ballots with no 合计 tying them to a total (with one, they are summed and checked:
// places-ballots-summed.test.ts), so that they stay unread.

const BLOCK = (number: string, name: string, chair: string, women: number) =>
  `${number}、${name}：登记选民1,206人，参加投票1,203人，有效票1,190张，无效票13张。${chair}得票812票，当选为村民委员会主任。选出委员4人，其中妇女委员${women}人。中心会场收回选票827张，流动票箱收回选票376张。`;

const TWO_VILLAGES = (westWomen = 1, after = '') =>
  [
    '青山镇第十二届村民委员会换届选举结果公告',
    BLOCK('一', '东湾村', '王建国', 1),
    BLOCK('二', '西岭村', '李明', westWomen),
    ...(after === '' ? [] : [after]),
    '青山镇人民政府',
    '2026年5月12日',
  ].join('\n');

const report = (text: string) => reportUnderPack(text, 'cn-village');
const WEST_FROM = (text: string) => text.indexOf('二、西岭村');
const ownBlock = (text: string, at: number | undefined) =>
  at !== undefined && at >= WEST_FROM(text) ? '西岭村' : '东湾村';

describe('the figures not judged in a notice of several villages’ blocks', () => {
  it('name each unread number by the village whose block holds it, in both languages and as a field', () => {
    const text = TWO_VILLAGES();
    const unread = report(text).announcement?.unread ?? [];
    expect(unread.map((figure) => figure.text)).toEqual(['827', '376', '827', '376']);
    for (const figure of unread) {
      const own = ownBlock(text, figure.span?.[0]);
      expect(figure.place).toBe(own);
      expect(figure.work.zh.startsWith(`${own}：`), figure.work.zh).toBe(true);
      expect(figure.work.en.startsWith(`${own}: `), figure.work.en).toBe(true);
    }
    expect(unread[1]?.work.en).toMatch(
      /^东湾村: is one polling place's, venue's or the mobile box's own count/,
    );
  });

  it('name each UNREAD_FIGURE note by its block’s village, the message in the report’s language too', () => {
    const text = TWO_VILLAGES();
    const notes = report(text).findings.filter((finding) => finding.code === 'UNREAD_FIGURE');
    expect(notes).toHaveLength(4);
    for (const note of notes) {
      const own = ownBlock(text, note.where?.span?.[0]);
      expect(note.messages.zh.startsWith(`${own}：公告中的数字`), note.messages.zh).toBe(true);
      expect(note.messages.en.startsWith(`${own}: the notice's number`), note.messages.en).toBe(true);
      expect(note.message).toBe(note.messages.en);
    }
  });

  it('name a judged figure that no place was read for (妇女委员1人) by its block, and its finding', () => {
    const text = TWO_VILLAGES();
    const women = (report(text).announcement?.judged ?? []).filter((line) => line.text === '妇女委员1人');
    expect(women.map((line) => line.work.zh)).toEqual([
      '东湾村：妇女委员1人，不多于委员4人：正确',
      '西岭村：妇女委员1人，不多于委员4人：正确',
    ]);
    const wrong = report(TWO_VILLAGES(5)).findings.filter((finding) => finding.severity !== 'info');
    expect(wrong.map((finding) => finding.code)).toEqual(['ANNOUNCED_SUM_MISMATCH']);
    expect(wrong[0]?.messages.zh.startsWith('西岭村：'), wrong[0]?.messages.zh).toBe(true);
    expect(wrong[0]?.messages.en.startsWith('西岭村: '), wrong[0]?.messages.en).toBe(true);
  });

  it('leave a figure after the blocks, on a line of its own, unnamed', () => {
    const text = TWO_VILLAGES(1, '两村共设流动票箱2个，平均每村1个。');
    const unread = report(text).announcement?.unread ?? [];
    const after = unread.filter((figure) => (figure.span?.[0] ?? 0) > text.indexOf('两村共设'));
    expect(after.length).toBeGreaterThan(0);
    for (const figure of after) {
      expect(figure.place).toBeUndefined();
      expect(figure.work.zh.startsWith('东湾村') || figure.work.zh.startsWith('西岭村')).toBe(false);
    }
  });

  it('name a group called as another block’s village by the block it stands in', () => {
    const text = [
      '红星镇村民委员会换届选举情况',
      '东湾村：登记选民1,206人，参加投票1,090人，参选率90.38%。其中西岭组流动票箱收回选票118张，另有委托投票约30人。',
      '西岭村：登记选民934人，参加投票812人，参选率86.94%。其中东湾组流动票箱收回选票96张，另有委托投票约20人。',
    ].join('\n');
    const section = report(text).announcement;
    const unread = section?.unread ?? [];
    expect(unread.length).toBeGreaterThan(0);
    for (const figure of unread) expect(figure.place).toBe(ownBlock2(text, figure.span?.[0]));
    expect(report(text).findings.filter((finding) => finding.severity !== 'info')).toEqual([]);
  });

  it('give no place in a notice of one village', () => {
    const text = ['东湾村村民委员会换届选举结果公告', BLOCK('一', '东湾村', '王建国', 1)].join('\n');
    const section = report(text).announcement;
    expect(section?.unread.length).toBeGreaterThan(0);
    for (const figure of section?.unread ?? []) {
      expect(figure.place).toBeUndefined();
      expect(figure.work.zh.startsWith('东湾村：')).toBe(false);
    }
  });
});

const ownBlock2 = (text: string, at: number | undefined) =>
  at !== undefined && at >= text.indexOf('西岭村：登记') ? '西岭村' : '东湾村';

// Written for these tests: blocks opened by the village's name in lenticular brackets (as in
// corpus-written/blocks35/r-06.txt), the township's totals after them.
const BRACKETED = (westShare: string, totalVoters: string) =>
  [
    '青山镇村民委员会换届选举情况通报',
    '全镇3个村于2026年5月9日同日选举。',
    '【东湾村】登记选民1,206人，参加投票1,090人，参选率90.38%。',
    `【西岭村】登记选民934人，参加投票812人，参选率${westShare}。`,
    '【南塘村】登记选民934人，参加投票812人，参选率86.94%。',
    `全镇合计：登记选民3,074人，参加投票${totalVoters}人。`,
  ].join('\n');

describe('blocks opened by a village’s name in lenticular brackets (【西岭村】登记选民…)', () => {
  it('read each as its village’s block: its voters held to its own register, its lines named by it', () => {
    const judged = (report(BRACKETED('86.94%', '2,714')).announcement?.judged ?? []).map(
      (line) => line.work.en,
    );
    expect(judged).toContain('东湾村: 1,090 voters, no more than the 1,206 registered: right');
    expect(judged).toContain('西岭村: 812 voters, no more than the 934 registered: right');
    expect(judged.filter((line) => line.includes('make the 2,714 of the total: right'))).toHaveLength(1);
    expect(report(BRACKETED('86.94%', '2,714')).findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('sum the totals after them, and name a wrong share by its block', () => {
    const sum = report(BRACKETED('86.94%', '2,741')).findings.filter((f) => f.severity !== 'info');
    expect(sum.map((finding) => finding.code)).toEqual(['ANNOUNCED_SUM_MISMATCH']);
    const share = report(BRACKETED('86.49%', '2,714')).findings.filter((f) => f.severity !== 'info');
    expect(share.map((finding) => finding.code)).toEqual(['ANNOUNCED_PERCENT_MISMATCH']);
    expect(share[0]?.messages.zh.startsWith('西岭村：'), share[0]?.messages.zh).toBe(true);
  });
});
