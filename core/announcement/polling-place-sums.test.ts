import { describe, expect, it } from 'vitest';
import { counts, findings, unread } from './corpus/read-shapes.js';

describe('ballots issued at each polling station, summed in the same sentence', () => {
  const NOTICE = (total: number) =>
    `本村登记选民2300人。第一投票站发出选票1020张，第二投票站发出选票700张，流动票箱发出选票95张，合计发出选票${total}张，收回选票1800张，有效票1790张，无效票10张。`;

  it('holds the stations and the mobile box to the ballots issued in all', () => {
    // 1020 + 700 + 95 = 1815.
    expect(findings(NOTICE(1815))).toEqual([]);
    expect(findings(NOTICE(1825))).toEqual([['ANNOUNCED_SUM_MISMATCH', '合计发出选票1825张']]);
  });

  it('no longer lists the stations summed as unread', () => {
    expect(unread(NOTICE(1815))).toEqual([]);
  });
});

describe('votes cast at each polling station, summed in the same sentence', () => {
  it('no longer lists the stations summed as unread', () => {
    const notice =
      '登记选民2300人。第一投票站参加投票1315人，第二投票站参加投票742人，流动票箱参加投票97人，合计参加投票2154人。';
    expect(findings(notice)).toEqual([]);
    expect(unread(notice)).toEqual([]);
  });
});

describe('each polling station’s own ballots, on a line of its own', () => {
  const NOTICE = (returned: number) =>
    `本次选举共设3个投票站，各投票站投票情况如下：\n\n第一投票站：发出选票451张，收回选票${returned}张；\n第二投票站：发出选票660张，收回选票653张；\n第三投票站（中心会场）：收回选票441张，发出选票446张；\n\n经选举委员会汇总，本社区登记选民2493人，共发出选票1557张，收回选票1539张，其中有效选票1530张，无效选票9张。`;

  it('flags a station that returned more ballots than it issued', () => {
    expect(findings(NOTICE(445))).toEqual([]);
    // The stations' 1549 returned are no longer the 1539 of the whole as well.
    expect(findings(NOTICE(455))).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '收回选票1539张'],
      ['ANNOUNCED_SUM_MISMATCH', '收回选票455张'],
    ]);
  });

  it('no longer lists the stations’ counts as unread', () => {
    expect(unread(NOTICE(445)).map(([text]) => text)).toEqual(['3']);
  });

  it('leaves a station unread when its line holds more than its two counts, or it is named twice', () => {
    const more =
      '第一投票站：发出选票451张，收回选票455张，有效票450张；\n第二投票站：发出选票660张，收回选票653张；\n共发出选票1111张。';
    expect(findings(more)).toEqual([]);
    const twice =
      '第一投票站：发出选票451张，收回选票455张；\n第二投票站：发出选票660张，收回选票653张；\n另行选举：\n第一投票站：发出选票300张，收回选票298张；';
    expect(findings(twice)).toEqual([]);
  });
});

