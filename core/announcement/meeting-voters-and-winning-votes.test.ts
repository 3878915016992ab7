import { describe, expect, it } from 'vitest';
import { alarms, counts, judged, unread, work } from './corpus/read-shapes.js';

const unjudged = (text: string) => work(text).unjudged.map((figure) => [figure.text, figure.reason]);

const HEAD = '东湖村第十二届村民委员会选举结果公告\n\n';
const SIGNED = '\n\n东湖村村民选举委员会\n2026年11月8日\n';
const RESULTS = '选举结果如下：\n主任：张伟，得票300票；\n委员：李芳，得票290票；王强，得票280票。';

/**
 * 实到会选民421人: those present at the election meeting, not the voters; voters may vote at polling
 * places, by proxy or at home in words a notice puts anywhere (set review7).
 */
describe('voters present at the election meeting', () => {
  const meeting = (
    account: string,
    before = '东湖村于2026年11月8日召开选举大会，选举产生第十二届村民委员会。',
  ) => `${HEAD}${before}${account}\n${RESULTS}${SIGNED}`;

  it('never judges the quorum on those present or due at the meeting', () => {
    for (const text of [
      meeting('应到选民986人，实到会选民421人。'),
      meeting('应到会选民986人，实到会选民421人。'),
      // Those who voted elsewhere, in words no list can hold: 投票处, 入户, 代理, 托人.
      meeting('本村登记选民1650人，选举大会实到会选民510人，在投票处领票投票的有460人。'),
      meeting('本村登记选民900人，选举大会实到会选民430人。\n工作人员携带选票入户，入户投票86人。'),
      meeting('本村登记选民1260人，选举大会实到会选民590人，办理代理投票手续的共215人，合计805人。'),
      meeting('本村登记选民1640人，选举大会实到会选民610人。\n因病或外出不能到会的，可托人投票，共362人。'),
    ]) {
      expect(counts(text)).not.toContain('cast 421');
      expect(alarms(text, true).filter((alarm) => /ELECTION_VOID|TURNOUT_BELOW_QUORUM/.test(alarm))).toEqual(
        [],
      );
    }
  });
});

const ACCOUNT =
  '东湖村于2026年11月8日召开选举大会。本村登记选民1520人，参加投票的选民1304人，发出选票1304张，收回选票1298张，其中有效票1290张，无效票8张。\n';
const notice = (results: string) => `${HEAD}${ACCOUNT}${results}${SIGNED}`;

/** 以1200票的绝对优势当选, 以812票高票当选, 以超过半数的803票当选: the votes the winner won with. */
describe('votes a winner won with, said with the way they were won', () => {
  it('reads them as the winner’s votes and the name as elected, with no alarm when they are over half', () => {
    const text = notice(
      '张伟以1200票的绝对优势当选村委会主任。李芳以812票高票当选委员，王强以超过半数的803票当选委员。',
    );
    expect(unread(text)).toEqual([]);
    expect(alarms(text, true)).toEqual([]);
  });

  it('judges a winner below half of the ballots cast by the pack', () => {
    for (const results of [
      '张伟以600票的绝对优势当选村委会主任。',
      '李芳以612票高票当选委员。',
      '王强以超过半数的603票当选委员。',
    ])
      expect(alarms(notice(results), true)).toEqual([expect.stringMatching(/^ANNOUNCED_WINNER_MISMATCH /)]);
  });

  it('still leaves a lead that may be a margin unread, and 绝对优势 with no number alone', () => {
    expect(unread(notice('张伟以300票的优势当选村委会主任。'))).toContainEqual(['300', 'margin-or-votes']);
    expect(alarms(notice('张伟以300票的优势当选村委会主任。'), true)).toEqual([]);
    expect(alarms(notice('张伟以绝对优势当选村委会主任，得票1200票。'), true)).toEqual([]);
  });
});

/** 得票率92.0%（占参加投票人数的92.0%）: the bracket restates the share with its base. */
describe('a vote share restated in brackets with its base', () => {
  it('judges the share of the base the bracket names, where it was left of either base', () => {
    const text = notice('张伟得票1200票，得票率92.0%（占参加投票人数的92.0%），当选主任。');
    expect(judged(text)).toContainEqual(['share', '得票率92.0%', true]);
    expect(unread(text)).toEqual([]);
    expect(alarms(text, true)).toEqual([]);
  });

  it('flags a wrong share so restated', () => {
    const text = notice('张伟得票1200票，得票率92.3%（占参加投票人数的92.3%），当选主任。');
    expect(judged(text)).toContainEqual(['share', '得票率92.3%', false]);
  });

  it('gives the share of a later candidate to that candidate, the bracket being no second share', () => {
    const restated = notice('张伟得票1200票；李芳得票903票，得票率69.2%（占参加投票人数的69.2%）。');
    expect(judged(restated)).toContainEqual(['share', '得票率69.2%', true]);
    expect(alarms(restated, true)).toEqual([]);
    // Another share of another base in the bracket: the 得票率 is of either base, as without it.
    const other = notice(
      '主任：张伟，得票1200票，得票率92.0%；\n委员：李芳，得票903票，得票率69.2%（占有效票的70.0%）。',
    );
    expect(unjudged(other)).toContainEqual(['得票率69.2%', 'ambiguous-base']);
    expect(alarms(other, true)).toEqual([]);
  });

  it('leaves the share of either base when the bracket gives another share of another base', () => {
    const text = notice('张伟得票1200票，得票率92.0%（占有效票的93.0%），当选主任。');
    expect(unjudged(text)).toContainEqual(['得票率92.0%', 'ambiguous-base']);
    expect(alarms(text, true)).toEqual([]);
  });
});
