import { describe, expect, it } from 'vitest';
import { findings, unread } from './corpus/read-shapes.js';

/**
 * The ballots of each polling place listed after 其中 once the whole's ballots are stated
 * (polling-place-sums.ts `boxBallotsAfter`; set `boxes3`), and a place's own count that no total plainly
 * sums, listed unread as such (`one-polling-place`). Every number and name here is invented.
 */

const head = '青山村登记选民1702人，参加投票1620人。';
const votes = '\n主任：张建国，得票1201票，当选。';

describe('the boxes after 其中 are parts of the whole’s ballots', () => {
  const afterValid = (centre = 1102) =>
    `${head}共发出选票1620张，收回选票1598张，有效票1590张，无效票8张。其中中心会场收回选票${centre}张，第一分会场收回选票321张，流动票箱收回选票175张。${votes}`;
  const bothMeasures = (mobileIssued = 185) =>
    `${head}共发出选票1620张，收回1598张。其中中心会场发出1110张、收回1102张，第一分会场发出325张、收回321张，流动票箱发出${mobileIssued}张、收回175张。有效票1590张，无效票8张。${votes}`;

  it('raises nothing where the boxes make the totals, and lists none of them unread', () => {
    expect(findings(afterValid())).toEqual([]);
    expect(findings(bothMeasures())).toEqual([]);
    expect(unread(afterValid()).filter(([, reason]) => reason !== 'not-a-name')).toEqual([]);
    expect(unread(bothMeasures()).filter(([, reason]) => reason !== 'not-a-name')).toEqual([]);
  });

  it('flags boxes that do not make the total', () => {
    expect(findings(afterValid(1112))).toEqual([['ANNOUNCED_SUM_MISMATCH', '收回选票1598张']]);
    expect(findings(bothMeasures(195))).toEqual([['ANNOUNCED_SUM_MISMATCH', '共发出选票1620张']]);
  });

  it('holds a list of some boxes only to no more than the total', () => {
    const some = (mobile: number) =>
      `青山村设中心会场1个、分会场2个、流动票箱1个。${head}共发出选票1620张，收回选票1598张。其中中心会场收回选票1102张，第一分会场收回选票321张，流动票箱收回选票${mobile}张。有效票1590张，无效票8张。${votes}`;
    expect(findings(some(98))).toEqual([]);
    expect(findings(some(198))).toEqual([['ANNOUNCED_SUM_MISMATCH', '收回选票1598张']]);
  });

  it('sums nothing where a box states no count or other words', () => {
    const unused = `${head}共发出选票1620张，收回选票1598张，有效票1590张，无效票8张。其中中心会场收回选票1277张，第一分会场收回选票521张，流动票箱未使用。${votes}`;
    expect(findings(unused)).toEqual([]);
  });
});

describe('a place’s own count that no total plainly sums', () => {
  it('is listed unread as one polling place’s, and nothing is summed', () => {
    const alone = `${head}共发出选票1620张，收回选票1598张，有效票1590张，无效票8张。中心会场收回选票1302张，第一分会场收回选票321张。${votes}`;
    expect(findings(alone)).toEqual([]);
    expect(unread(alone).filter(([, reason]) => reason !== 'not-a-name')).toEqual([
      ['1302', 'one-polling-place'],
      ['321', 'one-polling-place'],
    ]);
  });
});
