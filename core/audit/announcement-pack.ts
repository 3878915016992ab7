import type { NoticeDays } from '../announcement/notice-dates.js';
import type { Bilingual } from '../model/finding.js';
import { enCounts } from '../text/english-count.js';
import { choosePack, chosen, inForceWords, isInForce, type PackChoice } from '../rules/index.js';
import type { RulePack } from '../rules/rule-pack.js';

/** How far before its own date a notice may tell of its vote, for the version in force to be certain. */
export const NOTICE_REACH_DAYS = 90;

/**
 * The pack a notice checked alone is judged by. A family is judged by the version in force on the days
 * the notice says its vote was held; failing those, on its own date when one version was in force all
 * of the `NOTICE_REACH_DAYS` before it (a results notice is posted within days of the vote, a summary
 * within weeks); otherwise by today's, saying why. An exact version (`cn-village@2018`) is applied as
 * named, with a word when the vote's day is outside its days.
 */
export function chooseAnnouncementPack(
  packs: readonly RulePack[],
  rules: string,
  days: NoticeDays | undefined,
  today: string,
): PackChoice {
  const voting = days?.voting ?? [];
  const versions = packs.filter((pack) => pack.family === rules && pack.version);
  if (versions.length === 0)
    return choosePack(packs, {
      rules,
      today,
      ...(voting[0] ? { date: voting[0].day } : {}),
      undated: { zh: '公告未写明选举日期', en: 'the notice gives no day of the vote' },
    });
  const versionOn = (day: string) => versions.find((pack) => isInForce(pack, day)) ?? null;
  const fallBack = (undated: Bilingual) => choosePack(packs, { rules, today, undated });
  if (voting.length > 0) {
    const first = voting.reduce((earliest, day) => (day.day < earliest.day ? day : earliest));
    const chosenPacks = new Set(voting.map((day) => versionOn(day.day)));
    const pack = versionOn(first.day);
    if (chosenPacks.size === 1 && pack) {
      const words = inForceWords(pack);
      return chosen(pack, 'election-date', first.day, {
        zh: `公告写明选举日期 ${first.day}（“${first.words}”），适用 ${pack.id}（${words.zh}）`,
        en: `the notice gives the day of the vote, ${first.day} (“${first.words}”), which picks ${pack.id} (${words.en})`,
      });
    }
    const listed = [...new Set(voting.map((day) => day.day))].join(', ');
    return fallBack(
      pack === null && chosenPacks.size === 1
        ? {
            zh: `公告写明的选举日期 ${listed} 早于本工具所收录的任何版本`,
            en: `the notice's day of the vote, ${listed}, is before any version this tool encodes`,
          }
        : {
            zh: `公告写明的选举日期（${listed}）分属不同版本的施行期间`,
            en: `the notice's days of voting (${listed}) fall under different versions`,
          },
    );
  }
  const signed = days?.signed;
  if (!signed) return fallBack({ zh: '公告未写明日期', en: 'the notice gives no date' });
  const pack = versionOn(signed.day);
  if (pack && pack === versionOn(daysBefore(signed.day, NOTICE_REACH_DAYS))) {
    const words = inForceWords(pack);
    return chosen(pack, 'notice-date', signed.day, {
      zh: `公告落款日期为 ${signed.day}，未写明选举日期；此前${NOTICE_REACH_DAYS}日内施行的都是 ${pack.id}（${words.zh}），故适用该版本`,
      en: enCounts`the notice is dated ${signed.day} and gives no day of the vote; ${pack.id} was in force throughout the ${NOTICE_REACH_DAYS} days before it (${words.en})`,
    });
  }
  return fallBack({
    zh: `公告落款日期为 ${signed.day}，未写明选举日期，选举可能在此前另一版本施行期间举行`,
    en: `the notice is dated ${signed.day} but gives no day of the vote, which may have been held under another version`,
  });
}

/** `day` less `count` days, `YYYY-MM-DD` (UTC, so no time zone shifts it). */
function daysBefore(day: string, count: number): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, (date ?? 1) - count)).toISOString().slice(0, 10);
}
