import { describe, expect, it } from 'vitest';
import type { VacancyRule } from './rule-pack.js';
import {
  describeRunoffDeadline,
  describeVacancy,
  describeVacancyRule,
  vacancyStanding,
  type CommitteeOutcome,
} from './vacancy.js';

const afterRunoff: VacancyRule = {
  after: 'runoff',
  minMembers: 3,
  chairElected: false,
  decidedBy: 'measures',
};
const withChair: VacancyRule = {
  after: 'runoff',
  minMembers: 4,
  chairElected: true,
  decidedBy: 'villagers-meeting',
};
const afterFirst: VacancyRule = {
  after: 'first',
  minMembers: 3,
  chairElected: false,
  decidedBy: 'villagers-meeting',
};

const outcome = (
  membersElected: number,
  chairElected: boolean | null,
  wholeCommittee: boolean,
): CommitteeOutcome => ({ membersElected, chairElected, wholeCommittee });

describe('vacancyStanding', () => {
  it('does not apply without a rule or in the other round', () => {
    expect(vacancyStanding(undefined, 'runoff', outcome(5, true, false))).toBeNull();
    expect(vacancyStanding(afterRunoff, 'first', outcome(5, true, true))).toBeNull();
    expect(vacancyStanding(afterFirst, 'runoff', outcome(5, true, false))).toBeNull();
  });

  it('allows vacancy from exactly the least number of members, not one below', () => {
    expect(vacancyStanding(afterFirst, 'first', outcome(3, null, true))).toBe('allowed');
    expect(vacancyStanding(afterFirst, 'first', outcome(2, null, true))).toBe('not-allowed');
    expect(vacancyStanding(afterRunoff, 'runoff', outcome(3, null, false))).toBe('allowed');
  });

  it('leaves a short count open when members elected earlier are not in the input', () => {
    expect(vacancyStanding(afterRunoff, 'runoff', outcome(2, null, false))).toBe('unknown');
    expect(vacancyStanding(afterRunoff, 'runoff', outcome(0, false, false))).toBe('unknown');
  });

  it('requires the chair where the rule says so', () => {
    expect(vacancyStanding(withChair, 'runoff', outcome(4, true, false))).toBe('allowed');
    expect(vacancyStanding(withChair, 'runoff', outcome(3, true, false))).toBe('unknown');
    // A chair's seat still open in the runoff means there is no chair, whoever came before.
    expect(vacancyStanding(withChair, 'runoff', outcome(6, false, false))).toBe('not-allowed');
    // No chair's contest at hand: it may have been filled in the first vote.
    expect(vacancyStanding(withChair, 'runoff', outcome(4, null, false))).toBe('unknown');
  });
});

describe('describeVacancy', () => {
  const source = { zh: '某省办法', en: 'some measures' };

  it('says who decides and on what count', () => {
    const allowed = describeVacancy(withChair, 'allowed', outcome(4, true, false), source);
    expect(allowed.zh).toContain('已选出村民委员会成员4人');
    expect(allowed.zh).toContain('且已选出主任');
    expect(allowed.zh).toContain('由村民会议或者村民代表会议决定');
    expect(allowed.en).toContain("villagers' meeting");
    const byMeasures = describeVacancy(afterRunoff, 'allowed', outcome(3, null, false), source);
    expect(byMeasures.zh).toContain('所缺名额可以空缺（某省办法）');
    expect(byMeasures.zh).not.toContain('村民会议');
  });

  it('says why the seats may not stay vacant', () => {
    expect(describeVacancy(afterFirst, 'not-allowed', outcome(2, null, true), source).zh).toContain(
      '已选出2人，未达到3人，所缺名额不能暂缺',
    );
    expect(describeVacancy(withChair, 'not-allowed', outcome(5, false, false), source).en).toContain(
      'the chair is not elected',
    );
  });

  it('states the condition when it depends on earlier members', () => {
    const unknown = describeVacancy(afterRunoff, 'unknown', outcome(1, null, false), source);
    expect(unknown.zh).toContain('连同此前当选者，村民委员会成员达到3人的');
    expect(unknown.en).toContain('with those elected before');
  });
});

describe('describeRunoffDeadline', () => {
  it('names the days, or nothing', () => {
    expect(describeRunoffDeadline(15)).toEqual({ zh: '在15日内', en: ' within 15 days' });
    expect(describeRunoffDeadline(undefined)).toEqual({ zh: '', en: '' });
  });
});

describe('describeVacancyRule', () => {
  it('says when, on what count and who decides', () => {
    expect(describeVacancyRule(afterRunoff)).toEqual({
      zh: '另行选举后，村民委员会成员达到3人的，所缺名额可以空缺',
      en: 'after the runoff, with at least 3 committee members, the open seats may stay vacant',
    });
    const beijing = describeVacancyRule(withChair);
    expect(beijing.zh).toBe(
      '另行选举后，村民委员会成员达到4人且已选出主任的，所缺名额可以暂缺、不再另行选举，由村民会议或者村民代表会议决定',
    );
    expect(beijing.en).toContain('at least 4 committee members, the chair among them');
    expect(describeVacancyRule(afterFirst).zh).toMatch(/^第一次投票后，村民委员会成员达到3人的/);
    expect(describeVacancyRule(afterFirst).en).toMatch(/^after the first vote, with at least 3/);
  });
});
