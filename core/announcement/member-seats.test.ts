import { describe, expect, it } from 'vitest';
import { findings, judged } from './corpus/read-shapes.js';

/** The members' post with its seats stated (member-seats.ts): its votes together and its winners. */
describe('the seats of the members stated once', () => {
  const account =
    '全村登记选民1,200人，参加投票的选民1,050人，收回选票1,050张，有效票1,040张，无效票10张，选举有效。';
  const votes = (third: string) =>
    `${account}本次选举应选村民委员会委员3名。\n\n委员选举结果：刘一得票1,010票，刘二得票1,005票，刘三得票${third}票，刘四得票98票。刘一、刘二、刘三当选为村民委员会委员。`;

  it('holds the candidates’ votes together to the seats times the valid ballots', () => {
    expect(findings(votes('980'))).toEqual([]);
    expect(judged(votes('980'))).toContainEqual(['votes-within-ballots', '刘四得票98票', true]);
    // 1010 + 1005 + 1020 + 98 = 3133 > 3 × 1040: each alone within the ballots, together not.
    expect(findings(votes('1,020'))).toEqual([['ANNOUNCED_SUM_MISMATCH', '刘四得票98票']]);
  });

  const winners = (declared: string) =>
    `${account}本次选举应选村民委员会委员3名，正式候选人5名。\n\n委员选举结果：刘洋得票920票，陈静得票803票，黄伟得票706票，${declared}`;

  it('holds the winners declared to the seats', () => {
    const right = winners('以上3人当选为村民委员会委员；马军得票620票，未当选。');
    expect(findings(right)).toEqual([]);
    expect(judged(right)).toContainEqual(['winners-within-seats', '当选', true]);
    expect(findings(winners('马军得票620票。以上4人当选为村民委员会委员。'))).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '当选'],
    ]);
    expect(findings(winners('刘洋、陈静、黄伟、马军当选为村民委员会委员。'))).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '刘洋、陈静、黄伟、马军当选为村民委员会委员'],
    ]);
  });

  it('judges nothing where the seats of another post are stated, or two counts of them differ', () => {
    for (const text of [
      // 委员 in the wide sense, the chair among them.
      `${account}本次选举应选主任1名、委员3名。\n\n刘洋得票920票，陈静得票803票，黄伟得票706票，马军得票620票，刘洋、陈静、黄伟、马军当选为村民委员会委员，其中刘洋为主任。`,
      `${account}应选村民委员会委员3名，正式候选人5名。应选委员4名。\n\n刘洋、陈静、黄伟、马军当选为村民委员会委员。`,
      `${account}应选村民委员会成员4名。应选委员3名。\n\n刘洋、陈静、黄伟、马军当选为村民委员会委员。`,
    ]) {
      expect(findings(text)).toEqual([]);
      expect(judged(text).filter(([rule]) => rule === 'winners-within-seats')).toEqual([]);
    }
  });

  it('judges nothing beside a post for a woman member, whose votes read as the members’', () => {
    for (const women of [
      '妇女委员：孙丽，得票1,000票，当选。',
      '妇女委员选举结果：孙丽得票1,000票，当选为村民委员会妇女委员。',
    ]) {
      const text = `${account}本次选举应选村民委员会委员2名。\n\n委员：刘洋得票900票，陈静得票850票，黄伟得票206票。刘洋、陈静当选为村民委员会委员。\n${women}`;
      expect(findings(text)).toEqual([]);
    }
  });

  it('judges nothing where the members declared may be of both committees', () => {
    const text = `${account}应选村民委员会委员3名。\n\n张强、李明、王红、赵六当选为村“两委”委员。`;
    expect(findings(text)).toEqual([]);
  });

  it('leaves a runoff’s notice and a supervisory committee’s winners alone', () => {
    const runoff = `大岭村村民委员会委员另行选举结果公告\n\n${account}应选委员1名。刘洋、陈静当选为村民委员会委员。`;
    expect(findings(runoff)).toEqual([]);
    const other = `${account}应选村民委员会委员3名。\n\n刘洋、陈静、黄伟当选为村民委员会委员；王一、王二当选为村务监督委员会委员。`;
    expect(findings(other)).toEqual([]);
  });
});
