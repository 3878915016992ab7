import { describe, expect, it } from 'vitest';
import { alarmCodes, alarms, electedRows, judged, unread, voteRows } from './corpus/read-shapes.js';

/**
 * English names with the sex set off after them (english-sex-note.ts), and votes under an English label of
 * another body's post (mention-settings.ts englishLabelOfAnotherBody). Names and numbers invented: 88 of 96
 * voters need 45 for half; 1,402 need 702.
 */

const XIAOHE = 'Xiaohe Village committee election, 3 May 2026\n\nOf 96 registered voters, 88 cast ballots. ';

describe('a name with the sex set off after it', () => {
  it.each([
    ['Zhou Min (female) was elected vice chair with 49 votes.'],
    ['Zhou Min (F) was elected vice chair with 49 votes.'],
    ['Zhou Min, female, was elected vice chair with 49 votes.'],
  ])('reads the votes and the declaration: %s', (line) => {
    const text = `${XIAOHE}${line}\n`;
    expect(voteRows(text)).toEqual([['Zhou Min', null, 49]]);
    expect(electedRows(text)).toEqual([['副主任', ['Zhou Min']]]);
    expect(unread(text)).toEqual([]);
    expect(alarms(text, true)).toEqual([]);
  });

  it('reads each name of a list given respectively', () => {
    const text = `${XIAOHE}Zhou Min (female) and Li Na (F) were elected members with 50 and 49 votes respectively.\n`;
    expect(voteRows(text).map(([name, , votes]) => [name, votes])).toEqual([
      ['Zhou Min', 50],
      ['Li Na', 49],
    ]);
    expect(alarms(text, true)).toEqual([]);
  });

  it('judges a winner so named under half of the ballots cast', () => {
    expect(alarmCodes(`${XIAOHE}Zhou Min (female) was elected vice chair with 39 votes.\n`)).toEqual([
      'ANNOUNCED_WINNER_MISMATCH',
    ]);
  });

  it.each([
    ['Zhou Min (female) received 30 votes for vice chair and was not elected.'],
    ['Zhou Min (female), 49, was elected vice chair with 52 votes.'],
  ])('raises no alarm on a right text: %s', (line) => {
    expect(alarms(`${XIAOHE}${line}\n`, true)).toEqual([]);
  });
});

const DONGWAN =
  'Dongwan Village committee election results, 12 April 2026\n\nTurnout was 86.0% (1,402 of 1,630 registered voters).\n';

describe("votes under a label of another body's post", () => {
  it.each([
    ['Votes for supervisory committee chair: Sun Lei 640, Wu Fang 600.'],
    ['Supervisory committee chair: Sun Lei 640, Wu Fang 600.'],
    ['Chair of the village affairs supervision committee: Sun Lei 640, Wu Fang 600.'],
    ['Votes for party branch secretary: Sun Lei 640 votes, Wu Fang 600 votes.'],
  ])("are never judged as the committee's: %s", (line) => {
    const text = `${DONGWAN}Votes for chair: Li Hua 812, Zhao Gang 400.\n${line}\n`;
    const sunLei = judged(text).filter(([, words]) => String(words).includes('Sun Lei'));
    expect(sunLei).toEqual([]);
    expect(alarms(text, true)).toEqual([]);
  });

  it("still judges the committee chair's votes beside them", () => {
    const text = `${DONGWAN}Votes for chair: Li Hua 690, Zhao Gang 400.\nVotes for supervisory committee chair: Sun Lei 640, Wu Fang 600.\n\nElected: Supervisory committee chair: Sun Lei; Chair: Li Hua.\n`;
    expect(alarmCodes(text)).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
  });

  it("leaves the committee's winner whose sentence names the other body only as a title", () => {
    const text = `${DONGWAN}Li Hua, the party branch secretary, was elected chair with 812 votes.\n`;
    expect(voteRows(text)).toEqual([['Li Hua', null, 812]]);
    expect(electedRows(text)).toEqual([['主任', ['Li Hua']]]);
  });
});
