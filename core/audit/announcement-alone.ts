import {
  ANNOUNCEMENT_LIST_LIMIT,
  announcementSection,
  judgeAnnouncement,
  reportNothingRead,
  reportUnreadFigures,
  sectionWithUncompared,
  rulePackTerms,
  uncheckedFigures,
  withoutCheckedNotCompared,
  workAnnouncementArithmetic,
  type AnnouncedFigures,
  type AnnouncementJudgement,
  type FigureWhere,
} from '../announcement/index.js';
import { nameKey } from '../announcement/figure-names.js';
import { ownElectionFigures } from '../announcement/own-election-figures.js';
import { packCommitteeCounts } from '../announcement/pack-committee-counts.js';
import { findingsWithBlocksNamed, withBlocksNamed } from '../announcement/village-block-scopes.js';
import { roundThreshold } from '../recount/round-threshold.js';
import { chooseAnnouncementPack } from './announcement-pack.js';
import type { Lang } from '../model/finding.js';
import type { InputDigest, LawJudged, Report } from '../model/report.js';
import { fail, ok, type Result } from '../model/result.js';
import { choosePack, RULE_PACKS, todayUtc } from '../rules/index.js';
import {
  quorumStatus,
  reportFromAnnouncement,
  type AnnouncementRules,
  type QuorumStatus,
} from '../report/index.js';

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
  // A figure a check judged or took as a term is not listed as not compared with a mention of another
  // body (withoutCheckedNotCompared): `checkedElsewhere` holds only the terms a pack's judgement rests on.
  const sectionWith = (
    judgedElsewhere: readonly FigureWhere[],
    checkedElsewhere: readonly FigureWhere[],
    packId?: string,
  ) =>
    announcementSection(
      figures,
      {
        ...work,
        unjudged: [
          ...withoutCheckedNotCompared(figures, work.unjudged, [
            ...work.judged,
            ...(work.terms ?? []),
            ...checkedElsewhere,
          ]),
          ...uncheckedFigures(figures, work, judgedElsewhere),
        ],
      },
      packId,
    );
  if (!rules)
    return ok(reportFromAnnouncement({ figures, findings, inputs, lang, section: sectionWith([], []) }));
  // A family is judged by the version in force on the day the user gives, else on the notice's days
  // (announcement-pack.ts), else today.
  const { date: electionDate, ...named } = rules;
  const choice = electionDate
    ? choosePack(RULE_PACKS, { rules: rules.pack, date: electionDate, today })
    : chooseAnnouncementPack(RULE_PACKS, rules.pack, figures.days, today);
  if (!choice.ok) return fail({ file: figures.file ?? '(notice)', message: choice.message });
  const { pack, version } = choice;
  const judgement = judgeAnnouncement(figures, pack, rules.round, lang);
  const threshold = roundThreshold(pack, rules.round);
  const thresholdBase = threshold?.base ?? null;
  // A summary's count of places taken as the number of elections it sums (judgement.terms) is a term too.
  const terms = judgement.terms ?? [];
  const section = sectionWith(
    [...judgement.judged, ...terms, ...rulePackTerms(figures, judgement.judged, thresholdBase)],
    // The counts the pack judged are of its own committee's election (judgeAnnouncement): only those.
    [
      ...judgement.judged,
      ...terms,
      ...rulePackTerms(
        ownElectionFigures(packCommitteeCounts(figures, pack.id)),
        judgement.judged,
        thresholdBase,
      ),
    ],
    pack.id,
  );
  // The pack's judgements first, so that a long list never crowds them out.
  const judged = [...withBlocksNamed(figures, judgement.judged), ...section.judged].slice(
    0,
    ANNOUNCEMENT_LIST_LIMIT,
  );
  const listed = sectionWithUncompared(section, judgement.findings, figures);
  const report = reportFromAnnouncement({
    figures,
    findings: [...findings, ...findingsWithBlocksNamed(figures, judgement.findings, lang)],
    inputs,
    lang,
    rulesVersion: version,
    section: { ...listed, judged, judgedCount: section.judgedCount + judgement.judged.length },
    judgedBy: {
      ...named,
      pack: pack.id,
      quorumMet: judgement.quorumMet,
      electionValid: judgement.electionValid,
      electorateDiffers: judgement.electorateDiffers,
      countsApart: judgement.countsApart === true,
      otherVote: judgement.otherVote === true,
      ...(judgement.quorumUnjudged ? { quorumUnjudged: judgement.quorumUnjudged } : {}),
      ...(judgement.summary ? { summary: judgement.summary } : {}),
    },
  });
  const lawJudged: LawJudged = {
    quorum: QUORUM_JUDGED[quorumStatus(report)],
    ...winnersJudged(figures, judgement, threshold !== null),
  };
  return ok({ ...report, announcement: { ...(report.announcement ?? listed), lawJudged } });
}

/** The quorum's status, said as judged or not: every reason it could not be judged is `not-judged`. */
const QUORUM_JUDGED: Record<QuorumStatus, LawJudged['quorum']> = {
  met: 'met',
  'not-met': 'not-met',
  'no-quorum-rule': 'no-rule',
  'not-judged': 'not-judged',
  undecided: 'not-judged',
  'electorate-unknown': 'not-judged',
  'electorate-differs': 'not-judged',
  'counts-apart': 'not-judged',
  'other-vote': 'not-judged',
  // A summary's totals judge no one election's quorum.
  'summary-met': 'not-judged',
  'summary-not-met': 'not-judged',
  'voters-unknown': 'not-judged',
  'voters-below-returned': 'not-judged',
  'voters-by-standing': 'not-judged',
  'electorate-apart': 'not-judged',
  unjudged: 'not-judged',
};

/**
 * The declared winners' votes judged against the round's threshold: every name the notice declares
 * elected (of any election it reports, so that a winner of another is counted as not judged), against the
 * names whose votes were judged. "met" only when all were.
 */
function winnersJudged(
  figures: AnnouncedFigures,
  judgement: AnnouncementJudgement,
  hasThreshold: boolean,
): Pick<LawJudged, 'winners' | 'winnersDeclared' | 'winnersJudged'> {
  const declared = new Set<string>();
  for (const figure of figures.figures)
    if (figure.kind === 'elected') for (const name of figure.names) declared.add(nameKey(name));
  const judgedNames = new Set(judgement.judgedWinners.map(nameKey).filter((key) => declared.has(key)));
  const listsUnread = figures.winnerListsUnread ?? 0;
  const counts = {
    winnersDeclared: declared.size,
    winnersJudged: judgedNames.size,
    ...(listsUnread > 0 ? { listsUnread } : {}),
  };
  const short = judgement.judged.some((figure) => figure.rule === 'winner-threshold' && !figure.right);
  const winners: LawJudged['winners'] = short
    ? 'not-met'
    : !hasThreshold
      ? 'no-rule'
      : declared.size === 0
        ? 'none-read'
        : judgedNames.size === 0
          ? 'not-judged'
          : judgedNames.size < declared.size || listsUnread > 0
            ? 'partly'
            : 'met';
  return { winners, ...counts };
}
