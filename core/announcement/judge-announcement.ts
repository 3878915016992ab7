import { electorateInHouseholds } from './household-counts.js';
import { checkElectionVoid } from '../checks/election-void.js';
import { POSTS } from '../checks/runoff-candidates.js';
import type { Round } from '../model/election.js';
import type { Bilingual, Finding, Lang } from '../model/finding.js';
import type { QuorumSummary, QuorumUnjudged } from '../model/report.js';
import { makeFinding } from '../model/make-finding.js';
import { electionValidity } from '../recount/election-validity.js';
import { surplusWords, type ReturnedSurplus } from '../recount/returned-surplus.js';
import { roundThreshold } from '../recount/round-threshold.js';
import type { RulePack, Threshold, ThresholdBase } from '../rules/rule-pack.js';
import {
  countedBaseName,
  describeThreshold,
  meetsThreshold,
  THRESHOLD_BASE_NAMES,
  votesNeeded,
} from '../rules/threshold.js';
import { enCounts, englishCount } from '../text/english-count.js';
import {
  statedCast,
  statedCount,
  type AnnouncedContest,
  type AnnouncedFigures,
  type CountFigure,
  type CountMeaning,
  type ElectedFigure,
  type VotesFigure,
} from './announced-figures.js';
import { nameKey, quoted, sameName, whereOf } from './figure-names.js';
import {
  bodyNameOf,
  declarationsAfter,
  declaredBodyOf,
  electedByGroups,
  chosenUnderOtherRules,
  electedToAnotherBody,
  votesOfAnotherBody,
} from './other-body.js';
import { sectionBallotAccounts, votesOfPostSections } from './post-ballot-accounts.js';
import { sectionOf, settingOf, subjectOf } from './comparable-mentions.js';
import { onOneBallotWithCommittee } from './supervisors-chosen-apart.js';
import { quorumElectorateMismatch } from './quorum-electorate.js';
import { recallQuorumWords } from './recall-vote.js';
import { hongKongPackWords } from './hong-kong-election.js';
import type { FigureWhere, JudgedFigure } from './judged-figures.js';
import { ownElectionFigures, votesApartFromCount } from './own-election-figures.js';
import {
  packCommitteeCounts,
  summaryOfElections,
  townTotalsOfVillages,
  type ElectionsSummed,
} from './pack-committee-counts.js';
import {
  indexRounds,
  roundOfCountsBefore,
  roundOfVotes,
  votesNamed,
  wonInRevote,
  type RoundIndex,
  type RoundShortfall,
} from './round-of-votes.js';
import { POST_BALLOT, roundNamed, RUNOFF_WORDS } from './round-words.js';
import { runoffQuorum } from './runoff-quorum.js';
import { voidTurnoutClaim } from './void-turnout-claim.js';
import { shortOfHalfClaims } from './short-of-half-claim.js';
import { meetingQuorums } from './meeting-quorum.js';
import { womenAmongWinners } from './women-among-winners.js';
import { noticeCompetitiveness } from './notice-competitiveness.js';

export interface AnnouncementJudgement {
  /** Judged from the figures the announcement states: false where they cannot show the quorum met. */
  readonly quorumMet: boolean;
  readonly electionValid: boolean;
  /** True when the notice's electorate is of another kind than the pack counts: no quorum judged. */
  readonly electorateDiffers: boolean;
  /** True when every count of voters it states is of another place (全镇…): no quorum judged. */
  readonly countsApart?: boolean;
  /** True when the text reports a recall or an election in Hong Kong, which the pack does not govern. */
  readonly otherVote?: boolean;
  /**
   * Why else no quorum was judged, when the notice states voters and a register: the voters are fewer
   * than the ballots returned, or named only by 参选; or every register it states is of another place,
   * body or round than the election's own (第一网格登记选民420人 with no register of the whole).
   */
  readonly quorumUnjudged?: QuorumUnjudged;
  /**
   * A township's summary of several elections of the pack's committee: its quorum judged on the totals
   * alone (quorumMet false, never void), with how many elections they sum and whether they meet it.
   */
  readonly summary?: QuorumSummary;
  /**
   * Stated figures a judgement took as a term beside the counts (rulePackTerms names those): a summary's
   * count of places taken as the number of elections it sums (全镇3个村), named in that judgement's work.
   */
  readonly terms?: readonly FigureWhere[];
  readonly findings: readonly Finding[];
  /** Each judgement made, met or not, with its work (the quorum, each winner's votes). */
  readonly judged: readonly JudgedFigure[];
  /** The declared winners whose votes were judged against the round's threshold, once each judgement. */
  readonly judgedWinners: readonly string[];
}

export type { QuorumUnjudged };

const ROUND_WORDS: Record<Round, { zh: string; en: string }> = {
  first: { zh: '第一次投票', en: 'in a first round' },
  runoff: { zh: '另行选举', en: 'in a runoff' },
};

/**
 * An announcement judged by a rule pack on its own figures, with no tally sheet: whether the turnout
 * it states meets the quorum (TURNOUT_BELOW_QUORUM and ELECTION_VOID, as a recount says them), and
 * whether each person it declares elected has, by the votes it states, what the round's threshold asks
 * (ANNOUNCED_WINNER_MISMATCH). What the announcement does not state is not judged.
 */
export function judgeAnnouncement(
  notice: AnnouncedFigures,
  pack: RulePack,
  round: Round,
  lang: Lang,
): AnnouncementJudgement {
  // Counts of another election the notice reports as well (预选, 村务监督委员会, one 村民小组) are left out.
  // An election in Hong Kong is held under its own law: a mainland pack judges nothing of it.
  const hongKong = hongKongPackWords(notice);
  if (hongKong)
    return {
      quorumMet: false,
      electionValid: true,
      electorateDiffers: false,
      otherVote: true,
      findings: [makeFinding({ code: 'UNREAD_FIGURE', severity: 'info', messages: hongKong }, lang)],
      judged: [],
      judgedWinners: [],
    };
  const figures = ownElectionFigures(packCommitteeCounts(notice, pack.id));
  const stated = (meaning: CountMeaning): number | null => statedCount(figures, meaning);
  const cast = statedCast(figures);
  if (cast === null) {
    const womenJudged: JudgedFigure[] = [];
    // 一、江岸社区 … 二、望江社区 …: no voters of the notice's own, but each place's winners by its own.
    const placeWinners: string[] = [];
    const places = placeCounts(notice);
    const ofPlaces =
      places.size === 0
        ? []
        : placeWinnerFindings(
            figures,
            places,
            pack,
            round,
            lang,
            womenJudged,
            winnerLookups(notice),
            placeWinners,
          );
    // 青松镇村民委员会换届…全镇登记选民3,690人，参加投票1,720人: the town's totals of its villages' elections
    // alone, judged as a summary's (summaryQuorum): short of the quorum, one election at least missed it.
    const town = townTotalsOfVillages(notice, pack.id);
    const totals = town === null ? null : summaryQuorum(notice, pack, town.cast, town.registered, town);
    if (totals) womenJudged.push(totals.judged);
    return {
      quorumMet: false,
      electionValid: true,
      electorateDiffers: false,
      ...(totals && town
        ? {
            summary: { elections: town.elections, totalsMet: totals.judged.right },
            ...electionsTerms(town),
          }
        : {}),
      // 全镇登记选民38200人: voters the notice states are all of another place (a township's sum of its
      // villages), of no one election: no quorum is judged, and the report says why.
      countsApart: statedCast(notice) !== null,
      findings: [
        ...(totals?.finding ? [makeFinding(totals.finding, lang)] : []),
        ...ofPlaces,
        // 召开村民代表会议，应到村民代表45人，实到村民代表26人: a meeting's attendance needs no ballots to be judged.
        ...meetingQuorums(notice, pack, lang, womenJudged),
        // 西湾村另行选举，登记选民1600人，参加投票700人 under a title of two villages: the runoff's own register
        // and voters, judged by each other alone (never by another place's register).
        ...(quorumElectorateMismatch(figures, pack) === null && !(pack.quorum && recallQuorumWords(notice))
          ? runoffQuorum(notice, figures, pack, lang, womenJudged, true)
          : []),
        ...womenAmongWinners(figures, pack, round, lang, womenJudged),
        ...noticeCompetitiveness(figures, pack, round, lang, womenJudged),
      ],
      judged: womenJudged,
      judgedWinners: placeWinners,
    };
  }
  const invalid = stated('invalid');
  // Fewer voters stated than ballots returned: one of the two counts is wrong (or not of voters), and
  // no quorum is judged on either; the notice then cannot show the quorum met, and is not called void.
  // Voters named only by 参选 may be those who stood as candidates: no quorum is judged on them either.
  const belowReturned = castBelowReturned(stated('cast'), stated('returned'));
  const byStanding = firstCast(figures)?.namedByStanding === true;
  const castInDoubt = belowReturned || byStanding;
  // Representatives due judged by a pack of all voters, or voters by the representatives' pack: the
  // quorum would be the wrong one, so it is not judged (quorum-electorate.ts).
  const otherElectorate = quorumElectorateMismatch(figures, pack);
  // A recall vote's turnout is held to the recall's own rule, which no pack holds (recall-vote.ts).
  const recall = pack.quorum ? recallQuorumWords(notice) : null;
  const quorumUnjudged = castInDoubt || otherElectorate !== null || recall !== null;
  // 全镇14个村登记选民18,204人，参加投票16,512人: the totals of several elections, none of which is the notice's
  // own; the quorum is judged on them only for what totals can tell (summaryQuorum), and never voids one.
  const summary = quorumUnjudged ? null : summaryOfElections(notice, pack.id, firstCast(figures));
  const bases: Record<ThresholdBase, number | null> = {
    registered: stated('registered'),
    cast,
    // Valid ballots as stated, or worked out only from a stated number of invalid ones; not known when
    // more ballots are stated invalid than were cast (that figure cannot be right, and no winner is
    // judged against a share of valid ballots worked out from it).
    valid: stated('valid') ?? (invalid === null || invalid > cast ? null : cast - invalid),
  };
  // The ballots returned, when stated beside the voters, are what is held against the ballots issued:
  // more voters than ballots issued is a fault of one count, not ballots returned beyond those issued.
  const returnedApart = stated('returned') !== null && stated('cast') !== null && stated('returned') !== cast;
  const validity = electionValidity(
    pack,
    quorumUnjudged || summary !== null ? null : bases.registered,
    {
      issued: returnedApart ? null : stated('issued'),
      cast,
      invalid: invalid ?? 0,
      valid: bases.valid ?? cast,
      boxesWithoutReturned: [],
      // The voters who signed in are compared below, against the ballots returned the notice states.
      voters: null,
      boxesWithoutVoters: [],
    },
    [],
  );
  const surplus = returnedOver(pack.voidWhenReturnedExceedsVoters, stated('returned'), stated('cast'));
  // Ballots returned beyond the voters stated are in doubt themselves (castInDoubt): no void rests on them.
  const overIssued =
    returnedApart && !castInDoubt
      ? returnedOver(pack.voidWhenReturnedExceedsIssued, stated('returned'), stated('issued'))
      : null;
  const extraReasons = [
    ...(overIssued ? [{ kind: 'returned-exceeds' as const, limit: 'issued' as const, ...overIssued }] : []),
    ...(surplus ? [{ kind: 'returned-exceeds' as const, limit: 'voters' as const, ...surplus }] : []),
  ];
  const validityJudged =
    extraReasons.length > 0
      ? { ...validity, electionValid: false, voidReasons: [...validity.voidReasons, ...extraReasons] }
      : validity;
  const judged: JudgedFigure[] = [];
  const winners: string[] = [];
  // The votes of each name, each value and each contest, found once: judging stays linear in the winners.
  const lookups = winnerLookups(notice);
  const totals = summary === null ? null : summaryQuorum(figures, pack, cast, bases.registered, summary);
  const quorum =
    quorumUnjudged || summary !== null ? null : quorumWork(figures, pack, cast, bases.registered);
  if (quorum) judged.push(quorum);
  if (totals) judged.push(totals.judged);
  const findings = [
    ...(totals?.finding ? [makeFinding(totals.finding, lang)] : []),
    ...(surplus
      ? [
          makeFinding(
            {
              code: 'RETURNED_EXCEEDS_VOTERS',
              severity: 'error',
              expected: surplus.allowed,
              found: surplus.returned,
              messages: surplusWords('voters', surplus),
            },
            lang,
          ),
        ]
      : []),
    ...(otherElectorate
      ? [
          makeFinding(
            { code: 'UNREAD_FIGURE', severity: 'info', found: bases.registered, messages: otherElectorate },
            lang,
          ),
        ]
      : []),
    ...(recall
      ? [
          makeFinding(
            {
              code: 'UNREAD_FIGURE',
              severity: 'info',
              // The recall's own register when its counts are set apart from a by-election's (recall-vote.ts).
              found: bases.registered ?? statedCount(notice, 'registered'),
              messages: recall,
            },
            lang,
          ),
        ]
      : []),
    ...declaredVoidFindings(
      notice.ownVoidForTurnout,
      checkElectionVoid(validityJudged, pack, lang),
      validityJudged,
      quorum,
      { cast, registered: bases.registered },
      pack,
      lang,
      judged,
    ),
    ...voidTurnoutClaim(notice, pack, lang, judged),
    ...(quorumUnjudged || summary !== null ? [] : shortOfHalfClaims(notice, pack, round, lang, judged)),
    ...meetingQuorums(notice, pack, lang, judged),
    ...(quorumUnjudged ? [] : runoffQuorum(notice, figures, pack, lang, judged)),
    ...winnerFindings(figures, notice, pack, round, bases, lang, judged, lookups, winners),
    ...tiedWinnerFindings(figures, lookups, lang, notice),
    ...womenAmongWinners(figures, pack, round, lang, judged),
    ...noticeCompetitiveness(figures, pack, round, lang, judged),
  ];
  return {
    quorumMet: validityJudged.quorumMet,
    electionValid: validityJudged.electionValid,
    electorateDiffers: otherElectorate !== null,
    ...(recall ? { otherVote: true } : {}),
    ...(otherElectorate !== null || recall !== null
      ? {}
      : belowReturned
        ? { quorumUnjudged: 'voters-below-returned' as const }
        : byStanding
          ? { quorumUnjudged: 'voters-by-standing' as const }
          : // 第一网格登记选民420人 and no register of the whole: the notice states a register, none of its election.
            pack.quorum && bases.registered === null && statedCount(notice, 'registered') !== null
            ? { quorumUnjudged: 'electorate-apart' as const }
            : {}),
    ...(totals && summary
      ? {
          summary: { elections: summary.elections, totalsMet: totals.judged.right },
          ...electionsTerms(summary),
        }
      : {}),
    findings,
    judged,
    judgedWinners: winners,
  };
}

