import { describe, expect, it } from 'vitest';
import { unitClassOf } from './comparable-mentions.js';
import { alarms, counts, work } from './corpus/read-shapes.js';
import { readAnnouncementText } from './read-announcement-text.js';

/**
 * English summaries counting the villages or communities that voted (`All 14 villages voted on 19 April`,
 * `Of the 14 villages of Hexi township that voted`): a count of places, never of the voters who cast a
 * ballot. Names and numbers invented; every share worked out with exact fractions.
 */

describe('villages and communities that voted', () => {
  it('does not read the places as the voters who cast a ballot', () => {
    const township =
      'Hexi township has 21,300 registered voters. All 14 villages voted on 19 April 2026, and turnout was 85.46 percent.';
    expect(counts(township)).toEqual(['registered 21300']);
    // Before, 14 was the voters: 14 of 21,300, a quorum not met, the election void and 85.46% called 0.07%.
    expect(alarms(township, true)).toEqual([]);
    const village =
      'Xiaohe village has 1,630 registered voters. All 14 villages of the township voted on 19 April 2026, and Zhou Ming was elected chair with 1,208 votes.';
    expect(counts(village)).toEqual(['registered 1630']);
    expect(alarms(village, true)).toEqual([]);
    expect(
      counts(
        'Of the 14 villages of Hexi township that voted in April 2026, nine elected a woman as chair. In Dongwan, 1,402 of the 1,630 registered voters cast ballots.',
      ),
    ).toEqual(['cast 1402', 'registered 1630']);
    expect(counts('The 6 communities that voted on 16 May 2026 elected 41 members.')).not.toContain('cast 6');
  });

  it('still reads and judges the voters stated beside the places', () => {
    // 1,402 of 1,630 is 86.0122…%: 86.01% is right and 86.10% wrong.
    const text = (share: string) =>
      `All 14 villages of Hexi township voted on 19 April 2026. In Dongwan, 1,402 of the 1,630 registered voters cast ballots, a turnout of ${share}.`;
    expect(counts(text('86.01%'))).toEqual(['cast 1402', 'registered 1630']);
    expect(alarms(text('86.01%'), true)).toEqual([]);
    expect(alarms(text('86.10%'), true)).toEqual(['ANNOUNCED_PERCENT_MISMATCH 86.10%/86.01%']);
  });
});

describe('registered voters named before the verb of those who voted', () => {
  const unjudgedWords = (text: string) =>
    work(text).unjudged.map((figure) => [figure.text, figure.work.en] as const);

  it('never says the electorate is counted in another unit than the voters because `ballots` follows it', () => {
    // `1,402 of the 1,630 registered voters cast ballots`: `ballots` is what the voters cast, not the
    // unit of 1,630 (before: “… are counted in different units”).
    const text =
      'All 14 villages of Hexi township voted on 19 April 2026. In Dongwan, the largest, 1,402 of the 1,630 registered voters cast ballots, a turnout of 86.01%.';
    const words = unjudgedWords(text);
    expect(words.length).toBeGreaterThan(0);
    for (const [, why] of words) expect(why).not.toContain('different units');
    expect(alarms(text, true)).toEqual([]);
  });

  it('still counts in ballots a count whose own noun, or label, is ballots or votes', () => {
    const classes = (text: string) =>
      readAnnouncementText(text).figures.flatMap((figure) =>
        figure.kind === 'count' ? [`${figure.meaning} ${unitClassOf(figure)}`] : [],
      );
    expect(
      classes('Of the 1,630 registered voters, 1,402 voted. 1,382 ballots were valid and 20 void.'),
    ).toEqual(['registered none', 'cast none', 'valid ballots', 'invalid none']);
    expect(classes('Registered voters: 1,630. Ballots cast: 1,402.')).toEqual([
      'registered none',
      'returned ballots',
    ]);
    expect(classes('In Dongwan, 1,402 of the 1,630 registered voters cast ballots.')).toEqual([
      'cast none',
      'registered none',
    ]);
  });
});
