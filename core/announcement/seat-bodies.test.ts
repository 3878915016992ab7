import { describe, expect, it } from 'vitest';
import { findings } from './corpus/read-shapes.js';
import { COMMITTEE_WORDS, formsOf } from './body-words.js';
import { MEMBER_SEATS } from './member-seats.js';
import { SEATS } from './notice-competitiveness.js';
import { SEATS_LABEL } from './women-among-winners.js';

/** Every number and name here is invented. */
const committees = [...formsOf('committee'), '社区居委会', '社区居民委员会'];
const otherBodies = formsOf('supervision', 'party', 'representatives', 'group-heads');

describe('the seats of the committee, named by one list of bodies', () => {
  it('is one list: every form of the 村委会 and 居委会, 社区 before them, and no other body', () => {
    const committee = new RegExp(`^${COMMITTEE_WORDS}$`, 'u');
    for (const form of ['村民委员会', '村委会', '居民委员会', '居委会', '社区居委会', '社区居民委员会'])
      expect(committee.test(form)).toBe(true);
    for (const form of ['村务监督委员会', '居务监督委员会', '监委会', '村民代表', '党支部'])
      expect(committee.test(form)).toBe(false);
  });

  it('is read alike by the members’ seats, the candidates’ margin and the women among the winners', () => {
    for (const form of committees) {
      // The members' post, both ways a notice writes it.
      expect([form, MEMBER_SEATS.test(`应选${form}委员`), MEMBER_SEATS.test(`${form}委员（应选`)]).toEqual([
        form,
        true,
        true,
      ]);
      expect([form, SEATS.test(`应选${form}委员`), SEATS.test(`应选${form}成员`)]).toEqual([
        form,
        true,
        true,
      ]);
      expect([form, SEATS_LABEL.test(`应选${form}成员`)]).toEqual([form, true]);
    }
    for (const form of otherBodies) {
      expect([form, MEMBER_SEATS.test(`应选${form}委员`), MEMBER_SEATS.test(`${form}委员（应选`)]).toEqual([
        form,
        false,
        false,
      ]);
      expect([form, SEATS.test(`应选${form}委员`), SEATS.test(`应选${form}成员`)]).toEqual([
        form,
        false,
        false,
      ]);
      expect([form, SEATS_LABEL.test(`应选${form}成员`)]).toEqual([form, false]);
    }
  });

  it('reads the members’ seats after the words of their results (村委会委员选举结果（应选2名）)', () => {
    for (const form of committees)
      expect([form, MEMBER_SEATS.test(`${form}委员选举结果（应选`)]).toEqual([form, true]);
    const text = (second: string) =>
      '本村登记选民2106人，参加投票的选民1873人，收回选票1869张，有效票1852张，无效票17张。\n\n' +
      `2.村委会委员选举结果（应选2名）\n郑美玲 1822票\n冯军 ${second}票\n陈刚 702票\n\n郑美玲、冯军当选为村委会委员。\n`;
    expect(findings(text('1107'))).toEqual([]);
    // 1822 + 1790 + 702 = 4314 votes for 2 seats of 1852 valid ballots: more than 3704.
    expect(findings(text('1790'))).toEqual([['ANNOUNCED_SUM_MISMATCH', '陈刚 702票']]);
  });

  it('holds a residents’ committee’s winners to the seats its members’ heading states', () => {
    const account =
      '本社区登记选民2,400人，参加投票的选民2,050人，收回选票2,050张，有效票2,030张，无效票20张，选举有效。';
    const text = (declared: string) =>
      `${account}\n社区居委会委员（应选3名）：刘洋得票1,520票，陈静得票1,403票，黄伟得票1,306票，马军得票1,120票。${declared}`;
    expect(findings(text('刘洋、陈静、黄伟当选为社区居委会委员。'))).toEqual([]);
    expect(findings(text('刘洋、陈静、黄伟、马军当选为社区居委会委员。'))).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '刘洋、陈静、黄伟、马军当选为社区居委会委员'],
    ]);
  });
});