/** The first whole-election count of voters who cast a ballot the notice states. */
const firstCast = (figures: AnnouncedFigures): CountFigure | undefined => firstCount(figures, 'cast');

/** The first whole-election count of a meaning the notice states. */
function firstCount(figures: AnnouncedFigures, meaning: CountMeaning): CountFigure | undefined {
  return figures.figures.find(
    (figure): figure is CountFigure =>
      figure.kind === 'count' && figure.meaning === meaning && figure.contest === null,
  );
}

/** Whether the stated voters who cast a ballot are fewer than the stated ballots returned. */
function castBelowReturned(cast: number | null, returned: number | null): boolean {
  return cast !== null && returned !== null && cast < returned;
}

/**
 * More ballots returned than `allowed`, both as the notice states them, under a pack that voids on it
 * (`voids`): more than issued, or, under a pack whose text holds the ballots returned to the voters who
 * signed in (投票人数), more than its 参加投票 (people who voted). A notice not stating both is not judged
 * on this.
 */
function returnedOver(
  voids: boolean | undefined,
  returned: number | null,
  allowed: number | null,
): ReturnedSurplus | null {
  if (!voids || returned === null || allowed === null || returned <= allowed) return null;
  return { box: null, returned, allowed };
}

/**
 * A township's totals of several elections held to the pack's quorum. The totals short of it mean that at
 * least one election was short of it too (were each election's voters above its own register's share, so
 * would their sum be above the sum's share): said as a warning, which election the summary does not tell,
 * and no election is called void. Totals that meet it say nothing of any one election: judged right, said
 * so. Null when the pack has no quorum or no register is stated.
 */
function summaryQuorum(
  figures: AnnouncedFigures,
  pack: RulePack,
  cast: number,
  registered: number | null,
  { elections, countedBy }: ElectionsSummed,
): { judged: JudgedFigure; finding?: Parameters<typeof makeFinding>[0] } | null {
  if (!pack.quorum || registered === null) return null;
  const met = meetsThreshold(cast, registered, pack.quorum);
  const rule = describeThreshold(pack.quorum, THRESHOLD_BASE_NAMES.registered);
  const figure = figures.figures.find(
    (stated) => stated.kind === 'count' && stated.meaning === 'cast' && stated.contest === null,
  );
  const of =
    elections === null
      ? { zh: '多次选举', en: 'several elections' }
      : { zh: `${elections}次选举`, en: enCounts`${elections} elections` };
  // 全镇3个村: the count the number of elections was taken from, named in the work.
  const first = countedBy[0];
  const from = first === undefined ? undefined : quoted(first);
  const totalsOf =
    from === undefined
      ? { zh: `${of.zh}合计`, en: `the totals of ${of.en}` }
      : {
          zh: `${of.zh}合计（“${from}”读作汇总的选举次数）`,
          en: `the totals of ${of.en} (“${from}” taken as the number of elections summed)`,
        };
  const work = met
    ? {
        zh: `${totalsOf.zh}：登记选民${registered}人中${cast}人参加投票，达到“${rule.zh}”；但合计达到不说明每一次选举都达到，各次选举的法定人数未据合计判断`,
        en: enCounts`${totalsOf.en}: ${cast} voted out of ${registered} registered voters, meeting the rule that ${rule.en} take part; totals that meet it do not show that each election did, so no single election's quorum is judged from them`,
      }
    : {
        zh: `${totalsOf.zh}：登记选民${registered}人中${cast}人参加投票，未达到“${rule.zh}”：其中至少有一次选举未达到法定人数`,
        en: enCounts`${totalsOf.en}: ${cast} voted out of ${registered} registered voters, short of the rule that ${rule.en} take part: at least one of those elections missed its quorum`,
      };
  const judged: JudgedFigure = {
    rule: 'quorum',
    right: met,
    text: figure?.origin.text ?? '',
    ...(figure?.origin.span ? { span: figure.origin.span } : {}),
    work,
  };
  if (met) return { judged };
  return {
    judged,
    finding: {
      code: 'TURNOUT_BELOW_QUORUM',
      severity: 'warning',
      expected: votesNeeded(registered, pack.quorum),
      found: cast,
      messages: {
        zh: `汇总的${of.zh}合计登记选民${registered}人，参加投票${cast}人，未达到“${rule.zh}”：其中至少有一次选举未达到法定人数（汇总没有写明是哪一次），请查看各次选举的投票情况`,
        en: enCounts`the ${of.en} summed had ${cast} voters out of ${registered} registered voters in all, short of the rule that ${rule.en} take part: at least one of them missed its quorum (the summary does not say which); look at each election's turnout`,
      },
    },
  };
}

/** The counts of places a summary's judgement took as the number of elections: terms of its work. */
function electionsTerms({ countedBy }: ElectionsSummed): { terms?: readonly FigureWhere[] } {
  if (countedBy.length === 0) return {};
  return {
    terms: countedBy.map((figure) =>
      figure.origin.span ? { text: figure.origin.text, span: figure.origin.span } : { text: quoted(figure) },
    ),
  };
}

