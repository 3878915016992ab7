import { describe, expect, it } from 'vitest';
import { statedCount } from './announced-figures.js';
import { checkAnnouncementArithmetic } from './check-announcement-arithmetic.js';
import { readAnnouncementText } from './read-announcement-text.js';

/** A turnout of some of the voters, counted with their own voters (figures invented). */
const findings = (text: string) =>
  checkAnnouncementArithmetic(readAnnouncementText(text), 'en').map(
    (finding) => `${finding.code} ${finding.where?.text ?? ''}`,
  );
const unread = (text: string) => readAnnouncementText(text).unread.map((number) => number.reason);

describe('a turnout of a group of the voters (voter-subset.ts)', () => {
  it('is judged of the group, not of the electorate of another sentence', () => {
    const right =
      '某社区公告\n在外出务工返乡的300名选民中，有280名选民投票，投票率93.33%。全社区登记选民2400人，参加投票2000人，参选率83.33%。';
    expect(findings(right)).toEqual([]);
    expect(findings(right.replace('93.33%', '95.33%'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH 投票率95.33%']);
  });

  it('after the whole turnout, after 其中, judges each of its own voters', () => {
    const right =
      '全村登记选民1600人，参加投票1400人，参选率87.5%。在留守老人的200名选民中，有150名选民参加投票，投票率75%。';
    expect(findings(right)).toEqual([]);
    expect(findings(right.replace('87.5%', '85.5%'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH 参选率85.5%']);
    expect(
      findings(
        '本社区登记选民3000人，实际参加投票2700人，参选率90%，其中流动人口的400名选民中有320名参加投票，参选率80%。',
      ),
    ).toEqual([]);
  });

  it('never makes the group’s voters the election’s', () => {
    const text =
      '在新居民的500名选民中，有430名选民参加投票。全村登记选民2500人，参加投票2100人，参选率84%。';
    expect(statedCount(readAnnouncementText(text), 'cast')).toBe(2100);
    // With no voters of its own stated, the whole's turnout is of its ballots returned, not of the 280.
    const returned =
      '在外出务工的300名选民中，有280名选民投票，投票率93.33%。全村登记选民2400人，参选率83.33%，收回选票2000张。';
    expect(findings(returned)).toEqual([]);
    expect(statedCount(readAnnouncementText(returned), 'cast')).toBeNull();
  });

  it('ends at a clause opening with the whole place, whose turnout is the whole’s again', () => {
    const text =
      '在外出务工的300名选民中，有280名选民参加投票；全村登记选民2400人，参加投票2000人，参选率83.33%。';
    expect(findings(text)).toEqual([]);
    expect(findings(text.replace('83.33%', '85.33%'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH 参选率85.33%']);
  });

  it('is left unread when the group’s voters are not stated or the clause names the whole place', () => {
    expect(unread('登记选民2400人，参加投票2000人。在外出务工的300名选民中，投票率93.33%。')).toContain(
      'no-base',
    );
    expect(
      unread('登记选民2400人，参加投票2000人。在外出务工的300名选民中，有280名选民投票，全村投票率83.33%。'),
    ).toContain('ambiguous-base');
  });

  it('reads an English group of the voters the same way', () => {
    const text =
      'Registered voters: 2,400. Ballots cast: 2,000, a turnout of 83.33%.\nOf the 300 migrant voters, 280 voted (93.3%).';
    expect(findings(text)).toEqual([]);
    expect(findings(text.replace('(93.3%)', '(95.3%)'))).toHaveLength(1);
  });
});

describe('voters after 其中 that follows a group counted of the register (voter-subset.ts)', () => {
  const cast = (text: string) =>
    readAnnouncementText(text).figures.flatMap((figure) =>
      figure.kind === 'count' && figure.meaning === 'cast' ? [`${figure.value}${figure.among ?? ''}`] : [],
    );

  it("reads them as the group's voters, never as all the election's", () => {
    expect(cast('某村公告\n1,480名登记选民中有265人年满65周岁，占17.91%；其中参加投票的有241人。')).toEqual([
      '241年满',
    ]);
    expect(cast('某村公告\n本村登记选民1,480人，外出务工的有265人，其中参加投票的有41人。')).toEqual([
      '41外出',
    ]);
    expect(
      findings('某村公告\n本村登记选民1,480人，其中年满65周岁的有265人，其中参加投票的有241人。'),
    ).toEqual([]);
  });

  it('still reads the voters after 其中 that follows the register alone as the election’s', () => {
    expect(cast('某村公告\n本村登记选民1,480人，其中参加投票的有1,230人。')).toEqual(['1230']);
  });
});
