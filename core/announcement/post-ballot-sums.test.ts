import { describe, expect, it } from 'vitest';
import { findings, work } from './corpus/read-shapes.js';

/**
 * A ballot for each post, continued: the chair's candidates' votes together within the chair's own
 * ballot (one seat), the members' within the seats times the members' own ballot; a post's account under a
 * heading naming the committee (居委会主任选票：, 村委会主任选举：); both posts' accounts in one sentence
 * without colons (主任选票发出…，委员选票发出…). Every number and name is invented.
 */

const within = (text: string) =>
  work(text)
    .judged.filter((figure) => figure.rule === 'votes-within-ballots')
    .map((figure) => [figure.work.en, figure.right]);

const CHAIR = (second = '460', seats = '') =>
  [
    '柳林村村民委员会选举结果公告',
    `2026年4月12日，柳林村村民委员会换届选举，主任、委员分票选举${seats}。全村登记选民1,480人，参加投票的选民1,320人。`,
    `主任选票：发出1,320张，收回1,312张，有效票1,300张，无效票12张。张国强得票812票，李建华得票${second}票，张国强当选为主任。`,
    '委员选票：发出1,320张，收回1,310张，有效票1,296张，无效票14张。李秀兰得票1,050票，刘成得票977票，杨波得票420票，李秀兰、刘成当选为委员。',
  ].join('\n');

describe('the chair’s candidates together within the chair’s own ballot', () => {
  it('judges a 差额 chair vote within the chair ballot’s valid ballots right', () => {
    expect(findings(CHAIR())).toEqual([]);
    expect(within(CHAIR())).toContainEqual([
      "主任选票: The chair has one seat: its candidates' votes together (张国强 812, 李建华 460) are 1,272, no more than the 1,300 valid ballots: right",
      true,
    ]);
  });

  it('flags the chair’s candidates above the chair ballot’s valid ballots', () => {
    // 812 + 590 = 1,402, each alone within the chair's 1,300 valid ballots.
    expect(findings(CHAIR('590'))).toEqual([['ANNOUNCED_SUM_MISMATCH', '李建华得票590票']]);
  });

  it('never sums the members’ three candidates as one seat’s', () => {
    // 1,050 + 977 + 420 = 2,447, more than the members' 1,296 valid: two seats, no count of them stated.
    expect(findings(CHAIR())).toEqual([]);
    expect(within(CHAIR()).filter(([words]) => String(words).includes('together'))).toHaveLength(1);
  });
});

describe('the members’ candidates together within the seats times the members’ own ballot', () => {
  it('judges the members’ votes above the valid ballots but within seats × valid right', () => {
    const text = CHAIR('460', '，应选委员2名');
    expect(findings(text)).toEqual([]);
    expect(within(text)).toContainEqual([
      "委员选票: The members' post has 2 seats: its candidates' votes together (李秀兰 1,050, 刘成 977, 杨波 420) are 2,447, no more than 2 times the 1,296 valid ballots (2,592): right",
      true,
    ]);
  });

  it('flags the members’ votes above seats × valid', () => {
    const text = CHAIR('460', '，应选委员2名').replace('杨波得票420票', '杨波得票700票');
    // 1,050 + 977 + 700 = 2,727, more than 2 × 1,296 = 2,592.
    expect(findings(text)).toEqual([['ANNOUNCED_SUM_MISMATCH', '杨波得票700票']]);
  });
});

const HEADED = (chair: string, member: string, votes = '1,602') =>
  [
    '东湖社区居民委员会选举结果公告',
    '2026年5月10日，东湖社区居民委员会换届选举，主任、委员分设选票。登记选民2,480人，参加投票的选民2,130人。',
    `${chair}发出2,130张，收回2,121张，有效票1,690张，无效票431张。王丽华得票${votes}票，当选为主任。`,
    `${member}发出2,130张，收回2,118张，有效票2,101张，无效票17张。陈明得票1,720票，赵敏得票1,650票，当选为委员。`,
  ].join('\n');

