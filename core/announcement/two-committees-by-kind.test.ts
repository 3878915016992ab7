import { describe, expect, it } from 'vitest';
import { getRulePack } from '../rules/registry.js';
import { alarms, work } from './corpus/read-shapes.js';
import { judgeAnnouncement } from './judge-announcement.js';
import { readAnnouncementText } from './read-announcement-text.js';

/**
 * A township's summary of both its villages' 村委会 and its communities' 居委会 elections: under a pack, the quorum
 * is judged by the counts of the committee the pack is about; a rate named by a kind of place (村级参选率,
 * 社区参选率, `villages' turnout`) by that kind's committee's counts; a committee's rate never by the other
 * committee's register. Written for these tests (set twocomm1, twocomm1-res); every share worked exactly.
 */

// Villages: 16,512 of 18,204 (90.7%); communities: 2,900 of 6,120 (47.4%), 5,233 of 6,120 (85.5%).
const COMMUNITIES_FIRST = [
  '青山镇村（居）委会换届选举情况',
  '全镇3个社区、12个村换届选举已经完成。社区居委会选举登记选民6,120人，参加投票2,900人；村委会选举登记选民18,204人，参加投票16,512人。',
].join('\n');

const VILLAGES_FIRST_IN_ENGLISH = [
  "Qingshan Town: the 2026 villagers' and residents' committee elections",
  "In the villagers' committee elections, 18,204 voters were registered and 8,912 voted. In the residents' committee elections, 6,120 voters were registered and 5,233 voted.",
].join('\n');

const quorumCodes = (text: string, pack: string) =>
  judgeAnnouncement(readAnnouncementText(text), getRulePack(pack)!, 'first', 'en')
    .findings.map((finding) => finding.code)
    .filter((code) => code === 'TURNOUT_BELOW_QUORUM' || code === 'ELECTION_VOID');

const quorumJudged = (text: string, pack: string) =>
  judgeAnnouncement(readAnnouncementText(text), getRulePack(pack)!, 'first', 'en').judged.filter(
    (figure) => figure.rule === 'quorum',
  );

describe('the quorum of a summary of both committees under a pack', () => {
  it('is judged by the villages’ counts under the villagers’ pack, whichever come first', () => {
    expect(quorumCodes(COMMUNITIES_FIRST, 'cn-village@2025')).toEqual([]);
    expect(quorumJudged(COMMUNITIES_FIRST, 'cn-village@2025').map((figure) => figure.right)).toEqual([true]);
  });

  // A summary of several elections: totals under half mean that at least one of them missed its quorum
  // (a warning), never that one election is void (summary-of-several-elections.test.ts).
  it('is judged by the communities’ counts under the residents’ pack', () => {
    expect(quorumCodes(COMMUNITIES_FIRST, 'cn-residents@2025')).toEqual(['TURNOUT_BELOW_QUORUM']);
    expect(quorumCodes(VILLAGES_FIRST_IN_ENGLISH, 'cn-residents@2025')).toEqual([]);
    expect(quorumCodes(VILLAGES_FIRST_IN_ENGLISH, 'cn-village@2025')).toEqual(['TURNOUT_BELOW_QUORUM']);
  });

  it('is not judged under a pack of neither committee', () => {
    expect(quorumJudged(COMMUNITIES_FIRST, 'majority')).toEqual([]);
  });
});

const rates = (text: string) => [
  ...work(text)
    .judged.filter((figure) => figure.rule === 'share')
    .map((figure) => [figure.text, figure.right]),
  ...work(text)
    .unjudged.filter((figure) => figure.text.endsWith('%'))
    .map((figure) => [figure.text, figure.reason]),
];

describe('a rate named by a kind of place after counts named by committee', () => {
  const counts =
    '全镇村委会选举登记选民18,204人，参加投票16,512人；居委会选举登记选民6,120人，参加投票5,233人。';

  it('is judged by that kind’s committee’s counts', () => {
    const text = `青山镇村（居）委会换届选举情况\n${counts}村级参选率90.7%，社区参选率85.5%。`;
    expect(alarms(text)).toEqual([]);
    expect(rates(text)).toEqual([
      ['村级参选率90.7%', true],
      ['社区参选率85.5%', true],
    ]);
    expect(alarms(text.replace('社区参选率85.5%', '社区参选率86.5%'))).toEqual([
      'ANNOUNCED_PERCENT_MISMATCH 86.5%/85.5%',
    ]);
  });

  it('is of its kind, not of the committee heading the lines before it', () => {
    const text = [
      '白沙乡村（居）委会换届选举结果',
      '村民委员会选举：登记选民10,544人，参加投票9,876人。',
      '居民委员会选举：登记选民3,920人，参加投票3,015人。',
      '社区参选率76.9%，村参选率93.7%。',
    ].join('\n');
    expect(alarms(text)).toEqual([]);
    expect(alarms(text.replace('村参选率93.7%', '村参选率92.7%'))).toEqual([
      'ANNOUNCED_PERCENT_MISMATCH 92.7%/93.7%',
    ]);
  });

  it('is judged so in English too', () => {
    const text = [
      "Hekou Town: the 2026 villagers' and residents' committee elections",
      "In the villagers' committee elections, 15,230 voters were registered and 13,688 voted. In the residents' committee elections, 5,011 voters were registered and 4,102 voted. Villages' turnout was 89.9%; communities' turnout was 81.9%.",
    ].join('\n');
    expect(alarms(text)).toEqual([]);
    expect(alarms(text.replace("communities' turnout was 81.9%", "communities' turnout was 88.1%"))).toEqual([
      'ANNOUNCED_PERCENT_MISMATCH 88.1%/81.9%',
    ]);
  });

  it('never holds a committee’s rate to the other committee’s register stated under the same place', () => {
    const text = `青山镇村（居）委会换届选举情况\n${counts}村委会选举参选率90.7%、居委会85.5%。`;
    expect(alarms(text)).toEqual([]);
    const english = [
      "Qingshan Town: results of the 2026 village and residents' committee elections",
      "In the villagers' committee elections, 18,204 voters were registered and 16,512 voted. In the residents' committee elections, 6,120 voters were registered and 5,233 voted. Villages' turnout 90.7%, communities' 85.5%.",
    ].join('\n');
    expect(alarms(english)).toEqual([]);
  });

  it('leaves the town’s rate beside them unread', () => {
    const text = `青山镇村（居）委会换届选举情况\n${counts.replace('居委会', '社区居委会')}全镇参选率89.4%，其中村级参选率90.7%，社区参选率85.5%。`;
    expect(alarms(text)).toEqual([]);
    expect(rates(text)).toContainEqual(['全镇参选率89.4%', 'ambiguous-base']);
  });
});
