import { describe, expect, it } from 'vitest';
import { findings, judged, rows, unread, work } from './corpus/read-shapes.js';

/**
 * Shares and counts given respectively (分别), and parts kept to their own total: the shapes the real
 * development set showed after its first held-out score. Every number and name here is invented.
 */

describe('shares given respectively', () => {
  it('judges 分别占总数的 against the total its parts were stated of in the sentence', () => {
    const wrong = '共选出村委会成员125人，其中女性31人，党员80人，分别占总数的24.8%和66%。';
    expect(findings(wrong)).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '和66%']]);
    const right = '共选出村委会成员125人，其中女性31人，党员80人，分别占总数的24.8%和64%。';
    expect(findings(right)).toEqual([]);
    expect(unread(right)).toEqual([]);
  });

  it('leaves 分别占总数的 unjudged when the sentence states no such total', () => {
    const text =
      '有大专以上学历的书记占71.2%，其中大专学历的有210人，本科学历的45人，分别占总数的19.1%和3.5%。';
    expect(findings(text)).toEqual([]);
    expect(unread(text)).toEqual([
      ['71.2%', 'no-base'],
      ['19.1%', 'no-base'],
      ['3.5%', 'no-base'],
    ]);
  });

  it('gives counts stated respectively the labels named before them', () => {
    expect(rows('有大专以上学历的1869人，其中书记和主任分别有402人和244人。')).toEqual([
      ['group', '大专以上学历', null, 1869, '有大专以上学历的1869人'],
      ['group', '书记', '大专以上学历', 402, '书记和主任分别有402人'],
      ['group', '主任', '大专以上学历', 244, '和244人'],
    ]);
  });

  it('leaves an approximate share (左右) unjudged', () => {
    expect(unread('40岁以下和41至45岁的各占30%左右。')).toEqual([['30%', 'approximate']]);
  });
});

describe('changes, and figures that count no people', () => {
  it('reads every number joined to a change as a change', () => {
    expect(unread('书记和主任分别比上届增加57人和12人。')).toEqual([
      ['57', 'change'],
      ['12', 'change'],
    ]);
    expect(unread('干部、女干部、少数民族干部分别比上届提高了11.0%、2.9%、1.0%。')).toEqual([
      ['11.0%', 'change'],
      ['2.9%', 'change'],
      ['1.0%', 'change'],
    ]);
  });

  it('lists counts of meetings as unread, and days as a span of time', () => {
    expect(unread('召开座谈会4次，历时32天。')).toEqual([
      ['4', 'no-meaning'],
      ['32', 'span'],
    ]);
  });
});

describe('parts kept to their own total', () => {
  it('makes a group attached by its label alone the total of the 其中 after it in its sentence', () => {
    const text =
      '有44名当选村委会主任。全省有3570名妇女进入村两委班子，比上届增加160名，其中147人当选村党组织书记。';
    expect(findings(text)).toEqual([]);
    expect(rows(text)).toContainEqual([
      'group',
      '当选村党组织书记',
      '妇女进入村两委班子',
      147,
      '147人当选村党组织书记',
    ]);
  });

  it('keeps a 其中 in a later sentence with the body stated before', () => {
    const text =
      '选出主任1名，副主任1名，委员3名。35岁以下的年轻委员有2人。学历方面，委员都有大专以上学历，其中本科学历3人。';
    expect(findings(text)).toEqual([]);
  });

  it('takes newly elected members as the body the sex split is of, and catches a wrong share there', () => {
    const text = '新当选的社区居委会班子成员共80人。女性61人，占比77.7%；男性19人，占比23.8%。';
    expect(findings(text)).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占比77.7%']]);
  });

  it('opens parts of the group a share was just given of, when its count is not stated', () => {
    const text = '本科以上5000人。有高中以上学历的书记占73.7%，其中大专学历的有3806人。';
    expect(rows(text)).toContainEqual([
      'group',
      '大专学历',
      '高中以上学历的书记',
      3806,
      '大专学历的有3806人',
    ]);
    expect(findings(text)).toEqual([]);
  });

  it('starts a summary afresh after a heading line that states only an age', () => {
    const text = '共选出成员300人，女主任40人\n年龄：成员平均年龄44.9岁\n35岁以下占比14.1%';
    expect(unread(text)).toContainEqual(['14.1%', 'no-base']);
  });
});

