import { describe, expect, it } from 'vitest';
import { getRulePack } from '../rules/registry.js';
import { judgeAnnouncement } from './judge-announcement.js';
import { readAnnouncementText } from './read-announcement-text.js';

/**
 * An election by residents' representatives whose meeting states those due and those present by its own
 * words (居民代表会议应到60人，到会人数48人): they are the election's electorate and voters, so the pack of
 * an election by representatives judges its quorum (more than two thirds), the village pack says it has
 * no such rule, and the winners are judged by those present (docs/announcement.md, “Voters, the
 * electorate and households”). Invented numbers.
 */

const byRepresentatives = getRulePack('cn-residents:representatives@2025')!;
const village = getRulePack('cn-village')!;

const notice = (present: number, member = 36) =>
  [
    '和平社区居民委员会选举结果公告',
    `和平社区于2026年4月20日召开居民代表会议，由居民代表选举产生第十二届居民委员会。本社区登记选民4380人。居民代表会议应到60人，到会人数${present}人。`,
    `发出选票${present}张，收回选票${present}张，有效票${present - 1}张。`,
    `主任候选人邹红得票${present - 8}票，当选为居民委员会主任；委员候选人祁峰得票${member}票，当选为居民委员会委员。`,
  ].join('\n');

const judgement = (text: string, pack = byRepresentatives) =>
  judgeAnnouncement(readAnnouncementText(text), pack, 'first', 'en');

const alarms = (text: string, pack = byRepresentatives) =>
  judgement(text, pack)
    .findings.filter((finding) => finding.severity !== 'info')
    .map((finding) => [finding.code, finding.candidate ?? null]);

describe('the representatives due and present named by their meeting', () => {
  it('are the electorate and the voters: the quorum of two thirds is judged', () => {
    expect(alarms(notice(48))).toEqual([]);
    expect(judgement(notice(48)).judged.filter((figure) => figure.rule === 'quorum')).toEqual([
      expect.objectContaining({ text: '到会人数48人', right: true }),
    ]);
    // 38 of 60 is not more than two thirds (40).
    expect(alarms(notice(38))).toContainEqual(['TURNOUT_BELOW_QUORUM', null]);
  });

  it('are said to be no electorate of the village pack, never a void election', () => {
    expect(alarms(notice(48), village)).toEqual([]);
    expect(judgement(notice(48), village).findings.map((finding) => finding.message)).toContainEqual(
      expect.stringContaining("counts residents' representatives as its electorate"),
    );
  });

  it('judge each winner by more than half of those present', () => {
    const winners = judgement(notice(48))
      .judged.filter((figure) => figure.rule === 'winner-threshold')
      .map((figure) => [figure.text, figure.right]);
    expect(winners).toEqual([
      ['邹红得票40票', true],
      ['祁峰得票36票', true],
    ]);
    expect(alarms(notice(48, 24))).toEqual([['ANNOUNCED_WINNER_MISMATCH', '祁峰']]);
  });
});
