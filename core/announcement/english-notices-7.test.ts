import { describe, expect, it } from 'vitest';
import { alarms, counts, judged, reportAlone, unread, work } from './corpus/read-shapes.js';
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
    const wrong = `${prose}\nOf the 640 ballots cast at the east station, Chan Tai-man received 320 votes, or 26.7%.`;
    expect(alarms(wrong)).toEqual(['ANNOUNCED_PERCENT_MISMATCH 26.7%/50.0%']);
  });

  it('lists it unread when the whole is ballots of no named place and no total the text states', () => {
    const text = `${labelled}\nOf the 640 ballots, Chan Tai-man received 320 votes, or 50.0%.`;
    expect(unread(text)).toContainEqual(['50.0%', 'ambiguous-base']);
    expect(alarms(text)).toEqual([]);
    // The election's own ballots: of them or of the valid ballots, as any share after votes
    // (480 of 964 is 49.8%, of 950 valid 50.5%).
    const own = `${labelled}\nOf the 964 ballots cast, Chan Tai-man received 480 votes (50.5%).`;
    expect(unread(own)).toContainEqual(['50.5%', 'ambiguous-base']);
    expect(alarms(own)).toEqual([]);
  });

  it('judges a part’s share of a whole named with its place, never of the earlier total', () => {
    // 320 of 640 is 50.0%; 26.7% is 320 of the 1,200 registered in the sentence before.
    const text = (share: string) =>
      `${prose}\nOf the 640 ballots cast at the main polling station, 320 went to Chan Tai-man (${share}).`;
    expect(judged(text('50.0%'))).toContainEqual([
      'share',
      'Of the 640 ballots cast at the main polling station, 320 went to Chan Tai-man (50.0%)',
      true,
    ]);
    expect(alarms(text('26.7%'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH 26.7%/50.0%']);
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

describe('candidates’ votes listed under a heading, without the word votes', () => {
  const ballots = 'Registered voters: 3,000. Ballots cast: 2,240. Valid ballots: 2,221. Invalid: 19.';

  it('reads a bare number after a name as votes under a heading that says votes', () => {
    const block = `${ballots}\n\nVotes received\nChan Tai-man 1,234\nLee Siu-ming 987\n`;
    expect(judged(block)).toContainEqual(['votes-within-ballots', 'Chan Tai-man 1,234', true]);
    expect(judged(block)).toContainEqual(['votes-within-ballots', 'Lee Siu-ming 987', true]);
    const inline = `${ballots}\nVotes obtained: Chan Tai-man 1,234; Lee Siu-ming 987`;
    expect(judged(inline)).toContainEqual(['votes-within-ballots', 'Lee Siu-ming 987', true]);
    // More votes than valid ballots: an error the list now shows.
    expect(alarms(`${ballots}\nVote count: Chan Tai-man 2,234; Lee Siu-ming 987`)).toEqual([
      'ANNOUNCED_SUM_MISMATCH 2234/2221',
    ]);
  });

  it('lists the numbers unread with their reason under a heading that does not say votes', () => {
    const inline = `${ballots}\nResults: Chan 1,234, Lee 987`;
    expect(unread(inline)).toEqual([
      ['1,234', 'bare-after-name'],
      ['987', 'bare-after-name'],
    ]);
    const block = `${ballots}\n\nResults\nChan Tai-man 2,234\nLee Siu-ming 987\n`;
    expect(unread(block)).toContainEqual(['2,234', 'bare-after-name']);
    expect(alarms(block)).toEqual([]);
  });

  it('ends the block at a line of other numbers', () => {
    const text = `${ballots}\n\nVotes received\nChan Tai-man 1,234\nAges: Chan 52\n`;
    expect(judged(text).filter(([rule]) => rule === 'votes-within-ballots')).toEqual([
      ['votes-within-ballots', 'Chan Tai-man 1,234', true],
    ]);
  });
});

describe('a winner of the first round, where the text names no other', () => {
  const text = (after = '') =>
    `The village has 1,862 registered voters, and 1,400 villagers voted.\nIn the first round, Wang Fang was elected with 780 votes.${after}`;
  const winnerWork = (notice: string) =>
    reportAlone(notice, true).announcement?.judged.find((figure) => figure.rule === 'winner-threshold')?.work
      .en ?? '';

  it('says the round it judged the votes by, and why', () => {
    const report = reportAlone(text(), true);
    expect(report.findings.filter((finding) => finding.severity !== 'info')).toEqual([]);
    expect(winnerWork(text())).toBe(
      'Wang Fang 780 votes; the text names the first round (“first round”) and no runoff or second round held, and in a first round a seat needs more than half of the 1,400 ballots cast, that is at least 701: met',
    );
  });

  it('takes a runoff said not to be needed as no round held', () => {
    expect(winnerWork(text(' No runoff was needed.'))).toContain('at least 701: met');
    expect(winnerWork(text(' A second round was not required.'))).toContain('at least 701: met');
    expect(alarms(text(' No runoff was needed.').replace('780', '680'), true)).toEqual([
      'ANNOUNCED_WINNER_MISMATCH 680/701',
    ]);
  });
});

describe('the ballots a sentence opens with, split among the people they went to', () => {
  const text = (last: string) =>
    `There were 1,200 registered voters, and 900 of them voted.\nOf the 640 valid ballots counted in the east hamlet, 320 went to Chan, 250 to Lee and ${last} to Wong.`;

  it('sums the parts against their own sentence’s whole, not the earlier totals', () => {
    expect(judged(text('70'))).toContainEqual([
      'partition',
      '640 valid ballots counted in the east hamlet',
      true,
    ]);
    expect(alarms(text('70'))).toEqual([]);
    expect(unread(text('70'))).toEqual([]);
    // 320 + 250 + 80 = 650.
    expect(alarms(text('80'))).toEqual(['ANNOUNCED_SUM_MISMATCH 650/640']);
  });

  it('takes a sum below the whole as right (others may have had votes) and anything else in the list as no split', () => {
    expect(alarms(text('30'))).toEqual([]);
    const other = text('70').replace('250 to Lee', '250 were blank');
    expect(judged(other).filter(([rule]) => rule === 'partition')).toEqual([]);
  });
});

describe('a turnout beside a polling station’s own ballots', () => {
  const text = (turnout: string) =>
    `There were 1,200 registered voters in Longtan Village. 964 villagers voted, a turnout of ${turnout}.\nOf the 640 ballots cast at the main polling station, 630 were valid.`;

  it('is judged by the voters of the whole election, never by the station’s ballots', () => {
    // 964 of 1,200 is 80.3%; 53.3% is the station's 640 of 1,200.
    const right = work(text('80.3%')).judged.find((figure) => figure.text === 'a turnout of 80.3%');
    expect(right?.right).toBe(true);
    expect(right?.work.en).not.toContain('640');
    expect(alarms(text('53.3%'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH 53.3%/80.3%']);
  });
});
