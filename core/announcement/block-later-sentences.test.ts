import { describe, expect, it } from 'vitest';
import { alarms, work } from './corpus/read-shapes.js';
import { readAnnouncementText } from './read-announcement-text.js';

// Written for these tests: invented townships, villages, communities and counts, in the shape of a
// township's summary whose village blocks run over several sentences.

/** Each check made, as its work in English. */
const checks = (text: string) =>
  work(text).judged.map((figure) => `${figure.right ? '✓' : '✗'} ${figure.work.en}`);

describe("a village block's sentences after its first: still that village's", () => {
  const stations = `柳河镇村民委员会换届选举结果汇总

西岭村：登记选民1,206人。东片投票站参加投票512人，西片投票站参加投票476人，合计988人，参选率81.92%。
南塘村：登记选民934人。中心会场参加投票601人，流动票箱参加投票152人，合计753人；流动票箱外另有委托投票31人，全村参加投票784人。
东湾村：登记选民1,480人。一组、二组在村委会会场投票，参加投票388人；其余各组在村小学投票。

柳河镇人民政府
2026年5月18日`;

  it("never takes one block's voters (全村参加投票784人) as a term of another block's turnout", () => {
    expect(alarms(stations, true)).toEqual([]);
    expect(checks(stations).some((line) => line.includes('65.0'))).toBe(false);
    // 西岭村's voters are its places' sum (合计988人): its turnout is judged by them (village-blocks-33.test.ts).
    expect(checks(stations)).toContain(
      '✓ 西岭村: 988 voters who cast a ballot out of 1,206 registered voters is 81.9237…%, which rounds to the 81.92% the notice states: right',
    );
  });

  it("scopes the later sentence's counts to the block, and the share to its place", () => {
    const read = readAnnouncementText(stations);
    // 西岭村's voters are its two places' sum (合计988人 = 512 + 476, 81.92% of 1,206); 南塘村's are the later
    // sentence's 全村参加投票784人, never its places' 合计753人 before the 31 by proxy.
    const cast = read.figures.flatMap((figure) =>
      figure.kind === 'count' && figure.meaning === 'cast' ? [[String(figure.value), figure.scope]] : [],
    );
    expect(cast).toEqual([
      ['988', '西岭村'],
      ['784', '南塘村'],
    ]);
    const share = read.figures.find((figure) => figure.kind === 'percent');
    expect(share?.kind === 'percent' && share.place).toBe('西岭村');
  });

  const villages = (nantang: string) => `青石乡村民委员会换届选举情况
西岭村：登记选民1,206人。全村参加投票988人，参选率81.92%。
南塘村：登记选民934人。全村参加投票784人，参选率${nantang}。
东湾村：登记选民1,480人。全村参加投票1,302人，参选率87.97%。
青石乡人民政府`;

  it("checks each block's turnout of its own counts, and never holds its voters as another's stated again", () => {
    expect(alarms(villages('83.94%'), true)).toEqual([]);
    expect(checks(villages('83.94%'))).toContain(
      '✓ 南塘村: 784 voters who cast a ballot out of 934 registered voters is 83.9400…%, which rounds to the 83.94% the notice states: right',
    );
  });

  it("catches a wrong turnout in a block's later sentence, of that block's register", () => {
    expect(alarms(villages('85.94%'), true)).toEqual(['ANNOUNCED_PERCENT_MISMATCH 85.94%/83.94%']);
  });

  it("ends the last block before a sentence of the summary's totals on its line", () => {
    const text = `桃源镇村民委员会换届选举投票情况
上庄村：登记选民1,206人。全村参加投票988人，参选率81.92%。
下庄村：登记选民934人。全村参加投票784人，参选率83.94%。
河口村：登记选民1,480人。全村参加投票1,302人，参选率87.97%。合计登记选民3,620人，参加投票3,074人，参选率84.92%。
桃源镇人民政府`;
    expect(alarms(text, true)).toEqual([]);
    const totals = readAnnouncementText(text).figures.filter(
      (figure) => figure.kind === 'count' && (figure.value === 3620n || figure.value === 3074n),
    );
    expect(totals.map((figure) => figure.kind === 'count' && (figure.scope ?? ''))).toEqual(['', '']);
  });

  it("reads a community's later sentences as that community's", () => {
    const text = (returned: string) => `云溪街道社区居民委员会换届选举情况
光明社区：登记选民2,410人。设中心投票站和两个流动票箱，全社区参加投票2,136人，参选率88.63%。
和平社区：登记选民1,872人。参加投票的选民共1,590人，参选率84.94%，发出选票1,590张，收回${returned}张。
云溪街道办事处`;
    expect(alarms(text('1,588'), true)).toEqual([]);
    expect(alarms(text('1,598'), true)).toContain('ANNOUNCED_SUM_MISMATCH 1598/1590');
  });
});
