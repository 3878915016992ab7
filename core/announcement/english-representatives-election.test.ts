import { describe, expect, it } from 'vitest';
import { getRulePack } from '../rules/registry.js';
import { checkAnnouncementArithmetic } from './check-announcement-arithmetic.js';
import { judgeAnnouncement } from './judge-announcement.js';
import { readAnnouncementText } from './read-announcement-text.js';
import { electedByRepresentatives } from './representative-counts.js';

/**
 * English words for an election by representatives (`elected … by a meeting of resident representatives`,
 * `the representatives' meeting elected the … residents' committee`, `by the residents' representative
 * assembly`) or by household representatives: the register of persons beside them is no base of the
 * quorum, and `57 of the 63 representatives attended` is the meeting's attendance (docs/announcement.md,
 * “Voters, the electorate and households”). Representatives who nominate candidates or approve the rules
 * of an election by all voters, or who elect a supervisory committee, make it no such election.
 * Invented numbers.
 */

const residents = getRulePack('cn-residents')!;
const byRepresentatives = getRulePack('cn-residents:representatives@2025')!;

const jinxiu = (attended: number, cast = attended) =>
  [
    "Jinxiu Community elects its twelfth residents' committee",
    '',
    `Jinxiu Community has 2,618 registered voters. Its twelfth residents' committee was elected on 19 April 2026 by a meeting of resident representatives: ${attended} of the 63 representatives attended, and ${cast} ballots were cast, ${attended - 1} of them valid.`,
    '',
    `Wang Li was elected chair with ${attended - 5} votes.`,
  ].join('\n');

const judgement = (text: string, pack = residents) =>
  judgeAnnouncement(readAnnouncementText(text), pack, 'first', 'en');
const alarms = (text: string, pack = residents) =>
  judgement(text, pack)
    .findings.filter((finding) => finding.severity !== 'info')
    .map((finding) => finding.code);
const electorate = (text: string) =>
  readAnnouncementText(text).figures.find(
    (figure) => figure.kind === 'count' && figure.meaning === 'registered' && figure.contest === null,
  );

describe('an English election by a meeting of representatives', () => {
  it('is never judged on the register of all voters: 57 ballots against 2,618 are no void election', () => {
    expect(alarms(jinxiu(57))).toEqual([]);
    expect(electorate(jinxiu(57))).toMatchObject({ value: 63n });
    const unread = judgement(jinxiu(57)).findings.map((finding) => finding.messages.en);
    expect(unread.some((message) => /residents' representatives as its electorate/.test(message))).toBe(true);
  });

  it("reads `57 of the 63 representatives attended` as the meeting's attendance", () => {
    const figures = readAnnouncementText(jinxiu(57)).figures;
    expect(figures).toContainEqual(expect.objectContaining({ kind: 'count', meaning: 'cast', value: 57n }));
    expect(figures).toContainEqual(
      expect.objectContaining({ kind: 'count', meaning: 'registered', value: 63n }),
    );
    // More ballots than representatives present.
    expect(
      checkAnnouncementArithmetic(readAnnouncementText(jinxiu(57, 64)), 'en').map((finding) => finding.code),
    ).toContain('ANNOUNCED_SUM_MISMATCH');
  });

  it("judges the representatives' quorum under the representatives' pack", () => {
    expect(alarms(jinxiu(57), byRepresentatives)).toEqual([]);
    // 30 of 63 is not more than two thirds (43).
    expect(alarms(jinxiu(30), byRepresentatives)).toContain('TURNOUT_BELOW_QUORUM');
  });
});

describe('English words of an election by representatives', () => {
  it.each([
    'was elected on 19 April 2026 by a meeting of resident representatives',
    "held its eleventh villagers' committee election by a meeting of villager representatives",
    "the committee was elected by the residents' representative assembly",
    "On 23 May 2026 the representatives' meeting elected the eleventh residents' committee",
  ])('%s', (words) => expect(electedByRepresentatives(`${words}.`)).toBe(true));

  it.each([
    'Candidates nominated by villager representatives were put to a vote of all registered villagers.',
    "The representatives' meeting approved the election rules on 2 May 2026.",
    'The election rules were approved by a meeting of villager representatives.',
    "The residents' supervisory committee was elected by the residents' representative meeting.",
    'The committee was elected by household representatives, one for each household.',
    'The committee was elected by all 2,618 registered voters.',
  ])('not: %s', (words) => expect(electedByRepresentatives(words)).toBe(false));

  it('an election by household representatives beside the register is never void', () => {
    const text = [
      "Hongxing Community has 2,618 registered voters in 930 households. Its residents' committee was elected on 9 May 2026 by household representatives, one for each household: 812 household representatives voted, and 812 ballots were returned, 805 of them valid.",
      'Gao Ming was elected chair with 690 votes.',
    ].join('\n');
    expect(alarms(text)).toEqual([]);
  });

  it('an election by all voters with representatives nominating is judged on its register', () => {
    const text = [
      "Qinghe Community held its residents' committee election on 26 April 2026 with all registered voters taking part. Candidates were nominated by resident representatives. Of the community's 2,618 registered voters, 1,202 cast ballots; 1,202 ballots were returned, 1,188 of them valid.",
      'Chen Jun was elected chair with 1,021 votes.',
    ].join('\n');
    // 1,202 of 2,618 is not more than half: the quorum is still judged on the register.
    expect(alarms(text)).toContain('TURNOUT_BELOW_QUORUM');
  });
});
