import { describe, expect, it } from 'vitest';
import { counts, reportUnderPack } from './corpus/read-shapes.js';

/**
 * A whole stated first in an English sentence's opening `Of the …,` and its parts after it: the
 * representatives due and those who came (`Of the 64 resident representatives, 41 attended the meeting`),
 * the valid ballots and the yes, no and abstaining votes of one candidate (`Of the 2,852 valid ballots,
 * 2,701 were in favour, 87 against and 64 abstentions`); and a runoff's own register and voters under a
 * title of two villages (青松镇两村 … 西湾村另行选举，登记选民1600人，参加投票700人). Invented numbers.
 */

const alarmsUnder = (pack: string) => (text: string) =>
  reportUnderPack(text, pack)
    .findings.filter((finding) => finding.severity !== 'info')
    .map((finding) => `${finding.code} ${finding.found ?? ''}/${finding.expected ?? ''}`);
const byRepresentatives = alarmsUnder('cn-residents:representatives');
const residents = alarmsUnder('cn-residents');
const village = alarmsUnder('cn-village');

const fuxing = (sentence: string) =>
  [
    'Resident representatives choose Fuxing committee',
    '',
    "The ninth residents' committee of Fuxing Community was elected by a meeting of resident representatives on May 21, 2026.",
    '',
    `${sentence} Huo Jianhua was elected director with 38 votes.`,
  ].join('\n');

describe('`Of the 64 resident representatives, 41 attended the meeting`', () => {
  it("reads the representatives due and those who came as the meeting's", () => {
    const text = fuxing('Of the 64 resident representatives, 41 attended the meeting.');
    expect(counts(text)).toEqual(expect.arrayContaining(['registered 64', 'cast 41']));
    // 41 of 64 is not more than two thirds (43 needed).
    expect(byRepresentatives(text)).toContain('TURNOUT_BELOW_QUORUM 41/43');
    expect(byRepresentatives(fuxing("Of the community's 64 resident representatives, 58 attended."))).toEqual(
      [],
    );
  });

  it.each([
    'Of the 64 resident representatives, 41 attended the meeting that adopted the election rules.',
    'Of the 64 resident representatives, 41 attended in person and 17 by video link.',
    'Of the 64 resident representatives, 41 voted for Huo Jianhua.',
    'Of the 64 resident representatives, 41 were women.',
    'On May 2, of the 64 resident representatives, 41 attended the meeting.',
  ])('reads nothing of it in `%s`', (sentence) => {
    const text = fuxing(sentence);
    expect(counts(text)).not.toContain('cast 41');
    expect(byRepresentatives(text)).toEqual([]);
  });

  it('reads nothing of it in an election by all voters', () => {
    const text = [
      "Qinghe Community held its residents' committee election on 26 April 2026, all registered voters taking part. The election rules were approved by a meeting of resident representatives.",
      'Of the 64 resident representatives, 41 attended the meeting.',
      'Of the 2,618 registered voters, 2,202 voted, and Chen Jun was elected chair with 2,021 votes.',
    ].join('\n');
    expect(counts(text)).not.toContain('cast 41');
    expect(residents(text)).toEqual([]);
  });
});

const wenhua = (sentence: string) =>
  [
    'Incumbent returns as Wenhua Road director',
    '',
    "Wang Jianjun was re-elected director of the Wenhua Road Community residents' committee on May 9, 2026, in a single-candidate vote.",
    '',
    `Of the 3,902 registered voters, 2,891 voted. ${sentence}`,
  ].join('\n');

