import { describe, expect, it } from 'vitest';
import { findings, work } from './corpus/read-shapes.js';

/**
 * The deputy chair's seats (选举副主任1名, 副主任职数1人, 选举主任1名、副主任2名、委员3名): with a ballot of their own,
 * the 副主任's candidates' votes together are no more than the seats times its valid ballots. Every number
 * and name is invented.
 */

const NOTICE = (seats: string, deputies: string) =>
  [
    '北坡村村民委员会选举结果公告',
    `2026年4月18日，北坡村村民委员会换届选举，主任、副主任、委员分别设票，${seats}。全村登记选民1,380人，参加投票的选民1,206人。`,
    '主任选票：发出1,206张，收回1,201张，有效票1,180张，无效票21张。赵德明得票702票，钱少华得票455票，赵德明当选为主任。',
    `副主任选票：发出1,206张，收回1,199张，有效票1,170张，无效票29张。${deputies}`,
    '委员选票：发出1,206张，收回1,198张，有效票1,185张，无效票13张。吴海燕得票1,102票，郑国平得票1,045票，当选为委员。',
  ].join('\n');

const ONE = (second = '512') => `孙立新得票630票，周文静得票${second}票，孙立新当选为副主任。`;
const TWO = (third = '600') =>
  `孙立新得票930票，周文静得票712票，王芳得票${third}票，孙立新、周文静当选为副主任。`;

const sums = (text: string) =>
  work(text)
    .judged.filter((figure) => figure.rule === 'votes-within-ballots' && figure.work.en.includes('deputy'))
    .map((figure) => [figure.work.en, figure.right]);

describe('the deputy chair’s seats', () => {
  it('sums a one-seat 副主任 ballot’s candidates against its valid ballots (选举副主任1名)', () => {
    const text = NOTICE('选举副主任1名', ONE());
    expect(findings(text)).toEqual([]);
    expect(sums(text)).toEqual([
      [
        "副主任选票: The deputy chair's post has 1 seat: its candidates' votes together (孙立新 630, 周文静 512) are 1,142, no more than 1 times the 1,170 valid ballots (1,170): right",
        true,
      ],
    ]);
    expect(findings(NOTICE('选举副主任1名', ONE('560')))).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '周文静得票560票'],
    ]);
  });

  it('reads 副主任职数1人 and 副主任2名 in the list of the seats to elect', () => {
    expect(
      findings(NOTICE('本届村民委员会职数5人，其中主任1人，副主任职数1人，委员3人', ONE('560'))),
    ).toEqual([['ANNOUNCED_SUM_MISMATCH', '周文静得票560票']]);
    expect(findings(NOTICE('选举主任1名、副主任2名、委员3名', TWO()))).toEqual([]);
    expect(findings(NOTICE('选举主任1名、副主任2名、委员3名', TWO().replace('930', '1,100')))).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '王芳得票600票'],
    ]);
  });

  it('sums nothing where the seats are stated twice apart, of the winners, or of a woman’s seat', () => {
    expect(sums(NOTICE('选举副主任1名，应选副主任2名', ONE('560')))).toEqual([]);
    expect(sums(NOTICE('选举产生主任1名、副主任1名、委员3名', ONE('560')))).toEqual([]);
    expect(sums(NOTICE('新当选副主任1名', ONE('560')))).toEqual([]);
    expect(sums(NOTICE('选举妇女副主任1名', ONE('560')))).toEqual([]);
  });
});