describe('the stations’ own ballots summed by the notice’s total in a later paragraph', () => {
  const NOTICE = (count: string, returned: number) =>
    `本次选举共设${count}个投票站，各投票站投票情况如下：\n\n第一投票站：发出选票900张，收回选票896张；\n第二投票站：发出选票427张，收回选票422张；\n第三投票站：发出选票461张，收回选票458张；\n\n经选举委员会汇总，本社区登记选民2193人，共发出选票1788张，收回选票${returned}张，其中有效选票${returned - 32}张，无效选票32张。`;

  it('holds the stations to the ballots returned in all', () => {
    // 896 + 422 + 458 = 1776.
    expect(findings(NOTICE('3', 1776))).toEqual([]);
    expect(findings(NOTICE('3', 1766))).toEqual([['ANNOUNCED_SUM_MISMATCH', '收回选票1766张']]);
  });

  it('sums nothing when the stations counted are not the stations listed', () => {
    expect(findings(NOTICE('4', 1766))).toEqual([]);
    expect(findings(NOTICE('十三', 1766))).toEqual([]);
  });

  it('reads the count of stations in Chinese numerals, twelve as well as three', () => {
    expect(findings(NOTICE('三', 1766))).toEqual([['ANNOUNCED_SUM_MISMATCH', '收回选票1766张']]);
    const stations = '一二三四五六七八九十'.split('').concat(['十一', '十二']);
    // Twelve stations of 100 issued and 90 returned each: 1200 issued and 1080 returned in all.
    const notice = (returned: number) =>
      `本次选举共设十二个投票站，各投票站投票情况如下：\n\n${stations
        .map((name) => `第${name}投票站：发出选票100张，收回选票90张；`)
        .join('\n')}\n\n经选举委员会汇总，共发出选票1200张，收回选票${returned}张。`;
    expect(findings(notice(1080))).toEqual([]);
    expect(findings(notice(1070))).toEqual([['ANNOUNCED_SUM_MISMATCH', '收回选票1070张']]);
  });
});

describe('every word for a polling place is read the same way in both shapes', () => {
  // The one list of places: each word, as the first of three places, summed in its own sentence
  // (votes cast) and on lines of their own (ballots issued and returned, with 发放 and 回收).
  const WORDS = [
    '中心会场',
    '主会场',
    '第一分会场',
    '第一投票站',
    '第一投票点',
    '第一投票小组',
    '第一投票箱',
    '分会场',
    '流动票箱',
    '流动投票箱',
  ];
  const others = (word: string) =>
    word === '流动票箱' || word === '流动投票箱' ? ['第二投票站', '第三投票站'] : ['第二投票站', '流动票箱'];
  const sentence = (word: string, total: number) => {
    const [b, c] = others(word);
    return `登记选民2300人。${word}参加投票1020人，${b}参加投票700人，${c}参加投票95人，合计参加投票${total}人。`;
  };
  const lines = (word: string, returned: number) => {
    const [b, c] = others(word);
    return `${word}发放选票1022张，回收选票1020张；\n${b}发放选票701张，回收选票700张；\n${c}发放选票95张，回收选票95张；\n全村合计发放选票1818张，回收选票${returned}张。`;
  };

  it.each(WORDS)('sums %s with the other places in the total’s sentence', (word) => {
    // 1020 + 700 + 95 = 1815.
    expect(findings(sentence(word, 1815))).toEqual([]);
    expect(findings(sentence(word, 1825))).toEqual([['ANNOUNCED_SUM_MISMATCH', '合计参加投票1825人']]);
  });

  it.each(WORDS)('sums %s’s ballots issued and returned on lines of their own', (word) => {
    expect(findings(lines(word, 1815))).toEqual([]);
    expect(findings(lines(word, 1805))).toEqual([['ANNOUNCED_SUM_MISMATCH', '回收选票1805张']]);
  });
});

describe('polling places in a sentence that states another total', () => {
  it('sums the places after the registered voters stated before them in the sentence', () => {
    const notice = (total: number) =>
      `本村登记选民2300人，第一投票站参加投票1315人，第二投票站参加投票742人，流动票箱参加投票97人，合计参加投票${total}人。`;
    // 1315 + 742 + 97 = 2154.
    expect(findings(notice(2154))).toEqual([]);
    expect(unread(notice(2154))).toEqual([]);
    expect(findings(notice(2164))).toEqual([['ANNOUNCED_SUM_MISMATCH', '合计参加投票2164人']]);
  });

  it('still sums nothing when a count of votes that may be among the total stands before the places', () => {
    const notice =
      '委托投票100人，第一投票站参加投票1315人，第二投票站参加投票742人，流动票箱参加投票97人，合计参加投票2264人。';
    expect(findings(notice)).toEqual([]);
  });

  it('holds the places listed after 其中 to no more than the total', () => {
    const notice = (mobile: number) =>
      `本社区登记选民2488人，实际参加投票选民1301人，其中第一投票站688人，第二投票站540人，流动票箱${mobile}人，参选率52.3%。`;
    // 688 + 540 + 73 = 1301; whether these are all the places is not said, so a smaller sum is no error.
    expect(findings(notice(73))).toEqual([]);
    expect(findings(notice(60))).toEqual([]);
    expect(findings(notice(83))).toEqual([['ANNOUNCED_SUM_MISMATCH', '实际参加投票选民1301人']]);
  });

  it('reads nothing after 其中 when a place is counted in another way', () => {
    const notice =
      '本社区登记选民2488人，实际参加投票选民1301人，其中第一投票站发出选票688张，第二投票站540人，流动票箱83人。';
    expect(findings(notice)).toEqual([]);
  });
});

