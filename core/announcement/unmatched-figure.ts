import type { Bilingual, Finding, Lang } from '../model/finding.js';
import { makeFinding } from '../model/make-finding.js';
import type { AnnouncementSection } from '../model/report.js';
import { ANNOUNCEMENT_LIST_LIMIT } from './announcement-section.js';
import type { AnnouncedFigure, AnnouncedFigures } from './announced-figures.js';
import { quoted, whereOf } from './figure-names.js';
import { blockOfSpan, unreadNamed } from './village-block-scopes.js';

/**
 * Why a figure the notice states was read but not compared with the recount: it names a contest the
 * election does not hold, or a person the recount cannot tell with certainty (a name in pinyin beside
 * candidates in characters, a name no candidate or write-in has). Such a figure is never compared as a
 * candidate with 0 votes: that would be an error found on a guess.
 */
export type UnmatchedReason = 'unknown-contest' | 'no-contest' | 'unknown-name';

export const UNMATCHED_REASONS: Readonly<Record<UnmatchedReason, (name: string) => Bilingual>> = {
  'unknown-contest': (name) => ({
    zh: `所指职位“${name}”不是本次选举的职位`,
    en: `names a contest “${name}” the election does not hold`,
  }),
  'no-contest': () => ({
    zh: '没有写明职位，其姓名又见于不止一个职位',
    en: 'names no contest, and its names stand in more than one',
  }),
  'unknown-name': (name) => ({
    zh: `中的姓名“${name}”不能确定对应哪位候选人（选举中没有同名的候选人或另选人）`,
    en: `names “${name}”, whom no candidate or written-in name of the recount matches with certainty`,
  }),
};

/** UNREAD_FIGURE (info) for one figure left uncompared, with its reason in both languages. */
export function unmatchedFinding(
  figures: AnnouncedFigures,
  figure: AnnouncedFigure,
  reason: UnmatchedReason,
  name: string,
  lang: Lang,
): Finding {
  const words = UNMATCHED_REASONS[reason](name);
  const what =
    figure.kind === 'elected'
      ? { zh: '公告的当选宣告', en: "The notice's declaration of winners" }
      : { zh: '公告中的数字', en: "The notice's figure" };
  return makeFinding(
    {
      code: 'UNREAD_FIGURE',
      severity: 'info',
      messages: {
        zh: `${what.zh}“${quoted(figure)}”${words.zh}，未与复核比较`,
        en: `${what.en} “${quoted(figure)}” ${words.en}, and was not compared with the recount`,
      },
      found: quoted(figure),
      where: whereOf(figures, figure),
    },
    lang,
  );
}

/**
 * The report's announcement section with the figures the comparison left uncompared (its UNREAD_FIGURE
 * findings) listed and counted among the unread, so that the counts never show them as dropped. Given the
 * notice (`notice`), a note inside a block of a summary of several villages is named by its village, as the
 * reader's unread numbers are (blockOfSpan).
 */
export function sectionWithUncompared(
  section: AnnouncementSection,
  compared: readonly Finding[],
  notice?: AnnouncedFigures,
): AnnouncementSection {
  const uncompared = compared.filter((finding) => finding.code === 'UNREAD_FIGURE');
  if (uncompared.length === 0) return section;
  const listed = uncompared.slice(0, Math.max(0, ANNOUNCEMENT_LIST_LIMIT - section.unread.length));
  return {
    ...section,
    unreadCount: section.unreadCount + uncompared.length,
    unread: [
      ...section.unread,
      ...listed.map((finding) => {
        const place = notice === undefined ? undefined : blockOfSpan(notice, finding.where?.span?.[0]);
        return {
          text: String(finding.found ?? ''),
          ...(finding.where?.span ? { span: finding.where.span } : {}),
          reason: 'not-compared',
          work: unreadNamed(finding.messages, place),
          ...(place === undefined ? {} : { place }),
        };
      }),
    ],
  };
}
