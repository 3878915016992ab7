import { describe, expect, it } from 'vitest';
import { reportUnderPack } from './corpus/read-shapes.js';
import { normalizeText } from './normalize-text.js';
import { noticeDays } from './notice-dates.js';

/**
 * Notices in traditional characters read as their simplified spelling: 戶代表, 召開…會議, 監督, 第二輪 fold
 * (normalize-text.ts), and the electorate's own words are folded before they are asked whether they count
 * households or representatives (quorum-electorate.ts, household-counts.ts). Texts written for this test.
 */

const judged = (text: string, pack: string) => {
  const report = reportUnderPack(text, pack);
  return {
    quorum: report.announcement?.lawJudged?.quorum,
    codes: report.findings.filter((finding) => finding.severity !== 'info').map((finding) => finding.code),
    unit: report.announcement?.unit,
  };
};

const HOUSEHOLDS = (voted: string, rate: string) =>
  `幸福社區居民委員會選舉結果公告\n本社區採取戶代表選舉方式。登記戶代表2,310戶，參加投票的戶代表${voted}戶，參選率${rate}。王麗得票1,002票，當選為主任。\n`;

const REPRESENTATIVES = (present: string) =>
  `錦繡社區第十三屆居民委員會選舉結果公告\n2026年5月26日，錦繡社區召開居民代表會議選舉第十三屆居民委員會。應到居民代表60名，實到${present}名。洪志誠得票30票，當選為主任。\n`;

describe('traditional notices of elections by households and by representatives', () => {
  it('reads 戶代表 counted in 戶 as the households, and judges their quorum', () => {
    expect(judged(HOUSEHOLDS('1,803', '78.05%'), 'cn-residents:households')).toEqual({
      quorum: 'met',
      codes: [],
      unit: 'households',
    });
    // 1,103 of 2,310 households: under half.
    expect(judged(HOUSEHOLDS('1,103', '47.75%'), 'cn-residents:households').quorum).toBe('not-met');
    // The simplified spelling reads the same.
    expect(judged(normalizeText(HOUSEHOLDS('1,803', '78.05%')), 'cn-residents:households').quorum).toBe(
      'met',
    );
  });

  it('holds an election by residents’ representatives to more than two thirds of them, and reads its day', () => {
    expect(judged(REPRESENTATIVES('52'), 'cn-residents:representatives').quorum).toBe('met');
    // 40 of 60 is two thirds exactly: not more.
    expect(judged(REPRESENTATIVES('40'), 'cn-residents:representatives').quorum).toBe('not-met');
    const text = REPRESENTATIVES('52');
    expect(noticeDays(normalizeText(text), text).voting.map((day) => day.day)).toEqual(['2026-05-26']);
  });
});
