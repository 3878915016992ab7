import { describe, expect, it } from 'vitest';
import { alarms, judged, unread } from './corpus/read-shapes.js';
import { normalizeText } from './normalize-text.js';
import { rateNotes } from './rate-note.js';

/** Invented notices: a note stating what every candidate's 得票率 is of. */

const bases = (text: string) => rateNotes(normalizeText(text)).map((note) => note.base);
const shares = (text: string) =>
  judged(text).flatMap(([rule, words, right]) => (rule === 'share' ? [[words, right]] : []));

/** 1320 voters, 1318 ballots returned, 1296 valid: a share right of one is wrong of another. */
const COUNTS = '全村登记选民1500人，实际参加投票1320人，收回选票1318张，有效票1296张，无效票22张。\n';
/** 1100 and 900 of the 1320 voters. */
const OF_VOTERS = '主任：陈国 得票1100票 得票率83.33%\n委员：李四 得票900票 得票率68.18%\n';

describe('a note stating the base of the candidates’ shares', () => {
  it('is read in the shapes notices write it', () => {
    expect(bases('注：得票率=得票数÷有效票数×100%')).toEqual(['valid']);
    expect(bases('主任 易志\n（得票率按参加投票人数计算）')).toEqual(['cast']);
    expect(bases('*得票率以实际参加投票选民数为基数')).toEqual(['cast']);
    expect(bases('说明：本公告中得票率均按有效票计算。')).toEqual(['valid']);
    expect(bases('注：得票率＝得票数／参加投票人数×１００％')).toEqual(['cast']);
    expect(bases('备注：得票率=（得票数/收回选票数）×100%。')).toEqual(['returned']);
    expect(bases('注：得票率=得票数÷登记选民数×100%')).toEqual(['registered']);
    expect(bases('（得票率以登记选民数为基数）')).toEqual(['registered']);
    expect(bases('注：得票率以户代表总数为基数计算')).toEqual(['other']);
  });

  it('is no note where a share or other words stand with it', () => {
    expect(bases('主任得票率按有效票计算为83.8%。')).toEqual([]);
    expect(bases('易志得票率以有效票为基数计算。')).toEqual([]);
    expect(bases('得票率=得票数÷有效票数×100%=83.8%')).toEqual([]);
    expect(bases('（参选率=参加投票人数÷登记选民数×100%）')).toEqual([]);
  });

  it('judges every share of its base: right of the voters, though wrong of the valid ballots', () => {
    const text = `${COUNTS}${OF_VOTERS}（得票率按参加投票人数计算）`;
    expect(shares(text)).toEqual([
      ['得票率83.33%', true],
      ['得票率68.18%', true],
    ]);
    expect(alarms(text, true)).toEqual([]);
  });

  it('flags a share right of the valid ballots but wrong of the voters it names', () => {
    const text = `${COUNTS}${OF_VOTERS.replace('68.18%', '69.44%')}（得票率按参加投票人数计算）`;
    expect(alarms(text, true)).toEqual(['ANNOUNCED_PERCENT_MISMATCH 69.44%/68.18%']);
  });

  it('leaves the shares unread when the notice states no count of the base it names', () => {
    // 1450 and 1021 of 1700 valid ballots the notice never states; of the 1760 voters they are wrong.
    const text =
      '东坡村登记选民2000人，参加投票1760人。\n主任 何东 得票1450 得票率85.29%\n副主任 宋玲 得票1021 得票率60.06%\n' +
      '注：得票率=得票数÷有效票数×100%';
    expect(alarms(text, true)).toEqual([]);
    expect(unread(text)).toEqual([
      ['85.29%', 'named-base'],
      ['60.06%', 'named-base'],
      ['100%', 'in-expression'],
    ]);
  });

  it('leaves the shares unread when it names a base that is no count the reader knows', () => {
    const text = `${COUNTS}${OF_VOTERS}注：得票率以户代表总数为基数计算`;
    expect(unread(text)).toEqual([
      ['83.33%', 'named-base'],
      ['68.18%', 'named-base'],
    ]);
  });

  it('leaves the shares unread when two notes name different bases', () => {
    const text = `${COUNTS}${OF_VOTERS}注：得票率按有效票计算。\n*得票率以参加投票人数为基数`;
    expect(unread(text)).toEqual([
      ['83.33%', 'ambiguous-base'],
      ['68.18%', 'ambiguous-base'],
    ]);
  });

  it('reads the shares after votes in brackets of its base', () => {
    const text = `${COUNTS}陈国（1100票，83.33%）当选为主任。\n注：得票率=得票数÷参加投票人数×100%`;
    expect(shares(text)).toEqual([['83.33%', true]]);
  });

  it('gives a table’s 得票率 column its base, the formula’s 100% no part of the base', () => {
    const text =
      '枫林村登记选民1900人，参加投票1650人，收回选票1648张，有效票1610张，无效票38张。选举结果如下：\n' +
      '姓名\t职务\t得票数\t得票率\t是否当选\n林秋\t主任\t1302\t80.87%\t是\n许婷\t副主任\t1101\t68.39%\t是\n' +
      '注：得票率=得票数/有效票数×100%\n';
    expect(shares(text)).toEqual([
      ['80.87%', true],
      ['68.39%', true],
    ]);
    expect(alarms(text.replace('68.39%', '66.73%'), true)).toEqual([
      'ANNOUNCED_PERCENT_MISMATCH 66.73%/68.39%',
    ]);
  });
});

describe('the 100% of a rate’s formula written in words', () => {
  it('is a term of the formula, no share to judge', () => {
    const text =
      '古樟村登记选民1480人，参加投票1310人，参选率88.51%。\n（参选率=参加投票人数÷登记选民数×100%）';
    expect(alarms(text, true)).toEqual([]);
    expect(unread(text)).toEqual([['100%', 'in-expression']]);
  });
});