describe('figures of different places or bodies are never compared', () => {
  it('does not take two villages’ counts for one figure stated twice', () => {
    expect(findings('甲村登记选民800人，参加投票700人；乙村登记选民600人，参加投票550人。')).toEqual([]);
    expect(findings('全乡登记选民8000人，参加投票7000人。其中甲村登记选民600人，参加投票550人。')).toEqual(
      [],
    );
  });

  it('still compares the notice’s own counts, its village named in its title or not', () => {
    expect(
      findings('东山村选举结果公告\n东山村登记选民2100人，参加投票1950人。本次参加投票1960人。'),
    ).toEqual([['ANNOUNCED_SUM_MISMATCH', '本次参加投票1960人']]);
    expect(findings('东山村第十届村委会选举：登记选民2100人。参加投票2150人。')).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '参加投票2150人'],
    ]);
  });

  it('takes no post for a part of another post (副书记 of 书记, 副主任 of 主任)', () => {
    expect(
      findings('党委选出书记40名，其中女书记22名，占比55%；副书记50名，其中女副书记27名，占比54%。'),
    ).toEqual([]);
    // The shares of each post are still judged against their own post.
    expect(findings('主任40名，其中女主任25名，占比60%；副主任45名，其中女副主任30名，占比66.67%。')).toEqual(
      [['ANNOUNCED_PERCENT_MISMATCH', '占比60%']],
    );
  });

  it('does not add up a sex split attached by its labels alone when it may be of another body', () => {
    expect(findings('全镇选出两委成员120人，其中村委会成员70人。男性40人，女性30人。')).toEqual([]);
    // Marked as parts by 其中, the halves must make up their total.
    expect(findings('全镇选出两委成员120人，其中男性40人，女性30人。')).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '全镇选出两委成员120人'],
    ]);
  });
});

describe('分别占 with no base named, after qualities of the sentence’s total', () => {
  const SUMMARY = (second: string) =>
    `全区32个社区完成“两委”换届，共选出社区“两委”成员248名，平均年龄38.5岁，其中女性139名、党员201名，分别占56.0%和${second}%。`;

  it('judges each share against the total the parts were stated of', () => {
    // 139 / 248 = 56.048…% → 56.0%; 201 / 248 = 81.048…% → 81.0%.
    expect(findings(SUMMARY('81.0'))).toEqual([]);
    expect(findings(SUMMARY('84.7'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '和84.7%']]);
  });

  it('leaves unjudged the shares of parts that name a post, which may be of the post', () => {
    const posts = '共选出社区“两委”成员248名，其中女性书记10名、女性主任12名，分别占40.0%和48.0%。';
    expect(findings(posts)).toEqual([]);
    expect(unread(posts)).toEqual([
      ['40.0%', 'no-base'],
      ['48.0%', 'no-base'],
    ]);
  });

  it('judges qualities written with the total’s own noun (女性成员 of 成员) against that total', () => {
    // 196 / 702 = 27.920…% → 27.9%; 518 / 702 = 73.789…% → 73.8%.
    const own = (second: string) =>
      `新当选“两委”成员702名，其中女性成员196名、党员518名，分别占27.9%和${second}%。`;
    expect(findings(own('73.8'))).toEqual([]);
    expect(unread(own('73.8'))).toEqual([]);
    expect(findings(own('75.8'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '和75.8%']]);
  });

  it('keeps other bodies and other nouns apart from the total', () => {
    // 村委会成员 and 监委会成员 are bodies of their own, not qualities of the members.
    const bodies = '新当选“两委”成员702名，其中村委会成员196名、监委会成员118名，分别占27.9%和16.8%。';
    expect(findings(bodies)).toEqual([]);
    expect(unread(bodies)).toEqual([
      ['27.9%', 'no-base'],
      ['16.8%', 'no-base'],
    ]);
    // 女性委员 names another noun than the total's 成员: which body it counts is not certain.
    const noun = '新当选“两委”成员702名，其中女性委员196名、党员518名，分别占27.9%和73.8%。';
    expect(unread(noun)).toEqual([
      ['27.9%', 'no-base'],
      ['73.8%', 'no-base'],
    ]);
  });

  it('leaves unjudged 比例分别达到, which names no 占 of the total', () => {
    const rates = SUMMARY('84.7').replace('分别占', '比例分别达到');
    expect(findings(rates)).toEqual([]);
  });

  it('leaves unjudged the shares of groups no 其中 made parts of a total', () => {
    const loose = '全县共有女性139名、党员201名，分别占56.0%和84.7%。';
    expect(findings(loose)).toEqual([]);
  });
});