/** The quorum judged on the stated counts, with the count that stood for the ballots cast. */
function quorumWork(
  figures: AnnouncedFigures,
  pack: RulePack,
  cast: number,
  registered: number | null,
): JudgedFigure | null {
  if (!pack.quorum || registered === null) return null;
  const met = meetsThreshold(cast, registered, pack.quorum);
  const from = statedCount(figures, 'cast') !== null ? 'cast' : 'returned';
  const castWords =
    from === 'cast' ? { zh: '参加投票', en: 'voted' } : { zh: '张选票收回', en: 'ballots returned' };
  // An election by household representatives (应到户代表48户) counts households, not voters.
  const households = electorateInHouseholds(figures.figures);
  // An election by residents' representatives (居民代表共58名，出席会议52名) counts the representatives, not voters.
  const representatives = !households && pack.electorate.kind === 'residents-representatives';
  const rule = describeThreshold(
    pack.quorum,
    households
      ? { zh: '登记户数', en: 'the registered households' }
      : representatives
        ? { zh: '居民代表总数', en: "the residents' representatives" }
        : THRESHOLD_BASE_NAMES.registered,
  );
  const figure = figures.figures.find(
    (stated) => stated.kind === 'count' && stated.meaning === from && stated.contest === null,
  );
  return {
    rule: 'quorum',
    right: met,
    text: figure?.origin.quote ?? figure?.origin.text ?? '',
    ...(figure?.origin.span ? { span: figure.origin.span } : {}),
    work: {
      zh: `${households ? '登记户' : representatives ? '居民代表' : '登记选民'}${registered}${households ? '户' : '人'}中${cast}${from === 'cast' ? (households ? '户' : '人') : ''}${castWords.zh}，须${rule.zh}：${met ? '达到' : '未达到'}`,
      en: enCounts`${cast} ${castWords.en} out of ${registered} ${households ? 'registered households' : representatives ? "residents' representatives" : 'registered voters'}; ${rule.en} must take part: ${met ? 'met' : 'not met'}`,
    },
  };
}

/**
 * `figures` are the counts of the notice's own election (ownElectionFigures), `notice` all it states: a
 * runoff counted apart from the first round still says the notice reports one.
 */
function winnerFindings(
  figures: AnnouncedFigures,
  notice: AnnouncedFigures,
  pack: RulePack,
  round: Round,
  bases: Record<ThresholdBase, number | null>,
  lang: Lang,
  judged: JudgedFigure[],
  lookups: WinnerLookups,
  winners: string[],
): Finding[] {
  const threshold = roundThreshold(pack, round);
  const base = threshold ? bases[threshold.base] : null;
  if (!threshold || base === null) return [];
  const places = placeCounts(notice);
  // Looked up once for the notice, not once per winner: judging stays linear in the winners.
  const voters = firstCast(figures) ?? firstCount(figures, 'returned');
  const runoff = runoffSigns(notice);
  let withoutOtherBodies: WinnerLookups | undefined;
  const committeeLookups = (): WinnerLookups => (withoutOtherBodies ??= lookupsWithoutOtherBodies(notice));
  const findings: Finding[] = [];
  for (const elected of figures.figures) {
    if (elected.kind !== 'elected') continue;
    const body = electedToAnotherBody(elected, figures.title);
    for (const name of elected.names) {
      // 村务监督委员会选举收回选票1200张… 王强以1102票当选村务监督委员会主任: that body's own ballots are its base.
      // 业委会委员张伟得票150票当选: a body chosen under other rules (other-body.ts) is never judged by the pack.
      const own =
        body && !chosenUnderOtherRules(body)
          ? bodyBase(notice, figures, elected, lookups, name, threshold.base)
          : null;
      if (own) {
        findings.push(
          ...judgeWinner(
            figures,
            elected,
            name,
            own.votes,
            own.base,
            round,
            pack,
            judged,
            winners,
            lang,
            body ? bodyInWords(body) : '',
          ),
        );
        continue;
      }
      if (body) {
        findings.push(
          winnerNotJudged(figures, elected, name, lang, {
            zh: `公告宣布${name}当选${body}：那可能是另一机构，由另外的人投票产生，其得票未按本次选举的投票人数核对`,
            en: enCounts`The notice declares ${name} elected to what may be another body (${body}), chosen by other voters: ${name}'s votes were not checked against this election's ballots`,
          }),
        );
        continue;
      }
      // A representative or a group's head, chosen by a group or by households (other-body.ts), even in a
      // notice of their own election: the committee's threshold of the whole village's ballots is not theirs.
      const byGroups = electedByGroups(elected);
      if (byGroups) {
        findings.push(
          winnerNotJudged(figures, elected, name, lang, {
            zh: `公告宣布${name}当选${byGroups}：${byGroups}由村（居）民小组或户推选，不由全村（社区）的选票选出，所选规则的当选票数不适用，其得票未按它核对`,
            en: enCounts`The notice declares ${name} elected to a post chosen by a group or by households (${byGroups}), not by the whole village's ballots: the rules' threshold for a seat does not apply, and ${name}'s votes were not judged by it`,
          }),
        );
        continue;
      }
      // 黄志诚得票45票，当选为党支部书记 … 黄志诚当选为村民委员会主任: the votes of another body's vote are not the
      // committee's winner's, nor a round of it (committeeLookups).
      const ofWinner = votesNamed(committeeLookups().rounds, name).length > 0 ? committeeLookups() : lookups;
      // A notice of both rounds: which round's counts stand before the winner's votes (round-of-votes.ts).
      const rounds = roundOfVotes(ofWinner.rounds, pack, elected, name);
      if (rounds?.kind === 'runoff') {
        const runoffBase = Number(rounds.base.value);
        findings.push(
          ...judgeWinner(
            figures,
            elected,
            name,
            rounds.votes,
            runoffBase,
            'runoff',
            pack,
            judged,
            winners,
            lang,
          ),
        );
        continue;
      }
      if (rounds?.kind === 'revote') {
        findings.push(...judgeRevoteWinner(figures, elected, name, rounds, judged, winners, lang));
        continue;
      }
      if (rounds?.kind === 'short') {
        // Short of each round's threshold, the declaration fails whichever round it rests on.
        findings.push(shortOfEachRound(figures, elected, name, rounds.short, pack, lang));
        continue;
      }
      if (rounds?.kind === 'unsure') {
        findings.push(votesOfSeveralRounds(figures, elected, name, rounds.values, lang));
        continue;
      }
      const votes = statedVotes(ofWinner, elected, name);
      if (!votes) {
        const notJudged = votesUnderOtherNames(figures, ofWinner, elected, name, lang);
        if (notJudged) findings.push(notJudged);
        continue;
      }
      // `Villager representatives of Group 3: Zhao Lei 60 votes … The first two were elected`: votes under
      // another body's heading are of its voters, whatever the declaration after them says.
      const votesBody = votesOfAnotherBody(votes.bodies, elected.origin.text, figures.title);
      if (votesBody) {
        findings.push(
          winnerNotJudged(figures, elected, name, lang, {
            zh: `公告宣布${name}当选，其得票列在${votesBody}之下：那可能是另一机构，由另外的人投票产生，其得票未按本次选举的投票人数核对`,
            en: enCounts`The notice declares ${name} elected, with votes listed under what may be another body (${votesBody}), chosen by other voters: ${name}'s votes were not checked against this election's ballots`,
          }),
        );
        continue;
      }
      // The winner's own account, where the votes have one: 二、望江社区 ⏎ 参加投票801人… ⏎ 贾东，得票650票 (a
      // place under its own heading, judged by that place's voters where it states them once); 主任选票：发出1620张，
      // 收回1618张… 龙海得票1402票，当选为主任 (a ballot for each post, the votes in their post's own section, judged
      // by that ballot's own voters, else its ballots returned). The work names the place or the post.
      const ownAccount =
        round === 'first' && !runoff.named
          ? accountOfVotes(notice, places, votes, voters, threshold.base, pack)
          : null;
      if (ownAccount !== null) {
        findings.push(
          ...judgeWinner(
            figures,
            elected,
            name,
            votes,
            ownAccount.base,
            ownAccount.round ?? round,
            pack,
            judged,
            winners,
            lang,
            ownAccount.named,
          ),
        );
        continue;
      }
      // 第一轮投票（选举主任、副主任）：… 第二轮投票（选举委员）：参加投票的选民1280人 … 唐建华得票702票: a ballot for
      // another post is that post's first round, judged by more than half of its own voters.
      const ownBallot = round === 'first' ? postBallotBase(notice, elected, votes, threshold.base) : null;
      if (typeof ownBallot === 'number') {
        findings.push(
          ...judgeWinner(figures, elected, name, votes, ownBallot, round, pack, judged, winners, lang),
        );
        continue;
      }
      // 第一轮投票（选举主任、委员）：… 第二轮投票（选举委员）：…: a later ballot for a post the first elected too
      // may re-vote a seat left open (a runoff, a third) or not (more than half): the text does not say which.
      // Short even of a runoff's third of that ballot's own ballots, the declaration fails either way.
      const shortEitherWay =
        ownBallot !== null && typeof ownBallot !== 'number' && ownBallot.why === 'kind'
          ? shortOfEitherReading(notice, ofWinner, name, votes, ownBallot, pack)
          : null;
      if (shortEitherWay && ownBallot !== null && typeof ownBallot !== 'number') {
        findings.push(
          shortOfEitherKind(
            figures,
            elected,
            name,
            votes,
            ownBallot.label,
            shortEitherWay,
            pack,
            judged,
            lang,
          ),
        );
        winners.push(name);
        continue;
      }
      if (ownBallot !== null) {
        const why =
          ownBallot.why === 'kind'
            ? {
                zh: '未说明这次投票是另行选举（须达参加投票人数的三分之一）还是另一职务的选举（须过半数）',
                en: 'the text does not say whether that ballot is a runoff (a third of its voters) or another post’s election (more than half)',
              }
            : {
                zh: '这次投票的参加投票人数未见一次、一个数地写明',
                en: 'the ballot’s own voters are not stated once, in one value',
              };
        findings.push(
          winnerNotJudged(figures, elected, name, lang, {
            zh: `公告宣布${name}当选，其${votes.value}票是“${ownBallot.label}”的得票：${why.zh}，未按任何一轮的当选票数核对`,
            en: enCounts`The notice declares ${name} elected with ${englishCount(votes.value, 'vote')} in a later ballot (${ownBallot.label}); ${why.en}, so they were not judged by either round’s threshold`,
          }),
        );
        continue;
      }
      const uncounted = runoffUncounted(figures, runoff, elected, name, votes, voters, lang);
      if (uncounted) {
        findings.push(uncounted);
        continue;
      }
      const apart = votesOfAnotherElection(figures, elected, name, votes, voters, lang);
      if (apart) {
        findings.push(apart);
        continue;
      }
      const otherRound = voters ? roundOfCountsBefore(ofWinner.rounds, votes, voters) : null;
      if (otherRound !== null && voters) {
        const post = postOf(elected, votes);
        findings.push(
          winnerNotJudged(figures, elected, name, lang, {
            zh: `公告宣布${name}当选${post}，所列${votes.value}票紧接在“${otherRound}”的票数之后，可能是那一轮的得票，未按${voters.value}人投票的当选票数核对`,
            en: enCounts`The notice declares ${name} elected${postInEnglish(post, elected)}; the ${englishCount(votes.value, 'vote')} stated follow the counts of another round (${otherRound}) and may be of it, so they were not judged against the ${voters.value} voters`,
          }),
        );
        continue;
      }
      const met = meetsThreshold(Number(votes.value), base, threshold);
      const ofRunoff = !met && round === 'first' ? namedRunoffOfVotes(runoff, pack, bases, votes) : null;
      if (ofRunoff?.meets) {
        findings.push(runoffNotJudged(figures, elected, name, votes, lang));
        continue;
      }
      // Short of a runoff's third as well: whichever round it is, the declaration fails, and the
      // finding names the runoff's lower threshold the notice speaks of.
      if (ofRunoff) {
        findings.push(
          ...judgeWinner(figures, elected, name, votes, ofRunoff.base, 'runoff', pack, judged, winners, lang),
        );
        continue;
      }
      findings.push(...judgeWinner(figures, elected, name, votes, base, round, pack, judged, winners, lang));
    }
  }
  return findings;
}

