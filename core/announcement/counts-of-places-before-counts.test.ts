import { describe, expect, it } from 'vitest';
import { getRulePack } from '../rules/registry.js';
import { judgeAnnouncement } from './judge-announcement.js';
import { readAnnouncementText } from './read-announcement-text.js';

/**
 * A count of villages or communities before a count of people (全镇14个村登记选民18,204人) is the number of
 * places, not a place named 个村: after the wider place alone it is all that place's villages together, so a
 * committee's block of a township's summary is judged by its own counts. Written for these tests (sets
 * blockplace, blockplace-res); every share worked exactly.
 */

const BLOCKS = (communitiesCast: string, rate: string) =>
  [
    '青禾镇2026年村（居）委会换届选举工作总结',
    '（一）村委会换届。全镇14个村登记选民18,204人，参加投票16,512人，参选率90.7%。',
    `（二）社区居委会换届。全镇3个社区登记选民6,120人，参加投票${communitiesCast}人，参选率${rate}。`,
  ].join('\n');

const scopes = (text: string) =>
  readAnnouncementText(text)
    .figures.filter((figure) => figure.kind === 'count')
    .map((figure) => (figure.kind === 'count' ? (figure.scope ?? '') : ''));

const quorum = (text: string, pack: string) => {
  const judgement = judgeAnnouncement(readAnnouncementText(text), getRulePack(pack)!, 'first', 'en');
  return {
    judged: judgement.judged.filter((figure) => figure.rule === 'quorum').map((figure) => figure.right),
    codes: judgement.findings
      .map((finding) => finding.code)
      .filter((code) => code === 'TURNOUT_BELOW_QUORUM' || code === 'ELECTION_VOID'),
  };
};

describe('a count of villages or communities before a count of people', () => {
  it('is the wider place’s villages together, not a place named 个村', () => {
    expect(scopes(BLOCKS('5,231', '85.5%'))).toEqual(['全镇', '全镇', '全镇', '全镇']);
  });

  it('leaves each committee’s block judged by its own counts under its pack', () => {
    expect(quorum(BLOCKS('5,231', '85.5%'), 'cn-village@2025')).toEqual({ judged: [true], codes: [] });
    expect(quorum(BLOCKS('5,231', '85.5%'), 'cn-residents@2025')).toEqual({ judged: [true], codes: [] });
    // The 3 communities' totals under half: at least one of them missed its quorum, none is called void.
    expect(quorum(BLOCKS('2,900', '47.4%'), 'cn-residents@2025')).toEqual({
      judged: [false],
      codes: ['TURNOUT_BELOW_QUORUM'],
    });
  });

  it('keeps some villages counted apart, and a village’s groups counted its own', () => {
    const progress = [
      '青禾镇2026年村委会换届选举进展情况',
      '截至4月20日，已完成换届的12个村登记选民15,630人，参加投票14,105人，参选率90.2%。',
    ].join('\n');
    expect(scopes(progress)).toEqual(['12个村', '12个村']);
    expect(quorum(progress, 'cn-village@2025')).toEqual({ judged: [], codes: [] });
    const village = [
      '柳湾村第十二届村民委员会选举结果公告',
      '本村6个村民小组登记选民1,650人，参加投票1,402人，参选率85.0%。',
    ].join('\n');
    expect(scopes(village)).toEqual(['', '']);
    expect(quorum(village, 'cn-village@2025')).toEqual({ judged: [true], codes: [] });
  });
});
