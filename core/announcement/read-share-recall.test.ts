import { describe, expect, it } from 'vitest';
import { findings, unread, work } from './corpus/read-shapes.js';
import { readAnnouncementText } from './read-announcement-text.js';

/**
 * Shares (and stated results) judged where the text proves their base, by class (docs/announcement.md,
 * “Shares and their bases”), each class with shapes judged right, the same with a figure altered judged
 * wrong, and near shapes whose base is not proved that stay unread with their reason. Every sentence is
 * invented, phrased as notices phrase them.
 */

/** The judged figures of a text: rule, verdict and the text judged. */
const judged = (text: string) =>
  work(text).judged.map((figure) => [figure.rule, figure.right, figure.text] as const);

describe('a calculation written out with its result', () => {
  it('judges a rate worked out in the text, right by rounding', () => {
    const text = '某社区党委委员7人、居委会委员9人，其中4人交叉任职，交叉任职率为4÷(7+9-4)×100%=33.3%。';
    expect(judged(text)).toContainEqual(['share', true, '4÷(7+9-4)×100%=33.3%']);
    expect(findings(text)).toEqual([]);
    // The terms and the result are shown in the calculation's work, not listed as unread.
    expect(unread(text).filter(([, reason]) => reason === 'in-expression')).toEqual([]);
  });

  it('flags the same rate with a result the calculation does not give', () => {
    const text = '某社区党委委员7人、居委会委员9人，其中4人交叉任职，交叉任职率为4÷(7+9-4)×100%=36.4%。';
    expect(findings(text)).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '4÷(7+9-4)×100%=36.4%']]);
    const [finding] = work(text).findings;
    expect(finding?.expected).toBe('33.3%');
    expect(finding?.found).toBe('36.4%');
  });

  it('judges a sum of ballots written as a calculation, full-width signs and spaces included', () => {
    const right = '两名候选人分别得票，合计为 402 + 377 + 21 = 800 张，与收回选票一致。';
    expect(judged(right)).toContainEqual(['calculation', true, '402 + 377 + 21 = 800']);
    expect(findings(right)).toEqual([]);
    const wrong = '唱票结果：４０２＋３７７＋２１＝８０４。';
    expect(findings(wrong)).toEqual([['ANNOUNCED_SUM_MISMATCH', '４０２＋３７７＋２１＝８０４']]);
    expect(work(wrong).findings[0]?.expected).toBe(800);
  });

  it('takes ≈ as a rounded result and judges a result with decimals by the percentage rule', () => {
    expect(judged('得票率＝1046÷1587≈65.9%，超过半数。')).toContainEqual(['share', true, '1046÷1587≈65.9%']);
    expect(findings('平均每个投票站 1587÷6=264.5 人。')).toEqual([]);
    expect(findings('平均每个投票站 1587÷6=246.5 人。')).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '1587÷6=246.5'],
    ]);
  });

  it('leaves a calculation with no result stated unread, term by term', () => {
    const text = '交叉任职率按4÷(7+9-4)×100%计算。';
    expect(judged(text)).toEqual([]);
    expect(unread(text).map(([, reason]) => reason)).toEqual(Array(5).fill('in-expression'));
  });

  it('leaves a chain of results, a scaled result, units inside and points of a percentage unread', () => {
    for (const text of [
      '合计402+377=779=800-21。', // a chain: which result is stated?
      '两镇选民合计12+3=15万人。', // 15万: the result is scaled, the terms may be too
      '得票402票+377票=779票。', // units inside: the words, not the signs, carry the meaning
      '女性占比由20%提高到32%，提高了12个百分点（32-20=12%）。', // points written as %: no ratio
      '交叉率3÷9×100%=33.3。', // hundredths on the left, none in the result: which is meant?
    ]) {
      expect(readAnnouncementText(text).calculations, text).toBeUndefined();
      expect(findings(text), text).toEqual([]);
    }
  });

  it('takes no date, year span, telephone or division by zero for a calculation', () => {
    for (const text of [
      '任期为2021-2026=5年。', // years: 2021 - 2026 is below zero
      '咨询电话0371-1234=总机。',
      '比例为5÷0=0%。',
    ])
      expect(readAnnouncementText(text).calculations, text).toBeUndefined();
  });

  it('keeps only the expression after the words before it, a clause comma included', () => {
    const text = '党员14人，3+11=14。';
    expect(judged(text)).toContainEqual(['calculation', true, '3+11=14']);
  });
});