describe('a mobile box counted, not named', () => {
  const notice = (mobile: number) =>
    `本社区登记选民2488人，共设两个投票站和一个流动票箱，实际参加投票选民1301人，其中第一投票站688人，第二投票站540人，流动票箱${mobile}人，参选率52.3%。`;

  it('leaves the voters after it the whole election’s, not the box’s', () => {
    expect(counts(notice(73))).toEqual(['registered 2488', 'cast 1301']);
    expect(findings(notice(73))).toEqual([]);
    expect(findings(notice(83))).toEqual([['ANNOUNCED_SUM_MISMATCH', '实际参加投票选民1301人']]);
  });
});

describe('the venue and the mobile box on lines of their own beside numbered stations, summed later', () => {
  const NOTICE = (counted: string, returned: number) =>
    `本次选举${counted}，各投票点投票情况如下：\n\n中心会场：发出选票900张，收回选票896张；\n第一投票站：发出选票427张，收回选票422张；\n第二投票站：发出选票461张，收回选票458张；\n流动票箱：发出选票61张，收回选票61张；\n\n经选举委员会汇总，本社区登记选民2493人，共发出选票1849张，收回选票${returned}张，其中有效选票${returned - 30}张，无效选票30张。`;

  it('sums every place when each kind is counted as listed', () => {
    const counted = '共设1个中心会场、2个投票站和1个流动票箱';
    // 896 + 422 + 458 + 61 = 1837.
    expect(findings(NOTICE(counted, 1837))).toEqual([]);
    expect(findings(NOTICE(counted, 1847))).toEqual([['ANNOUNCED_SUM_MISMATCH', '收回选票1847张']]);
  });

  it('sums nothing when the places counted are not the places listed', () => {
    expect(findings(NOTICE('共设2个投票站', 1847))).toEqual([]);
    expect(findings(NOTICE('共设1个中心会场、2个投票站', 1847))).toEqual([]);
  });
});

describe('the voters of each place, then all of them named after their count', () => {
  const notice = (sub: string, total = '共有') =>
    `全村登记选民2,460人。本次选举设中心会场1个、分会场1个、流动票箱1个，中心会场投票1,206人，第一分会场投票${sub}人，流动票箱投票128人，${total}2,081名选民参加投票，选举有效。`;

  it('holds the places to the voters counted in 名 after them (共有2081名选民参加投票)', () => {
    // 1206 + 747 + 128 = 2081.
    expect(findings(notice('747'))).toEqual([]);
    expect(findings(notice('774'))).toEqual([['ANNOUNCED_SUM_MISMATCH', '2,081名选民参加投票']]);
    expect(findings(notice('774', '合计'))).toEqual([['ANNOUNCED_SUM_MISMATCH', '2,081名选民参加投票']]);
  });

  it('sums nothing when the places listed may not be all of them, or the count is not the voters', () => {
    // An unnumbered 分会场 beside two sub-venues counted: one of them, or both together?
    const two = notice('774').replace('分会场1个', '分会场2个').replace('第一分会场', '分会场');
    expect(findings(two)).toEqual([]);
    expect(findings(notice('774').replace('名选民参加投票', '名选民'))).toEqual([]);
  });
});
