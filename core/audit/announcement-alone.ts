import {
  ANNOUNCEMENT_LIST_LIMIT,
  announcementSection,
  judgeAnnouncement,
  reportNothingRead,
  reportUnreadFigures,
  sectionWithUncompared,
  rulePackTerms,
  uncheckedFigures,
  workAnnouncementArithmetic,
  type AnnouncedFigures,
  type FigureWhere,
} from '../announcement/index.js';
import { roundThreshold } from '../recount/round-threshold.js';
import type { Lang } from '../model/finding.js';
import type { InputDigest, Report } from '../model/report.js';
import { fail, ok, type Result } from '../model/result.js';
import { choosePack, RULE_PACKS, todayUtc } from '../rules/index.js';
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
  today: string = todayUtc(),
): Result<Report> {
  const work = workAnnouncementArithmetic(figures, lang);
  const findings = [
    ...work.findings,
    ...reportNothingRead(figures, lang),
    ...reportUnreadFigures(figures, lang),
  ];
  // Every figure read and neither judged nor a term of a judgement is listed as such (unchecked-figures.ts).
  const sectionWith = (judgedElsewhere: readonly FigureWhere[]) =>
    announcementSection(figures, {
      ...work,
      unjudged: [...work.unjudged, ...uncheckedFigures(figures, work, judgedElsewhere)],
    });
  if (!rules)
    return ok(reportFromAnnouncement({ figures, findings, inputs, lang, section: sectionWith([]) }));
  // A notice carries no date the tool reads: a family is judged by the version in force today.
  const choice = choosePack(RULE_PACKS, {
    rules: rules.pack,
    today,
    undated: { zh: '不读取公告的日期', en: "the notice's date is not read" },
  });
  if (!choice.ok) return fail({ file: figures.file ?? '(notice)', message: choice.message });
  const { pack, version } = choice;
  const judgement = judgeAnnouncement(figures, pack, rules.round, lang);
  const threshold = roundThreshold(pack, rules.round);
  const section = sectionWith([
    ...judgement.judged,
    ...rulePackTerms(figures, judgement.judged, threshold?.base ?? null),
  ]);
  // The pack's judgements first, so that a long list never crowds them out.
  const judged = [...judgement.judged, ...section.judged].slice(0, ANNOUNCEMENT_LIST_LIMIT);
  const listed = sectionWithUncompared(section, judgement.findings);
  return ok(
    reportFromAnnouncement({
      figures,
      findings: [...findings, ...judgement.findings],
      inputs,
      lang,
      rulesVersion: version,
      section: { ...listed, judged, judgedCount: section.judgedCount + judgement.judged.length },
      judgedBy: {
        ...rules,
        pack: pack.id,
        quorumMet: judgement.quorumMet,
        electionValid: judgement.electionValid,
        electorateDiffers: judgement.electorateDiffers,
        countsApart: judgement.countsApart === true,
        otherVote: judgement.otherVote === true,
      },
    }),
  );
}