describe('a post’s account under a heading naming the committee', () => {
  for (const [chair, member] of [
    ['居委会主任选票：', '居委会委员选票：'],
    ['社区居委会主任选票：', '社区居委会委员选票：'],
    ['居民委员会主任选票：', '居民委员会委员选票：'],
    ['村委会主任选举：', '村委会委员选举：'],
  ] as const)
    it(`reads ${chair} as the chair’s own ballot`, () => {
      const text = HEADED(chair, member);
      expect(findings(text)).toEqual([]);
      const post = member.replace('：', '');
      expect(within(text)).toContainEqual([
        `${post}: 陈明 1,720 votes, no more than the 2,101 valid ballots: right`,
        true,
      ]);
      // 1,720 is above the chair's 1,690 valid, within the members' 2,101: never flagged.
      expect(findings(HEADED(chair, member, '1,702'))).toEqual([
        ['ANNOUNCED_SUM_MISMATCH', '王丽华得票1,702票'],
      ]);
    });
});

const ONE_SENTENCE = (returned = '1,310', valid = '1,296', invalid = '14') =>
  [
    '柳林村村民委员会选举结果公告',
    `2026年4月12日，柳林村村民委员会换届选举，主任、委员分票选举。全村登记选民1,480人，参加投票的选民1,320人。主任选票发出1,320张、收回1,312张、有效票1,300张、无效票12张，委员选票发出1,320张、收回${returned}张、有效票${valid}张、无效票${invalid}张。`,
    '张国强得票812票，当选为主任；李秀兰得票1,050票，刘成得票977票，当选为委员。',
  ].join('\n');

describe('both posts’ accounts in one sentence without colons', () => {
  it('ties each account to its post', () => {
    expect(findings(ONE_SENTENCE())).toEqual([]);
    expect(within(ONE_SENTENCE())).toContainEqual([
      '委员选票: 李秀兰 1,050 votes, no more than the 1,296 valid ballots: right',
      true,
    ]);
  });

  it('checks the second post’s own account', () => {
    // 1,290 + 14 is not 1,310.
    expect(findings(ONE_SENTENCE('1,310', '1,290'))).toEqual([['ANNOUNCED_SUM_MISMATCH', '收回1,310张']]);
  });

  it('holds the members’ votes to their own ballot, fewer than the chair’s', () => {
    // Some voters left before the members' ballot: 1,040 returned, 1,020 valid; 李秀兰's 1,050 is above it.
    expect(findings(ONE_SENTENCE('1,040', '1,026'))).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '李秀兰得票1,050票'],
    ]);
    expect(findings(ONE_SENTENCE('1,040', '1,026').replace('1,050票', '1,010票'))).toEqual([]);
  });
});

describe("one post's ballots stating no invalid ballots, the next post's stating them", () => {
  const TWO = (invalid: string) =>
    [
      '北岭村村民委员会选举结果公告',
      '本村登记选民1,210人，参加投票1,050人。',
      '副主任选票：有效票1,040张，李强得票688票，王红得票330票，李强当选为副主任。',
      `委员选票：有效票1,036张，无效票${invalid}张，应选委员4名。陈刚得票901票，刘洋得票872票，黄敏得票803票，吴杰得票650票，陈刚、刘洋、黄敏、吴杰当选为委员。`,
    ].join('\n');

  it("never adds the members' invalid ballots to the vice chair's valid ones", () => {
    expect(findings(TWO('14'))).toEqual([]);
    expect(work(TWO('14')).judged.some((figure) => /1,054/.test(figure.work.en))).toBe(false);
  });
});

describe("two posts' valid ballots in one sentence, each named in its own words", () => {
  const ONE = (members: string) =>
    [
      '南湖村村民委员会选举结果公告',
      '本村登记选民1,500人，参加投票1,290人，参选率86.00%。',
      `主任选票有效票1,270张、委员选票有效票${members}张，主任候选人赵明得票801票，委员候选人钱芳得票1,005票、孙伟得票930票、周丽得票820票，赵明当选为主任，钱芳、孙伟、周丽当选为委员。`,
    ].join('\n');

  it("never takes the members' valid ballots for the chair's, nor sums the members' votes as the chair's", () => {
    expect(findings(ONE('1,262'))).toEqual([]);
    expect(within(ONE('1,262')).filter(([line]) => String(line).includes('The chair has one seat'))).toEqual(
      [],
    );
  });

  it("checks each member's votes within the members' own valid ballots", () => {
    expect(findings(ONE('1,000'))).toEqual([['ANNOUNCED_SUM_MISMATCH', '钱芳得票1,005票']]);
  });
});