/**
 * A winner declared to another body (村务监督委员会) judged by that body's own ballot account
 * (sectionBallotAccounts: its section's, or its sentences' as their subject): the votes must be the
 * winner's of that body (in its section or sentences, or declared to it right after them), and the
 * account must state the threshold's base (the ballots cast: its voters, else its ballots returned).
 * Null otherwise: never the committee election's ballots.
 */
function bodyBase(
  notice: AnnouncedFigures,
  figures: AnnouncedFigures,
  elected: ElectedFigure,
  lookups: WinnerLookups,
  name: string,
  base: ThresholdBase,
): { readonly votes: VotesFigure; readonly base: number } | null {
  const key = bodyNameOf(elected.origin.text) ?? (elected.body ? bodyNameOf(elected.body) : null);
  const votes = statedVotes(lookups, elected, name);
  if (key === null || !votes) return null;
  const placed = sectionOf(votes) || subjectOf(votes);
  const declared = placed === '' ? declaredBodyOf(votes, [elected], notice.title) : null;
  if ((placed || declared) !== key) return null;
  // 村民会议接着选举村务监督委员会，参加投票的选民仍为1,604人: under a title naming both bodies the opening's
  // counts are of both, and the body's own sentence with them; its own counts are still its account.
  const own = new Set(
    figures.figures.filter(
      (figure): figure is CountFigure =>
        figure.kind === 'count' && (sectionOf(figure) || subjectOf(figure)) !== key,
    ),
  );
  const accounts = sectionBallotAccounts(notice, own).filter((account) => account.post === key);
  const counts = accounts.length === 1 ? accounts[0]!.counts : oneBallotCounts(figures, votes);
  if (!counts) return null;
  const count =
    base === 'cast' ? (counts.cast ?? counts.returned) : base === 'valid' ? counts.valid : counts.registered;
  if (!count || settingOf(count) !== settingOf(votes) || (count.scope ?? '') !== (votes.scope ?? ''))
    return null;
  return { votes, base: Number(count.value) };
}

/**
 * The notice's own account, where a supervisory winner's votes are of its one ballot paper for both bodies
 * (onOneBallotWithCommittee: `村监委主任：李强，790票` under a title naming both over one account): null otherwise.
 */
function oneBallotCounts(
  figures: AnnouncedFigures,
  votes: VotesFigure,
): Partial<Record<CountMeaning, CountFigure>> | null {
  const counts: Partial<Record<CountMeaning, CountFigure>> = {};
  for (const figure of figures.figures) {
    if (figure.kind !== 'count' || figure.contest !== null || figure.among !== undefined) continue;
    const known = counts[figure.meaning];
    if (known !== undefined && known.value !== figure.value) return null;
    counts[figure.meaning] ??= figure;
  }
  const limit = counts.valid ?? counts.returned ?? counts.cast;
  return limit && onOneBallotWithCommittee(figures, votes, limit) ? counts : null;
}

/**
 * The voters of a later ballot that elects another post than the first ballot (`第一轮投票（选举主任、副主任）：`
 * then `第二轮投票（选举委员）：参加投票的选民1280人`), when the winner's votes are set in that ballot, the winner's
 * post is one the ballot's label names, a first ballot's label names posts and none of them is that post
 * (so the later ballot re-votes no seat of the first: no runoff), and the ballot states its voters who cast
 * a ballot (else its ballots returned) once, in one value, in the votes' own place. Else why not (`kind`: the
 * text does not show the ballot to be of another post, and it is never judged by more than half on a guess;
 * `voters`: its own voters are not stated once), or null where the votes are set in no such ballot or the
 * pack's threshold is not of the ballots cast.
 */
function postBallotBase(
  notice: AnnouncedFigures,
  elected: ElectedFigure,
  votes: VotesFigure,
  base: ThresholdBase,
): number | PostBallotUnjudged | null {
  const setting = settingOf(votes);
  const label = new RegExp(POST_BALLOT.source).exec(setting)?.[0];
  if (label === undefined || base !== 'cast') return null;
  const post = elected.contest?.text ?? votes.contest?.text;
  const { firstPosts, counts } = postBallotsOf(notice);
  const key = `${votes.scope ?? ''}|${setting}|`;
  if (
    post === undefined ||
    !ballotPosts(label).includes(post) ||
    firstPosts.length === 0 ||
    firstPosts.some((posts) => posts.includes(post))
  ) {
    // Its own voters and ballots returned, each stated once (or not at all) in one value, and one of them
    // stated: the base a third of which a runoff's winner needs, whichever of the two the law's 已投选票数 is.
    const cast = counts.get(`${key}cast`);
    const returned = counts.get(`${key}returned`);
    const stated = [cast, returned].filter((values) => values !== undefined);
    const own =
      stated.length > 0 && stated.every((values) => values.size === 1)
        ? { cast: cast && [...cast][0]!, returned: returned && [...returned][0]! }
        : null;
    return { label, why: 'kind', own };
  }
  const counted = counts.get(`${key}cast`) ?? counts.get(`${key}returned`);
  return counted?.size === 1 ? Number([...counted][0]) : { label, why: 'voters', own: null };
}

/**
 * Why a later ballot's winner is not judged by postBallotBase's first-round threshold: `kind` (it may be a
 * runoff) or `voters`; for `kind`, the ballot's own voters and ballots returned where stated once (`own`).
 */
interface PostBallotUnjudged {
  readonly label: string;
  readonly why: 'kind' | 'voters';
  readonly own: { readonly cast: bigint | undefined; readonly returned: bigint | undefined } | null;
}

/**
 * A later ballot's winner whose kind the text leaves open (postBallotBase `kind`), short of a runoff's
 * threshold over the least of the ballot's own voters and ballots returned, and so short of more than half
 * of its voters as well: the needs under each reading, else null. Never where the notice speaks of a tie's
 * re-vote (won by the most votes, no share asked), where the winner has votes stated elsewhere too, or where
 * either round's threshold is not of the ballots cast.
 */
function shortOfEitherReading(
  notice: AnnouncedFigures,
  lookups: WinnerLookups,
  name: string,
  votes: VotesFigure,
  ballot: PostBallotUnjudged,
  pack: RulePack,
): {
  readonly runoff: Threshold;
  readonly first: Threshold;
  readonly least: bigint;
  readonly cast: bigint;
} | null {
  const runoff = roundThreshold(pack, 'runoff');
  const first = roundThreshold(pack, 'first');
  const own = ballot.own;
  if (!runoff || !first || runoff.base !== 'cast' || first.base !== 'cast' || !own) return null;
  if (notice.tieRevote !== undefined || votesNamed(lookups.rounds, name).length !== 1) return null;
  const stated = [own.cast, own.returned].filter((value) => value !== undefined);
  const least = stated.reduce((low, value) => (value < low ? value : low));
  const cast = own.cast ?? own.returned!;
  if (meetsExactly(votes.value, least, runoff) || meetsExactly(votes.value, cast, first)) return null;
  return { runoff, first, least, cast };
}

/** Whether `count` reaches the threshold over `base`, all in BigInt (no count is rounded through a double). */
function meetsExactly(count: bigint, base: bigint, threshold: Threshold): boolean {
  const left = count * BigInt(threshold.den);
  const right = BigInt(threshold.num) * base;
  return threshold.strict ? left > right : left >= right;
}

/** The least whole count that meets the threshold over `base`, in BigInt. */
function neededExactly(base: bigint, threshold: Threshold): bigint {
  const product = BigInt(threshold.num) * base;
  const den = BigInt(threshold.den);
  return threshold.strict ? product / den + 1n : (product + den - 1n) / den;
}

