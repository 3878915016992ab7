import { describe, expect, it } from 'vitest';
import { alarms, judged, reportAlone, rows, unread } from './corpus/read-shapes.js';

/**
 * Residents' committee notices of the 2026 换届 in shapes observers meet: grid boxes, 居民代表 and
 * 居民小组长 elections, supervisory committees. Every number and name here is invented.
 */

describe('grid boxes named as boxes', () => {
  const gridBoxes =
    '金港社区登记选民2390人，参加投票2002人，占83.77%，选举有效。\n' +
    '第一网格投票箱收回选票688张（其中无效票5张），第二网格投票箱收回选票720张（其中无效票7张），' +
    '第三网格投票箱收回选票594张（其中无效票3张），共收回选票2002张，有效票1987张，无效票15张。\n' +
    '主任：伍美玲（女），得票1840票；委员：毕建国，得票1771票。';

  it('reads 共 after the last grid’s box as the whole community’s again', () => {
    expect(alarms(gridBoxes)).toEqual([]);
    expect(judged(gridBoxes)).toEqual(
      expect.arrayContaining([
        // The boxes' brackets are their own parts: 1987 valid and the whole's 15 invalid make the 2002.
        ['ballots', '共收回选票2002张', true],
        ['votes-within-ballots', '伍美玲（女），得票1840票', true],
      ]),
    );
  });
});

describe('grids listed with their ballots, no box named', () => {
  const grids = (whole: string) =>
    '金港社区登记选民2390人，参加投票2002人，占83.77%。' +
    `其中第一网格收回选票688张，第二网格收回选票720张，第三网格收回选票594张，${whole}` +
    '主任：伍美玲（女），得票1840票。';

  it('reads 共 after two or more numbered grids as no one grid’s, and raises nothing', () => {
    expect(alarms(grids('共收回选票2002张，有效票1987张，无效票15张。\n'))).toEqual([]);
    expect(judged(grids('共收回选票2002张，有效票1987张，无效票15张。\n'))).toEqual(
      expect.arrayContaining([['share', '占83.77%', true]]),
    );
  });

  it('still reads a grid’s own count stated twice as that grid’s', () => {
    expect(alarms('其中第一网格收回选票688张，第二网格收回选票720张，第二网格共收回选票700张。\n')).toContain(
      'ANNOUNCED_SUM_MISMATCH 700/720',
    );
  });
});

describe('one ballot paper for two committees', () => {
  it('reads no count, and no candidate, in 使用同一张选票', () => {
    const text =
      '本次选举由居民会议投票，使用同一张选票，分居民委员会、居务监督委员会两栏填写。\n' +
      '本社区登记选民1460人，参加投票1288人，发出选票1290张，收回选票1288张，有效票1270张，无效票18张。';
    expect(rows(text).filter((row) => row[0] === 'votes')).toEqual([]);
    expect(unread(text)).toEqual([]);
    expect(judged(text).map((row) => row[1])).not.toContain('使用同一张选票');
  });
});

describe('a 街道’s notice of several communities under a heading each', () => {
  const street = (votes: number) =>
    '滨江街道办事处关于各社区居民委员会选举结果的公告\n' +
    '一、江岸社区\n登记选民1820人，参加投票1544人，选举有效。发出选票1544张，收回选票1544张，有效票1530张，无效票14张。\n' +
    '主任：侯丽华（女），得票1402票；委员：段志明，得票1350票。\n' +
    '二、望江社区\n登记选民986人，参加投票801人，选举有效。发出选票801张，收回选票801张，有效票795张，无效票6张。\n' +
    `主任：龙海，得票740票；委员：贾东，得票${votes}票。\n` +
    '以上当选人员得票均超过本社区参加投票选民的半数，当选有效。';
  const rules = (text: string) =>
    reportAlone(text, true).findings.filter((finding) => finding.severity !== 'info');

  it('judges each community’s winners by its own voters and ballots', () => {
    expect(alarms(street(650))).toEqual([]);
    expect(rules(street(650))).toEqual([]);
    expect(judged(street(650))).toEqual(
      expect.arrayContaining([['votes-within-ballots', '贾东，得票650票', true]]),
    );
    expect(rules(street(350)).map((finding) => [finding.code, finding.found, finding.expected])).toEqual([
      ['ANNOUNCED_WINNER_MISMATCH', 350, 401],
    ]);
    expect(alarms(street(850))).toContain('ANNOUNCED_SUM_MISMATCH 850/795');
  });
});
