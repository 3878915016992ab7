import { describe, expect, it } from 'vitest';
import { alarms } from './corpus/read-shapes.js';
import { readAnnouncementText } from './read-announcement-text.js';

/**
 * English counts of one way or one place of voting (`Voted by proxy: 163`, `904 voted at the central
 * polling station`) are parts of the ballots cast, never all of them; a year alone in brackets after a
 * label (`Registered voters (2026): 2,587`) dates the label and is no count. Every number and name is
 * invented.
 */

/** The counts read, as [meaning, value]. */
const counts = (text: string) =>
  readAnnouncementText(text).figures.flatMap((figure) =>
    figure.kind === 'count' ? [[figure.meaning, Number(figure.value)]] : [],
  );
/** The counts read with the place they are of, as [meaning, value, scope]. */
const scopedCounts = (text: string) =>
  readAnnouncementText(text).figures.flatMap((figure) =>
    figure.kind === 'count' ? [[figure.meaning, Number(figure.value), figure.scope ?? '']] : [],
  );

describe('a way of voting after an English label', () => {
  const LINES = [
    'Fenghuang Village committee election results',
    'Registered voters: 1,612',
    'Voted at the central polling station: 904',
    'Voted by mobile ballot box: 287',
    'Voted by proxy: 163',
    'Chair Tang Wen was elected with 700 votes.',
  ].join('\n');

  it('reads no way of voting as all who voted', () => {
    expect(counts(LINES)).toEqual([['registered', 1612]]);
  });

  it('calls no valid election void on the proxies alone', () => {
    expect(alarms(LINES, true)).toEqual([]);
  });
});

describe('a place or way of voting after the verb', () => {
  const SENTENCE =
    'Election result notice - Fenghuang Village\n' +
    'Of 1,612 registered voters, 904 voted at the central polling station, 287 by mobile ballot box and 163 by proxy, 1,354 in all (84.0%).\n' +
    'Elected: chair Tang Wen, 1,120 votes; member Zeng Li, 700 votes.';

  it('reads the central polling station’s voters as no count of all who voted', () => {
    expect(counts(SENTENCE)).not.toContainEqual(['cast', 904]);
  });

  it('still reads the voters of a plain sentence', () => {
    expect(counts('Of 1,612 registered voters, 1,354 voted.')).toContainEqual(['cast', 1354]);
  });

  it('raises no alarm', () => {
    expect(alarms(SENTENCE, true)).toEqual([]);
  });
});

describe('a year in brackets after a label', () => {
  const CARD = [
    'Dazhai Village at a glance',
    'Households: 1,204',
    'Registered voters (2026): 2,587',
    'Ballots returned: 2,214',
    'Chair elected: Qian Shu, 1,893 votes',
  ].join('\n');

  it('reads the count after the colon as the registered voters, not the year', () => {
    expect(counts(CARD)).toContainEqual(['registered', 2587]);
    expect(counts(CARD)).not.toContainEqual(['registered', 2026]);
  });

  it('raises no alarm on the ballots returned', () => {
    expect(alarms(CARD, true)).toEqual([]);
  });
});

describe('a wider place’s total under its own label', () => {
  const SUMMARY = [
    "Xinhe Township: 2026 Villagers' Committee Elections Completed",
    'Dongxi: 1,388 registered voters, 1,102 voted (79.4%)',
    'Nanhe: 2,015 registered voters, 1,733 voted (86.0%)',
    'Township total: 3,403 registered voters, 2,835 voted, a turnout of 83.3%.',
    'Wang Fang won 1,020 votes and was elected chair of Nanhe.',
  ].join('\n');

  it('reads the township’s total as the township’s, not one election’s', () => {
    expect(scopedCounts(SUMMARY)).toContainEqual(['cast', 2835, 'township']);
    expect(scopedCounts(SUMMARY)).toContainEqual(['registered', 3403, 'township']);
  });

  it('judges no village’s winner against the township’s voters', () => {
    expect(alarms(SUMMARY, true)).toEqual([]);
  });
});
