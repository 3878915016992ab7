import {
  ANNOUNCEMENT_LIST_LIMIT,
  announcementSection,
  judgeAnnouncement,
  reportNothingRead,
  reportUnreadFigures,
  workAnnouncementArithmetic,
  type AnnouncedFigures,
} from '../announcement/index.js';
import type { Lang } from '../model/finding.js';
import type { InputDigest, Report } from '../model/report.js';
import { fail, ok, type InputError, type Result } from '../model/result.js';
import { getRulePack, RULE_PACKS } from '../rules/index.js';
import { reportFromAnnouncement, type AnnouncementRules } from '../report/index.js';

/**
 * The report of an announcement checked alone (a file, or text captured from a page): its own
 * arithmetic and the numbers it states that were not read; with a rule pack, also its stated turnout
 * and winners judged by the pack (judgeAnnouncement). Fails only for a pack it does not know.
 */
export function auditAnnouncementAlone(
  figures: AnnouncedFigures,
  inputs: readonly InputDigest[],
  lang: Lang,
  rules?: AnnouncementRules,
): Result<Report> {
  const work = workAnnouncementArithmetic(figures, lang);
  const section = announcementSection(figures, work);
  const findings = [
    ...work.findings,
    ...reportNothingRead(figures, lang),
    ...reportUnreadFigures(figures, lang),
  ];
  if (!rules) return ok(reportFromAnnouncement({ figures, findings, inputs, lang, section }));
  const pack = getRulePack(rules.pack);
  if (!pack) return fail(unknownPack(figures.file ?? '(announcement)', rules.pack));
  const judgement = judgeAnnouncement(figures, pack, rules.round, lang);
  // The pack's judgements first, so that a long list never crowds them out.
  const judged = [...judgement.judged, ...section.judged].slice(0, ANNOUNCEMENT_LIST_LIMIT);
  return ok(
    reportFromAnnouncement({
      figures,
      findings: [...findings, ...judgement.findings],
      inputs,
      lang,
      section: { ...section, judged, judgedCount: section.judgedCount + judgement.judged.length },
      judgedBy: { ...rules, quorumMet: judgement.quorumMet, electionValid: judgement.electionValid },
    }),
  );
}

/** An unknown rule pack, with the ones there are. */
export function unknownPack(file: string, id: string): InputError {
  const known = RULE_PACKS.map((pack) => pack.id).join(', ');
  return {
    file,
    message: {
      zh: `未知的规则包：${id}（可用：${known}）`,
      en: `unknown rule pack: ${id} (known: ${known})`,
    },
  };
}
