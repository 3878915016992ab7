import { describe, expect, it } from 'vitest';
import { alarms, counts, judged, unread } from './corpus/read-shapes.js';
import { englishPartOpening } from './place-scope.js';

/**
 * English notices, seventh round (docs/announcement.md, “English texts”): the register and the voters in
 * plain words, a share after a candidate's votes of the whole its own sentence names, candidates' votes
 * listed under a heading, and a first-round winner. Names and numbers are invented; every share was
 * worked out with exact fractions.
 */

describe('the register and the voters in plain words', () => {
  it('reads voters, people or villagers on the register as the registered voters', () => {
    for (const text of [
      '2,310 voters were on the register. 1,848 voted.',
      '2,310 people were on the register. 1,848 voted.',
      'There were 2,310 voters on the register. 1,848 voted.',
      '2,310 voters are on the electoral register. 1,848 voted.',
    ])
      expect(counts(text)).toEqual(['registered 2310', 'cast 1848']);
  });

  it('judges the turnout beside them', () => {
    // 1,617 of 2,310 is 70.0% exactly.
    const text = '2,310 voters were on the register. 1,617 people cast their votes, a turnout of 70.0%.';
    expect(judged(text)).toContainEqual(['share', 'a turnout of 70.0%', true]);
    expect(alarms(text.replace('70.0%', '72.0%'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH 72.0%/70.0%']);
  });

  it('reads no electorate from those on the register said to do something else', () => {
    const text = 'Registered voters: 2,310. 800 voters on the register did not vote.';
    expect(counts(text)).toEqual(['registered 2310']);
  });

  it('reads electors who cast their votes, and people who came to vote, as the voters', () => {
    expect(counts('Registered voters: 2,310. 1,848 electors cast their votes.')).toEqual([
      'registered 2310',
      'cast 1848',
    ]);
    expect(counts('Registered voters: 2,310. 1,848 people came to vote.')).toEqual([
      'registered 2310',
      'cast 1848',
    ]);
    expect(counts('Registered voters: 2,310. 1,848 villagers came out to vote.')).toEqual([
      'registered 2310',
      'cast 1848',
    ]);
    expect(unread('Registered voters: 2,310. 1,848 villagers came out to vote.')).toEqual([]);
  });
});

describe('a share after a candidate’s votes, of the whole its own sentence names', () => {
  const labelled = 'Registered voters: 1,200. Ballots cast: 964. Valid ballots: 950.';
  const prose = 'There were 1,200 registered voters in Longtan Village. 964 villagers voted.';

  it('judges it as the votes over the ballots the sentence opens with', () => {
    // 320 of 640 is 50.0% exactly; of the 964 ballots cast it would be 33.2%, of the 950 valid 33.7%.
    const right = `${labelled}\nOf the 640 ballots in the east hamlet, Chan Tai-man received 320 votes (50.0%).`;
    expect(judged(right)).toContainEqual([
      'share',
      'Of the 640 ballots in the east hamlet, Chan Tai-man received 320 votes (50.0%)',
      true,
    ]);
    expect(alarms(right)).toEqual([]);
    // 26.7% is 320 of the 1,200 registered: no share of the hamlet's ballots.
    const wrong = `${prose}\nOf the 640 ballots, Chan Tai-man received 320 votes, or 26.7%.`;
    expect(alarms(wrong)).toEqual(['ANNOUNCED_PERCENT_MISMATCH 26.7%/50.0%']);
  });

  it('lists it unread when the whole the sentence names is of no ballots, never judging it by other totals', () => {
    const text = `${labelled}\nOf the 1,200 registered voters, Chan Tai-man received 320 votes (26.7%).`;
    expect(unread(text)).toContainEqual(['26.7%', 'ambiguous-base']);
    expect(alarms(text)).toEqual([]);
  });
});

describe('counts of a sentence that opens with a part of the place', () => {
  const labelled = 'Registered voters: 1,200. Ballots cast: 964. Valid ballots: 950.';

  it('keeps a station’s valid and invalid ballots out of the whole election’s account', () => {
    // 950 + 10 is 960, not 964: the 10 are the station's, of its own 640.
    for (const line of [
      'Of the 640 ballots cast at the main polling station, 630 were valid and 10 invalid.',
      'Of the 640 ballots cast at the second polling station, 630 were valid and 10 invalid.',
      'At the east polling station, 640 ballots were cast: 630 valid and 10 invalid.',
      'In Xiazhuang hamlet, 640 ballots were cast, 630 valid and 10 invalid.',
    ])
      expect(alarms(`${labelled}\n${line}`)).toEqual([]);
  });

  it('names no part where the station may be the only one', () => {
    expect(englishPartOpening('At the polling station, ')).toBeNull();
    expect(englishPartOpening('Of the 964 ballots cast at the polling station, ')).toBeNull();
    expect(englishPartOpening('Of the 640 ballots cast at the second polling station, ')).toBe(
      'the second polling station',
    );
    expect(englishPartOpening('In Xiazhuang hamlet, ')).toBe('xiazhuang hamlet');
  });
});
