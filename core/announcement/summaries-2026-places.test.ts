import { describe, expect, it } from 'vitest';
import { findings, rows, unread, work } from './corpus/read-shapes.js';

/**
 * County summaries of the 2026 换届 that give a share of places counted after 其中, the places named
 * after their count (其中，57个村实现“一肩挑”，占85.1%). Every number is invented; every share is worked
 * with exact fractions.
 */

describe('places counted after 其中, named after their count', () => {
  // 57 of 67 is 85.074…% → 85.1%.
  const SUMMARY = (share: string) =>
    `日前，安福县67个村全部完成村“两委”换届。其中，57个村实现村党组织书记、村委会主任“一肩挑”，占${share}%。`;

  it('are some of the township’s places, and their share is of them', () => {
    expect(rows(SUMMARY('85.1'))).toContainEqual([
      'percent',
      'group 实现村党组织书记村委会主任“一肩挑”的村 / group 村',
      null,
      '85.1',
      '占85.1%',
    ]);
    expect(findings(SUMMARY('85.1'))).toEqual([]);
    expect(findings(SUMMARY('88.2'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占88.2%']]);
  });

  it('in the same clause as 其中', () => {
    const text = '全县67个村全部完成换届，其中57个村实现“一肩挑”，占85.1%。';
    expect(findings(text)).toEqual([]);
    expect(findings(text.replace('85.1', '82.1'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占82.1%']]);
  });

  it('leaves places counted after no 其中 the township’s count, their share unread', () => {
    const text = '全县共有67个村。57个村实现一肩挑，占85.1%。';
    expect(unread(text)).toEqual([['85.1%', 'no-base']]);
  });
});

describe('a table of townships’ registered voters and voters with a 参选率 column', () => {
  // 22162 of 26769 is 82.789…% → 82.79%; 13628 of 15027 is 90.690…% → 90.69%; 35790 of 41796 is
  // 85.630…% → 85.63%.
  const TABLE = (total = 41796, rate = '82.79') =>
    [
      '某县村民委员会选举选民登记及参选情况',
      '乡镇\t登记选民（人）\t参加投票（人）\t参选率',
      `石桥镇\t26769\t22162\t${rate}%`,
      '青山镇\t15027\t13628\t90.69%',
      `合计\t${total}\t35790\t85.63%`,
    ].join('\n');

  it('judges each row’s rate as its voters over its registered voters, and sums the columns', () => {
    expect(findings(TABLE())).toEqual([]);
    expect(rows(TABLE()).filter(([kind]) => kind === 'percent')).toHaveLength(3);
    expect(findings(TABLE(41796, '84.79'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '84.79%']]);
  });

  it('flags a 合计 the rows do not add up to', () => {
    // 26769 + 15027 = 41796, not 41806 (and 35790 of 41806 is 85.610…% → 85.61%, not 85.63%).
    expect(findings(TABLE(41806)).map(([code]) => code)).toContain('ANNOUNCED_SUM_MISMATCH');
  });

  it('leaves the rate unread when no column is plainly of the registered voters', () => {
    const text = ['乡镇\t选民总数\t参加投票\t参选率', '石桥镇\t26769\t22162\t82.79%'].join('\n');
    expect(unread(text)).toContainEqual(['82.79%', 'no-base']);
  });
});

describe('the whole county’s group named after groups of one town each', () => {
  const SUMMARY = (share: string) =>
    `白云县共有行政村126个、社区18个，全部按期完成换届。白云镇选出“两委”成员96名，其中女性24名，占25.0%；云台乡选出“两委”成员71名，其中女性19名，占26.8%。\n全县“两委”成员中，35岁以下187名，占${share}%。`;

  it('takes no town’s members for the county’s: the share of them is left unjudged, not flagged', () => {
    // 187 of the town's 71 would be 263.4 %; the county's own count is not stated before the share.
    expect(findings(SUMMARY('18.6'))).toEqual([]);
    expect(work(SUMMARY('18.6')).unjudged.map((figure) => [figure.text, figure.reason])).toEqual([
      ['占18.6%', 'counts-not-stated'],
    ]);
  });

  it('still judges each town’s share of its own members', () => {
    expect(findings(SUMMARY('18.6').replace('占26.8%', '占29.6%'))).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '占29.6%'],
    ]);
  });
});

describe('counts of the villages and of the communities listed as parts of a township’s count', () => {
  // 39572 of 43747 is 90.456…% → 90.5%; 32177 of 32707 is 98.379…% → 98.4%; 7395 of 11040 is 66.983…% → 67.0%.
  const TURNOUT = (community: string) =>
    '全镇登记选民43747人，其中村登记选民32707人、社区登记选民11040人；参加投票39572人，参选率90.5%。' +
    `其中，村参加投票32177人，参选率98.4%；社区参加投票7395人，参选率${community}%。`;
  const shares = (text: string) =>
    work(text)
      .judged.filter((judged) => judged.rule === 'share')
      .map((judged) => [judged.text, judged.right]);

  it('judges each turnout by its own place’s registered voters, the township’s after the list', () => {
    expect(findings(TURNOUT('67.0'))).toEqual([]);
    expect(shares(TURNOUT('67.0'))).toEqual([
      ['参选率90.5%', true],
      ['参选率98.4%', true],
      ['参选率67.0%', true],
    ]);
  });

  it('still flags a kind of place’s turnout its own counts contradict', () => {
    expect(findings(TURNOUT('69.0'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '参选率69.0%']]);
  });

  it('judges no count after ； by the whole when only one kind was listed before it', () => {
    // 其中，村登记选民32707人；参加投票30100人: the villages' 30100 (92.0 %) or the township's (68.8 %)?
    // 30100 of the communities' 11040 stated after it would be 272.6 %.
    const text =
      '全镇登记选民43747人。其中，村登记选民32707人；参加投票30100人，参选率92.0%。社区登记选民11040人；参加投票9472人，参选率85.8%。';
    expect(findings(text)).toEqual([]);
    expect(shares(text)).toEqual([['参选率85.8%', true]]);
  });

  it('judges no count after ， by the last kind when the clause listed two', () => {
    // 30689 of 36343 is 84.4 %, the township's; of the communities' 14113 it would be 217.5 %.
    const text =
      '全镇登记选民36343人，其中村登记选民22230人、社区登记选民14113人，参加投票30689人，参选率84.4%。';
    expect(findings(text)).toEqual([]);
    expect(shares(text)).toEqual([]);
  });

  it('judges a rate named by its kind of place by that kind’s counts alone', () => {
    // 16830 of 18700 is 90.0 %; 5022 of 6200 is 81.0 %. The villages' rate is not of the communities' 5022.
    const text =
      '全镇登记选民24900人，其中，村登记选民18700人、社区登记选民6200人。村参加投票16830人；社区参加投票5022人。村参选率90.0%，社区参选率81.0%。';
    expect(findings(text)).toEqual([]);
    expect(shares(text)).toEqual([['村参选率90.0%', true]]);
    // The villages' voters not stated: 村参选率 is judged by no other kind's 5022 (5022 of 18700 is 26.9 %).
    const unstated =
      '全镇登记选民24900人，其中村登记选民18700人、社区登记选民6200人；参加投票21852人，其中社区参加投票5022人。村参选率90.0%，社区参选率81.0%。';
    expect(findings(unstated)).toEqual([]);
    expect(shares(unstated).filter(([share]) => share === '村参选率90.0%')).toEqual([]);
  });

  it('judges a share of a base named by its kind of place by that kind’s counts alone', () => {
    // 1208 of the villages' 21330 is 5.7 %; of the communities' 6177 stated nearer it would be 19.6 %.
    const text =
      '全镇登记选民31800人，参加投票27507人，参选率86.5%。其中村参加投票21330人、社区参加投票6177人；村参加投票的选民中，委托投票1208人，占村参加投票人数的5.7%。';
    expect(findings(text)).toEqual([]);
    expect(shares(text)).toContainEqual(['占村参加投票人数的5.7%', true]);
  });

  it('leaves counts given respectively unread when a base is named for each', () => {
    // 13650 of 15300 is 89.2 %; 4161 of 5240 is 79.4 %.
    const text =
      '全镇登记选民20540人，其中村登记选民15300人、社区登记选民5240人。参加投票17811人，参选率86.7%，其中村参加投票13650人、社区参加投票4161人，分别占村、社区登记选民的89.2%、79.4%。';
    expect(findings(text)).toEqual([]);
    expect(shares(text)).toEqual([['参选率86.7%', true]]);
  });

  it('reads a sentence that opens with a bare kind and lists another after ； as listing kinds', () => {
    // 40799 of 45481 is 89.7 %; 14430 of 19931 is 72.4 %; 55229 of 65412 is 84.4 %.
    const text =
      '村登记选民45481人，参加投票40799人，参选率89.7%；社区登记选民19931人，参加投票14430人，参选率72.4%；全镇合计登记选民65412人，参加投票55229人，参选率84.4%。';
    expect(findings(text)).toEqual([]);
    expect(shares(text)).toEqual([
      ['参选率89.7%', true],
      ['参选率72.4%', true],
      ['参选率84.4%', true],
    ]);
  });

  it('judges no turnout of the villages by the township’s registered voters when theirs is not stated', () => {
    // 32177 of 43747 would be 73.6 %: the villages' own registered voters are not stated.
    const text = '全镇登记选民43747人，参加投票39572人，参选率90.5%。其中，村参加投票32177人，参选率98.4%。';
    expect(findings(text)).toEqual([]);
    expect(shares(text)).toEqual([['参选率90.5%', true]]);
  });
});

describe('places some of the township’s counted between its count and a share of its places', () => {
  // 215 of 227 is 94.713…% → 94.7%; of the 224 elected at once it would be 95.98…% (96.0%), of the 3 left over 7166.7%.
  const SUMMARY = (share: string) =>
    '全县应换届村（社区）227个，截至5月底已全部完成。224个村（社区）一次选举成功，另有3个村（社区）经另行选举选齐。' +
    `全县共选出“两委”成员1135名。书记、主任“一肩挑”215个，占${share}%。`;

  it('takes neither the places left over (另有) nor those something is said of for the township’s count', () => {
    expect(findings(SUMMARY('94.7'))).toEqual([]);
    expect(findings(SUMMARY('95.7'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占95.7%']]);
    expect(findings(SUMMARY('96.0'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占96.0%']]);
    const leftOverOnly = SUMMARY('94.7').replace('224个村（社区）一次选举成功，', '');
    expect(findings(leftOverOnly)).toEqual([]);
    expect(findings(leftOverOnly.replace('94.7', '95.7'))).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '占95.7%'],
    ]);
  });

  it('sums no places left over (其他) into a count of places stated before them', () => {
    // The other 6 of 7 communities, the 7 never counted as places before: 6 is no part of the 2 just named.
    const text =
      '成洲、新秀、泉淮3个社区采用直接选举，华丰、灯洲2个社区采用户代表选举，沉洲、灯星2个社区采用居民代表选举。' +
      '沉洲社区的选举日定在9月1日，其他6个社区定在9月2日。';
    expect(findings(text)).toEqual([]);
  });

  it('keeps places said to be all of them (全部) the township’s count, and leaves a share of places said after it unread', () => {
    // 62 of 67 is 92.53…% → 92.5%: “一肩挑” 62个 judged of the 67 that all completed, not of the 57.
    const text = '全县应换届村67个。67个村全部完成换届，57个村一次选举成功。“一肩挑”62个，占92.5%。';
    expect(findings(text)).toEqual([]);
    expect(findings(text.replace('92.5', '93.5'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占93.5%']]);
    expect(unread('全县应换届村67个。57个村实现一肩挑，占85.1%。')).toEqual([['85.1%', 'no-base']]);
  });
});