describe('those present of those expected, the base named 应到 or, at a household meeting, 总户', () => {
  const household = (share: string, meeting = '户代表会议') =>
    `6月18日，和平村各村民小组分别召开${meeting}。全村共6个村民小组，应到312名，实到297名，占总户的${share}，会议有效。`;

  it('judges 占总户的 at a meeting of household representatives: each household sends one', () => {
    expect(judged(household('95.19%'))).toContainEqual(['share', true, '占总户的95.19%']);
    expect(findings(household('95.19%'))).toEqual([]);
    expect(findings(household('95.91%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占总户的95.91%']]);
  });

  it('judges 占应到人数的 at any meeting, the pair stated in the sentence', () => {
    const text = (share: string) => `村民代表会议应到代表38人，实到代表35人，占应到人数的${share}。`;
    expect(judged(text('92.1%'))).toContainEqual(['share', true, '占应到人数的92.1%']);
    expect(findings(text('93.1%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占应到人数的93.1%']]);
  });

  it('leaves 占总户的 unjudged when the meeting is not said to be of household representatives', () => {
    const text = household('95.91%', '村民小组会议');
    expect(findings(text)).toEqual([]);
    expect(work(text).unjudged.map((figure) => figure.text)).toEqual(['占总户的95.91%']);
  });

  it('leaves the share unjudged when the sentence states more than one of those expected or present', () => {
    const text = '应到户代表312名，实到297名，应到村民代表40名，占总户的95.91%。户代表会议有效。';
    expect(findings(text)).toEqual([]);
    expect(judged(text).filter(([rule]) => rule === 'share')).toEqual([]);
  });

  it('leaves the share unjudged when more are present than expected (a figure is wrong, but which?)', () => {
    const text = '户代表会议应到297名，实到312名，占总户的95.19%。';
    expect(findings(text)).toEqual([]);
    expect(judged(text).filter(([rule]) => rule === 'share')).toEqual([]);
  });
});