/** 分别占 after people qualified (党员, 共青团员) stated right after a body counted before them (percent-figure.ts, bodyJustBefore). */
describe('shares given respectively of the body counted just before the groups', () => {
  const text = (second: string) =>
    `石门村村民代表推选结果公告\n\n本次共推选产生村民代表52人。党员38人、共青团员9人，分别占73.1%和${second}%。`;
  const shares = (notice: string) => judged(notice).filter(([rule]) => rule === 'share');

  it('judges each share of that body, right when right and wrong when wrong', () => {
    expect(findings(text('17.3'))).toEqual([]);
    expect(shares(text('17.3'))).toEqual([
      ['share', '分别占73.1%', true],
      ['share', '和17.3%', true],
    ]);
    expect(findings(text('19.3'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '和19.3%']]);
  });

  it('takes no body from another paragraph, a count of voters, a smaller body, or for groups of their own body', () => {
    for (const other of [
      '石门村\n\n本次共推选产生村民代表52人。\n\n党员38人、共青团员9人，分别占73.1%和19.3%。',
      '石门村\n\n全村登记选民1200人。党员38人、共青团员9人，分别占73.1%和19.3%。',
      '石门村\n\n本次共推选产生村民代表30人。党员38人、共青团员9人，分别占73.1%和19.3%。',
      '石门村\n\n本次共推选产生村民代表52人。党员代表38人、妇女代表9人，分别占73.1%和19.3%。',
    ]) {
      expect(findings(other)).toEqual([]);
      expect(shares(other)).toEqual([]);
    }
  });
});

describe('shares given respectively with a base named for each (分别占主任、委员总数的)', () => {
  // 16 of 88 is 18.18…% → 18.2%; 105 of 352 is 29.82…% → 29.8% (of all 440 they would be 3.6% and 23.9%).
  const POSTS = (second: string) =>
    `全县选出村民委员会主任88名、委员352名，其中女性主任16名、女性委员105名，分别占主任、委员总数的18.2%、${second}%。`;
  const shares = (text: string) =>
    work(text)
      .judged.filter((entry) => entry.rule === 'share')
      .map((entry) => [entry.text, entry.right]);

  it('judges each share by the base named in its place', () => {
    expect(findings(POSTS('29.8'))).toEqual([]);
    expect(shares(POSTS('29.8'))).toEqual([
      ['分别占主任、委员总数的18.2%', true],
      ['29.8%', true],
    ]);
  });

  it('still flags a share its own base contradicts', () => {
    expect(findings(POSTS('31.8'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '31.8%']]);
  });

  it.each([
    // 105 of the villages' 352 委员 is 29.8%; the nearest 委员 are the communities' 160 (65.6%).
    [
      '全县选出村民委员会主任88名、委员352名；社区居民委员会主任48名、委员160名。其中村民委员会女性主任16名、女性委员105名，分别占村民委员会主任、委员总数的18.2%、29.8%。',
      ['18.2%', '29.8%'],
    ],
    // 268 of the villages' 1120 members; 村总数 would be the 130 villages.
    [
      '全县130个村、34个社区，新一届村“两委”成员1120名、社区“两委”成员310名。女性成员中，村268名、社区121名，分别占村、社区“两委”成员总数的23.9%、39.0%。',
      ['23.9%', '39.0%'],
    ],
  ])('leaves both unread when a bare base stands beside a qualified one: %s', (text, shares) => {
    expect(findings(text)).toEqual([]);
    expect(unread(text).filter(([share]) => shares.some((s) => share?.endsWith(s)))).toEqual(
      shares.map(() => [expect.any(String), 'ambiguous-base']),
    );
  });

  it('leaves both unread when a part is read with its base’s own name', () => {
    // 实现“一肩挑”的村33个、社区5个: the 5 is read as 社区, the name of its base (11): 5 of 5 is no share.
    const text =
      '全县37个村、11个社区中，实现书记、主任“一肩挑”的村33个、社区5个，分别占村、社区总数的89.2%、45.5%。';
    expect(findings(text)).toEqual([]);
    expect(unread(text)).toEqual([
      ['89.2%', 'ambiguous-base'],
      ['45.5%', 'ambiguous-base'],
    ]);
  });
});
