import { describe, expect, it } from 'vitest';
import { alarms, counts, judged, unread } from './corpus/read-shapes.js';

/**
 * English notices, sixth round (docs/announcement.md, “English texts”): a name set off from its votes by
 * a comma or a dash, the ballots of a recall in English, the register in plain words. Names and numbers
 * are invented; every share was worked out with exact fractions.
 */

describe('a name, a comma or a dash, then the votes', () => {
  // 802 of 1,126 is 71.2255…%: 71.2%. 901 of 1,290 is 69.8449…%.
  const notice = (line: string) =>
    ['Registered voters: 1,200. Ballots cast: 1,126. Valid ballots: 1,126.', line].join('\n');

  it('reads the votes as the person’s and judges the share against the one base stated', () => {
    const text = notice('Chair: Sun Mei, 802 votes (71.2%)');
    expect(judged(text)).toContainEqual(['votes-within-ballots', 'Sun Mei, 802 votes', true]);
    expect(judged(text)).toContainEqual(['share', '71.2%', true]);
    expect(alarms(text)).toEqual([]);
    expect(alarms(notice('Chair: Sun Mei, 802 votes (72.1%)'))).toEqual([
      'ANNOUNCED_PERCENT_MISMATCH 72.1%/71.2%',
    ]);
  });

  it('reads a dash and a share after a comma the same way', () => {
    expect(judged(notice('Sun Mei – 802 votes, 71.2%'))).toContainEqual(['share', '71.2%', true]);
    expect(alarms(notice('Sun Mei, 802 votes, 72.1%'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH 72.1%/71.2%']);
    expect(alarms(notice('Sun Mei – 1,302 votes'))).toEqual(['ANNOUNCED_SUM_MISMATCH 1302/1126']);
  });

  it('lists the share unread where it may be of more than one stated count', () => {
    const text = ['Registered voters: 1,500. Ballots cast: 1,290.', 'Sun Mei – 901 votes, 69.8%'].join('\n');
    expect(unread(text)).toContainEqual(['69.8%', 'ambiguous-base']);
    expect(alarms(text)).toEqual([]);
  });

  it('takes no votes for a label that is no name', () => {
    const text = notice('Valid Ballots, 1,126 votes');
    expect(judged(text).filter(([rule]) => rule === 'votes-within-ballots')).toEqual([]);
  });
});

describe('the ballots of a recall in English', () => {
  const recall = (voted = '1,620', yes = '1,102') =>
    `Recall vote in Shangqiao Village\nRegistered voters: 2,010.\nOf the ${voted} villagers who voted, ${yes} were for the recall, 480 against and 38 ballots were invalid.`;

  it('checks that for, against and invalid come to no more than those who voted', () => {
    expect(judged(recall())).toContainEqual(['partition', '1,620 villagers who voted', true]);
    expect(alarms(recall())).toEqual([]);
    // 1,112 + 480 + 38 = 1,630.
    expect(alarms(recall('1,620', '1,112'))).toEqual(['ANNOUNCED_SUM_MISMATCH 1630/1620']);
    // An abstention unsaid may make up the rest.
    expect(alarms(recall('1,630'))).toEqual([]);
  });

  it('sums all four into the ballots returned when abstentions are stated', () => {
    const text = (returned: string) =>
      `Recall vote in Taohua Village\nRegistered voters: 1,450. Ballots returned: ${returned}.\n702 ballots were for the recall, 455 against, 31 voters abstained and 12 ballots were invalid.`;
    expect(alarms(text('1,200'))).toEqual([]);
    expect(judged(text('1,200'))).toContainEqual(['partition', 'Ballots returned: 1,200', true]);
    expect(alarms(text('1,210'))).toEqual(['ANNOUNCED_SUM_MISMATCH 1200/1210']);
  });

  it('sums nothing when a part is stated twice or the text is no recall', () => {
    const twice = `${recall('1,620', '1,112')} In the second recall, 300 were for the recall, 200 against.`;
    expect(judged(twice).filter(([rule]) => rule === 'partition')).toEqual([]);
    const election = recall('1,620', '1,112')
      .replace('Recall vote in', 'Election in')
      .replace('for the recall', 'for the motion');
    expect(alarms(election)).toEqual([]);
  });
});

describe('the register in plain words', () => {
  it('reads the electors on the register and the register held as the registered voters', () => {
    expect(counts('2,310 electors were on the register. 1,848 voted.')).toEqual([
      'registered 2310',
      'cast 1848',
    ]);
    expect(counts('The register held 2,310 voters. In all 1,848 voted.')).toEqual([
      'registered 2310',
      'cast 1848',
    ]);
    expect(alarms('The register held 2,310 voters. In all 1,848 voted, a turnout of 82.0%.')).toEqual([
      'ANNOUNCED_PERCENT_MISMATCH 82.0%/80.0%',
    ]);
  });

  it('compares the register so named with the other counts', () => {
    const text = (returned: string) => `1,200 electors were on the register. Ballots returned: ${returned}.`;
    expect(alarms(text('1,230'))).toEqual(['ANNOUNCED_SUM_MISMATCH 1230/1200']);
    expect(alarms(text('1,130'))).toEqual([]);
  });

  it('keeps registered voters who voted as the voters who voted', () => {
    expect(counts('There were 2,000 registered voters; 1,500 registered voters voted.')).toEqual([
      'registered 2000',
      'cast 1500',
    ]);
    expect(counts('Turnout was 75.0%; 1,500 of 2,000 registered voters voted.')).toEqual([
      'cast 1500',
      'registered 2000',
    ]);
  });
});