describe('a note or words naming the registered voters as the base of the candidates’ shares', () => {
  /** 1210, 990 and 1102 of the 1800 registered voters (67.22%, 55.00%, 61.22%), of 1520 voters and 1500 valid ballots. */
  const REGISTERED =
    '杨柳村登记选民1800人，参加投票1520人，收回选票1520张，有效票1500张。\n' +
    '主任 杨帆 得票1210 得票率67.22%\n副主任 郑洁 得票990 得票率55.00%\n委员 冯涛 得票1102 得票率61.22%\n' +
    '以上人员得票均超过参加投票选民的半数，当选。\n';

  it('judges the shares of the registered voters under a formula naming them', () => {
    const text = `${REGISTERED}注：得票率=得票数÷登记选民数×100%`;
    expect(shares(text)).toEqual([
      ['得票率67.22%', true],
      ['得票率55.00%', true],
      ['得票率61.22%', true],
    ]);
    expect(alarms(text, true)).toEqual([]);
  });

  it('flags a share of the voters where the note says the registered voters', () => {
    // 990 of the 1520 voters is 65.13%; of the 1800 registered voters, 55.00%.
    const text = `${REGISTERED.replace('55.00%', '65.13%')}（得票率以登记选民数为基数）`;
    expect(alarms(text, true)).toEqual(['ANNOUNCED_PERCENT_MISMATCH 65.13%/55.00%']);
  });

  it('judges a share naming the registered voters in its own words', () => {
    const text =
      '杨柳村登记选民1800人，参加投票1520人，有效票1500张。\n' +
      '主任候选人杨帆得1210票，得票率67.22%（以登记选民数为基数），当选为主任。\n' +
      '副主任候选人郑洁获得990票，占登记选民的55.00%，当选为副主任。';
    expect(shares(text)).toEqual([
      ['得票率67.22%', true],
      ['占登记选民的55.00%', true],
    ]);
    expect(alarms(text.replace('55.00%', '65.13%'), true)).toEqual([
      'ANNOUNCED_PERCENT_MISMATCH 65.13%/55.00%',
    ]);
  });

  it('leaves the shares unread when the notice states no count of registered voters', () => {
    const text = `${REGISTERED.replace('杨柳村登记选民1800人，', '杨柳村')}注：得票率=得票数÷登记选民数×100%`;
    expect(unread(text)).toEqual([
      ['67.22%', 'named-base'],
      ['55.00%', 'named-base'],
      ['61.22%', 'named-base'],
      ['100%', 'in-expression'],
    ]);
  });
});

describe('a note naming the village whose shares it states the base of', () => {
  // A township's notice of two villages: 甲村's shares of its valid ballots, 乙村's of its registered voters.
  const TOWNSHIP = [
    '东山镇村民委员会选举结果公告',
    '一、甲村：登记选民1500人，参加投票1320人，有效票1300张。主任陈立得980票，得票率75.38%；委员孙丽得900票，得票率69.23%。以上人员当选。',
    '二、乙村：登记选民800人，参加投票700人，有效票690张。主任林峰得560票，得票率70.00%；委员郭敏得500票，得票率62.50%。以上人员当选。（乙村得票率以登记选民数为基数）',
    '注：甲村得票率=得票数÷有效票数×100%',
  ].join('\n');

  it('is read with its village', () => {
    const noted = (text: string) =>
      rateNotes(normalizeText(text)).map((note) => [note.base, note.place ?? null]);
    expect(noted('（乙村得票率以登记选民数为基数）')).toEqual([['registered', '乙村']]);
    expect(noted('注：甲村得票率=得票数÷有效票数×100%')).toEqual([['valid', '甲村']]);
    expect(noted('注：本村得票率=得票数÷有效票数×100%')).toEqual([['valid', null]]);
  });

  it('judges each village’s shares of its own note’s base, and flags none right', () => {
    expect(shares(TOWNSHIP)).toEqual([
      ['得票率75.38%', true],
      ['得票率69.23%', true],
      ['得票率70.00%', true],
      ['得票率62.50%', true],
    ]);
    expect(alarms(TOWNSHIP, true)).toEqual([]);
  });

  it('leaves the other village’s shares as they were where one village’s note stands alone', () => {
    const one = TOWNSHIP.split('\n').slice(0, 3).join('\n');
    expect(alarms(one, true)).toEqual([]);
    expect(alarms(one.replace('得票率70.00%', '得票率80.00%'), true).map((a) => a.split(' ')[0])).toEqual([
      'ANNOUNCED_PERCENT_MISMATCH',
    ]);
  });
});

describe('a bracket after a share naming its base with 占 and no number (（占登记选民的比例）)', () => {
  // 980 and 900 of the 1500 registered voters: 65.33% and 60.00%.
  const text = `${COUNTS}主任候选人陈立得980票，得票率65.33%（占登记选民的比例）；委员候选人孙丽得900票，得票率60.00%（占登记选民比例）。以上人员当选。`;

  it('judges the shares of that base: right of the registered voters', () => {
    expect(shares(text)).toEqual([
      ['得票率65.33%', true],
      ['得票率60.00%', true],
    ]);
    expect(alarms(text, true)).toEqual([]);
  });

  it('flags a share wrong of it, and leaves one of a base it does not know unread', () => {
    expect(shares(text.replace('65.33%', '74.24%'))[0]).toEqual(['得票率74.24%', false]);
    const unknown = text.replace('（占登记选民的比例）', '（占户代表的比例）');
    expect(unread(unknown)).toContainEqual(['65.33%', 'named-base']);
  });
});
