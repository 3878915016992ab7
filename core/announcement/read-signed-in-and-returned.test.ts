import { describe, expect, it } from 'vitest';
import { counts, findings, rows, work } from './corpus/read-shapes.js';

/**
 * A village notice usually states both the voters signed in (参加投票的选民) and the ballots returned, and
 * they often differ by a few: a voter may leave without putting a ballot in the box. Neither difference
 * is a discrepancy, and a candidate's 得票率 may be given of either, or of the valid ballots. Every number
 * and name here is invented.
 */

const NOTICE = [
  '本村登记选民2100人，参加投票的选民1602人，收回选票1598张，其中有效票1590张，无效票8张。',
  '张明华得票1203张，得票率75.28%，当选为村民委员会主任；',
  '李秀英得票1101张，得票率68.90%，当选为村民委员会委员。',
].join('\n');

const shareWork = (text: string) =>
  [...work(text).judged, ...work(text).unjudged].filter((entry) => entry.text.startsWith('得票率'));

describe('voters signed in beside the ballots returned', () => {
  it('raises nothing when fewer ballots are returned than voters signed in, and lists that check as right', () => {
    expect(findings(NOTICE)).toEqual([]);
    expect(work(NOTICE).judged).toContainEqual(
      expect.objectContaining({
        rule: 'ballots',
        right: true,
        work: expect.objectContaining({
          en: '1,598 ballots returned, no more than the 1,602 voters who cast a ballot: right',
        }),
      }),
    );
  });

  it('warns when more ballots are returned than voters signed in', () => {
    const text = '本村登记选民2100人，参加投票的选民1590人，收回选票1598张，其中有效票1590张，无效票8张。';
    expect(findings(text)).toEqual([['ANNOUNCED_SUM_MISMATCH', '参加投票的选民1590人']]);
  });

  it('leaves a 得票率 right of the ballots returned but not of the voters unjudged, with every reading', () => {
    const shares = shareWork(NOTICE);
    expect(shares.map((entry) => ('reason' in entry ? entry.reason : 'judged'))).toEqual([
      'ambiguous-base',
      'ambiguous-base',
    ]);
    expect(shares[0]?.work.en).toContain('of 1,598 ballots returned it is 75.2816…%');
    expect(shares[0]?.work.en).toContain('of 1,602 voters who cast a ballot it is 75.0936…%');
  });

  it('still flags a 得票率 wrong of every count it could be given of', () => {
    const text = NOTICE.replace('75.28%', '77.28%');
    expect(findings(text)).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '得票率77.28%']]);
  });

  it('judges a 得票率 right of every count it could be given of as right', () => {
    const text = [
      '本村登记选民2100人，参加投票的选民1602人，收回选票1601张，其中有效票1600张，无效票1张。',
      '张明华得票1203张，得票率75.1%，当选为村民委员会主任。',
    ].join('\n');
    expect(findings(text)).toEqual([]);
    expect(shareWork(text).map((entry) => ('right' in entry ? entry.right : entry.reason))).toEqual([true]);
  });
});

describe('a count with thousands separators before a comma', () => {
  it('reads 1,009 whole when a comma and a space follow it', () => {
    const text = 'Registered voters: 1,400; ballots returned: 1,009, of which valid 995 and void 14.';
    expect(findings(text)).toEqual([]);
    expect(
      rows(text)
        .filter((row) => row[0] === 'count')
        .map((row) => [row[1], row[3]]),
    ).toContainEqual(['returned', 1009]);
  });

  it('still reads 1,009,5 as no grouped number (a comma before a digit continues the list)', () => {
    const counts = rows('valid ballots 1,009,5 invalid').filter((row) => row[0] === 'count');
    expect(counts.map((row) => row[3])).not.toContain(1009);
  });
});

describe('the electorate said as the place having voters', () => {
  it('reads 全社区有选民 and 该村有选民 as the registered voters, and checks the turnout against them', () => {
    // 2317 / 4106 = 56.429…% → 56.4%.
    const notice = (place: string, rate: string) =>
      `${place}有选民4106人，参加投票选民2317人，参选率${rate}%。`;
    expect(counts(notice('全社区', '56.4'))).toEqual(['registered 4106', 'cast 2317']);
    expect(findings(notice('该村', '56.4'))).toEqual([]);
    expect(findings(notice('全社区', '57.7'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '参选率57.7%']]);
  });

  it('reads no electorate from a count of voters’ representatives', () => {
    expect(counts('全村有选民代表46人参加会议。')).toEqual([]);
    expect(counts('共有选民代表46人。')).toEqual([]);
  });
});
