import { describe, expect, it } from 'vitest';
import { findings } from './corpus/read-shapes.js';

/**
 * The polling stations' voters listed after 其中 once the election is declared valid (参加投票1035人，
 * 参选率90.00%，选举有效。其中：第1投票站投票412人，…), and proxies counted apart from the stations. Every
 * number and name here is invented.
 */
const HEAD = '东湖社区设投票站3个。全社区登记选民1150人，参加投票1035人，参选率90.00%，';
const ACCOUNT =
  '\n共发出选票1035张，收回选票1035张，有效票1022张，无效票13张。\n杜红梅得票901票当选为主任。\n';

describe('the stations after 其中 once the election is declared valid', () => {
  const notice = (declared: string, second: number) =>
    `${HEAD}${declared}。其中：第1投票站投票412人，第2投票站投票${second}人，第3投票站（流动票箱）投票235人。${ACCOUNT}`;

  it('holds the stations, each with the voters’ 投票, to the voters', () => {
    expect(findings(notice('选举有效', 388))).toEqual([]);
    expect(findings(notice('本次选举合法有效', 388))).toEqual([]);
    expect(findings(notice('选举有效', 398))).toEqual([['ANNOUNCED_SUM_MISMATCH', '参加投票1035人']]);
  });

  it('sums nothing when the stations’ counts do not say they are of the voters', () => {
    const registered = `${HEAD}选举有效。其中：第1投票站登记选民460人，第2投票站登记选民430人，第3投票站登记选民260人。${ACCOUNT}`;
    expect(findings(registered)).toEqual([]);
    const bare = `${HEAD}选举有效。其中：第1投票站460人，第2投票站430人，第3投票站260人。${ACCOUNT}`;
    expect(findings(bare)).toEqual([]);
  });
});

describe('the stations’ voters where proxies are counted apart', () => {
  it('holds them to no more than the voters, never exactly', () => {
    const apart = (declared: string) =>
      `${HEAD}${declared}其中：第1投票站投票400人，第2投票站投票380人，第3投票站（流动票箱）投票235人。委托投票20人。${ACCOUNT}`;
    expect(findings(apart(''))).toEqual([]);
    expect(findings(apart('选举有效。'))).toEqual([]);
    const over = `${HEAD}选举有效。其中：第1投票站投票410人，第2投票站投票380人，第3投票站（流动票箱）投票265人。委托投票20人。${ACCOUNT}`;
    expect(findings(over)).toEqual([['ANNOUNCED_SUM_MISMATCH', '参加投票1035人']]);
  });
});