/** ANNOUNCED_WINNER_MISMATCH for a later ballot's winner short under either reading of the ballot (shortOfEitherReading). */
function shortOfEitherKind(
  figures: AnnouncedFigures,
  elected: ElectedFigure,
  name: string,
  votes: VotesFigure,
  label: string,
  short: {
    readonly runoff: Threshold;
    readonly first: Threshold;
    readonly least: bigint;
    readonly cast: bigint;
  },
  pack: RulePack,
  judged: JudgedFigure[],
  lang: Lang,
): Finding {
  const asRunoff = describeThreshold(short.runoff, countedBaseName('cast', short.least));
  const asFirst = describeThreshold(short.first, countedBaseName('cast', short.cast));
  const runoffNeeds = neededExactly(short.least, short.runoff);
  const firstNeeds = neededExactly(short.cast, short.first);
  const post = postOf(elected, votes);
  judged.push({
    rule: 'winner-threshold',
    right: false,
    text: votes.origin.text,
    ...(votes.origin.span ? { span: votes.origin.span } : {}),
    work: {
      zh: `${name}在“${label}”中得票${votes.value}；文中未说明这次投票是否另行选举：另行选举当选须${asRunoff.zh}，即至少${runoffNeeds}票，另一职务的选举须${asFirst.zh}，即至少${firstNeeds}票：两者都未达到`,
      en: enCounts`${name} ${votes.value} votes in a later ballot (${label}), which the text does not say is a runoff or not: as a runoff a seat needs ${asRunoff.en}, at least ${runoffNeeds}; as another post's election ${asFirst.en}, at least ${firstNeeds}: neither met`,
    },
  });
  return winnerMismatch(
    figures,
    elected,
    name,
    { expected: Number(runoffNeeds), found: Number(votes.value) },
    {
      zh: `公告宣布${name}当选${post}，其${votes.value}票是“${label}”的得票；文中未说明这次投票是另行选举还是另一职务的选举，但按${pack.name.zh}两种都不够：另行选举须${asRunoff.zh}，即至少${runoffNeeds}票；另一职务的选举须${asFirst.zh}，即至少${firstNeeds}票`,
      en: enCounts`The notice declares ${name} elected${postInEnglish(post, elected)} with ${englishCount(votes.value, 'vote')} in a later ballot (${label}); the text does not say whether that ballot is a runoff or another post’s election, but under ${pack.name.en} the votes fall short under both readings: as a runoff a seat needs ${asRunoff.en}, at least ${runoffNeeds}; as another post’s election ${asFirst.en}, at least ${firstNeeds}`,
    },
    lang,
  );
}

/**
 * Found once for a notice, so that judging stays linear in the winners: the posts each first ballot's label
 * names, and the values of the counts of each place, setting and meaning (no post's, no group's).
 */
const postBallotsFound = new WeakMap<
  AnnouncedFigures,
  { readonly firstPosts: string[][]; readonly counts: Map<string, Set<bigint>> }
>();

function postBallotsOf(notice: AnnouncedFigures): {
  readonly firstPosts: string[][];
  readonly counts: Map<string, Set<bigint>>;
} {
  const known = postBallotsFound.get(notice);
  if (known) return known;
  const firstPosts: string[][] = [];
  const counts = new Map<string, Set<bigint>>();
  for (const figure of notice.figures) {
    const first = FIRST_POST_BALLOT.exec(figure.origin.text);
    if (first) firstPosts.push(ballotPosts(first[0]));
    if (figure.kind !== 'count' || figure.contest !== null || figure.among !== undefined) continue;
    const key = `${figure.scope ?? ''}|${settingOf(figure)}|${figure.meaning}`;
    counts.set(key, (counts.get(key) ?? new Set()).add(figure.value));
  }
  const found = { firstPosts, counts };
  postBallotsFound.set(notice, found);
  return found;
}

/** A first ballot's label that names the posts it elects (`第一轮投票（选举主任、副主任）`). */
const FIRST_POST_BALLOT =
  /第一(?:轮|次)投票[^\S\n]*[（(](?:选举|选)(?:村民委员会|村委会|居民委员会|居委会)?(?:副主任|主任|委员|成员)(?:[、和及](?:副主任|主任|委员|成员))*[）)]/;