describe('a decimal point a copy garbled, read where the share word makes it a share', () => {
  const members = (share: string) => `新一届社区居委会成员共40人，其中女性成员23人，占${share}。`;

  it('reads 占57，5% as 57.5% and judges it, as it does 57。5%, 57.5％ and 百分之五十七点五', () => {
    for (const share of ['57，5%', '57。5%', '５７．５％', '百分之五十七点五']) {
      expect(judged(members(share)), share).toContainEqual(['share', true, `占${share}`]);
      expect(findings(members(share)), share).toEqual([]);
    }
    expect(findings(members('75，5%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占75，5%']]);
  });

  it('reads the comma after a rate word and in a respectively list after 占…的', () => {
    const turnout = '登记选民2400人，参加投票2173人，参选率达90，5%。';
    expect(judged(turnout)).toContainEqual(['share', true, '参选率达90，5%']);
    const list = '共选出成员80人，其中女性成员19人，党员62人，分别占总数的23，75%和77，5%。';
    expect(findings(list)).toEqual([]);
    expect(judged(list).filter(([rule]) => rule === 'share')).toHaveLength(2);
    expect(findings(list.replace('77，5%', '72，5%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '和72，5%']]);
  });

  it('leaves a comma with no share word before it as a count and a share, both unread', () => {
    const text = '新一届社区居委会成员共40人，其中女性成员23人，57，5%。';
    expect(findings(text)).toEqual([]);
    expect(unread(text).map(([written]) => written)).toEqual(['57', '5%']);
  });

  it('keeps a thousands separator a separator, and a comma before no % no point', () => {
    expect(unread('占比1，322%。').map(([written]) => written)).toEqual(['1，322%']);
    const count = '女性成员占18，2人当选。';
    expect(judged(count).filter(([rule]) => rule === 'share')).toEqual([]);
    expect(findings(count)).toEqual([]);
  });
});

describe('a statistical table’s share row, of the part row its 其中 marks', () => {
  const table = (rows: string) => `表3 社区干部基本情况\n单位 合计 城市社区 农村社区\n${rows}\n`;
  const counts = '年末社区干部人数 人 48210 30114 18096\n其中：女干部人数 人 19032 13285 5747';

  it('judges the share row column by column, each of its own column’s counts', () => {
    const text = table(`${counts}\n女干部的比重 % 39.5 44.1 31.8`);
    const shares = judged(text).filter(([rule]) => rule === 'share');
    expect(shares).toEqual([
      ['share', true, '39.5'],
      ['share', true, '44.1'],
      ['share', true, '31.8'],
    ]);
    expect(findings(text)).toEqual([]);
    // Cells split by tabs, as a page's selection gives them.
    expect(findings(text.replaceAll(' ', '\t'))).toEqual([]);
    expect(judged(text.replaceAll(' ', '\t')).filter(([rule]) => rule === 'share')).toHaveLength(3);
  });

  it('flags a column whose share its counts do not give', () => {
    const text = table(`${counts}\n女干部的比重 % 39.5 41.4 31.8`);
    expect(findings(text)).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '41.4']]);
  });

  it('leaves the rows to the prose reader when the table does not prove the base', () => {
    for (const rows of [
      // no 其中: the part may be of another total
      '年末社区干部人数 人 48210 30114 18096\n女干部人数 人 19032 13285 5747\n女干部的比重 % 39.5 44.1 31.8',
      // the share row names another part
      `${counts}\n党员干部的比重 % 39.5 44.1 31.8`,
      // a row between the part and the share
      `${counts}\n退伍军人数 人 2210 1302 908\n女干部的比重 % 39.5 44.1 31.8`,
      // a column missing in the share row
      `${counts}\n女干部的比重 % 39.5 44.1`,
      // a part larger than its total
      '年末社区干部人数 人 48210 30114 18096\n其中：女干部人数 人 19032 33285 5747\n女干部的比重 % 39.5 44.1 31.8',
    ]) {
      const text = table(rows);
      expect(
        judged(text).filter(([rule]) => rule === 'share'),
        rows,
      ).toEqual([]);
      expect(findings(text), rows).toEqual([]);
      expect(
        unread(text).map(([written]) => written),
        rows,
      ).toContain('39.5');
    }
  });
});