describe('`Of the 2,852 valid ballots, 2,701 were in favour, 87 against and 64 abstentions`', () => {
  it('holds the three to no more than the valid ballots', () => {
    expect(
      residents(wenhua('Of the 2,842 valid ballots, 2,701 were in favour, 87 against and 64 abstentions.')),
    ).toEqual(['ANNOUNCED_SUM_MISMATCH 2852/2842']);
    expect(residents(wenhua('Of the 55 valid ballots, 52 were for, 3 against and 1 abstained.'))).toEqual([
      'ANNOUNCED_SUM_MISMATCH 56/55',
    ]);
    expect(
      residents(
        wenhua('Of the 1,990 valid ballots cast for deputy director, 1,880 were in favour and 120 against.'),
      ),
    ).toEqual(['ANNOUNCED_SUM_MISMATCH 2000/1990']);
  });

  it.each([
    'Of the 2,852 valid ballots, 2,701 were in favour, 87 against and 64 abstentions.',
    // Fewer: someone else written in on 24 ballots, which the sentence need not say.
    'Of the 2,852 valid ballots, 2,701 were in favour, 87 against and 40 abstentions.',
    // Votes of three members on each ballot.
    'Of the 2,852 valid ballots for the three members, 8,103 votes were in favour, 261 against and 192 abstentions.',
    'Of the 2,852 valid ballots, 94.71% were in favour, 3.05% against and 2.24% abstained.',
    'Of the 2,852 valid ballots, 2,701 were in favour of Wang Jianjun, 2,650 of Li Na and 2,600 of Zhou Min.',
    'Of the 2,852 valid ballots, 2,701 were in favour, 87 against and 64 abstentions, as 2,891 voted.',
  ])('raises nothing on `%s`', (sentence) => expect(residents(wenhua(sentence))).toEqual([]));
});

describe('a runoff’s own register and voters under a title of two villages', () => {
  const two = (voters: number, register = '登记选民1600人，') =>
    `青松镇两村村委会选举情况\n\n东湾村登记选民1630人，参加投票1402人，王建国得812票当选主任。西湾村另行选举，${register}参加投票${voters}人，赵磊得352票当选委员。`;

  it('holds the runoff’s voters to its own register', () => {
    expect(village(two(700))).toEqual(['TURNOUT_BELOW_QUORUM 700/801']);
    expect(village(two(801))).toEqual([]);
    expect(village(two(900))).toEqual([]);
  });

  it('never to a register the runoff does not state as its own', () => {
    expect(village(two(700, ''))).toEqual([]);
  });
});

describe('`52.6 percent of the 1,034 … members …, or 544 members`', () => {
  const city = (sentence: string) =>
    `Women win more seats in city's community elections\n\n${sentence} the city civil affairs bureau said on June 30, 2026.`;

  it('judges the share by the part after `, or` over the whole after `percent of the`', () => {
    expect(
      residents(
        city(
          "Women account for 54.4 percent of the 1,034 residents' committee members elected across the city this spring, or 544 members,",
        ),
      ),
    ).toEqual(['ANNOUNCED_PERCENT_MISMATCH 54.4%/52.6%']);
    expect(
      residents(city('Women account for 52.6 percent of the 1,034 members elected in 2026, or 544 members,')),
    ).toEqual([]);
  });

  it.each([
    'Women account for about 53 percent of the 1,034 members, or 544 members,',
    'Women account for 52.6 percent of the 1,034 members, or 544 directors,',
    'Women account for 52.6 percent of the 1,034 members, or 560 members in all,',
    'Women account for 52.6 percent of the 1,034 members and directors, or 560 members,',
  ])('judges nothing in `%s`', (sentence) => expect(residents(city(sentence))).toEqual([]));
});

describe("`Of the community's 2,146 households, 1,738 sent a representative to vote, a household turnout of 80.99%`", () => {
  const donghu = (sentence: string) =>
    `Household representatives elect Donghu committee\n\nDonghu Community elected its tenth residents' committee on April 18, 2026, with each household sending one representative to vote.\n\n${sentence}`;

  it('judges the share by the part over the whole the sentence opens with, giving neither a meaning', () => {
    expect(
      residents(
        donghu(
          "Of the community's 2,146 households, 1,738 sent a representative to vote, a household turnout of 81.99%.",
        ),
      ),
    ).toEqual(['ANNOUNCED_PERCENT_MISMATCH 81.99%/80.99%']);
    expect(
      residents(
        donghu(
          "Of the community's 2,146 households, 1,738 sent a representative to vote, a household turnout of 80.99%.",
        ),
      ),
    ).toEqual([]);
  });

  it.each([
    "Of the community's 7,456 registered voters in 2,146 households, 1,738 households voted, a household turnout of 80.99%.",
    "Of the community's 2,146 households, about 1,740 sent a representative to vote, a household turnout of 81%.",
  ])('judges nothing in `%s`', (sentence) => expect(residents(donghu(sentence))).toEqual([]));
});