/** The posts a ballot's label names in its bracket (主任, 副主任, 委员; 成员 as 委员). */
function ballotPosts(label: string): string[] {
  const opened = label.search(/[（(]/);
  const bracket = opened < 0 ? '' : label.slice(opened);
  return [...bracket.matchAll(/副主任|主任|委员|成员/g)].map((match) =>
    match[0] === '成员' ? '委员' : match[0],
  );
}

/**
 * The counts of the whole of each named place (a 社区 under its heading in a 街道's notice of several),
 * by `place|setting|meaning`: the values stated, found once for the notice.
 */
function placeCounts(notice: AnnouncedFigures): ReadonlyMap<string, ReadonlySet<bigint>> {
  const counts = new Map<string, Set<bigint>>();
  for (const figure of notice.figures) {
    if (figure.kind !== 'count' || figure.contest !== null || figure.among !== undefined || !figure.scope)
      continue;
    const key = `${figure.scope}|${settingOf(figure)}|${figure.meaning}`;
    counts.set(key, (counts.get(key) ?? new Set()).add(figure.value));
  }
  return counts;
}

/**
 * The base of a winner's threshold in the votes' own place, when that is not the place of the notice's
 * first voters (`voters`) and the place states its voters who cast a ballot (else its ballots returned)
 * once, in one value: null otherwise (a place of two accounts, or none, leaves the winner unjudged).
 * Only the ballots cast are so found: a threshold of the valid ballots or of the register is not. Votes
 * set in a runoff of their place (上河村：…另行选举委员，参加投票690人…赵强得票240票) are judged by that runoff's
 * own voters and its threshold (`round`), never by the first round's.
 */
function placeBase(
  places: ReadonlyMap<string, ReadonlySet<bigint>>,
  votes: VotesFigure,
  voters: CountFigure | undefined,
  base: ThresholdBase,
  pack: RulePack,
): { readonly base: number; readonly round: Round | null; readonly named: string | Bilingual } | null {
  if (base !== 'cast' || !votes.scope || votes.scope === (voters?.scope ?? '')) return null;
  const setting = settingOf(votes);
  const round = setting === '' ? null : roundNamed(setting);
  if (round === 'runoff' && roundThreshold(pack, 'runoff')?.base !== 'cast') return null;
  const key = `${votes.scope}|${setting}|`;
  const stated = places.get(`${key}cast`) ?? places.get(`${key}returned`);
  if (stated?.size !== 1) return null;
  const named =
    round === 'runoff'
      ? { zh: `${votes.scope}（${setting}）`, en: `${votes.scope} (${setting})` }
      : votes.scope;
  return { base: Number([...stated][0]), round, named };
}

/**
 * The account a winner's votes are judged by when it is theirs alone: their place's (placeBase), else their
 * post's own ballot where each post has one (votesOfPostSections: its voters or returned ballots for a
 * threshold of the ballots cast, its valid ballots for one of the valid), with what names it in the work;
 * null when the votes have none, and the notice's own account applies.
 */
function accountOfVotes(
  notice: AnnouncedFigures,
  places: ReadonlyMap<string, ReadonlySet<bigint>>,
  votes: VotesFigure,
  voters: CountFigure | undefined,
  base: ThresholdBase,
  pack: RulePack,
): { readonly base: number; readonly named: string | Bilingual | undefined; readonly round?: Round } | null {
  const ofPlace = placeBase(places, votes, voters, base, pack);
  if (ofPlace !== null)
    return { base: ofPlace.base, named: ofPlace.named, ...(ofPlace.round ? { round: ofPlace.round } : {}) };
  const postAccount = votesOfPostSections(notice).get(votes);
  const counts = postAccount?.counts;
  const postBase =
    base === 'cast' ? (counts?.cast ?? counts?.returned) : base === 'valid' ? counts?.valid : undefined;
  return postAccount && postBase ? { base: Number(postBase.value), named: postAccount.post } : null;
}

/**
 * The winners of a notice with no voters of its own, each judged by its place's voters (placeBase) where
 * its votes are of a place that states them; the others are not judged, as before.
 */
function placeWinnerFindings(
  figures: AnnouncedFigures,
  places: ReadonlyMap<string, ReadonlySet<bigint>>,
  pack: RulePack,
  round: Round,
  lang: Lang,
  judged: JudgedFigure[],
  lookups: WinnerLookups,
  winners: string[],
): Finding[] {
  const threshold = roundThreshold(pack, round);
  if (!threshold || round !== 'first' || runoffSigns(figures).named) return [];
  const findings: Finding[] = [];
  for (const elected of figures.figures) {
    if (elected.kind !== 'elected' || electedToAnotherBody(elected, figures.title)) continue;
    for (const name of elected.names) {
      const votes = statedVotes(lookups, elected, name);
      if (!votes || votesOfAnotherBody(votes.bodies, elected.origin.text, figures.title)) continue;
      const own = placeBase(places, votes, undefined, threshold.base, pack);
      if (own !== null)
        findings.push(
          ...judgeWinner(
            figures,
            elected,
            name,
            votes,
            own.base,
            own.round ?? round,
            pack,
            judged,
            winners,
            lang,
            own.named,
          ),
        );
    }
  }
  return findings;
}

/**
 * Another body a winner is declared to, named for people in both languages (村务监督委员会: the village
 * affairs supervisory committee); a body of no known name as written.
 */
export function bodyInWords(body: string): Bilingual {
  const en = /村务监督|村监委/.test(body)
    ? 'The village affairs supervisory committee (村务监督委员会)'
    : /居务监督|居监委/.test(body)
      ? "The residents' affairs supervisory committee (居务监督委员会)"
      : /监督委员会|监委/.test(body)
        ? 'The supervisory committee'
        : `“${body}”`;
  return { zh: body, en };
}

/** Whether a name is written in Chinese characters (钱军), not Latin letters (Qian Jun). */
const inHanScript = (name: string): boolean => /[\u3400-\u9fff]/u.test(name);

/** A declared winner's votes judged against the round's threshold of `base`: the work, and a finding when short. */
function judgeWinner(
  figures: AnnouncedFigures,
  elected: ElectedFigure,
  name: string,
  votes: VotesFigure,
  base: number,
  round: Round,
  pack: RulePack,
  judged: JudgedFigure[],
  winners: string[],
  lang: Lang,
  place: string | Bilingual = '',
): Finding[] {
  const threshold = roundThreshold(pack, round);
  if (!threshold) return [];
  winners.push(name);
  // A place's winner judged by its own voters (placeBase), or another body's by its own ballots
  // (bodyBase): the work names the place or the body.
  const at =
    typeof place !== 'string'
      ? { zh: `${place.zh}：`, en: `${place.en}: ` }
      : place === ''
        ? { zh: '', en: '' }
        : { zh: `${place}：`, en: `${place}: ` };
  const counted = describeThreshold(threshold, countedBaseName(threshold.base, base));
  const needed = votesNeeded(base, threshold);
  const met = meetsThreshold(Number(votes.value), base, threshold);
  // `In the first round, Wang Fang was elected` and no other round named: the work says so.
  const only = round === 'first' ? figures.firstRoundOnly : undefined;
  const onlyRound =
    only === undefined ? null : { zh: `“${only}”`, en: enCounts`the first round (“${only}”)` };
  judged.push({
    rule: 'winner-threshold',
    right: met,
    text: votes.origin.text,
    ...(votes.origin.span ? { span: votes.origin.span } : {}),
    work: {
      zh: `${at.zh}${name}得票${votes.value}，${onlyRound ? `文中只提到${onlyRound.zh}，未提到举行另行选举或第二轮，第一轮投票` : ''}当选须${counted.zh}，即至少${needed}票：${met ? '达到' : '未达到'}`,
      en: enCounts`${at.en}${name} ${votes.value} votes; ${onlyRound ? `the text names ${onlyRound.en} and no runoff or second round held, and in a first round ` : ''}a seat needs ${counted.en}, that is at least ${needed}: ${met ? 'met' : 'not met'}`,
    },
  });
  if (met) return [];
  const post = postOf(elected, votes);
  return [
    winnerMismatch(
      figures,
      elected,
      name,
      { expected: needed, found: Number(votes.value) },
      {
        zh: `${at.zh}公告宣布${name}当选${post}，所列得票${votes.value}票；按${pack.name.zh}，${ROUND_WORDS[round].zh}须得票${counted.zh}，即至少${needed}票`,
        en: enCounts`${at.en}The notice declares ${name} elected${postInEnglish(post, elected)} with ${englishCount(votes.value, 'vote')}; under ${pack.name.en}, ${ROUND_WORDS[round].en} a seat needs ${counted.en}: at least ${needed}`,
      },
      lang,
    ),
  ];
}

/**
 * A winner of a re-vote between candidates tied for a seat (round-of-votes.ts `revote`), judged by the
 * re-vote's own counts: the votes no more than the re-vote's voters (else its ballots returned) and more
 * than every other candidate's in it. The re-vote is won by the most votes (得票多的当选), so no share of
 * its voters is asked: a winner with fewer than half of them is not flagged.
 */
function judgeRevoteWinner(
  figures: AnnouncedFigures,
  elected: ElectedFigure,
  name: string,
  revote: {
    readonly votes: VotesFigure;
    readonly base: CountFigure;
    readonly rivals: readonly VotesFigure[];
  },
  judged: JudgedFigure[],
  winners: string[],
  lang: Lang,
): Finding[] {
  winners.push(name);
  const value = Number(revote.votes.value);
  const cast = Number(revote.base.value);
  const castWords =
    revote.base.meaning === 'cast'
      ? { zh: `参加重新投票的${cast}人`, en: enCounts`the ${cast} voters of the re-vote` }
      : { zh: `重新投票收回的${cast}张选票`, en: enCounts`the ${cast} ballots returned in the re-vote` };
  const top = revote.rivals.reduce<VotesFigure | null>(
    (best, figure) => (best === null || figure.value > best.value ? figure : best),
    null,
  );
  const within = value <= cast;
  const most = top === null || revote.votes.value > top.value;
  const rival = top === null ? null : { name: top.candidate, votes: Number(top.value) };
  const rivalWords = rival
    ? {
        zh: `，多于${rival.name}的${rival.votes}票`,
        en: enCounts`, more than ${rival.name}'s ${rival.votes}`,
      }
    : { zh: '', en: '' };
  judged.push({
    rule: 'winner-threshold',
    right: within && most,
    text: revote.votes.origin.text,
    ...(revote.votes.origin.span ? { span: revote.votes.origin.span } : {}),
    work: {
      zh: `${name}在票数相等候选人的重新投票中得票${value}，以得票多的当选：须不多于${castWords.zh}${rivalWords.zh}：${within && most ? '达到' : '未达到'}`,
      en: enCounts`${name} ${value} votes in the re-vote between the tied; the most votes win: no more than ${castWords.en}${rivalWords.en}: ${within && most ? 'met' : 'not met'}`,
    },
  });
  if (within && most) return overHalfClaimFindings(figures, elected, name, revote, judged, lang);
  const post = postOf(elected, revote.votes);
  const messages =
    !most && rival
      ? {
          zh: `公告宣布${name}在票数相等候选人的重新投票中当选${post}，所列得票${value}票，而${rival.name}在重新投票中得票${rival.votes}票：重新投票以得票多的当选`,
          en: enCounts`The notice declares ${name} elected${postInEnglish(post, elected)} in the re-vote between the tied with ${englishCount(value, 'vote')}, but ${rival.name} has ${englishCount(rival.votes, 'vote')} in it: the re-vote is won by the most votes`,
        }
      : {
          zh: `公告宣布${name}在票数相等候选人的重新投票中当选${post}，所列得票${value}票，多于${castWords.zh}`,
          en: enCounts`The notice declares ${name} elected${postInEnglish(post, elected)} in the re-vote between the tied with ${englishCount(value, 'vote')}, more than ${castWords.en}`,
        };
  return [
    winnerMismatch(
      figures,
      elected,
      name,
      { expected: !most && rival ? rival.votes + 1 : cast, found: value },
      messages,
      lang,
    ),
  ];
}

/**
 * A re-vote's winner whose votes the notice itself says are over half of the voters (`卢建平得票504票，超过参加投票
 * 人数的半数，当选主任`, overHalfClaims) when they are not: ANNOUNCED_MISMATCH (warning), the text against its own
 * count. The claim stands right after the votes; it is held to the re-vote's own voters, and only where the
 * votes are no more than half of every count of voters the notice states (the first vote's as well), so that
 * whichever voters it speaks of, it fails.
 */
function overHalfClaimFindings(
  figures: AnnouncedFigures,
  elected: ElectedFigure,
  name: string,
  revote: { readonly votes: VotesFigure; readonly base: CountFigure },
  judged: JudgedFigure[],
  lang: Lang,
): Finding[] {
  const end = revote.votes.origin.span?.[1];
  const claim = figures.overHalfClaims?.find((one) => one.votesAt === end);
  if (claim === undefined || revote.base.meaning !== 'cast') return [];
  const value = revote.votes.value;
  const voters = revote.base.value;
  const everyCount = figures.figures.every(
    (figure) => figure.kind !== 'count' || figure.meaning !== 'cast' || value * 2n <= figure.value,
  );
  const over = value * 2n > voters;
  if (!over && !everyCount) return [];
  judged.push({
    rule: 'winner-threshold',
    right: over,
    text: revote.votes.origin.text,
    ...(revote.votes.origin.span ? { span: revote.votes.origin.span } : {}),
    work: {
      zh: `${name}在重新投票中得票${value}，公告称“${claim.text}”；参加重新投票${voters}人的半数为${Number(voters) / 2}：${over ? '相符' : '未超过半数，与公告所称不符'}`,
      en: enCounts`${name} has ${value} votes in the re-vote, which the notice says are “${claim.text}”; half of the ${voters} voters of the re-vote is ${Number(voters) / 2}: ${over ? 'as said' : 'not over half, against what the notice says'}`,
    },
  });
  if (over) return [];
  return [
    makeFinding(
      {
        code: 'ANNOUNCED_MISMATCH',
        severity: 'warning',
        contest: elected.contest?.id ?? null,
        candidate: name,
        expected: Number(voters / 2n) + 1,
        found: Number(value),
        where: whereOf(figures, elected),
        messages: {
          zh: `公告称${name}在重新投票中得票${value}票“${claim.text}”，但参加重新投票的有${voters}人，${value}票未超过其半数`,
          en: enCounts`The notice says ${name}’s ${value} votes in the re-vote are “${claim.text}” (more than half of the voters), but ${voters} voted in it: ${value} is not more than half`,
        },
      },
      lang,
    ),
  ];
}

/**
 * TIE (warning) for a winner the notice declares whose stated votes another person of the same post,
 * not declared, has as well (周梅 declared, 冯军 with the same 440): the two tie for the last seat, which
 * no count decides. Judged on the stated votes alone, whatever the seats. Votes stated under no post tie
 * with no one the notice declares elected to any post.
 */
function tiedWinnerFindings(
  figures: AnnouncedFigures,
  lookups: WinnerLookups,
  lang: Lang,
  notice: AnnouncedFigures = figures,
): Finding[] {
  const findings: Finding[] = [];
  const declarations = figures.figures.filter((figure): figure is ElectedFigure => figure.kind === 'elected');
  // The names declared in each contest, found once a contest, each folded once (nameKey), so that a page
  // of many notices is not checked name against name for every figure (a 200,000-character page of one
  // notice pasted again and again took 20 s).
  const declaredIn = new Map<string, ReadonlySet<string>>();
  // Votes stated under no post (`甲得48票，当选为主任；乙得48票，当选为委员`) do not say that the two
  // competed for one seat: a person declared elected to any post has a seat, and ties for none.
  const declaredAnywhere = new Set(declarations.flatMap((other) => other.names).map(nameKey));
  const postSections = votesOfPostSections(notice);
  for (const elected of declarations) {
    const key = contestKey(elected.contest);
    const declared =
      declaredIn.get(key) ??
      new Set(
        declarations
          .filter((other) => sameContest(other.contest, elected.contest))
          .flatMap((other) => other.names)
          .map(nameKey),
      );
    declaredIn.set(key, declared);
    for (const name of elected.names) {
      const votes = statedVotes(lookups, elected, name);
      if (!votes || votes.value === 0n) continue;
      // 赖建平、时宏伟得票相等，均为476票，经抽签，赖建平当选: the notice says how the tie was decided.
      if (votes.tieSettled === true) continue;
      // 胡春生 688, 马立军 688 ⏎ 再次投票 ⏎ … 胡春生 540 是: a re-vote between the tied settled it (round-of-votes.ts).
      if (wonInRevote(lookups.rounds, elected, name)) continue;
      const winners = votes.contest === null ? declaredAnywhere : declared;
      // 主任选票…；副主任选票…。卢军得票700票…当选为主任；…陆涛得票700票 on the deputy's ballot: votes of two
      // posts' own ballots (votesOfPostSections) compete for no one seat. Before, 陆涛 was said to tie with
      // the chair's winner.
      const ownBallot = postSections.get(votes);
      const tied = (lookups.votesByValue.get(votes.value) ?? []).filter(
        (figure) =>
          sameContest(figure.contest, votes.contest) &&
          !(ownBallot && postSections.has(figure) && postSections.get(figure) !== ownBallot) &&
          // 钱军52票 … Qian Jun 52 votes: a name in the other script may be the winner's own, written
          // again in a notice in two scripts (names-in-two-scripts.ts pairs only the certain ones).
          inHanScript(figure.candidate) === inHanScript(name) &&
          !winners.has(nameKey(figure.candidate)),
      );
      if (tied.length === 0) continue;
      const others = tied.map((figure) => figure.candidate);
      const post = postOf(elected, votes);
      findings.push(
        makeFinding(
          {
            code: 'TIE',
            severity: 'warning',
            contest: elected.contest?.id ?? null,
            candidate: name,
            expected: others.length + 1,
            found: 1,
            where: whereOf(figures, elected),
            messages: {
              zh: `公告宣布${name}当选${post}，但所列${others.join('、')}也得${votes.value}票，票数相等，争最后的名额；公告没有说明如何决定，本工具不抽签`,
              en: enCounts`The notice declares ${name} elected${postInEnglish(post, elected)}, but lists ${others.join(', ')} with the same ${englishCount(votes.value, 'vote')}: a tie for the last seat, and the notice does not say how it was decided; the tool draws no lots`,
            },
          },
          lang,
        ),
      );
    }
  }
  return findings;
}

/**
 * A winner whose votes the notice states under no name of theirs, though it states votes in that contest
 * (an announcement.json keying `votes` by candidate id and `elected` by name): not judged, and said so.
 * A notice stating no votes for the contest at all has nothing to judge the winner by, which is plain.
 */
function votesUnderOtherNames(
  figures: AnnouncedFigures,
  lookups: WinnerLookups,
  elected: ElectedFigure,
  name: string,
  lang: Lang,
): Finding | null {
  const listed = lookups.votesIn(elected.contest);
  if (listed.length === 0) return null;
  const post = postOf(elected);
  const names = listed.map((figure) => figure.candidate);
  return winnerNotJudged(figures, elected, name, lang, {
    zh: `公告宣布${name}当选${post}，但所列得票（${names.join('、')}）中没有这一姓名（可能以编号等其他写法列出），其得票是否达到当选票数未加核对`,
    en: enCounts`The notice declares ${name} elected${postInEnglish(post, elected)}, but none of the votes it lists (${names.join(', ')}) is under that name (it may be written another way, or as an id), so whether ${name}'s votes meet the threshold was not checked`,
  });
}

/** An English notice's posts in English words (its reader names every post by its Chinese name, 主任). */
const ENGLISH_POSTS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.values(POSTS).map((words) => [words.zh, words.en]),
);