describe('candidates’ rates given in a list after their votes', () => {
  const rates = (list: string) =>
    `本次选举参加投票的选民1516人。赵敏、孙立分别得票903票、588票，得票率${list}。`;

  it('gives each rate of the list to the candidate in the same place, of the ballots cast', () => {
    for (const list of ['分别为59.6%、38.8%', '分别是59.6%和38.8%', '59.6%、38.8%']) {
      const shares = judged(rates(list)).filter(([rule]) => rule === 'share');
      expect(
        shares.map(([, right]) => right),
        list,
      ).toEqual([true, true]);
      expect(findings(rates(list)), list).toEqual([]);
    }
  });

  it('flags the one rate that its candidate’s votes do not give, and not the other', () => {
    expect(findings(rates('分别为59.6%、39.8%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '39.8%']]);
    // Before, the first rate was taken for the last candidate's: 588 of 1516 is no 59.6%.
    expect(findings(rates('分别为38.8%、59.6%')).map(([code]) => code)).toEqual([
      'ANNOUNCED_PERCENT_MISMATCH',
      'ANNOUNCED_PERCENT_MISMATCH',
    ]);
  });

  it('leaves the list unread when the sentence gives more or fewer candidates than rates', () => {
    const three = '参加投票1516人。赵敏得票903票、孙立得票588票、周平得票25票，得票率分别为59.6%、38.8%。';
    const split = '参加投票1516人。赵敏得票903票。孙立得票588票，得票率分别为59.6%、38.8%。';
    for (const text of [three, split]) {
      expect(findings(text), text).toEqual([]);
      expect(
        unread(text).filter(([written]) => String(written).endsWith('%')),
        text,
      ).toEqual([
        ['59.6%', 'ambiguous-base'],
        ['38.8%', 'ambiguous-base'],
      ]);
    }
  });
});

describe('所占比例 and 占的比重 read as 占', () => {
  it('judges 所占比例为 after a part, of the total that part is of', () => {
    const text = (share: string) => `新一届居委会成员7人，其中女性委员4人，所占比例为${share}。`;
    expect(judged(text('57.1%'))).toContainEqual(['share', true, '所占比例为57.1%']);
    expect(findings(text('51.7%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '所占比例为51.7%']]);
    expect(judged('新一届居委会成员7人，其中女性委员4人，所占的比重为57.1%。')).toContainEqual([
      'share',
      true,
      '所占的比重为57.1%',
    ]);
  });

  it('leaves 所占比例 unread when no total is stated for its part', () => {
    const text = '其中女性委员4人，所占比例为57.1%。';
    expect(findings(text)).toEqual([]);
    expect(unread(text)).toContainEqual(['57.1%', 'no-base']);
  });
});

describe('the people qualified and counted before 中 are the total of the parts after, with or without 在', () => {
  const text = (share: string) =>
    `新当选的24名社区“两委”成员中，女性11名，占${share}；35岁以下的6名，占25%。`;

  it('judges each part of them', () => {
    expect(judged(text('45.8%')).filter(([rule]) => rule === 'share')).toEqual([
      ['share', true, '占45.8%'],
      ['share', true, '占25%'],
    ]);
    expect(findings(text('54.8%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占54.8%']]);
  });

  it('reads no total when the words before the count qualify nothing (no 的)', () => {
    const unqualified = '本次新当选24名社区“两委”成员中，女性11名，占54.8%。';
    expect(findings(unqualified)).toEqual([]);
    expect(unread(unqualified)).toContainEqual(['54.8%', 'no-base']);
  });
});

describe('共有选民N人参加投票: the predicate after the count says they voted', () => {
  it('reads the count as the voters, so the turnout is judged and nothing is stated twice', () => {
    const text = (share: string) => `本次选举共有选民2046人参加投票，参选率为${share}，全村选民总数2315人。`;
    expect(judged(text('88.4%'))).toContainEqual(['share', true, '参选率为88.4%']);
    expect(findings(text('88.4%'))).toEqual([]);
    expect(findings(text('84.8%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '参选率为84.8%']]);
  });

  it('keeps 共有选民 the electorate when no such predicate follows the count', () => {
    const text = '全村共有选民2315人，参加投票2046人，参选率为88.4%。';
    expect(judged(text)).toContainEqual(['share', true, '参选率为88.4%']);
    const registeredOnly = '全村共有选民2315人参加登记。';
    expect(
      readAnnouncementText(registeredOnly).figures.map((figure) => figure.kind === 'count' && figure.meaning),
    ).toEqual(['registered']);
  });
});

describe('a candidate’s share after the votes, no base named, when both possible bases are stated', () => {
  const text = (share: string, valid = 1460) =>
    `参加投票的选民1516人，有效票${valid}张。赵敏得票903票（${share}），孙立得票540票。`;

  it('judges it when cast and valid ballots give one verdict', () => {
    // 903 / 1516 = 59.5646…%, 903 / 1460 = 61.8493…%.
    expect(findings(text('64.2%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '64.2%']]);
    expect(judged(text('59.6%', 1516))).toContainEqual(['share', true, '59.6%']);
  });

  it('leaves it unjudged, with both fractions, when the two readings differ', () => {
    for (const share of ['59.6%', '61.8%']) {
      expect(findings(text(share)), share).toEqual([]);
      expect(work(text(share)).unjudged.map((figure) => figure.reason)).toEqual(['ambiguous-base']);
    }
  });

  it('leaves it unread when either base is not stated: the missing one may be meant', () => {
    for (const stated of ['参加投票的选民1516人。', '有效票1460张。']) {
      const alone = `${stated}赵敏得票903票（64.2%）。`;
      expect(findings(alone), alone).toEqual([]);
      expect(unread(alone), alone).toContainEqual(['64.2%', 'ambiguous-base']);
    }
  });
});

describe('a share’s count in brackets after it', () => {
  const text = (women: string, members = '3名') =>
    `新一届社区居委会成员7名，其中女性成员占比57.1%（${women}），党员占42.9%（${members}）。`;

  it('takes the bracketed count for the share’s part and judges the share of its base', () => {
    expect(judged(text('4名')).filter(([rule]) => rule === 'share')).toEqual([
      ['share', true, '女性成员占比57.1%'],
      ['share', true, '党员占42.9%'],
    ]);
    expect(findings(text('4名'))).toEqual([]);
    expect(findings(text('5名', '3名'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '女性成员占比57.1%']]);
  });

  it('leaves the share unjudged when the bracket holds words too, or the share has no base', () => {
    const words = '新一届社区居委会成员7名，其中女性成员占比57.1%（含主任4名）。';
    expect(judged(words).filter(([rule]) => rule === 'share')).toEqual([]);
    expect(findings(words)).toEqual([]);
    const noBase = '女性成员占比57.1%（4名）。';
    expect(judged(noBase).filter(([rule]) => rule === 'share')).toEqual([]);
    expect(unread(noBase)).toContainEqual(['57.1%', 'no-base']);
  });
});

describe('占委员总数 after 委员 stated as a post among the members (precision)', () => {
  it('leaves the share unread: the 委员 of the post, or all the members?', () => {
    const text = '选出村委会成员5名，其中主任1名，委员4名。女性委员2名，占委员总数的40%。';
    expect(findings(text)).toEqual([]);
    expect(unread(text)).toContainEqual(['40%', 'ambiguous-base']);
  });

  it('still judges a base that names the members as a whole', () => {
    const text = (share: string) =>
      `选出村委会成员5名，其中主任1名，委员4名。女性委员2名，占村委会成员总数的${share}。`;
    expect(judged(text('40%'))).toContainEqual(['share', true, '占村委会成员总数的40%']);
    expect(findings(text('50%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占村委会成员总数的50%']]);
  });
});

describe('a rate named after the group counted just before it', () => {
  const text = (rate: string) => `新一届村“两委”成员共9人，交叉任职4人，交叉任职率${rate}。`;

  it('is that group’s share of the total it is a part of', () => {
    expect(judged(text('44.4%'))).toContainEqual(['share', true, '交叉任职率44.4%']);
    expect(findings(text('40.4%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '交叉任职率40.4%']]);
  });

  it('takes no rate named after something else, nor one with no total stated', () => {
    for (const other of [
      '新一届村“两委”成员共9人，交叉任职4人，一肩挑率40.4%。',
      '交叉任职4人，交叉任职率40.4%。',
    ]) {
      expect(findings(other), other).toEqual([]);
      expect(
        judged(other).filter(([rule]) => rule === 'share'),
        other,
      ).toEqual([]);
    }
  });
});

describe('the whole place’s voters named after their count (全村1856名选民中)', () => {
  const text = (rate: string) => `本次换届选举，全村1856名选民中，有1612名参加了投票，参选率${rate}。`;

  it('reads them as the electorate, so the turnout is judged', () => {
    expect(judged(text('86.85%'))).toContainEqual(['share', true, '参选率86.85%']);
    expect(findings(text('88.85%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '参选率88.85%']]);
    expect(judged('全村1856名选民中有1612人参加投票，参选率86.85%。')).toContainEqual([
      'share',
      true,
      '参选率86.85%',
    ]);
  });

  it('reads no electorate from some of the voters, nor from voters who did something', () => {
    const some = '全村共有选民1856名，外出务工的856名选民中，有600名委托投票。';
    expect(findings(some)).toEqual([]);
    expect(
      readAnnouncementText(some).figures.filter((f) => f.kind === 'count' && f.meaning === 'registered'),
    ).toHaveLength(1);
    const voted = readAnnouncementText('全村1856名选民参加投票。').figures;
    expect(voted.map((f) => f.kind === 'count' && f.meaning)).toEqual(['cast']);
  });
});

describe('the voters of named places before 中 (东湖和西湖街道的8320名选民中，有7012名选民投票)', () => {
  const text = (rate: string) =>
    `下午5时投票结束，统计结果显示：东湖和西湖街道的8320名选民中，有7012名选民投票，投票率为${rate}。`;

  it('reads them as the electorate of those places, so the turnout is judged', () => {
    expect(judged(text('84.28%'))).toContainEqual(['share', true, '投票率为84.28%']);
    expect(findings(text('84.35%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '投票率为84.35%']]);
    expect(
      judged('統計結果顯示：東湖和西湖街道辦的8320名選民中，有7012名選民投票，投票率為84.28%。'),
    ).toContainEqual(['share', true, '投票率為84.28%']);
    expect(judged('青山村的1856名选民中有1612人参加投票，参选率86.85%。')).toContainEqual([
      'share',
      true,
      '参选率86.85%',
    ]);
  });

  it('reads no electorate where the words before name some of the voters, not a place', () => {
    for (const some of [
      '全村共有选民1856名，外出务工的856名选民中，有600名委托投票，占70.1%。',
      '全村共有选民1856名，在外的青年856名选民中，有600名委托投票，占70.1%。',
    ]) {
      expect(findings(some)).toEqual([]);
      expect(
        readAnnouncementText(some).figures.filter((f) => f.kind === 'count' && f.meaning === 'registered'),
      ).toHaveLength(1);
    }
  });
});

describe('a share with its fraction in brackets after it', () => {
  it('judges the share as the result of the fraction', () => {
    expect(judged('投票率89.14%（1100/1234）。')).toContainEqual(['share', true, '89.14%（1100/1234）']);
    expect(judged('女性占比40%（2÷5）。')).toContainEqual(['share', true, '40%（2÷5）']);
    expect(findings('投票率88.14%（1100/1234）。')).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '88.14%（1100/1234）'],
    ]);
  });

  it('takes no bracket that holds a count, a year span, a range or words', () => {
    for (const text of [
      '投票率89.14%（1100人）。',
      '占40%（2018/2021年）。',
      '占40%（2-5）。',
      '占40%（其中2/5为女性）。',
      '占40%（2021/5/1）。', // a date
      '占40%（5/2）。', // more than the whole: no part of it
    ]) {
      expect(readAnnouncementText(text).calculations, text).toBeUndefined();
      expect(findings(text), text).toEqual([]);
    }
  });
});

describe('a ballot count’s rate, and those who voted named as 投票总数', () => {
  it('judges 有效率, 回收率 and 废票率 of the count’s usual total', () => {
    expect(judged('收回选票1340张，有效票1322张，有效率为98.66%。')).toContainEqual([
      'share',
      true,
      '有效率为98.66%',
    ]);
    expect(findings('收回选票1340张，有效票1322张，有效率为96.86%。')).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '有效率为96.86%'],
    ]);
    expect(judged('发出选票1350张，收回选票1340张，回收率99.26%。')).toContainEqual([
      'share',
      true,
      '回收率99.26%',
    ]);
    expect(judged('收回选票1340张，无效票18张，废票率1.34%。')).toContainEqual([
      'share',
      true,
      '废票率1.34%',
    ]);
  });

  it('judges a share of 投票总数 or 投票人数 of the ballots cast', () => {
    const text = (share: string) => `参加投票1340人，有效票1322张，占投票总数的${share}。`;
    expect(judged(text('98.66%'))).toContainEqual(['share', true, '占投票总数的98.66%']);
    expect(findings(text('89.66%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占投票总数的89.66%']]);
  });

  it('leaves a rate unjudged when its counts are not stated, and reads no other rate so', () => {
    expect(findings('有效率为96.86%。')).toEqual([]);
    expect(work('有效率为96.86%。').unjudged.map((figure) => figure.reason)).toEqual(['counts-not-stated']);
    const other = '收回选票1340张，有效票1322张，满意率为96.86%。';
    expect(findings(other)).toEqual([]);
    expect(judged(other).filter(([rule]) => rule === 'share')).toEqual([]);
  });
});

describe('shares given respectively after ballot counts', () => {
  const text = (list: string) => `收回选票1340张，其中有效票1322张，无效票18张，分别占${list}。`;

  it('gives each share to its count, of their one usual total', () => {
    expect(judged(text('98.66%和1.34%')).filter(([rule]) => rule === 'share')).toHaveLength(2);
    expect(findings(text('98.66%和1.34%'))).toEqual([]);
    expect(findings(text('98.66%和3.14%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '和3.14%']]);
  });

  it('leaves the list unread when the counts have different usual totals or a group stands among them', () => {
    for (const other of [
      '登记选民1400人，参加投票1340人，有效票1322张，分别占95.71%和98.66%。',
      '收回选票1340张，有效票1322张，女性成员18名，分别占98.66%和1.34%。',
    ]) {
      expect(findings(other), other).toEqual([]);
      expect(
        judged(other).filter(([rule]) => rule === 'share'),
        other,
      ).toEqual([]);
    }
  });
});
