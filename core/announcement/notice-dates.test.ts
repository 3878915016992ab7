import { describe, expect, it } from 'vitest';
import { auditAnnouncementAlone } from '../audit/index.js';
import { normalizeText } from './normalize-text.js';
import { noticeDays } from './notice-dates.js';
import { readAnnouncementText } from './read-announcement-text.js';

/**
 * The days a notice gives (notice-dates.ts) and the version of the law they pick (announcement-pack.ts):
 * the 2018 texts were in force to 2025-12-31, the 2025 ones from 2026-01-01. The residents' law of 2025
 * asks more than two thirds of the residents' representatives to vote; the 2018 packs ask more than half.
 */

const daysOf = (text: string) => noticeDays(normalizeText(text), text);
const votingDays = (text: string) => daysOf(text).voting.map((day) => day.day);

const versionOf = (text: string, pack = 'cn-village', date?: string) => {
  const audited = auditAnnouncementAlone(
    readAnnouncementText(text),
    [],
    'en',
    { pack, round: 'first', ...(date ? { date } : {}) },
    '2026-12-03',
  );
  if (!audited.ok) throw new Error('not audited');
  const version = audited.value.rulesVersion;
  return [version?.id, version?.chosenBy, version?.date];
};

const VILLAGE = (opening: string, signed = '') =>
  `柳溪村村民委员会选举结果公告\n${opening}本村登记选民1,765人，参加投票1,502人，有效票1,490张，无效票12张。王建国得票901票，当选为村民委员会主任。\n柳溪村村民选举委员会\n${signed}\n`;

describe('the days a notice gives', () => {
  it('reads the day of the vote in the shapes notices give it', () => {
    expect(votingDays('本村于2026年4月18日举行第十二届村民委员会换届选举。')).toEqual(['2026-04-18']);
    expect(votingDays('2026年3月18日上午，柳溪村村民委员会换届选举大会在村部举行。')).toEqual(['2026-03-18']);
    expect(votingDays('全镇3个村于2026年5月9日同日选举。')).toEqual(['2026-05-09']);
    expect(votingDays('选举日期：二〇二六年四月十八日\n')).toEqual(['2026-04-18']);
    expect(votingDays('投票时间为2026.4.18上午8:00。')).toEqual(['2026-04-18']);
    expect(votingDays('The election was held on 20 May 2024. Registered voters: 1,402.')).toEqual([
      '2024-05-20',
    ]);
  });

  it('takes no day of another thing for the vote’s', () => {
    // The last term's election, a registration, a list published, the law's own dates.
    expect(votingDays('第十一届村民委员会于2021年6月10日选举产生，任期已满。')).toEqual([]);
    expect(votingDays('选民登记于2026年3月1日截止，2026年3月1日至3月5日进行选民登记。')).toEqual([]);
    expect(votingDays('正式候选人名单于2026年4月10日公布。')).toEqual([]);
    expect(votingDays('根据2025年10月28日修正的《村民委员会组织法》，本村举行换届选举。')).toEqual([]);
    expect(
      votingDays(
        'Under the law as amended on 28 October 2025 and in force since 1 January 2026, the village voted.',
      ),
    ).toEqual([]);
    expect(
      votingDays('The deadline for registration of candidates is 10 April 2026; voters will vote later.'),
    ).toEqual([]);
  });

  it('reads the notice’s own date from a day alone on its line, never as the vote’s', () => {
    const days = daysOf(VILLAGE('', '二〇二六年四月十二日'));
    expect(days.signed?.day).toBe('2026-04-12');
    expect(days.voting).toEqual([]);
    expect(daysOf('青山镇人民政府 2026年4月12日\n').signed?.day).toBe('2026-04-12');
    // No calendar day: 2026年2月30日.
    expect(daysOf('2026年2月30日\n').signed).toBeNull();
  });
});

describe('the version a notice is judged by', () => {
  it('applies the version in force on the day of the vote the notice gives', () => {
    expect(versionOf(VILLAGE('本村于2025年12月20日举行换届选举。', '2026年1月3日'))).toEqual([
      'cn-village@2018',
      'election-date',
      '2025-12-20',
    ]);
    expect(versionOf(VILLAGE('本村于2026年4月18日举行换届选举。'))).toEqual([
      'cn-village@2025',
      'election-date',
      '2026-04-18',
    ]);
  });

  it('applies the version of the notice’s date only when one version was in force the 90 days before it', () => {
    expect(versionOf(VILLAGE('', '2026年4月12日'))).toEqual(['cn-village@2025', 'notice-date', '2026-04-12']);
    expect(versionOf(VILLAGE('', '2025年6月2日'))).toEqual(['cn-village@2018', 'notice-date', '2025-06-02']);
    // Dated 2026-01-05: the vote may have been held in 2025, so today's version, saying so.
    expect(versionOf(VILLAGE('', '2026年1月5日'))).toEqual(['cn-village@2025', 'today', '2026-12-03']);
    expect(versionOf(VILLAGE(''))).toEqual(['cn-village@2025', 'today', '2026-12-03']);
  });

  it('falls back to today’s version when the days of voting fall under two versions', () => {
    const text = VILLAGE('东村于2025年12月28日举行换届选举，西村于2026年1月4日举行换届选举。');
    expect(versionOf(text)).toEqual(['cn-village@2025', 'today', '2026-12-03']);
  });

  it('lets the day given by the user decide over the notice’s', () => {
    expect(versionOf(VILLAGE('本村于2026年4月18日举行换届选举。'), 'cn-village', '2025-12-30')).toEqual([
      'cn-village@2018',
      'election-date',
      '2025-12-30',
    ]);
  });

  it('judges an election by residents’ representatives of 2025 by the 2018 text’s majority', () => {
    const text = (day: string) =>
      `幸福社区居民委员会选举结果公告\n本社区于${day}召开居民代表会议，选举产生第八届居民委员会。应到居民代表60人，实到38人。王丽得票30票，当选为主任。\n`;
    const quorum = (day: string) => {
      const audited = auditAnnouncementAlone(
        readAnnouncementText(text(day)),
        [],
        'en',
        { pack: 'cn-residents:representatives', round: 'first' },
        '2026-12-03',
      );
      if (!audited.ok) throw new Error('not audited');
      return [audited.value.rulesVersion?.id, audited.value.announcement?.lawJudged?.quorum];
    };
    // 38 of 60: more than half, not more than two thirds.
    expect(quorum('2025年11月8日')).toEqual(['cn-residents:representatives@2018', 'met']);
    expect(quorum('2026年5月8日')).toEqual(['cn-residents:representatives@2025', 'not-met']);
  });
});