/** The post a winner is declared elected to: as the declaration names it, else as their votes' contest does. */
function postOf(elected: ElectedFigure, votes?: VotesFigure): string {
  return elected.contest?.text ?? votes?.contest?.text ?? '';
}

/**
 * The post after `elected` in an English message, with its leading space: in English when the notice's own
 * words are English (`Li Wei was elected chair`), else as the notice wrote it (`elected 委员`).
 */
function postInEnglish(post: string, elected: ElectedFigure): string {
  if (post === '') return '';
  const english = /\p{Script=Han}/u.test(elected.origin.text) ? undefined : ENGLISH_POSTS[post];
  return ` ${english ?? post}`;
}

/**
 * A winner whose stated votes are set apart from the voters the threshold is taken of (another body's
 * election, 刘春林，得票35票 under a 村务监督委员会 heading beside the villagers' 1604; a 预选; another
 * 村民小组): those votes are of another election, not judged by this one's threshold, and said so. Null
 * when they are of it.
 */
function votesOfAnotherElection(
  figures: AnnouncedFigures,
  elected: ElectedFigure,
  name: string,
  votes: VotesFigure,
  voters: CountFigure | undefined,
  lang: Lang,
): Finding | null {
  const apart = voters ? votesApartFromCount(votes, voters) : null;
  if (!apart) return null;
  const post = postOf(elected, votes);
  return winnerNotJudged(figures, elected, name, lang, {
    zh: `公告宣布${name}当选${post}，但${apart.why.zh}，所列${votes.value}票可能不是本次选举的得票，未按本次选举的当选票数核对`,
    en: enCounts`The notice declares ${name} elected${postInEnglish(post, elected)}, but ${apart.why.en}: the ${englishCount(votes.value, 'vote')} stated may be of another election and were not judged by this one's threshold`,
  });
}

/** UNREAD_FIGURE (info) for a declared winner whose votes were not judged, saying why. */
function winnerNotJudged(
  figures: AnnouncedFigures,
  elected: ElectedFigure,
  name: string,
  lang: Lang,
  messages: { zh: string; en: string },
): Finding {
  return makeFinding(
    {
      code: 'UNREAD_FIGURE',
      severity: 'info',
      contest: elected.contest?.id ?? null,
      candidate: name,
      found: name,
      where: whereOf(figures, elected),
      messages,
    },
    lang,
  );
}

/**
 * What says a notice reports a runoff, found once for it: a runoff named in its title or headings
 * (另行选举结果公告) or in the setting of its count of voters (`named`), and where its first count set in a
 * runoff stands (`countedFrom`, Infinity when none): a notice of both rounds (…选举有效。当日进行另行选举：
 * 参加投票的选民1700人…吴敏得票650票，当选) counts the runoff before the runoff's votes.
 */
interface RunoffSigns {
  readonly named: boolean;
  readonly countedFrom: number;
}

function runoffSigns(figures: AnnouncedFigures): RunoffSigns {
  let countedFrom = Infinity;
  for (const figure of figures.figures)
    if (figure.kind === 'count' && figure.origin.span && RUNOFF_WORDS.test(figure.setting ?? ''))
      countedFrom = Math.min(countedFrom, figure.origin.span[0]);
  // A notice of the first round announcing a runoff to come (另行选举公告) names a runoff it does not report.
  if (figures.runoffToCome !== undefined) return { named: false, countedFrom };
  return {
    named:
      RUNOFF_WORDS.test(figures.title ?? '') ||
      RUNOFF_WORDS.test(figures.ownRound ?? '') ||
      RUNOFF_WORDS.test(firstCast(figures)?.setting ?? ''),
    countedFrom,
  };
}

/**
 * Where the notice says it reports a runoff (runoffSigns: named, or counted before these votes), whether
 * the votes meet the runoff's threshold, and of which base; null where it does not. A winner below the
 * first round's threshold who meets the runoff's is then not judged by it on a guess, since the round
 * was not given (`--round runoff` judges it); one below both is judged by the runoff's. A mere mention
 * of a runoff to come (另行选举的时间另行公告) is no such word.
 */
function namedRunoffOfVotes(
  signs: RunoffSigns,
  pack: RulePack,
  bases: Record<ThresholdBase, number | null>,
  votes: VotesFigure,
): { readonly meets: boolean; readonly base: number } | null {
  const at = votes.origin.span?.[0];
  const named = signs.named || (at !== undefined && signs.countedFrom < at);
  const runoff = roundThreshold(pack, 'runoff');
  const base = runoff ? bases[runoff.base] : null;
  if (!named || runoff === null || base === null) return null;
  return { meets: meetsThreshold(Number(votes.value), base, runoff), base };
}

/**
 * A winner whose votes are set in a runoff (不足的1名委员于4月9日下午另行选举，委员候选人鲁志明得票398票，当选为委员)
 * in a notice that counts no voters or ballots in the runoff, only the first round's or the election's
 * (参加投票的选民1214人 before it): a runoff's third is taken of its own ballots cast, which the notice does
 * not state, so the winner is not judged, and the finding says so (before, only that the votes and the
 * voters speak of different stages). Null where a count is set in a runoff, or the votes are not.
 */
function runoffUncounted(
  figures: AnnouncedFigures,
  signs: RunoffSigns,
  elected: ElectedFigure,
  name: string,
  votes: VotesFigure,
  voters: CountFigure | undefined,
  lang: Lang,
): Finding | null {
  if (signs.countedFrom !== Infinity || !voters || roundNamed(settingOf(votes)) !== 'runoff') return null;
  if (roundNamed(settingOf(voters)) === 'runoff' || (voters.scope ?? '') !== (votes.scope ?? '')) return null;
  const post = postOf(elected, votes);
  const counted =
    voters.meaning === 'cast'
      ? { zh: `参加投票的${voters.value}人`, en: enCounts`the ${voters.value} voters` }
      : { zh: `收回的${voters.value}张选票`, en: enCounts`the ${voters.value} ballots returned` };
  return winnerNotJudged(figures, elected, name, lang, {
    zh: `公告宣布${name}在另行选举中以${votes.value}票当选${post}，但没有列出另行选举的投票人数或选票数；所列${counted.zh}是另一轮（第一次投票）或整个选举的，另行选举的当选票数按它自己的已投选票数计算，未加核对`,
    en: enCounts`The notice declares ${name} elected${postInEnglish(post, elected)} in the runoff with ${englishCount(votes.value, 'vote')}, but states no voters or ballots of the runoff: ${counted.en} it states are of the first round or of the election as a whole, and a runoff's third is taken of its own ballots cast, so this was not checked`,
  });
}

