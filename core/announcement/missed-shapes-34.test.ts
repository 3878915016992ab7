import { describe, expect, it } from 'vitest';
import { alarms, findings } from './corpus/read-shapes.js';

/** Planted errors the reader missed before: figures invented. */
const RES_TITLE = '文化路社区居民委员会主任选举结果公告\n';

describe("a confirmation vote's three said in a sentence after the candidate's name and 得", () => {
  const text = (against: string, after = '') =>
    `${RES_TITLE}本社区登记选民3,902人，参加投票2,891人，收回选票2,891张，其中有效票2,852张，无效票39张。\n主任候选人王建军得赞成票2,701票，反对票${against}票，弃权票64票。${after}王建军当选为主任。`;

  it('flags the three above the valid ballots', () => {
    expect(findings(text('87'))).toEqual([]);
    expect(findings(text('97'))).toEqual([['ANNOUNCED_SUM_MISMATCH', '有效票2,852张']]);
  });

  it('still sums them beside a share of the valid ballots', () => {
    expect(findings(text('87', '赞成票占有效票的94.71%，'))).toEqual([]);
    expect(findings(text('97', '赞成票占有效票的94.71%，'))).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '有效票2,852张'],
    ]);
  });

  it('sums nothing where the posts were voted on apart', () => {
    expect(findings(text('97', '本次选举主任、委员分别投票。'))).toEqual([]);
  });
});

describe("a re-vote's winner said to be over half of the re-vote's voters", () => {
  const text = (votes: string, claim = '超过参加投票人数的半数，') =>
    `上坪村第十二届村民委员会选举结果公告\n上坪村登记选民1,268人，参加投票1,104人，参选率87.07%，选举有效。发出选票1,104张，收回1,104张，有效票1,090张，无效票14张。\n主任候选人卢建平、卢志强各得票486票，票数相等，均未过半数；委员候选人卢秀梅（女）得票903票、黄国华得票851票，当选。\n4月19日下午就主任一职进行再次投票，参加投票1,021人，有效票1,012张，卢建平得票${votes}票，${claim}当选主任。`;

  it('holds the claim to the voters', () => {
    expect(alarms(text('520'), true)).toEqual([]);
    expect(alarms(text('504'), true)).toEqual(['ANNOUNCED_MISMATCH 504/511']);
  });

  it('asks no half where the notice claims none (the most votes win a re-vote)', () => {
    expect(alarms(text('504', ''), true)).toEqual([]);
  });
});

describe("a confirmation vote's three where the posts were voted on apart", () => {
  const text = (against: string, voters = '参加投票726人（含委托投票37人、流动票箱52人）') =>
    `沙坪村村民委员会选举结果报告\n登记选民842人；${voters}；有效票719张。\n主任：童国良\u3000赞成604票，反对${against}票，弃权44票，当选；\n委员：甘志成\u3000赞成541票，反对90票，弃权41票，当选。\n本次选举为村民委员会主任、委员分别投票。`;

  it('holds the three to the voters, every ballot of either post being within them', () => {
    expect(findings(text('78'))).toEqual([]);
    expect(findings(text('171'))).toEqual([['ANNOUNCED_SUM_MISMATCH', '参加投票726人']]);
  });

  it('holds them to nothing where the voters are stated twice', () => {
    expect(findings(text('171', '参加投票726人；主任选票参加投票726人'))).toEqual([]);
  });
});