/** UNREAD_FIGURE (info) for a winner of a notice that names a runoff, judged by no round's threshold. */
function runoffNotJudged(
  figures: AnnouncedFigures,
  elected: ElectedFigure,
  name: string,
  votes: VotesFigure,
  lang: Lang,
): Finding {
  const post = postOf(elected, votes);
  return makeFinding(
    {
      code: 'UNREAD_FIGURE',
      severity: 'info',
      contest: elected.contest?.id ?? null,
      candidate: name,
      found: Number(votes.value),
      where: whereOf(figures, elected),
      messages: {
        zh: `公告称这是另行选举，宣布${name}以${votes.value}票当选${post}：这一票数够另行选举的当选票数，不够第一次投票的；未指明轮次，未加核对（另行选举请用 --round runoff）`,
        en: enCounts`The notice speaks of a runoff and declares ${name} elected${postInEnglish(post, elected)} with ${englishCount(votes.value, 'vote')}, enough for a runoff but not for a first round; the round was not given, so this was not checked (--round runoff judges it)`,
      },
    },
    lang,
  );
}

/**
 * A winner whose votes the notice states more than once in the contest, or once in it and once with no
 * post named, with different values (黄丽得票598票，未当选 … 另行选举，黄丽得票712票，当选), neither provably the
 * runoff's nor short of every round (round-of-votes.ts): two rounds, and which one the declaration rests
 * on, with which threshold, is not certain. Not judged (UNREAD_FIGURE, info), and said so.
 */
function votesOfSeveralRounds(
  figures: AnnouncedFigures,
  elected: ElectedFigure,
  name: string,
  values: readonly bigint[],
  lang: Lang,
): Finding {
  const post = postOf(elected);
  return winnerNotJudged(figures, elected, name, lang, {
    zh: `公告宣布${name}当选${post}，但列出其不同的得票（${values.join('、')}票，可能是两轮投票），当选依据哪一次、适用哪一当选票数不明，未加核对`,
    en: enCounts`The notice declares ${name} elected${postInEnglish(post, elected)} but states different votes for ${name} (${values.join(', ')}: two rounds, perhaps), so which count and which threshold the declaration rests on is unclear and was not checked`,
  });
}

/** ANNOUNCED_WINNER_MISMATCH (an error) at a declared winner: the votes it needs and those it has. */
function winnerMismatch(
  figures: AnnouncedFigures,
  elected: ElectedFigure,
  name: string,
  votes: { readonly expected: number; readonly found: number },
  messages: { readonly zh: string; readonly en: string },
  lang: Lang,
): Finding {
  return makeFinding(
    {
      code: 'ANNOUNCED_WINNER_MISMATCH',
      severity: 'error',
      contest: elected.contest?.id ?? null,
      candidate: name,
      ...votes,
      where: whereOf(figures, elected),
      messages,
    },
    lang,
  );
}

/** ANNOUNCED_WINNER_MISMATCH for a winner whose votes of every round fall short of that round's threshold. */
function shortOfEachRound(
  figures: AnnouncedFigures,
  elected: ElectedFigure,
  name: string,
  short: readonly RoundShortfall[],
  pack: RulePack,
  lang: Lang,
): Finding {
  const post = postOf(elected);
  const last = short[short.length - 1]!;
  return winnerMismatch(
    figures,
    elected,
    name,
    { expected: last.needed, found: Number(last.votes.value) },
    {
      zh: `公告宣布${name}当选${post}，所列各轮得票都不够该轮的当选票数（按${pack.name.zh}）：${short.map((one) => one.words.zh).join('；')}`,
      en: enCounts`The notice declares ${name} elected${postInEnglish(post, elected)}, but the votes it states in each round fall short of that round's threshold under ${pack.name.en}: ${short.map((one) => one.words.en).join('; ')}`,
    },
    lang,
  );
}

/** The votes the announcement states for a person it declares elected, in the same contest. */
function statedVotes(lookups: WinnerLookups, elected: ElectedFigure, name: string): VotesFigure | undefined {
  const candidates = votesNamed(lookups.rounds, name);
  const inContest = candidates.filter((figure) => sameContest(figure.contest, elected.contest));
  if (inContest.length > 0) return inContest[0];
  // A notice that states the votes in one place and the posts in another: only an unambiguous name.
  return elected.contest === null || candidates.length === 1 ? candidates[0] : undefined;
}

/**
 * The notice's votes looked up by name (with its counts by round: round-of-votes.ts), by value and by
 * contest, each found once for the notice.
 */
interface WinnerLookups {
  readonly rounds: RoundIndex;
  readonly votesByValue: ReadonlyMap<bigint, readonly VotesFigure[]>;
  /** The votes stated in a contest (sameContest), found once a contest. */
  readonly votesIn: (contest: AnnouncedContest | null) => readonly VotesFigure[];
}

function winnerLookups(notice: AnnouncedFigures): WinnerLookups {
  const votes = notice.figures.filter((figure): figure is VotesFigure => figure.kind === 'votes');
  const votesByValue = new Map<bigint, VotesFigure[]>();
  for (const figure of votes) {
    const list = votesByValue.get(figure.value);
    if (list) list.push(figure);
    else votesByValue.set(figure.value, [figure]);
  }
  const inContest = new Map<string, readonly VotesFigure[]>();
  const votesIn = (contest: AnnouncedContest | null): readonly VotesFigure[] => {
    const key = contestKey(contest);
    const found = inContest.get(key) ?? votes.filter((figure) => sameContest(figure.contest, contest));
    inContest.set(key, found);
    return found;
  };
  return { rounds: indexRounds(notice), votesByValue, votesIn };
}

/**
 * The notice's votes looked up without those of another body's vote: in its section or its sentences
 * (sectionOf, subjectOf), or declared right after them to another body (`黄志诚得票45票，当选为党支部书记`). A
 * winner declared to the committee or to no body is looked up in them first, so that the party secretary's 45
 * votes of the party members are not taken for a round of the committee chair he was elected to as well
 * (书记、主任“一肩挑”): before, his two counts left the chair unjudged as of two rounds, perhaps.
 */
function lookupsWithoutOtherBodies(notice: AnnouncedFigures): WinnerLookups {
  const after = declarationsAfter(notice.figures.filter((figure) => figure.kind === 'elected'));
  const ofAnotherBody = (votes: VotesFigure): boolean => {
    const placed = sectionOf(votes) || subjectOf(votes);
    if (placed !== '') return bodyNameOf(placed) !== null;
    const elected = after(votes);
    return elected !== null && electedToAnotherBody(elected, notice.title) !== null;
  };
  return winnerLookups({
    ...notice,
    figures: notice.figures.filter((figure) => figure.kind !== 'votes' || !ofAnotherBody(figure)),
  });
}

/** Two contests of one key are the same to sameContest against any third. */
const contestKey = (contest: AnnouncedContest | null): string =>
  contest === null ? '' : `${contest.id ?? ''}\u0000${contest.text}`;

function sameContest(a: AnnouncedContest | null, b: AnnouncedContest | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.id !== null && b.id !== null) return a.id === b.id;
  return sameName(a.text, b.text);
}

/**
 * The void of a notice that declares its own election void for its turnout (AnnouncedFigures.ownVoidForTurnout).
 * Where the quorum is the only reason its figures give, TURNOUT_BELOW_QUORUM and ELECTION_VOID agree with the
 * notice: they are said as information, the declaration quoted (the verdict stays void). Where its figures meet
 * the quorum it says was missed: ANNOUNCED_MISMATCH (warning). Any other notice's findings are left as they are.
 */
function declaredVoidFindings(
  declared: string | undefined,
  findings: readonly Finding[],
  validity: { readonly quorumMet: boolean; readonly voidReasons: readonly { readonly kind: string }[] },
  quorum: JudgedFigure | null,
  { cast, registered }: { readonly cast: number; readonly registered: number | null },
  pack: RulePack,
  lang: Lang,
  judged: JudgedFigure[],
): Finding[] {
  if (declared === undefined || quorum === null || !pack.quorum || registered === null) return [...findings];
  const reasons = validity.voidReasons;
  if (reasons.length > 0 && reasons.every((reason) => reason.kind === 'quorum')) {
    // The quorum missed is what the notice says: its work is right, as the notice's own word.
    const at = judged.indexOf(quorum);
    if (at >= 0)
      judged[at] = {
        ...quorum,
        right: true,
        work: {
          zh: `${quorum.work.zh}；公告自己宣布选举无效（“${declared}”）：相符`,
          en: `${quorum.work.en}; the notice itself declares the election void (“${declared}”): agrees`,
        },
      };
    return findings.map((finding) => {
      const messages = {
        zh: `公告自己宣布选举无效（“${declared}”），与其数字相符：${finding.messages.zh.replace(/^选举无效：/, '')}`,
        en: `The notice itself declares the election void (“${declared}”), as its figures show: ${finding.messages.en.replace(/^the election is void: /, '')}`,
      };
      return { ...finding, severity: 'info' as const, messages, message: messages[lang] };
    });
  }
  if (!validity.quorumMet || reasons.length > 0) return [...findings];
  const rule = describeThreshold(pack.quorum, THRESHOLD_BASE_NAMES.registered);
  const needed = votesNeeded(registered, pack.quorum);
  return [
    ...findings,
    makeFinding(
      {
        code: 'ANNOUNCED_MISMATCH',
        severity: 'warning',
        expected: needed - 1,
        found: cast,
        ...(quorum.span ? { where: { text: quorum.text, span: quorum.span } } : {}),
        messages: {
          zh: `公告宣布选举无效（“${declared}”），但所列登记选民${registered}人中有${cast}人参加投票，已达到“${rule.zh}”的要求（至少${needed}人）`,
          en: enCounts`The notice declares the election void (“${declared}”), but its own figures give ${cast} voters out of ${registered} registered voters, which meets the rule that ${rule.en} take part (at least ${needed})`,
        },
      },
      lang,
    ),
  ];
}
