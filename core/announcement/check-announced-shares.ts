import { votesOfPostSections } from './post-ballot-accounts.js';
import { enCounts } from '../text/english-count.js';
import type { Bilingual, Finding, Lang } from '../model/finding.js';
import { makeFinding } from '../model/make-finding.js';
import type {
  AnnouncedFigure,
  AnnouncedFigures,
  CountFigure,
  CountMeaning,
  GroupFigure,
  PercentFigure,
  ShareTerm,
  UnreadReason,
  VotesFigure,
} from './announced-figures.js';
import { decimalText } from './announced-figures.js';
import { COUNT_NAMES, HOUSEHOLD_COUNT_NAMES, quoted, termName, whereOf } from './figure-names.js';
import { countedInHouseholds } from './household-counts.js';
import { lastCommitteeNamed } from './committees-named.js';
import { committeeOf, differentSections, settingOf, sectionOf, subjectOf } from './comparable-mentions.js';
import { normalizeText } from './normalize-text.js';
import { parseArabicNumber, wholeNumber } from './parse-number.js';
import { exactShareText, judgePercent, roundedShare } from './percent-rule.js';
import {
  baseOutcomes,
  baseOutcomesWords,
  everyBaseWork,
  wrongOfEveryBase,
  type BaseReadings,
  type CandidateBase,
} from './every-base.js';
import { chengOf, chengWords, shareRightWords, shareWrongWords } from './share-words.js';
import { spanOverlaps } from './linear-scans.js';
import { indexAtOrAfter } from './sorted-positions.js';
import { withoutGroupingSpaces } from './scan-numbers.js';
import { nearestParts, shareOfWhole, writtenAsNotExact } from './share-of-known-base.js';
import { countStep, shareWithinRounding } from './rounded-counts.js';
import { labelsNamedTogether } from './parts-named-together.js';
import { turnoutAmongSeveral } from './several-turnouts.js';
import { garbledCountOf } from './garbled-count.js';
import { baseBelowPart } from './base-below-part.js';
import { ArithmeticCheckBase, located, type ArithmeticRecord } from './arithmetic-record.js';
import { RUNOFF_WORDS, roundNamed } from './round-words.js';
import type { AttendingUnclear } from './shares-of-attending-representatives.js';
import { ofEarlierVote } from './mention-settings.js';
import { scriptOfFigure } from './script-halves.js';
import { isKindOfPlace, NUMBERED_PART, POLLING_STATION, UNCLEAR_PLACE } from './place-scope.js';
import { firstStartingAfter } from './text-places.js';

/** A count in 万 as the text writes it (98400 to the hundred: 9.84万); the count itself past 万's places. */
function inWan(pair: { readonly rounded: bigint; readonly step: bigint }): string {
  if (pair.step <= 0n || pair.step > 10_000n || 10_000n % pair.step !== 0n) return `${pair.rounded}`;
  const places = String(10_000n / pair.step).length - 1;
  return decimalText({ digits: pair.rounded / pair.step, decimals: places }) + '万';
}

/** A share's own words of the last term (上届参选率, 去年的); not a change against it (比上届, 较上一届). */
const LAST_TERM = /(?<![比较与同])(?:上一?届|往届|去年|前年)/;

/** How many counts stated before a vote table naming no round are taken as its rounds' bases. */
const ROUND_COUNTS_LOOKED_AT = 12;

/** How many figures of a term stated before a share's nearest are looked at for one of this term. */
const LOOK_BACK = 8;

/**
 * The notice's stated percentages against the stated counts they are shares of
 * (ANNOUNCED_PERCENT_MISMATCH): `expected` is the share the counts give and `found` the share stated.
 * A share whose base is uncertain is left unjudged, with the reason.
 */
/** How many restatements of one wrong share its finding quotes; the rest are counted. */
const RESTATED_NAMED = 2;

export class ShareCheck extends ArithmeticCheckBase {
  /** Candidates' shares left unjudged for their unclear base, with the bases each is right of. */
  private readonly unclearShares: UnclearShare[] = [];
  /** Whether a span overlaps a fraction written in brackets beside a share (built on first use). */
  private ownFractions: ((span: readonly [number, number]) => boolean) | null = null;
  /** Figures by the share term they can stand for, in text order. */
  private readonly byTerm = new Map<string, AnnouncedFigure[]>();
  /** The figures of each term of byTerm by the place they are of (ofPlace), built on first use. */
  private readonly byTermPlace = new Map<string, Map<string, AnnouncedFigure[]>>();
  /** Where the first figure of each term of byTerm starts, found once per term rather than once per share. */
  private readonly earliestByTerm = new Map<string, number>();
  /** Whether a term of byTerm has a group attached only by its label, found once per term. */
  private readonly impliedByTerm = new Map<string, boolean>();
  /** The counts of the whole election, in text order (built on first use). */
  private wholeCounts: CountFigure[] | null = null;
  private wholeCountStarts: number[] | null = null;
  /** The counts of voters and ballots of the whole election, by where they end (built on first use). */
  private roundCounts: CountFigure[] | null = null;
  private roundCountEnds: number[] | null = null;
  /** Whether each term's stated counts are of both committees, found once (splitByCommittee). */
  private readonly committeeSplits = new Map<string, 'only' | 'also' | false>();
  /** Each term's figures of no place named in English, found once (notOfEnglishPlaces). */
  private readonly plainByTerm = new Map<string, readonly AnnouncedFigure[]>();
  /** Whether any count or votes of the notice stand in a setting of their own (shareOfOwnBase), found once. */
  private anySetting: boolean | undefined;
  /**
   * The wrong shares flagged, by share, counts and reason: a share stated again joins its first's finding
   * (`restated` in text order; `at` the finding's index in `findings`).
   */
  private readonly wrongShares = new Map<
    string,
    { figure: PercentFigure; restated: PercentFigure[]; at: number }
  >();

  constructor(figures: AnnouncedFigures, lang: Lang, record: ArithmeticRecord) {
    super(figures, lang, record);
    for (const figure of figures.figures) {
      const key = figureTermKey(figure);
      if (key === null) continue;
      const list = this.byTerm.get(key);
      if (list) list.push(figure);
      else this.byTerm.set(key, [figure]);
    }
  }

  /** A stated percentage against the stated counts it is a share of. */
  percent(read: PercentFigure): void {
    // A share with its own fraction in brackets (82.06%（1523/1856）) is judged by that fraction alone
    // (judge-calculations.ts): it states its base, and no base presumed from other counts may contradict it.
    if (this.hasOwnFraction(read)) return;
    if (read.attendingUnclear !== undefined) {
      this.attendingUnread(read, read.attendingUnclear);
      return;
    }
    if (read.ownBase !== undefined && this.shareOfOwnBase(read, read.ownBase)) return;
    if (read.everyBase !== undefined) {
      this.shareOfEveryBase(read, read.everyBase, null);
      return;
    }
    if (read.partSum !== undefined) {
      this.summedShare(read, read.partSum);
      return;
    }
    if (this.votersOfWrongSum(read)) return;
    const figure = this.withStatedBallots(read);
    const part = this.valueOf(figure.part, figure);
    const whole = this.valueOf(figure.whole, figure);
    if (this.ofTheLastTerm(figure)) return;
    if (this.termsOfTwoVotes(figure)) return;
    if (this.ofNeitherCommittee(figure)) return;
    if (this.ownCommitteeUnstated(figure)) return;
    if (this.termStatedOnlyAfterInSeveralValues(figure)) return;
    // A turnout said of a named place (`86.7% in Liujia`) is judged by that place's counts alone.
    // Nor a rate named by a kind of place after counts named by committee (村级参选率90.7%，社区参选率85.5%), nor one
    // naming its committee in its own words (居委会选举参选率85.5%): it is of that committee's counts alone.
    const severalTurnouts =
      read.place === undefined && !this.ownCommitteeNamed(read)
        ? turnoutAmongSeveral(read, this.figures.figures)
        : null;
    if (severalTurnouts) {
      this.unjudged.push({ ...located(figure), reason: 'ambiguous-base', work: severalTurnouts });
      return;
    }
    if (this.ofSeveralBlocks(read)) return;
    if (this.ofAddedGroup(figure, part, whole)) return;
    // Votes of a table naming no round, after the turnout of two rounds (table-round-unstated.ts): a share of
    // either round's voters, the text does not say which.
    const votes = figure.part.kind === 'votes' ? this.statedFigureOf(figure.part, figure) : null;
    if (votes?.kind === 'votes' && votes.roundUnstated) {
      const share = decimalText(figure.value);
      const readings = this.basesOfEveryRound(votes);
      if (readings !== null && wrongOfEveryBase(figure.value, readings)) {
        this.shareOfEveryBase(figure, readings, votes);
        return;
      }
      // Right of some base: which make it right and which wrong, said so that people know what to ask.
      const outcomes = readings !== null ? baseOutcomes(figure.value, readings) : [];
      const which = outcomes.length > 0 ? baseOutcomesWords(outcomes) : null;
      this.unjudged.push({
        ...located(figure),
        reason: 'ambiguous-base',
        work: {
          zh: `${share}%在没有写明是哪一轮投票的得票表中，而表前的文字写出了不止一轮投票的参加投票人数：是哪一轮的比例，文中没有说明${which ? `；${which.zh}` : ''}`,
          en: `${share}% stands in a vote table that names no round, after text stating the turnout of more than one round: which round's voters it is a share of, the text does not say${which ? `; ${which.en}` : ''}`,
        },
        ...(outcomes.length > 0 ? { bases: outcomes } : {}),
      });
      return;
    }
    if (
      figure !== read &&
      part !== null &&
      whole !== null &&
      this.votersMayBeUnread(figure, part, whole, 'whole')
    )
      return;
    if (part !== null && whole !== null && this.candidateRateAmbiguous(figure, part, whole)) return;
    if (part !== null && whole !== null && this.termsOfTwoBodies(figure)) return;
    if (part !== null && whole !== null && this.turnoutPartInConflict(figure, part, whole)) return;
    if (
      standsForVoters(read.part, figure.part) &&
      part !== null &&
      whole !== null &&
      this.votersMayBeUnread(figure, part, whole, 'part')
    )
      return;
    // A part attached only by its label (女性, 连任) that is larger than its total shows the attachment
    // wrong: the share is not judged, and said so.
    if (part !== null && whole !== null && part > whole && this.impliedPart(figure)) {
      this.unjudged.push({
        ...located(figure),
        reason: 'counts-not-stated',
        work: {
          zh: `看不出${decimalText(figure.value)}%是占哪个数的比例：${termName(figure.part).zh}${part}比推测的总数${termName(figure.whole).zh}${whole}还多`,
          en: enCounts`it is unclear what ${decimalText(figure.value)}% is a share of: ${part} ${termName(figure.part).en} is more than the ${whole} ${termName(figure.whole).en} it seems to be of`,
        },
      });
      return;
    }
    // 第三投票站登记选民498人 … 全社区参加投票1,718人，参选率86.6%: the nearest whole is a part's.
    const belowPart =
      part !== null && whole !== null
        ? baseBelowPart(figure, part, whole, this.byTerm.get(termKey(figure.whole)) ?? [])
        : null;
    if (belowPart) {
      this.unjudged.push({ ...located(figure), reason: 'ambiguous-base', work: belowPart });
      return;
    }
    const stated = decimalText(figure.value) + '%';
    const partName = this.nameOf(figure.part, figure);
    const wholeName = this.nameOf(figure.whole, figure);
    if (part === null || whole === null) {
      // Its whole stated with certainty, a share no part of it can give is wrong all the same.
      const alone = part === null ? this.shareOfWholeAlone(figure) : null;
      if (alone !== null && !alone.possible) return;
      const missing = [part === null ? partName : null, whole === null ? wholeName : null].filter(
        (name) => name !== null,
      );
      const fits = alone?.possible === true ? alone : null;
      const garbled = this.garbledTerm(figure, part, whole);
      if (garbled) {
        this.unjudged.push({ ...located(figure), reason: 'counts-not-stated', work: garbled });
        return;
      }
      // 二、村务监督委员会 … 赵强得票980票，得票率76.56%: the ballots stated are another section's.
      const votes = figure.part.kind === 'votes' ? this.statedFigureOf(figure.part, figure) : null;
      if (part !== null && votes && sectionOf(votes) !== '' && this.byTerm.has(termKey(figure.whole))) {
        this.unjudged.push({
          ...located(figure),
          reason: 'counts-not-stated',
          work: {
            zh: `${stated}是${partName.zh}占${wholeName.zh}的比例，但其所在的部分没有写出${wholeName.zh}的数字；公告写出的是另一机构那一部分的数字`,
            en: enCounts`${stated} is a share of ${partName.en} in ${wholeName.en}, but the section it stands in states no count of ${wholeName.en}; the one the notice states is of another body's section`,
          },
        });
        return;
      }
      // 收回选票1352张，有效票1327张 … Zhang Wei received 812 votes (61.2%): the English half states no base.
      const otherHalf = [part === null ? figure.part : null, whole === null ? figure.whole : null].some(
        (term) => term !== null && this.statedInTheOtherHalfOnly(term, figure),
      );
      if (otherHalf) {
        const english = scriptOfFigure(this.figures, figure) === 'en';
        this.unjudged.push({
          ...located(figure),
          reason: 'counts-not-stated',
          work: {
            zh: `${stated}是${partName.zh}占${wholeName.zh}的比例，但它所在的${english ? '英文' : '中文'}部分没有写出${missing.map((name) => name.zh).join('和')}的数字；${english ? '中文' : '英文'}部分的数字不拿来判断它`,
            en: `${stated} is a share of ${partName.en} in ${wholeName.en}, but the ${english ? 'English' : 'Chinese'} half it stands in states no count of ${missing.map((name) => name.en).join(' or ')}; the ${english ? 'Chinese' : 'English'} half's count is not taken for it`,
          },
        });
        return;
      }
      this.unjudged.push({
        ...located(figure),
        reason: 'counts-not-stated',
        work: {
          zh:
            `${stated}是${partName.zh}占${wholeName.zh}的比例，但公告没有写出${missing.map((name) => name.zh).join('和')}的数字` +
            (fits ? `（${fits.name.zh}${fits.whole}的整数部分可以得出此比例，如${fits.fits}）` : ''),
          en:
            `${stated} is a share of ${partName.en} in ${wholeName.en}, but the notice states no count of ${missing.map((name) => name.en).join(' or ')}` +
            (fits
              ? enCounts` (a whole number of the ${fits.whole} ${fits.name.en} can give it, e.g. ${fits.fits})`
              : ''),
        },
      });
      return;
    }
    if (this.ofDisagreeingPair(figure, part, whole)) return;
    const verdict = judgePercent(figure.value, part, whole);
    const exact = exactShareText(part, whole);
    if (verdict.kind === 'disagrees' && this.rightOfList(figure, part, whole)) return;
    if (verdict.kind === 'undefined') {
      this.unjudged.push({
        ...located(figure),
        reason: 'zero-base',
        work: {
          zh: `${stated}是占${wholeName.zh}的比例，但${wholeName.zh}为0`,
          en: enCounts`${stated} is a share of ${wholeName.en}, which is 0`,
        },
      });
      return;
    }
    if (verdict.kind === 'disagrees' && this.withinRoundedCounts(figure, part, whole)) return;
    this.usesTermsOf(figure);
    // 参选率6成7: the work quotes the text's own words beside the percent they stand for.
    const cheng = chengWords(figure.origin.text, figure.value);
    const { zh: statedZh, en: statedEn } = inItsWords(stated, cheng);
    if (verdict.kind === 'agrees') {
      const end = {
        zh: shareRightWords(exact, statedZh, verdict.how).zh,
        en: shareRightWords(exact, statedEn, verdict.how).en,
      };
      this.right('share', figure, {
        zh: `${partName.zh}${part}占${wholeName.zh}${whole}的${end.zh}`,
        en: enCounts`${part} ${partName.en} out of ${whole} ${wholeName.en} is ${end.en}`,
      });
      return;
    }
    const expected = decimalText(roundedShare(part, whole, figure.value.decimals)) + '%';
    const { zh: expectedZh, en: expectedEn } = inItsWords(expected, cheng ? chengOf(expected) : null, true);
    this.judged.push({
      rule: 'share',
      right: false,
      ...located(figure),
      work: {
        zh: `${partName.zh}${part}占${wholeName.zh}${whole}的${shareWrongWords(exact, statedZh, expectedZh).zh}`,
        en: enCounts`${part} ${partName.en} out of ${whole} ${wholeName.en} is ${shareWrongWords(exact, statedEn, expectedEn).en}`,
      },
    });
    // 人 after people, 个 after places (一肩挑的村17个占村（社区）19个), nothing after ballots.
    const people = (term: ShareTerm) => {
      if (term.kind !== 'group') return '';
      const stated = this.statedFigureOf(term, figure);
      return stated?.kind === 'group' && stated.places === true ? '个' : '人';
    };
    this.percentFinding(
      figure,
      {
        zh: `${partName.zh}${part}${people(figure.part)}占${wholeName.zh}${whole}${people(figure.whole)}的${exact}，应为${expectedZh}${cheng ? `，不是${statedZh}` : ''}`,
        en: enCounts`${part} ${partName.en} of ${whole} ${wholeName.en} is ${exact}, which rounds to ${expectedEn}, not the ${statedEn} stated`,
      },
      expected,
    );
  }

  /**
   * A share whose two counts stand in sentences about different bodies' elections (`subject`: the party
   * branch's 收回选票81张 beside the committee's 有效票1855张 stated nearer, its own 其中有效票80张 unread): it is of
   * one body's counts, and which it would be judged by is unsure, so it is left unjudged and said so (true).
   */
  private termsOfTwoBodies(figure: PercentFigure): boolean {
    if (figure.part.kind !== 'count' || figure.whole.kind !== 'count') return false;
    const part = this.statedFigureOf(figure.part, figure);
    const whole = this.statedFigureOf(figure.whole, figure);
    if (part === null || whole === null || subjectOf(part) === subjectOf(whole)) return false;
    return this.shareOfCountsApart(figure, (stated, partName, wholeName) => ({
      zh: `${stated}是${partName.zh}占${wholeName.zh}的比例，但公告写出的这两个数字分属不同机构的选举，不能确定它是哪一次选举的比例`,
      en: `${stated} is a share of ${partName.en} in ${wholeName.en}, but the two counts the notice states are of different bodies' elections, so which election it is of is uncertain`,
    }));
  }

  /**
   * A share naming neither committee (全镇参选率89.4%) where the text states its counts only for each committee
   * apart (村委会选举登记选民18,204人…；居委会选举登记选民6,120人…: a township's summary of its villages and
   * communities): neither committee's counts are its base, and the whole's the text does not state, so it is
   * left unread and said so (true), never judged by the counts stated nearest (before, the communities').
   */
  private ofNeitherCommittee(figure: PercentFigure): boolean {
    if (figure.part.kind !== 'count' || figure.whole.kind !== 'count') return false;
    const committee = this.committeeOfShare(figure);
    // 村民委员会选举：… over 社区参选率76.9%，村参选率93.7%: a kind named against the committee of its heading.
    if (committee !== '' && committee !== KIND_AGAINST_COMMITTEE) return false;
    const split = [figure.part, figure.whole].some((term) =>
      committee === '' ? this.splitByCommittee(term) === 'only' : this.splitByCommittee(term),
    );
    if (!split) return false;
    const stated = decimalText(figure.value) + '%';
    const [partName, wholeName] = [this.nameOf(figure.part, figure), this.nameOf(figure.whole, figure)];
    this.unjudged.push({
      ...located(figure),
      reason: 'ambiguous-base',
      work: {
        zh: `${stated}是${partName.zh}占${wholeName.zh}的比例，但公告只分别写出村民委员会选举和居民委员会选举的这些数字，它没有说是哪一个委员会的，也没有写出两者合计的数字`,
        en: `${stated} is a share of ${partName.en} in ${wholeName.en}, but the notice states these counts only for the villagers' committees' and the residents' committees' elections apart; it names neither, and their total is not stated`,
      },
    });
    return true;
  }

  /**
   * A share naming its committee in its own words (村委会选举参选率90.7%、居委会85.5%, 社区参选率85.5%) in a text
   * naming both committees' elections, where the counts of a term it is of are stated for none of that
   * committee's (only the other committee's, or only the whole township's while another figure is the other
   * committee's): not judged by counts of another election, and said so (true). Before, 居委会85.5% was
   * judged by the villagers' committees' counts and flagged.
   */
  private ownCommitteeUnstated(figure: PercentFigure): boolean {
    if (figure.part.kind !== 'count' || figure.whole.kind !== 'count') return false;
    const committee = this.committeeOfShare(figure);
    if (committee === '' || committee === KIND_AGAINST_COMMITTEE || !this.ownCommitteeNamed(figure))
      return false;
    const other = committee === '村委会' ? '居委会' : '村委会';
    const missing = [figure.part, figure.whole].filter((term) => {
      const stated = this.byTerm.get(termKey(term)) ?? [];
      if (stated.length === 0 || stated.some((one) => committeeOf(one) === committee)) return false;
      return (
        stated.some((one) => committeeOf(one) === other) ||
        this.figures.figures.some((one) => committeeOf(one) === other)
      );
    });
    if (missing.length === 0) return false;
    const stated = decimalText(figure.value) + '%';
    const names = missing.map((term) => this.nameOf(term, figure));
    const own =
      committee === '村委会'
        ? { zh: '村民委员会', en: "villagers' committees'" }
        : { zh: '居民委员会', en: "residents' committees'" };
    this.unjudged.push({
      ...located(figure),
      reason: 'counts-not-stated',
      work: {
        zh: `${stated}是${own.zh}选举的比例，但公告没有写出${own.zh}选举的${names.map((name) => name.zh).join('和')}；写出的是另一委员会或全部选举的数字，不拿来判断它`,
        en: `${stated} is of the ${own.en} election, but the notice states no ${names.map((name) => name.en).join(' or ')} of that election; those it states are of the other committee's or of all the elections, and are not taken for it`,
      },
    });
    return true;
  }

  /**
   * The committee a share is of in a text naming both committees' elections: the one named before it
   * (mention-settings.ts), else, for a rate named by a kind of place (村级参选率, 其中社区参选率) where the text
   * states its counts by committee, that kind's committee (villages: 村委会, communities: 居委会); '' for none.
   */
  private committeeOfShare(figure: PercentFigure): string {
    const named = committeeOf(figure);
    const kind = this.kindCommittee(figure);
    if (kind === '') return named;
    // 社区参选率 under a heading or after words naming the villagers' committee: which is meant is not certain.
    return named === '' || named === kind || lastCommitteeNamed(figure.origin.text) === ''
      ? kind
      : KIND_AGAINST_COMMITTEE;
  }

  /**
   * The committee of a rate named by a kind of place (村级参选率, 其中社区参选率, `villages' turnout`) where the text
   * states its counts by committee: villages' 村委会, communities' 居委会; '' for none.
   */
  private kindCommittee(figure: PercentFigure): string {
    const rate = KIND_COMMITTEE_RATE.exec(figure.origin.text);
    const kind = rate?.[1] ?? rate?.[2];
    if (kind === undefined || !this.splitByCommittee(figure.whole) || !this.splitByCommittee(figure.part))
      return '';
    return kind.includes('村') || /^village/i.test(kind) ? '村委会' : '居委会';
  }

  /**
   * Whether a share's committee is its own words' (居委会选举参选率85.5%) or its kind's (社区参选率85.5%), not only a
   * committee named before it in its sentence or heading (村委会：…；居委会：…；全乡参选率89.3%).
   */
  private ownCommitteeNamed(figure: PercentFigure): boolean {
    const committee = this.committeeOfShare(figure);
    if (committee === '' || committee === KIND_AGAINST_COMMITTEE) return false;
    return this.kindCommittee(figure) === committee || lastCommitteeNamed(figure.origin.text) === committee;
  }

  /**
   * Whether a term's stated counts are of both committees (mention-settings.ts `committee`): 'only' when each
   * stands under one, 'also' when some stand under none, false when they are not of two. Found once per term.
   */
  private splitByCommittee(term: ShareTerm): 'only' | 'also' | false {
    const key = termKey(term);
    const known = this.committeeSplits.get(key);
    if (known !== undefined) return known;
    const stated = this.byTerm.get(key) ?? [];
    const split =
      committeesOf(stated).size < 2
        ? false
        : stated.every((figure) => committeeOf(figure) !== '')
          ? 'only'
          : 'also';
    this.committeeSplits.set(key, split);
    return split;
  }

  /**
   * Leaves a share unjudged whose two stated counts are of different elections (of two bodies, of two votes),
   * with the words `why` says from the share as stated and its part's and whole's names: true.
   */
  private shareOfCountsApart(
    figure: PercentFigure,
    why: (stated: string, partName: Bilingual, wholeName: Bilingual) => Bilingual,
  ): true {
    const stated = decimalText(figure.value) + '%';
    this.unjudged.push({
      ...located(figure),
      reason: 'counts-not-stated',
      work: why(stated, this.nameOf(figure.part, figure), this.nameOf(figure.whole, figure)),
    });
    return true;
  }

  /**
   * A share whose two counts are of two votes, one of them earlier than the notice's (`原选举中，全村登记选民2,150人`
   * beside the by-election's own `参加投票的选民1,436人，参选率68.1%`, its own register unstated): the earlier
   * vote's register is no base of this vote's share, so the share is left unjudged and said so (true), never
   * judged on the wrong basis (before, 68.1% was flagged as 66.8% of 2,150). A share of the earlier vote's own
   * counts (`全村登记选民2,150人，参加投票的选民1,892人，参选率88.0%`) is judged within them.
   */
  private termsOfTwoVotes(figure: PercentFigure): boolean {
    const part = this.statedFigureOf(figure.part, figure);
    const whole = this.statedFigureOf(figure.whole, figure);
    if (part === null || whole === null) return false;
    const [partSetting, wholeSetting] = [settingOf(part), settingOf(whole)];
    if (partSetting === wholeSetting) return false;
    // `2022年村里長選舉時，吳某以270票、50.66%的得票率當選` beside the recall's own `總票數417票`: a year its
    // words set one count in, which the other's do not name, may be another vote's (the notice's own year is
    // no setting: mention-settings.ts ownTerms); the share is left unjudged, never judged across the two.
    const [partYears, wholeYears] = [yearsOf(partSetting), yearsOf(wholeSetting)];
    if (partYears !== wholeYears) {
      const dated = partYears !== '' ? part : whole;
      return this.shareOfCountsApart(figure, (stated, partName, wholeName) => ({
        zh: `${stated}是${partName.zh}占${wholeName.zh}的比例，但“${dated.origin.text}”所在的句子写明另一个年份，两个数字可能不属于同一次投票`,
        en: `${stated} is a share of ${partName.en} in ${wholeName.en}, but the sentence of “${dated.origin.text}” names another year: the two counts may be of two votes`,
      }));
    }
    if (!(ofEarlierVote(partSetting) || ofEarlierVote(wholeSetting))) return false;
    const earlier = ofEarlierVote(wholeSetting) ? whole : part;
    return this.shareOfCountsApart(figure, (stated, partName, wholeName) => ({
      zh: `${stated}是${partName.zh}占${wholeName.zh}的比例，但公告写出的“${earlier.origin.text}”是另一次（更早的）选举的数字，本次选举的这一数字公告没有写出`,
      en: `${stated} is a share of ${partName.en} in ${wholeName.en}, but “${earlier.origin.text}” the notice states is of another, earlier vote, and this vote's own figure is not stated`,
    }));
  }

  /**
   * A share its own words say is of the last term (上届参选率为93.5%, 去年的参选率), beside counts not set
   * in that term (本届…登记选民1612人，参加投票1481人): not judged by them, and said so (true). Beside counts
   * of the last term (上届登记选民1660人，参加投票1552人，上届参选率为93.5%) it is judged (false).
   */
  private ofTheLastTerm(figure: PercentFigure): boolean {
    const word = LAST_TERM.exec(figure.origin.text)?.[0];
    if (word === undefined) return false;
    const ofThatTerm = (term: ShareTerm) => {
      const stated = this.statedFigureOf(term, figure);
      return stated !== null && LAST_TERM.test(settingOf(stated));
    };
    if (ofThatTerm(figure.part) && ofThatTerm(figure.whole)) return false;
    const stated = decimalText(figure.value) + '%';
    this.unjudged.push({
      ...located(figure),
      reason: 'counts-not-stated',
      work: {
        zh: `${stated}是${word}的比例，公告没有写出${word}的${termName(figure.part).zh}和${termName(figure.whole).zh}`,
        en: enCounts`${stated} is a share of the last term (${word}), whose ${termName(figure.part).en} and ${termName(figure.whole).en} the notice does not state`,
      },
    });
    return true;
  }

  /**
   * A share wrong of its counts as written, where a count is written in 万 or 亿 to its last digit
   * (登记选民2.36万人, rounded-counts.ts) and counts that round to them give the share: not judged, and
   * said so (true). A share no such counts give is judged as before (false).
   */
  private withinRoundedCounts(figure: PercentFigure, part: bigint, whole: bigint): boolean {
    const stepOf = (term: ShareTerm, value: bigint) => {
      const stated = this.statedFigureOf(term, figure);
      return stated ? countStep(stated.origin.text, value) : 0n;
    };
    const [partStep, wholeStep] = [stepOf(figure.part, part), stepOf(figure.whole, whole)];
    if (partStep === 0n && wholeStep === 0n) return false;
    if (!shareWithinRounding(figure.value, part, partStep, whole, wholeStep)) return false;
    const stated = decimalText(figure.value) + '%';
    const written = (value: bigint, step: bigint) => (step === 0n ? `${value}` : `${value}（±${step / 2n}）`);
    this.unjudged.push({
      ...located(figure),
      reason: 'counts-not-stated',
      work: {
        zh: `${stated}是${termName(figure.part).zh}占${termName(figure.whole).zh}的比例，但公告只写出以万或亿为单位取整的人数（${written(part, partStep)}、${written(whole, wholeStep)}），按取整前可能的人数可以得出此比例`,
        en: enCounts`${stated} is a share of ${termName(figure.part).en} in ${termName(figure.whole).en}, but the notice states the counts only rounded in 万 or 亿 (${written(part, partStep)}, ${written(whole, wholeStep)}), and counts that round to them give it`,
      },
    });
    return true;
  }

  /**
   * A share one of whose counts is a count in 万 whose bracket's exact count does not round to it
   * (登记选民9.84万人（96,437人）, exact-count-in-bracket.ts): the text states the count twice with different
   * values (flagged as such), and which is right it does not say. The share is judged of both readings, the
   * exact count and any count the 万 figure rounds from: flagged when wrong of both, unjudged
   * (`ambiguous-base`) with what each gives when right of one (true); left to the plain check when right of
   * both or when neither count is such a pair (false).
   */
  private ofDisagreeingPair(figure: PercentFigure, part: bigint, whole: bigint): boolean {
    const pairOf = (term: ShareTerm) => {
      const stated = this.statedFigureOf(term, figure);
      return stated?.kind === 'count' ? (stated.disagreeingPair ?? null) : null;
    };
    const [partPair, wholePair] = [pairOf(figure.part), pairOf(figure.whole)];
    if (partPair === null && wholePair === null) return false;
    // The other count's own rounding, when it is itself written in 万 (参加投票8.69万人 with no bracket).
    const stepOf = (term: ShareTerm, value: bigint) => {
      const stated = this.statedFigureOf(term, figure);
      return stated ? countStep(stated.origin.text, value) : 0n;
    };
    const exactPart = partPair?.exact ?? part;
    const exactWhole = wholePair?.exact ?? whole;
    const partStep = partPair === null ? stepOf(figure.part, part) : 0n;
    const wholeStep = wholePair === null ? stepOf(figure.whole, whole) : 0n;
    const roundedPart = partPair?.rounded ?? part;
    const roundedWhole = wholePair?.rounded ?? whole;
    const rightOf = (p: bigint, pStep: bigint, w: bigint, wStep: bigint) =>
      w > 0n &&
      (judgePercent(figure.value, p, w).kind === 'agrees' ||
        ((pStep > 0n || wStep > 0n) && shareWithinRounding(figure.value, p, pStep, w, wStep)));
    const rightExact = rightOf(exactPart, partStep, exactWhole, wholeStep);
    const rightRounded = rightOf(
      roundedPart,
      partPair?.step ?? partStep,
      roundedWhole,
      wholePair?.step ?? wholeStep,
    );
    if (rightExact && rightRounded) return false;
    const partName = termName(figure.part);
    const wholeName = termName(figure.whole);
    // The plain case: only the base is such a pair, the part an exact count; every reading's outcome listed.
    if (partPair === null && partStep === 0n && wholePair !== null && wholeStep === 0n) {
      const half = wholePair.step / 2n;
      const readings: BaseReadings = {
        part,
        bases: [
          {
            name: { zh: `括号内的${wholeName.zh}`, en: `${wholeName.en} in the brackets` },
            from: wholePair.exact,
            to: wholePair.exact,
          },
          {
            name: { zh: `以万为单位写出的${wholeName.zh}`, en: `${wholeName.en} written in 万` },
            from: wholePair.rounded - half,
            to: wholePair.rounded + half - 1n,
          },
        ],
      };
      this.shareOfEveryBase(figure, readings, null);
      return true;
    }
    const stated = decimalText(figure.value) + '%';
    type Pair = { readonly exact: bigint; readonly rounded: bigint; readonly step: bigint };
    const shown = (pair: Pair | null, value: bigint) =>
      pair === null ? `${value}` : `${pair.exact}（或${inWan(pair)}）`;
    const shownEn = (pair: Pair | null, value: bigint) =>
      pair === null ? enCounts`${value}` : enCounts`${pair.exact} (or ${inWan(pair)})`;
    const twice = {
      zh: `${stated}是${partName.zh}占${wholeName.zh}的比例，而公告以万为单位写出的人数与括号内的确切数不一致（${partName.zh}${shown(partPair, part)}，${wholeName.zh}${shown(wholePair, whole)}）`,
      en: `${stated} is a share of ${partName.en} in ${wholeName.en}, but a count the notice writes in 万 does not agree with the exact count in brackets after it (${partName.en} ${shownEn(partPair, part)}, ${wholeName.en} ${shownEn(wholePair, whole)})`,
    };
    if (rightExact || rightRounded) {
      this.unjudged.push({
        ...located(figure),
        reason: 'ambiguous-base',
        work: {
          zh: `${twice.zh}：按${rightExact ? '确切数' : '以万为单位的人数'}可以得出此比例，按${rightExact ? '以万为单位的人数' : '确切数'}则不能，是哪一个文中没有说明`,
          en: `${twice.en}: it is right of the ${rightExact ? 'exact counts' : 'counts in 万'} and wrong of the ${rightExact ? 'counts in 万' : 'exact counts'}, and which the text means it does not say`,
        },
      });
      return true;
    }
    this.usesTermsOf(figure);
    const expected = decimalText(roundedShare(exactPart, exactWhole, figure.value.decimals)) + '%';
    const exact = exactShareText(exactPart, exactWhole);
    const work = {
      zh: `${twice.zh}：按确切数为${exact}，应为${expected}，按以万为单位的人数也得不出${stated}，不论按哪一个都不对`,
      en: enCounts`${twice.en}: of the exact counts it is ${exact}, which rounds to ${expected}, and no count the figures in 万 round from gives ${stated} either: wrong whichever is meant`,
    };
    this.judged.push({ rule: 'share', right: false, ...located(figure), work });
    this.percentFinding(figure, work, expected);
    return true;
  }

  /**
   * The stated counts of the groups a share's part sums (summed-parts.ts), each exact, or null when one
   * is not stated or written as approximate.
   */
  private summedCounts(
    figure: PercentFigure,
    terms: readonly ShareTerm[],
  ): { groups: GroupFigure[]; sum: bigint } | null {
    const groups = terms.map((term) => this.statedFigureOf(term, figure));
    if (!groups.every((group): group is GroupFigure => group?.kind === 'group')) return null;
    if (groups.some((group) => writtenAsNotExact(group.origin.text))) return null;
    return { groups, sum: groups.reduce((sum, group) => sum + group.value, 0n) };
  }

  /**
   * 大专学历12人、本科学历8人，共计占44.4%: a share the words say is of the groups together, judged as the
   * sum of their counts over their total.
   */
  private summedShare(figure: PercentFigure, terms: readonly ShareTerm[]): void {
    const counts = this.summedCounts(figure, terms);
    const whole = this.valueOf(figure.whole, figure);
    const stated = decimalText(figure.value) + '%';
    const wholeName = termName(figure.whole);
    if (counts === null || whole === null || whole <= 0n || counts.sum > whole) {
      this.unjudged.push({
        ...located(figure),
        reason: 'counts-not-stated',
        work: {
          zh: `${stated}是几组人合计占${wholeName.zh}的比例，但公告没有写出各组或总数的确切人数`,
          en: enCounts`${stated} is the share of several groups together in ${wholeName.en}, but the notice states no exact count of each or of the total`,
        },
      });
      return;
    }
    const { groups, sum } = counts;
    for (const group of groups) this.uses(group);
    const wholeFigure = this.statedFigureOf(figure.whole, figure);
    if (wholeFigure) this.uses(wholeFigure);
    const zhParts = `${groups.map((group) => `${group.label}${group.value}人`).join('加')}，合计${sum}人`;
    const enParts = enCounts`${groups.map((group) => enCounts`“${group.label}” ${group.value}`).join(' + ')} = ${sum}`;
    const exact = exactShareText(sum, whole);
    const verdict = judgePercent(figure.value, sum, whole);
    // 参选率6成7: the work quotes the text's own words beside the percent they stand for.
    const cheng = chengWords(figure.origin.text, figure.value);
    const { zh: statedZh, en: statedEn } = inItsWords(stated, cheng);
    if (verdict.kind === 'agrees') {
      const end = {
        zh: shareRightWords(exact, statedZh, verdict.how).zh,
        en: shareRightWords(exact, statedEn, verdict.how).en,
      };
      this.right('share', figure, {
        zh: `${zhParts}，占${wholeName.zh}${whole}的${end.zh}`,
        en: enCounts`${enParts}, out of ${whole} ${wholeName.en}, is ${end.en}`,
      });
      return;
    }
    const expected = decimalText(roundedShare(sum, whole, figure.value.decimals)) + '%';
    const expectedWords = inItsWords(expected, cheng ? chengOf(expected) : null, true);
    this.judged.push({
      rule: 'share',
      right: false,
      ...located(figure),
      work: {
        zh: `${zhParts}，占${wholeName.zh}${whole}的${shareWrongWords(exact, statedZh, expectedWords.zh).zh}`,
        en: enCounts`${enParts}, out of ${whole} ${wholeName.en}, is ${shareWrongWords(exact, statedEn, expectedWords.en).en}`,
      },
    });
    this.percentFinding(
      figure,
      {
        zh: `${zhParts}，占${wholeName.zh}${whole}人的${exact}，应为${expectedWords.zh}${cheng ? `，不是${statedZh}` : ''}`,
        en: enCounts`${enParts} of ${whole} ${wholeName.en} is ${exact}, which rounds to ${expectedWords.en}, not the ${statedEn} stated`,
      },
      expected,
    );
  }

  /**
   * 大专学历12人、本科学历8人，占44.4%: a share after a list of groups, naming no part, wrong of the last
   * group but right of the list together — of which the text does not say. Unjudged (`ambiguous-base`)
   * with both readings (true); false when it is no such share.
   */
  private rightOfList(figure: PercentFigure, part: bigint, whole: bigint): boolean {
    if (figure.listBefore === undefined) return false;
    const counts = this.summedCounts(figure, figure.listBefore);
    if (counts === null || judgePercent(figure.value, counts.sum, whole).kind !== 'agrees') return false;
    const stated = decimalText(figure.value) + '%';
    const last = counts.groups.at(-1);
    const wholeName = termName(figure.whole);
    this.unjudgedForTwoReadings(figure, {
      zh: `${stated}紧跟在${counts.groups.map((group) => group.label).join('、')}之后，看不出是最后一组还是几组合计的比例：${last?.label ?? ''}${part}占${wholeName.zh}${whole}的${exactShareText(part, whole)}，合计${counts.sum}占${exactShareText(counts.sum, whole)}`,
      en: enCounts`${stated} follows ${counts.groups.map((group) => `“${group.label}”`).join(', ')}: whether it is of the last or of them together is unclear: ${part} of ${whole} ${wholeName.en} is ${exactShareText(part, whole)}, ${counts.sum} together is ${exactShareText(counts.sum, whole)}`,
    });
    return true;
  }

  /**
   * A share whose part the text states no count of, but whose whole it states with certainty: stated
   * before the share, exact, neither written as approximate nor as a bound, the share no more than
   * 100 % (share-of-known-base.ts). When no whole number of the whole gives the share, it is wrong,
   * flagged with the nearest parts on either side, and null is not returned: `possible` false. When some
   * part gives it, `possible` true with the smallest (the share stays unjudged: its part is unknown).
   * A candidate's share may be of the voters, the ballots returned or the valid ones: it is taken only
   * when the text states the valid ballots and the voters (or ballots returned), and is wrong only when
   * wrong of every one stated. Null when the share is none of these.
   */
  private shareOfWholeAlone(
    figure: PercentFigure,
  ): { possible: true; name: Bilingual; whole: bigint; fits: bigint } | { possible: false } | null {
    const stated = this.statedFigureOf(figure.whole, figure);
    if (stated === null || (stated.kind !== 'count' && stated.kind !== 'group')) return null;
    // A group stated as a part of another (连任74人 of the 132) is a base only a named base fits, often
    // loosely (`of the members` → re-elected members): only a total of its own is taken.
    if (stated.kind === 'group' && (stated.partOf !== null || stated.implied === true)) return null;
    // A group of people as a share of a ballot count (王林得票占投票总数的…: votes read as words, and 投票总数
    // may be all the votes of a vote for several seats), or a count of a group: no part the whole is made of.
    if ((stated.kind === 'group') !== (figure.part.kind === 'group')) return null;
    const shareAt = figure.origin.span?.[0];
    const wholeAt = stated.origin.span?.[0];
    const from = figure.namedBaseFrom;
    if (from === undefined || shareAt === undefined || wholeAt === undefined) return null;
    if (wholeAt < from || wholeAt >= shareAt) return null;
    this.uses(stated);
    if (writtenAsNotExact(figure.origin.text) || writtenAsNotExact(stated.origin.text)) return null;
    const readings = this.wholesOf(figure, stated.value);
    if (readings === null) return null;
    const judged = readings.map((reading) => ({
      ...reading,
      result: shareOfWhole(figure.value, reading.value),
    }));
    const shareText = decimalText(figure.value) + '%';
    const fits = judged.find(({ result }) => result === null || result.possible);
    if (fits?.result?.possible === true) {
      // 大专和本科学历的占… after 大专学历17人，本科学历20人: together at most 17 + 20 (parts-named-together.ts).
      const together = this.namedTogether(figure, stated, from, shareAt);
      if (together === null || fits.result.fits <= together.sum)
        return { possible: true, name: fits.name, whole: fits.value, fits: fits.result.fits };
      const atMost = together.sum < stated.value ? together.sum : stated.value;
      const most = exactShareText(atMost, stated.value);
      this.flagShareOfWhole(
        figure,
        {
          zh: `${together.labels.zh}合计至多${together.sum}人，至多占${fits.name.zh}${stated.value}的${most}，得不出${shareText}`,
          en: enCounts`${together.labels.en} are at most ${together.sum} together, at most ${most} of ${stated.value} ${fits.name.en}, which cannot give ${shareText}`,
        },
        `≤ ${decimalText(roundedShare(atMost, stated.value, figure.value.decimals))}%`,
      );
      return { possible: false };
    }
    if (fits !== undefined) return null;
    const each = (lang: 'zh' | 'en') =>
      judged
        .map(({ name, value, result }) =>
          result === null || result.possible
            ? ''
            : (judged.length === 1 ? '' : lang === 'zh' ? `${name.zh}${value}：` : `${name.en} ${value}: `) +
              nearestParts(value, result.below, result.above, exactShareText)[lang],
        )
        .join(lang === 'zh' ? '；' : '; ');
    const first = judged[0];
    const nearest =
      first?.result && !first.result.possible
        ? [first.result.below, first.result.above].map(
            (part) => decimalText(roundedShare(part, first.value, figure.value.decimals)) + '%',
          )
        : [];
    const named = (lang: 'zh' | 'en') =>
      judged.map(({ name, value }) => (lang === 'zh' ? `${name.zh}${value}` : `${value} ${name.en}`));
    this.flagShareOfWhole(
      figure,
      {
        zh: `${named('zh').join('或')}的任何整数部分都得不出${shareText}：${each('zh')}`,
        en: enCounts`no whole number of the ${named('en').join(' or of the ')} gives ${shareText}: ${each('en')}`,
      },
      nearest.join(' / '),
    );
    return { possible: false };
  }

  /** A share wrong by its whole alone: judged wrong (rule share-of-whole) and flagged, with why. */
  private flagShareOfWhole(figure: PercentFigure, why: Bilingual, expected: string): void {
    const part = termName(figure.part);
    this.judged.push({
      rule: 'share-of-whole',
      right: false,
      ...located(figure),
      work: {
        zh: `${part.zh}的数字未写出，但${why.zh}`,
        en: enCounts`${part.en} has no count stated, but ${why.en}`,
      },
    });
    this.percentFinding(figure, why, expected);
  }

  /**
   * ANNOUNCED_PERCENT_MISMATCH on a stated share: “the notice states …, but” what is wrong with it. The same
   * wrong share stated again of the same counts (参选率83.8% in the opening, 本次选举参选率83.8% in the closing
   * lines; a table's row and the prose under it, whatever contest each was read in) is one error stated
   * twice: one finding names both places, the first's place kept.
   */
  private percentFinding(figure: PercentFigure, but: Bilingual, expected: string): void {
    const found = decimalText(figure.value) + '%';
    const contest =
      figure.part.kind === 'votes' ? (figure.part.contest?.id ?? figure.part.contest?.text ?? null) : null;
    const candidate = figure.part.kind === 'votes' ? figure.part.candidate : null;
    const key = [found, expected, candidate ?? '', but.en].join('\u0000');
    const first = this.wrongShares.get(key);
    if (first !== undefined) {
      // A notice may repeat one wrong share many times (a pasted page copied over): the finding names the
      // first two restatements and counts the rest, so that building it stays linear in the notice.
      first.restated.push(figure);
      const named = first.restated.slice(0, RESTATED_NAMED).map((one) => `“${quoted(one)}”`);
      const more = first.restated.length - named.length;
      this.findings[first.at] = this.percentMismatch(
        {
          zh: `公告写“${quoted(first.figure)}”，后又写${named.join('、')}${more > 0 ? `，另有${more}处` : ''}，但${but.zh}`,
          en: enCounts`The notice states “${quoted(first.figure)}”, and again ${named.join(', ')}${more > 0 ? enCounts` and ${more} more times` : ''}, but ${but.en}`,
        },
        first.figure,
        contest,
        candidate,
        expected,
      );
      return;
    }
    this.findings.push(
      this.percentMismatch(
        {
          zh: `公告写“${quoted(figure)}”，但${but.zh}`,
          en: enCounts`The notice states “${quoted(figure)}”, but ${but.en}`,
        },
        figure,
        contest,
        candidate,
        expected,
      ),
    );
    this.wrongShares.set(key, { figure, restated: [], at: this.findings.length - 1 });
  }

  private percentMismatch(
    messages: Bilingual,
    figure: PercentFigure,
    contest: string | null,
    candidate: string | null,
    expected: string,
  ): Finding {
    return makeFinding(
      {
        code: 'ANNOUNCED_PERCENT_MISMATCH',
        severity: 'warning',
        messages,
        contest,
        candidate,
        expected,
        found: decimalText(figure.value) + '%',
        where: whereOf(this.figures, figure),
      },
      this.lang,
    );
  }

  /**
   * The groups a share's part names together (parts-named-together.ts), each stated as a part of the
   * share's whole between the whole and the share: their labels and the sum of their counts; null when
   * the part names no such groups.
   */
  private namedTogether(
    figure: PercentFigure,
    whole: AnnouncedFigure,
    from: number,
    shareAt: number,
  ): { labels: Bilingual; sum: bigint } | null {
    if (figure.part.kind !== 'group' || whole.kind !== 'group') return null;
    const found = new Map<string, GroupFigure>();
    const statedPart = (label: string) => {
      const group = this.statedFigureOf({ kind: 'group', label }, figure);
      const at = group?.origin.span?.[0];
      if (group?.kind !== 'group' || group.partOf !== whole.label || at === undefined) return false;
      if (at < from || at >= shareAt || writtenAsNotExact(group.origin.text)) return false;
      found.set(label, group);
      return true;
    };
    const labels = labelsNamedTogether(figure.part.label, statedPart);
    if (labels === null) return null;
    const groups = labels.map((label) => found.get(label)).filter((group) => group !== undefined);
    return {
      labels: {
        zh: groups.map((group) => `${group.label}${group.value}人`).join('与'),
        en: groups.map((group) => enCounts`“${group.label}” ${group.value}`).join(' and '),
      },
      sum: groups.reduce((sum, group) => sum + group.value, 0n),
    };
  }

  /**
   * The wholes a share with no stated part may be of: its own whole; for a candidate's share, each of the
   * voters, ballots returned and valid ballots the text states — null unless it states the valid ballots
   * and the voters or the ballots returned (one missing could be the one meant).
   */
  private wholesOf(figure: PercentFigure, value: bigint): { name: Bilingual; value: bigint }[] | null {
    if (figure.part.kind !== 'votes') return [{ name: termName(figure.whole), value }];
    const stated = CANDIDATE_RATE_BASES.flatMap((meaning) => {
      const found = this.valueOf({ kind: 'count', meaning }, figure);
      return found === null ? [] : [{ meaning, name: COUNT_NAMES[meaning], value: found }];
    });
    const has = (meaning: CountMeaning) => stated.some((reading) => reading.meaning === meaning);
    if (!has('valid') || !(has('cast') || has('returned'))) return null;
    return stated.filter(
      (reading, at, all) => all.findIndex((other) => other.value === reading.value) === at,
    );
  }

  /**
   * A turnout after a list of the places' voters whose total its places do not make (参加投票：中心会场1,506人，
   * 分会场326人，流动票箱119人，合计1,987人，参选率85.79%: the list's sum is flagged, and its total is no count
   * of the figures then). The notice does state its voters, so the ballots returned do not stand for them
   * (withStatedBallots); but they are the total as written or the places' sum, the text not saying which.
   * Right of either, the share is listed unjudged with what each gives (true); wrong of both, it is judged
   * as before (false).
   */
  private votersOfWrongSum(figure: PercentFigure): boolean {
    const isCast = (term: ShareTerm) =>
      term.kind === 'count' && term.meaning === 'cast' && term.among === undefined;
    if (isCast(figure.part) === isCast(figure.whole)) return false;
    if (this.byTerm.has(termKey({ kind: 'count', meaning: 'cast' }))) return false;
    const listed = (this.figures.partitions ?? []).filter(
      (partition) =>
        partition.family === 'polling-stations' &&
        partition.complete &&
        partition.total.kind === 'count' &&
        partition.total.meaning === 'cast' &&
        partition.total.contest === null,
    );
    const partition = listed[0];
    if (listed.length !== 1 || !partition || partition.total.kind !== 'count') return false;
    const stated = partition.total.value;
    const summed = partition.parts.reduce((sum, part) => sum + part.value, 0n);
    if (summed === stated) return false;
    const otherTerm = isCast(figure.part) ? figure.whole : figure.part;
    const other = this.valueOf(otherTerm, figure);
    if (other === null) return false;
    const readings = [stated, summed].map((voters) =>
      isCast(figure.part) ? ([voters, other] as const) : ([other, voters] as const),
    );
    const verdicts = readings.map(
      ([part, whole]) => judgePercent(figure.value, part, whole).kind === 'agrees',
    );
    if (!verdicts.some(Boolean)) return false;
    const share = decimalText(figure.value) + '%';
    const gives = readings.map(
      ([part, whole]) => decimalText(roundedShare(part, whole, figure.value.decimals)) + '%',
    );
    const [ofStated, ofSummed] = gives;
    const total = partition.total.origin.text;
    const otherName = termName(otherTerm);
    this.unjudged.push({
      ...located(figure),
      reason: 'ambiguous-base',
      work: {
        zh: `${share}按哪个参加投票人数计算不能确定：公告写“${total}”，而各投票处人数相加为${summed}人（二者不符，见合计的核对）；按${stated}人计为${ofStated}，按${summed}人计为${ofSummed}（${otherName.zh}${other}）`,
        en: enCounts`which count of voters ${share} is taken of is uncertain: the notice states “${total}”, but its places add up to ${summed} (the two disagree: see the check of the total); ${stated} voters give ${ofStated}, ${summed} give ${ofSummed} (with ${other} ${otherName.en})`,
      },
    });
    return true;
  }

  /**
   * The ballots cast, when the text states no voters but states the ballots returned (收回6812张，投票率
   * 达81.45%): each voter puts one ballot in the box, so the returned ballots are the voters (as
   * `castFrom` in the report). Ballots issued are never taken for them.
   */
  private withStatedBallots(figure: PercentFigure): PercentFigure {
    const returned: ShareTerm = { kind: 'count', meaning: 'returned' };
    // A candidate's share looks for the ballots of its own body (statedFigureOf): 二、村务监督委员会's
    // 收回选票1318张 are its voters when only 一、村民委员会 states its 参加投票.
    const stated = (term: ShareTerm) =>
      figure.part.kind === 'votes'
        ? this.statedFigureOf(term, figure) !== null
        : this.byTerm.has(termKey(term));
    if (stated({ kind: 'count', meaning: 'cast' }) || !stated(returned)) return figure;
    const swap = (term: ShareTerm): ShareTerm =>
      term.kind === 'count' && term.meaning === 'cast' && term.among === undefined ? returned : term;
    return { ...figure, part: swap(figure.part), whole: swap(figure.whole) };
  }

  /**
   * A candidate's share naming its base in its own words by a count the notice states once in households
   * (占参加投票户数的80.51% after 参加投票的户代表2,688户: shares-of-named-households.ts) or of the representatives
   * present (占到会代表的91.36% after 实到81名: shares-of-attending-representatives.ts): judged of that count
   * alone, right or wrong; the ballots returned or the valid ones it might otherwise be of are never asked
   * (true). Households stated in several values (`values`): judged of each, flagged only when wrong of every
   * one, else unread with what each gives. Where its votes or any count or votes of the notice stand in a
   * round, time, place or section of their own, whose count it names is not plain: a share of households is
   * left to the other readings (false); one of the representatives present is listed unread with why (true).
   */
  private shareOfOwnBase(figure: PercentFigure, base: NonNullable<PercentFigure['ownBase']>): boolean {
    const present = base.unit === 'representatives';
    const votes = this.statedFigureOf(figure.part, figure);
    this.anySetting ??= this.figures.figures.some(
      (one) => (one.kind === 'count' || one.kind === 'votes') && one.setting !== undefined,
    );
    if (
      votes?.kind !== 'votes' ||
      votes.scope !== undefined ||
      votes.setting !== undefined ||
      votes.section !== undefined ||
      votes.subject !== undefined ||
      votes.roundUnstated === true ||
      this.anySetting
    ) {
      if (present) this.attendingUnread(figure, { why: 'meeting', words: '' });
      return present;
    }
    const part = votes.value;
    const whole = base.value;
    const stated = decimalText(figure.value) + '%';
    const partName = termName(figure.part);
    const wholeName = present
      ? { zh: '到会代表', en: 'representatives present' }
      : (HOUSEHOLD_COUNT_NAMES.cast ?? { zh: '参加投票户数', en: 'households voting' });
    const unit = present ? '人' : '户';
    const named = present
      ? {
          zh: '（公告写明以到会代表为基数）',
          en: ' (the notice names the representatives present as its base)',
        }
      : {
          zh: '（公告写明以参加投票户数为基数）',
          en: ' (the notice names the households voting as its base)',
        };
    if (base.values !== undefined && base.values.length > 1) {
      const readings: BaseReadings = {
        part,
        bases: base.values.map((value) => ({ name: wholeName, from: value, to: value })),
      };
      if (wrongOfEveryBase(figure.value, readings)) {
        this.uses(votes);
        this.shareOfEveryBase(figure, readings, votes);
        return true;
      }
      const values = base.values;
      this.rightOfSomeBase(figure, readings, (which) => ({
        zh: `${stated}写明是占${wholeName.zh}的比例，而公告写出的${wholeName.zh}有${values.length}个数（${values.join('、')}），是哪一个文中没有说明；${partName.zh}${part}：${which.zh}`,
        en: enCounts`${stated} is named a share of the ${wholeName.en}, but the notice states the ${wholeName.en} in ${values.length} values (${values.join(', ')}), and which it is the text does not say; ${part} ${partName.en}: ${which.en}`,
      }));
      return true;
    }
    const verdict = judgePercent(figure.value, part, whole);
    if (verdict.kind === 'undefined') {
      if (present) this.attendingUnread(figure, { why: 'unstated' });
      return present;
    }
    this.uses(votes);
    const exact = exactShareText(part, whole);
    if (verdict.kind === 'agrees') {
      const end = shareRightWords(exact, stated, verdict.how);
      this.right('share', figure, {
        zh: `${partName.zh}${part}占${wholeName.zh}${whole}${unit}的${end.zh}${named.zh}`,
        en: enCounts`${part} ${partName.en} out of ${whole} ${wholeName.en} is ${end.en}${named.en}`,
      });
      return true;
    }
    const expected = decimalText(roundedShare(part, whole, figure.value.decimals)) + '%';
    const wrong = shareWrongWords(exact, stated, expected);
    this.judged.push({
      rule: 'share',
      right: false,
      ...located(figure),
      work: {
        zh: `${partName.zh}${part}占${wholeName.zh}${whole}${unit}的${wrong.zh}${named.zh}`,
        en: enCounts`${part} ${partName.en} out of ${whole} ${wholeName.en} is ${wrong.en}${named.en}`,
      },
    });
    this.percentFinding(
      figure,
      {
        zh: `${partName.zh}${part}占${wholeName.zh}${whole}${unit}的${exact}，应为${expected}${named.zh}`,
        en: enCounts`${part} ${partName.en} of ${whole} ${wholeName.en} (the base the notice names) is ${exact}, which rounds to ${expected}, not the ${stated} stated`,
      },
      expected,
    );
    return true;
  }

  /**
   * A candidate's share naming the representatives present as its base, where the notice does not state them
   * plainly (shares-of-attending-representatives.ts): listed unread with why, never judged of another count.
   */
  private attendingUnread(figure: PercentFigure, unclear: AttendingUnclear): void {
    const stated = decimalText(figure.value) + '%';
    const why: Bilingual =
      unclear.why === 'unstated'
        ? { zh: '但公告没有写出到会代表的人数', en: 'but the notice states no count of them' }
        : unclear.why === 'values'
          ? {
              zh: `但公告写出的到会代表有${unclear.values.length}个数（${unclear.values.join('、')}），是哪一个文中没有说明`,
              en: enCounts`but the notice states them in ${unclear.values.length} values (${unclear.values.join(', ')}), and which it is the text does not say`,
            }
          : {
              zh: `但公告还写有另一次会议或另一轮投票${unclear.words === '' ? '' : `（“${unclear.words}”）`}，是哪一次到会的代表不能确定`,
              en: `but the notice tells of another meeting or round of voting as well${unclear.words === '' ? '' : ` (“${unclear.words}”)`}, so whose presence it names is not plain`,
            };
    this.unjudged.push({
      ...located(figure),
      reason: unclear.why === 'unstated' ? 'counts-not-stated' : 'ambiguous-base',
      work: {
        zh: `${stated}写明是占到会代表的比例，${why.zh}`,
        en: `${stated} is named a share of the representatives present, ${why.en}`,
      },
    });
  }

  /**
   * A candidate's 得票率 is of the ballots cast (《村民委员会组织法》第二十四条), yet notices also give it of the
   * ballots returned or of the valid ones, and the voters signed in often differ from the ballots returned
   * by a few. When the text states such other counts and they give different verdicts, the share is left
   * unjudged with every reading, and said so (true); else false.
   */
  private candidateRateAmbiguous(figure: PercentFigure, part: bigint, whole: bigint): boolean {
    if (figure.part.kind !== 'votes' || figure.baseNamed) return false;
    // A row's own voters (a vote table's 参加投票人数 column) stand for the ballots cast.
    const base = figure.whole.kind === 'count' ? figure.whole.meaning : figure.wholeCast ? 'cast' : null;
    if (base !== 'cast' && base !== 'returned') return false;
    const readings = [
      ...CANDIDATE_RATE_BASES.flatMap((meaning) => {
        const value = meaning === base ? whole : this.valueOf({ kind: 'count', meaning }, figure);
        return value === null ? [] : [{ meaning, value }];
      }),
      ...this.runoffBallotsIssued(figure),
    ].filter((reading, at, all) => all.findIndex((other) => other.value === reading.value) === at);
    if (readings.length < 2) return false;
    if (sameVerdict(figure, ...readings.map(({ value }) => [part, value] as const))) {
      // Wrong of every base: what it should be is said of each, not of one the notice may not use.
      if (judgePercent(figure.value, part, whole).kind !== 'disagrees') return false;
      this.wrongOfEveryBase(figure, part, readings);
      return true;
    }
    this.unclearShares.push({
      figure,
      part,
      readings: readings.map(({ meaning, value }) => ({
        meaning,
        value,
        right: judgePercent(figure.value, part, value).kind === 'agrees',
      })),
    });
    const stated = decimalText(figure.value) + '%';
    const each = (lang: 'zh' | 'en') =>
      readings
        .map(({ meaning, value }) =>
          lang === 'zh'
            ? `占${COUNT_NAMES[meaning].zh}${value}的${exactShareText(part, value)}`
            : enCounts`of ${value} ${COUNT_NAMES[meaning].en} it is ${exactShareText(part, value)}`,
        )
        .join(lang === 'zh' ? '，' : ', ');
    this.unjudgedForTwoReadings(figure, {
      zh: `${stated}是${termName(figure.part).zh}${part}占某个数的比例，但看不出占的是哪个数：${each('zh')}，按不同的数算，对错不一`,
      en: enCounts`${stated} is the share of ${part} ${termName(figure.part).en}, but of which count is unclear: ${each('en')}; it is right of one and wrong of another`,
    });
    return true;
  }

  /**
   * A runoff's own ballots issued, as a reading of its voters, when the runoff states ballots but no voters
   * of its own (另行选举：发出选票71张，收回70张…得票35票，得票率49.30%): its voters are whoever is there to
   * vote in it, one ballot each, and the earlier round's voters or the meeting's attendance are not its
   * own. Never a judged base: a share right of them and wrong of the ballots returned is left unjudged.
   */
  private runoffBallotsIssued(figure: PercentFigure): { meaning: CountMeaning; value: bigint }[] {
    const issued = this.statedFigureOf({ kind: 'count', meaning: 'issued' }, figure);
    const returned = this.statedFigureOf({ kind: 'count', meaning: 'returned' }, figure);
    const cast = this.statedFigureOf({ kind: 'count', meaning: 'cast' }, figure);
    if (issued === null || returned === null || !('value' in issued) || typeof issued.value !== 'bigint')
      return [];
    const setting = 'setting' in returned ? returned.setting : undefined;
    if (setting === undefined || !RUNOFF_SETTING.test(setting)) return [];
    if (!('setting' in issued) || issued.setting !== setting) return [];
    if (cast !== null && 'setting' in cast && cast.setting === setting) return [];
    return [{ meaning: 'issued', value: issued.value }];
  }

  /**
   * 得票率66.3% of 1012 votes beside 1602 voters, 1598 ballots returned and 1571 valid: wrong of each,
   * flagged once with the share each base gives (63.2% / 63.3% / 64.4%).
   */
  private wrongOfEveryBase(
    figure: PercentFigure,
    part: bigint,
    readings: readonly { readonly meaning: CountMeaning; readonly value: bigint }[],
  ): void {
    const stated = decimalText(figure.value) + '%';
    const partName = termName(figure.part);
    for (const { meaning } of readings) {
      const term = this.statedFigureOf({ kind: 'count', meaning }, figure);
      if (term) this.uses(term);
    }
    const shares = readings.map(({ meaning, value }) => ({
      name: COUNT_NAMES[meaning],
      value,
      exact: exactShareText(part, value),
      should: decimalText(roundedShare(part, value, figure.value.decimals)) + '%',
    }));
    const zh = shares.map((share) => `占${share.name.zh}${share.value}的${share.exact}，应为${share.should}`);
    const en = shares.map(
      (share) =>
        enCounts`${share.exact} of the ${share.value} ${share.name.en}, which rounds to ${share.should}`,
    );
    this.judged.push({
      rule: 'share',
      right: false,
      ...located(figure),
      work: {
        zh: `${partName.zh}${part}${zh.join('；')}；公告写${stated}，按哪个总数算都不对`,
        en: enCounts`${part} ${partName.en} is ${en.join('; ')}; the notice states ${stated}, wrong whichever count it is of`,
      },
    });
    this.percentFinding(
      figure,
      {
        zh: `${partName.zh}${part}${zh.join('；')}，按哪个总数算都得不出${stated}`,
        en: enCounts`${part} ${partName.en} is ${en.join('; ')}: no count stated gives ${stated}`,
      },
      shares.map((share) => share.should).join(' / '),
    );
  }

  /**
   * Two candidates' shares of one contest, each of an unclear base, that no one base makes both right
   * (`Guo Rong 1,203 votes (75.0%), Pan Tao 388 votes (23.9%)` beside 1,620 voters and 1,604 valid
   * ballots: 75.0% is right of the valid ballots only, 23.9% of the voters only). A notice gives its
   * candidates' shares of one base, so one of the two is wrong whichever it is: the later is flagged, with
   * what it is of each base the earlier is right of.
   */
  sharesOfNoOneBase(): void {
    const contestOf = (share: UnclearShare) =>
      share.figure.part.kind === 'votes'
        ? (share.figure.part.contest?.id ?? share.figure.part.contest?.text ?? '')
        : '';
    const rightOf = (share: UnclearShare) =>
      new Set(share.readings.filter((reading) => reading.right).map((reading) => reading.value));
    const firstOfContest = new Map<string, UnclearShare>();
    for (const share of this.unclearShares) {
      // Shares of no named contest may be of several, each given of its own base: never compared.
      if (contestOf(share) === '') continue;
      const first = firstOfContest.get(contestOf(share));
      if (!first) {
        firstOfContest.set(contestOf(share), share);
        continue;
      }
      // Both must be read against the same stated counts, or their bases are not comparable.
      const values = (of: UnclearShare) => of.readings.map((reading) => reading.value).join(',');
      if (values(first) !== values(share)) continue;
      const firstRight = rightOf(first);
      if ([...rightOf(share)].some((value) => firstRight.has(value))) continue;
      const bases = first.readings.filter((reading) => reading.right);
      const { figure, part } = share;
      const stated = decimalText(figure.value) + '%';
      const earlier = decimalText(first.figure.value) + '%';
      const shares = bases.map((base) => ({
        name: COUNT_NAMES[base.meaning],
        value: base.value,
        exact: exactShareText(part, base.value),
        should: decimalText(roundedShare(part, base.value, figure.value.decimals)) + '%',
      }));
      const at = this.unjudged.findIndex(
        (unjudged) =>
          unjudged.reason === 'ambiguous-base' &&
          unjudged.span?.[0] === figure.origin.span?.[0] &&
          unjudged.text === located(figure).text,
      );
      if (at >= 0) this.unjudged.splice(at, 1);
      const partName = termName(figure.part);
      const zh = shares.map((one) => `占${one.name.zh}${one.value}的${one.exact}，应为${one.should}`);
      const en = shares.map(
        (one) => enCounts`of ${one.value} ${one.name.en} ${one.exact}, which rounds to ${one.should}`,
      );
      this.judged.push({
        rule: 'share',
        right: false,
        ...located(figure),
        work: {
          zh: `${partName.zh}${part}${zh.join('；')}；公告写${stated}，与同一选举的${earlier}不是同一基数`,
          en: enCounts`${partName.en} ${part}: ${en.join('; ')}; stated ${stated}, of no base that gives ${earlier} of the same contest`,
        },
      });
      this.percentFinding(
        figure,
        {
          zh: `同一选举的${earlier}只在${shares.map((one) => one.name.zh).join('或')}下成立，而${partName.zh}${part}${zh.join('；')}：没有一个基数能同时得出两者`,
          en: enCounts`${earlier} of the same contest holds only of the ${shares.map((one) => one.name.en).join(' or the ')}, and ${part} ${partName.en} is ${en.join('; ')}: no one base gives both`,
        },
        shares.map((one) => one.should).join(' / '),
      );
    }
  }

  /**
   * A share of a count beside which the text counts a group apart (登记选民1,220人，另有外来登记选民30人;
   * 参加投票1,080人，另有委托投票21人): its base (or its part) may be the stated total or the total with the
   * group. Of the base alone: flagged when wrong of both, else unjudged with what each gives; of the part:
   * unjudged (`ambiguous-base`).
   */
  private ofAddedGroup(figure: PercentFigure, part: bigint | null, whole: bigint | null): boolean {
    const groups = this.figures.addedGroups;
    if (groups === undefined || part === null || whole === null) return false;
    const addedTo = (term: ShareTerm) =>
      term.kind === 'count' && term.contest === undefined && term.among === undefined
        ? groups.filter((group) => group.meaning === term.meaning)
        : [];
    const toPart = addedTo(figure.part);
    const toWhole = addedTo(figure.whole);
    if (toPart.length === 0 && toWhole.length === 0) return false;
    const name = termName(figure.whole);
    if (toPart.length === 0) {
      const withGroups = whole + toWhole.reduce((sum, group) => sum + group.value, 0n);
      const readings: BaseReadings = {
        part,
        bases: [
          { name, from: whole, to: whole },
          {
            name: {
              zh: `${name.zh}（含另有的${withGroups - whole}）`,
              en: enCounts`${name.en} (with the ${withGroups - whole} counted apart)`,
            },
            from: withGroups,
            to: withGroups,
          },
        ],
      };
      this.shareOfEveryBase(figure, readings, null);
      return true;
    }
    const share = decimalText(figure.value);
    this.unjudged.push({
      ...located(figure),
      reason: 'ambiguous-base',
      work: {
        zh: `${share}%所占的${termName(figure.part).zh}可能是写出的${part}，也可能含另有的${toPart.map((group) => group.value).join('、')}，文中没有说明`,
        en: enCounts`${share}% may be of the ${part} ${termName(figure.part).en} stated or of them with the ${toPart.map((group) => group.value).join(', ')} counted apart; the text does not say`,
      },
    });
    return true;
  }

  /** A share right of some of its bases and wrong of others: listed unread with every base's outcome. */
  private rightOfSomeBase(
    figure: PercentFigure,
    readings: BaseReadings,
    words: (which: { readonly zh: string; readonly en: string }) => {
      readonly zh: string;
      readonly en: string;
    },
  ): void {
    const outcomes = baseOutcomes(figure.value, readings);
    this.unjudged.push({
      ...located(figure),
      reason: 'ambiguous-base',
      work: words(baseOutcomesWords(outcomes)),
      bases: outcomes,
    });
  }

  /**
   * A share whose base is one of a few counts the text leaves open (every-base.ts): flagged, with what
   * each base gives, when no base makes it right; unjudged (`ambiguous-base`) when one does.
   */
  private shareOfEveryBase(
    figure: PercentFigure,
    readings: BaseReadings,
    part: AnnouncedFigure | null,
  ): void {
    const partName = termName(figure.part);
    const work = everyBaseWork(figure.value, readings, partName);
    const bases = readings.bases.map((base) => ({
      name: base.name,
      from: Number(base.from),
      to: base.to === null ? null : Number(base.to),
    }));
    if (!wrongOfEveryBase(figure.value, readings)) {
      // Right of some base: which make it right and which wrong, never the work of a share wrong of all.
      this.rightOfSomeBase(figure, readings, (which) => ({
        zh: `${partName.zh}${readings.part}：${which.zh}`,
        en: enCounts`${readings.part} ${partName.en}: ${which.en}`,
      }));
      return;
    }
    if (part !== null) this.uses(part);
    this.judged.push({ rule: 'share-of-every-base', right: false, ...located(figure), work, bases });
    const expected = readings.bases
      .filter((base) => base.to !== null && base.from === base.to)
      .map((base) => decimalText(roundedShare(readings.part, base.from, figure.value.decimals)) + '%');
    this.percentFinding(
      figure,
      // The work ends in the verdict (wrong whichever base it is of): said once.
      work,
      expected.length > 0 ? expected.join(' / ') : '—',
    );
  }

  /**
   * The bases a share of a vote table naming no round may be of, after the turnout of several rounds
   * (table-round-unstated.ts): each count of ballots, voters or registered voters of the whole election
   * stated before the table, and the valid ballots, whatever the text states, anywhere from the candidate's votes to the
   * largest count of ballots or voters. Null when none is stated before it.
   */
  private basesOfEveryRound(votes: VotesFigure): BaseReadings | null {
    const at = votes.origin.span?.[0];
    if (at === undefined) return null;
    this.roundCounts ??= this.figures.figures
      .filter(
        (figure): figure is CountFigure =>
          figure.kind === 'count' &&
          figure.contest === null &&
          figure.scope === undefined &&
          figure.among === undefined &&
          figure.origin.span !== undefined &&
          ['registered', 'cast', 'issued', 'returned', 'valid'].includes(figure.meaning),
      )
      .sort((a, b) => (a.origin.span?.[1] ?? 0) - (b.origin.span?.[1] ?? 0));
    const counts = this.roundCounts;
    this.roundCountEnds ??= counts.map((count) => count.origin.span?.[1] ?? 0);
    // The counts ending at or before the table's votes.
    const low = indexAtOrAfter(this.roundCountEnds, at + 1);
    // The last few counts before the table: those of its rounds, looked at a bounded number per share.
    const stated = counts.slice(Math.max(0, low - ROUND_COUNTS_LOOKED_AT), low);
    if (stated.length === 0) return null;
    const seen = new Set<string>();
    const bases: CandidateBase[] = [];
    for (const count of stated) {
      const key = `${count.meaning}|${count.value}`;
      if (seen.has(key) || count.value <= 0n) continue;
      seen.add(key);
      const setting = 'setting' in count && typeof count.setting === 'string' ? count.setting : '';
      const round = roundNamed(setting);
      const name = COUNT_NAMES[count.meaning];
      const roundName =
        round === 'runoff'
          ? { zh: '另行选举', en: 'the later round' }
          : round === 'first'
            ? { zh: '第一次投票', en: 'the first round' }
            : null;
      bases.push({
        name: roundName ? { zh: `${roundName.zh}${name.zh}`, en: `${name.en} in ${roundName.en}` } : name,
        from: count.value,
        to: count.value,
      });
    }
    const largest = stated
      .filter((count) => count.meaning !== 'registered')
      .reduce((most, count) => (count.value > most ? count.value : most), 0n);
    if (votes.value > largest) return null;
    bases.push({
      name: { zh: '有效票数（任一轮）', en: 'valid ballots of either round' },
      from: votes.value > 0n ? votes.value : 1n,
      to: largest,
    });
    return { part: votes.value, bases };
  }

  /** A share two stated readings judge differently: unjudged (`ambiguous-base`), with both fractions. */
  private unjudgedForTwoReadings(figure: PercentFigure, work: Bilingual): void {
    this.unjudged.push({ ...located(figure), reason: 'ambiguous-base', work });
  }

  /**
   * A turnout whose voters differ from the ballots returned (参加投票1502人 beside 收回选票1498张): a voter
   * may take a ballot and not return it, so either count may be the one the notice took the turnout of.
   * When exactly one of the two gives the stated share, it is judged right of that one, and its work says
   * what the other would give (true). When both give it, or neither, it is judged as before (false): a
   * turnout is flagged only when it is wrong of every count it may be of.
   */
  private turnoutPartInConflict(figure: PercentFigure, part: bigint, whole: bigint): boolean {
    if (figure.part.kind !== 'count' || figure.part.meaning !== 'cast') return false;
    // A group's voters of the group (voter-subset.ts): the election's ballots returned are no reading of them.
    if (figure.part.among !== undefined) return false;
    const returnedTerm: ShareTerm = { kind: 'count', meaning: 'returned' };
    const returned = this.valueOf(returnedTerm, figure);
    if (returned === null || returned === part) return false;
    // A polling station's or a hamlet's ballots (`Of the 640 ballots cast at the main polling station,`)
    // are no reading of the whole election's voters.
    if (
      scopeOfFigure(this.statedFigureOf(returnedTerm, figure)) !==
      scopeOfFigure(this.statedFigureOf(figure.part, figure))
    )
      return false;
    if (sameVerdict(figure, [part, whole], [returned, whole])) return false;
    const castVerdict = judgePercent(figure.value, part, whole);
    const returnedVerdict = judgePercent(figure.value, returned, whole);
    const [base, other, verdict] =
      castVerdict.kind === 'agrees'
        ? [
            { meaning: 'cast' as const, value: part },
            { meaning: 'returned' as const, value: returned },
            castVerdict,
          ]
        : [
            { meaning: 'returned' as const, value: returned },
            { meaning: 'cast' as const, value: part },
            returnedVerdict,
          ];
    if (verdict.kind !== 'agrees') return false;
    this.usesTermsOf(figure);
    const returnedFigure = this.statedFigureOf(returnedTerm, figure);
    if (returnedFigure) this.uses(returnedFigure);
    const stated = decimalText(figure.value) + '%';
    const wholeName = termName(figure.whole);
    const end = shareRightWords(exactShareText(base.value, whole), stated, verdict.how);
    const otherExact = exactShareText(other.value, whole);
    const otherRounded = decimalText(roundedShare(other.value, whole, figure.value.decimals)) + '%';
    const baseName = COUNT_NAMES[base.meaning];
    const otherName = COUNT_NAMES[other.meaning];
    this.right('share', figure, {
      zh: `${baseName.zh}${base.value}占${wholeName.zh}${whole}的${end.zh}；若按${otherName.zh}${other.value}算，则为${otherExact}（${otherRounded}）`,
      en: enCounts`${base.value} ${baseName.en} out of ${whole} ${wholeName.en} is ${end.en}; of the ${other.value} ${otherName.en} it would be ${otherExact} (${otherRounded})`,
    });
    return true;
  }

  /**
   * A share whose missing count the text does state, in digits a scan garbled (`登记选民22O7人`,
   * garbled-count.ts): it is said to be unreadable, not unstated. Null when neither missing count is so.
   */
  private garbledTerm(figure: PercentFigure, part: bigint | null, whole: bigint | null): Bilingual | null {
    const missing = [part === null ? figure.part : null, whole === null ? figure.whole : null];
    for (const term of missing) {
      if (term?.kind !== 'count' || term.among !== undefined) continue;
      const number = garbledCountOf(this.figures, term.meaning);
      if (number === null) continue;
      const stated = decimalText(figure.value) + '%';
      const name = termName(term);
      return {
        zh: `${stated}是${termName(figure.part).zh}占${termName(figure.whole).zh}的比例，但公告中的${name.zh}“${number.text}”数字中夹有字母（可能是扫描识别错误），无法辨认其数值`,
        en: enCounts`${stated} is a share of ${termName(figure.part).en} in ${termName(figure.whole).en}, but the notice's count of ${name.en}, “${number.text}”, is garbled (a letter among its digits, likely a scan's misreading) and cannot be read`,
      };
    }
    return null;
  }

  /**
   * The ballots returned stand for the voters only when the notice states none (withStatedBallots),
   * in a turnout as its part and in a share of the voters (a candidate's 得票率, `占参加投票人数的63.0%`)
   * as its whole. A number left unread that may be the voters (`1523名选民到场投票`, `参选率82.06%（1523/1856）`,
   * `(1,523 of 1,856 registered voters)`: more than the ballots returned, no more than the turnout's
   * whole or the registered voters) says the text may state them after all. A share wrong of the
   * ballots returned but right of such a number is then left unjudged, and said so (true); one wrong
   * of both is judged as before (false).
   */
  private votersMayBeUnread(
    figure: PercentFigure,
    part: bigint,
    whole: bigint,
    returnedAs: 'part' | 'whole',
  ): boolean {
    if (returnedAs === 'whole') {
      if (figure.whole.kind !== 'count' || figure.whole.meaning !== 'returned') return false;
      if (figure.part.kind === 'count') return false;
    }
    const returned = returnedAs === 'part' ? part : whole;
    const shareWith = (voters: bigint) =>
      returnedAs === 'part'
        ? judgePercent(figure.value, voters, whole)
        : judgePercent(figure.value, part, voters);
    if (shareWith(returned).kind === 'agrees') return false;
    const ceiling =
      returnedAs === 'part' ? whole : this.valueOf({ kind: 'count', meaning: 'registered' }, figure);
    const fits = (value: bigint | null) =>
      value !== null &&
      value > returned &&
      (ceiling === null || value <= ceiling) &&
      shareWith(value).kind === 'agrees';
    const maybeVoters = this.unreadVoters(fits);
    if (maybeVoters === undefined) return false;
    const stated = decimalText(figure.value) + '%';
    const partName = termName(figure.part);
    const wholeName = termName(figure.whole);
    const partText =
      returnedAs === 'part'
        ? { zh: `收回选票${part}张`, en: enCounts`${part} ballots returned` }
        : { zh: `${partName.zh}${part}`, en: enCounts`${part} ${partName.en}` };
    const wholeText =
      returnedAs === 'whole'
        ? { zh: `收回选票${whole}张`, en: enCounts`${whole} ballots returned` }
        : { zh: `${wholeName.zh}${whole}`, en: enCounts`${wholeName.en} ${whole}` };
    this.unjudgedForTwoReadings(figure, {
      zh: `${stated}的参加投票人数不明：${partText.zh}占${wholeText.zh}的${exactShareText(part, whole)}，但公告另有未读作参加投票人数的数字“${maybeVoters.text}”，可能就是参加投票人数`,
      en: enCounts`${stated}: the number of voters is unclear: ${partText.en} of ${wholeText.en} is ${exactShareText(part, whole)}, but the notice also states “${maybeVoters.text}”, not read as the voters, which may be them`,
    });
    return true;
  }

  /** A number left unread, or a group read, whose value `fits` as the voters the text may state after all. */
  private unreadVoters(fits: (value: bigint | null) => boolean): { readonly text: string } | undefined {
    const unread = this.figures.unread.find((number) => {
      if (NEVER_VOTERS.has(number.reason ?? 'no-meaning') || number.text.includes('%')) return false;
      // 1O23: digits a scan garbled may be the voters; their value is unknown, so they may fit. So
      // may the halves of digits a line break or a space parts (15⏎22人: 1522, or 15 and 22).
      if (number.reason === 'garbled' || number.reason === 'mixed-places' || number.reason === 'space-parted')
        return true;
      // 1 523: thousands parted by a space.
      const parsed = parseArabicNumber(withoutGroupingSpaces(number.text.normalize('NFKC')));
      return fits(parsed === null ? null : wholeNumber(parsed));
    });
    // `total voters: 1,240` read as a group of people, not as the voters of the ballot account.
    const group = this.figures.figures.find((read) => read.kind === 'group' && fits(read.value));
    return unread ?? (group === undefined ? undefined : group.origin);
  }

  /** Where the earliest of the figures `stated` for a term starts (0 for one with no place). */
  private earliestStated(key: string, stated: readonly AnnouncedFigure[]): number {
    let earliest = this.earliestByTerm.get(key);
    if (earliest === undefined) {
      earliest = Infinity;
      for (const one of stated) earliest = Math.min(earliest, one.origin.span?.[0] ?? 0);
      this.earliestByTerm.set(key, earliest);
    }
    return earliest;
  }

  /** Whether a share is written with its own fraction in brackets right after it. */
  private hasOwnFraction(figure: PercentFigure): boolean {
    const span = figure.origin.span;
    if (!span) return false;
    this.ownFractions ??= spanOverlaps(
      (this.figures.calculations ?? []).flatMap((calculation) =>
        calculation.besideShare === true ? [calculation.span] : [],
      ),
    );
    return this.ownFractions(span);
  }

  /**
   * A term the text states only after the share, and in more than one value or only in later
   * paragraphs (a report's opening turnout before the voters and electorates of the two elections it
   * covers): which count the share is of cannot be told, so it is left unjudged, and said so.
   */
  private termStatedOnlyAfterInSeveralValues(figure: PercentFigure): boolean {
    const at = figure.origin.span?.[0] ?? 0;
    for (const term of [figure.part, figure.whole]) {
      if (term.kind !== 'count') continue;
      // A share said of a named place (`86.7% in Liujia`) is of that place's counts only.
      const stated =
        figure.place === undefined
          ? (this.byTerm.get(termKey(term)) ?? [])
          : this.ofPlace(term, figure.place);
      if (stated.length === 0) continue;
      if (figure.place === undefined && this.earliestStated(termKey(term), stated) <= at) continue;
      // A place's counts are listed in text order: its first is its earliest.
      if (figure.place !== undefined && (stated[0]?.origin.span?.[0] ?? 0) <= at) continue;
      const values = new Set(stated.map((one) => ('value' in one ? String(one.value) : '')));
      const laterParagraph =
        figure.paragraphEnd !== undefined &&
        stated.every((one) => (one.origin.span?.[0] ?? 0) > figure.paragraphEnd!);
      if (values.size < 2 && !laterParagraph) continue;
      const name = termName(term);
      const listed = [...values].join(', ');
      this.unjudged.push({
        ...located(figure),
        reason: 'ambiguous-base',
        work: {
          zh:
            values.size > 1
              ? `${decimalText(figure.value)}%之前没有写出${name.zh}，之后写出的${name.zh}有几个不同的数（${listed}），无法确定是哪一个的比例`
              : `${decimalText(figure.value)}%之前没有写出${name.zh}，只在后面的段落中写出（${listed}），不能确定是同一次选举的数`,
          en:
            values.size > 1
              ? `no count of ${name.en} is stated before ${decimalText(figure.value)}%, and those stated after it differ (${listed}): which one it is a share of cannot be told`
              : `no count of ${name.en} is stated before ${decimalText(figure.value)}%, only in a later paragraph (${listed}), which may be of another election`,
        },
      });
      return true;
    }
    return false;
  }

  /** Whether the part of a share is a group attached to its total only by its label. */
  private impliedPart(figure: PercentFigure): boolean {
    if (figure.part.kind !== 'group') return false;
    const key = termKey(figure.part);
    let implied = this.impliedByTerm.get(key);
    if (implied === undefined) {
      const stated = this.byTerm.get(key) ?? [];
      implied = stated.some((group) => group.kind === 'group' && group.implied === true);
      this.impliedByTerm.set(key, implied);
    }
    return implied;
  }

  /** The stated value of a share's term: the nearest such figure stated before the percentage, else the first. */
  /**
   * A share said of no place in a summary of blocks, a count term of which stands only in two or more
   * villages' blocks (东湾村：…合计988人。 西岭村：…合计753人。 两村流动票箱合计投票528人，占两村参加投票人数的30.33%):
   * of which block's count, or of their sum, the text does not say. Listed unjudged (ambiguous-base), never
   * judged by the nearest block's.
   */
  private ofSeveralBlocks(figure: PercentFigure): boolean {
    const blocks = new Set(this.figures.villageBlocks ?? []);
    if (figure.place !== undefined || blocks.size < 2) return false;
    for (const term of [figure.part, figure.whole]) {
      if (term.kind !== 'count') continue;
      const places = new Set(
        (this.byTerm.get(termKey(term)) ?? []).map((stated) =>
          'scope' in stated ? stated.scope : undefined,
        ),
      );
      if (places.size < 2 || ![...places].every((place) => place !== undefined && blocks.has(place)))
        continue;
      const name = termName(term);
      const share = decimalText(figure.value);
      const listed = [...places] as string[];
      this.unjudged.push({
        ...located(figure),
        reason: 'ambiguous-base',
        work: {
          zh: `${share}%没有说是哪个村（社区）的比例，而${name.zh}只写在${listed.join('、')}各自的板块中：是其中哪一个的，还是它们之和的，文中没有说明`,
          en: `${share}% names no village or community, and the ${name.en} are stated only in the blocks of ${listed.join(', ')}: which one's, or their sum's, the text does not say`,
        },
      });
      return true;
    }
    return false;
  }

  private valueOf(term: ShareTerm, near: PercentFigure): bigint | null {
    const chosen = this.statedFigureOf(term, near);
    return chosen && 'value' in chosen && typeof chosen.value === 'bigint' ? chosen.value : null;
  }

  /**
   * The figure that states a share's term: the nearest such figure stated before the percentage, else the
   * first. A candidate's share is of the ballots of the body its votes are of: counts whose sentence or
   * section names another body (二、村务监督委员会 under 一、村民委员会's ballots) are no base of it.
   */
  /**
   * How a share's term is named in its work: a count the notice states in households (应到户代表48户) as
   * households (登记户数), other terms as termName names them.
   */
  private nameOf(term: ShareTerm, near: PercentFigure): Bilingual {
    const households =
      term.kind === 'count' && term.among === undefined && HOUSEHOLD_COUNT_NAMES[term.meaning];
    if (!households) return termName(term);
    const stated = this.statedFigureOf(term, near);
    return stated !== null && countedInHouseholds(stated.origin.text) ? households : termName(term);
  }

  /** Whether a share's term is stated only in the other script's half of a notice in two (script-halves.ts). */
  private statedInTheOtherHalfOnly(term: ShareTerm, near: PercentFigure): boolean {
    const script = scriptOfFigure(this.figures, near);
    if (script === null) return false;
    const matches = this.byTerm.get(termKey(term)) ?? [];
    return matches.length > 0 && matches.every((figure) => scriptOfFigure(this.figures, figure) !== script);
  }

  private statedFigureOf(term: ShareTerm, near: PercentFigure): AnnouncedFigure | null {
    const stated = this.byTerm.get(termKey(term)) ?? [];
    let matches: readonly AnnouncedFigure[] = stated;
    // `Turnout was 86.7% in Liujia, where 1,204 of 1,388 …`: a share said of a named place is of that
    // place's counts alone; with none stated it is not judged (never by the whole village's).
    if (near.place !== undefined && term.kind === 'count') {
      matches = this.ofPlace(term, near.place);
      if (matches.length === 0) return null;
    } else if (term.kind === 'count') {
      // `Turnout was 79.7% overall and 86.7% in Liujia`: a share said of no place, where the text states
      // counts of the whole and of places named in English sentences, is of the whole's.
      matches = this.notOfEnglishPlaces(term, matches);
    }
    // A notice in Chinese and again in English: a share of either half is of that half's own counts
    // (script-halves.ts), never of a count the other half states.
    const script = scriptOfFigure(this.figures, near);
    if (script !== null)
      matches = matches.filter((figure) => scriptOfFigure(this.figures, figure) === script);
    // 村委会选举…参加投票16,512人；社区居委会选举参选率85.5%，登记选民6,120人: a share of one committee's counts,
    // where the text states the counts of both, is of its own committee's counts alone.
    // 村级参选率90.7%，社区参选率85.5% after counts named by committee: of that kind's committee (kindCommittee).
    const committee =
      term.kind === 'count' && this.splitByCommittee(term) ? this.committeeOfShare(near) : null;
    if (committee !== null) {
      matches = matches.filter((figure) => committeeOf(figure) === committee);
      if (matches.length === 0) return null;
    }
    if (term.kind === 'count' && near.part.kind === 'votes') {
      const votes = this.statedFigureOf(near.part, near);
      if (votes !== null && sectionOf(votes) !== '')
        matches = matches.filter((figure) => !differentSections(figure, votes));
      // 委员选票：…收回1312张，有效1280张。刘强得票800票，得票率62.5%: votes tied to their post's own ballot
      // account (a ballot for each post) are a share of that account's ballots, never another post's.
      const post = votes?.kind === 'votes' ? votesOfPostSections(this.figures).get(votes) : undefined;
      if (post && term.meaning !== 'cast' && term.meaning !== 'registered') {
        const own = post.counts[term.meaning];
        matches = own ? matches.filter((figure) => figure === own) : [];
        if (matches.length === 0) return null;
      }
      // Votes right after a runoff's own counts are that round's: the first round's are no base of them.
      const runoff = votes?.kind === 'votes' ? this.runoffSettingBefore(votes) : null;
      if (runoff !== null) matches = matches.filter((figure) => settingOf(figure) === runoff);
      // Votes of a ballot named (a table captioned 第一次投票得票情况 after 另行选举中参加投票1100人): of the
      // counts stated for that ballot, when the text states any, never of another round's stated nearer.
      const ownBallot = votes === null ? '' : settingOf(votes);
      if (ownBallot !== '') {
        const ofOwnBallot = matches.filter((figure) => settingOf(figure) === ownBallot);
        if (ofOwnBallot.length > 0) matches = ofOwnBallot;
      }
      // 大禾村…参加投票1501人；小禾村…参加投票902人。大禾村主任龙腾得1203票，得票率80.1%: the votes' own
      // place's ballots, when the text states any, not the nearest place's before the share.
      // Looked up in the index of places (of those the filters above kept, when they left some out), so
      // that a summary of many places, each with its ballots and shares of votes, stays linear.
      if (votes?.kind === 'votes') {
        const kept = matches === stated ? null : new Set(matches);
        const own = this.ofPlace(term, votes.scope ?? '').filter(
          (figure) => kept === null || kept.has(figure),
        );
        if (own.length > 0 && own.length < matches.length) matches = own;
      }
    }
    // 村参选率90.0%，社区参选率81.0%: a rate named by its kind of place is of that kind's counts alone, else
    // unjudged (never the communities' 5022 voters stated nearest for the villages' rate).
    // 占村参加投票人数的5.7%: a base named by its kind of place is of that kind's counts alone.
    const kindNamed =
      KIND_RATE.exec(near.origin.text)?.[1] ??
      (term === near.whole ? KIND_BASE.exec(near.origin.text)?.[1] : undefined);
    if (
      term.kind === 'count' &&
      kindNamed !== undefined &&
      (committee === null || this.kindCommittee(near) === '')
    ) {
      matches = matches.filter((figure) => scopeOfFigure(figure) === kindNamed);
      if (matches.length === 0) return null;
    }
    // 全镇登记选民43747人，其中村登记选民32707人、社区登记选民11040人；参加投票39572人，参选率90.5%: where
    // either term's nearest count is of a kind of place listed as a part (place-scope.ts), the whole is of
    // the part's own place, else unknown (never the communities' 11040 for the township's voters).
    if (term.kind === 'count' && term === near.whole && near.part.kind === 'count') {
      const part = this.statedFigureOf(near.part, near);
      const place = scopeOfFigure(part);
      // `Liujia: registered 1,388` / `Zhoujia: registered 1,254` / `Liujia: voted 1,204; turnout 86.7%`: the
      // part's own place's whole when the text states one, not the nearest place's before the share.
      if (part !== null && place !== '') {
        // Never another committee's than the share's (村委会选举参选率90.7% after both committees' 全镇 counts).
        const own = (
          kindNamed === undefined
            ? this.ofPlace(term, place).filter(
                (figure) => script === null || scriptOfFigure(this.figures, figure) === script,
              )
            : matches.filter((figure) => scopeOfFigure(figure) === place)
        ).filter((figure) => committee === null || committeeOf(figure) === committee);
        if (own.length > 0) matches = own;
        // `Dongfeng has 2,642 registered voters. Turnout was 86.7% in Liujia, where 1,204 voted`: a part of
        // a place named in English, with no whole of that place stated, has no sure whole.
        else if (ENGLISH_SCOPE.test(place) && !isPartOfThePlace(place)) return null;
      }
      let nearest = this.nearestBefore(matches, near);
      // `Turnout was 86.7% in Liujia, where 1,204 of 1,388 …. Overall, 2,106 voted, a turnout of 79.7%`: a
      // share of no place, its part of no place, is never of a whole a place named in English holds.
      if (
        near.place === undefined &&
        part?.kind === 'count' &&
        place === '' &&
        nearest?.kind === 'count' &&
        ENGLISH_SCOPE.test(scopeOfFigure(nearest))
      ) {
        matches = matches.filter((figure) => scopeOfFigure(figure) === '');
        if (matches.length === 0) return null;
        nearest = this.nearestBefore(matches, near);
      }
      if (
        part !== null &&
        nearest !== null &&
        scopeOfFigure(nearest) !== place &&
        (isKindOfPlace(place) || isKindOfPlace(scopeOfFigure(nearest)) || place === UNCLEAR_PLACE)
      )
        matches = matches.filter((figure) => scopeOfFigure(figure) === place);
      // 本村登记选民2870人，其中第三村民小组登记选民212人。全村参加投票2230人，参选率77.70%: the whole place's
      // voters, more than a numbered group's or polling station's registered voters stated nearer, are a
      // share of the whole place's registered voters when the text states them.
      if (
        part?.kind === 'count' &&
        place === '' &&
        nearest?.kind === 'count' &&
        isPartOfThePlace(scopeOfFigure(nearest)) &&
        part.value > nearest.value
      ) {
        const own = matches.filter((figure) => scopeOfFigure(figure) === '');
        if (own.length > 0) matches = own;
      }
      if (matches.length === 0) return null;
    }
    return this.nearestOfThisTerm(term, matches, near);
  }

  /**
   * The figure of `matches` nearest before `near` (nearestBefore), but a count or group its own words set in
   * the last term (新增选民96人，占上届登记选民1,832人的5.24%) is no term of a share of this term's
   * (…参加投票1,700人，参选率90.09%, of this term's 登记选民1,887人 stated before): the nearest before it set in no
   * last term is taken instead, when there is one. A share of the last term (上届参选率) keeps the nearest
   * (ofTheLastTerm). Only the few figures of the term stated just before are looked at, so a long summary
   * stays linear.
   */
  private nearestOfThisTerm(
    term: ShareTerm,
    matches: readonly AnnouncedFigure[],
    near: PercentFigure,
  ): AnnouncedFigure | null {
    const at = this.indexBefore(matches, near);
    const nearest = matches[at] ?? null;
    if (nearest === null || (term.kind !== 'count' && term.kind !== 'group')) return nearest;
    // Set in the last term by its own words (占上届登记选民1,832人), not only by an aside earlier in its
    // sentence (参选率91.53%（上届89.20%）；南村：登记选民986人, the 986 of this term).
    const ofLastTerm = (figure: AnnouncedFigure) =>
      LAST_TERM.test(figure.origin.text) && LAST_TERM.test(settingOf(figure));
    if (!ofLastTerm(nearest) || LAST_TERM.test(settingOf(near)) || LAST_TERM.test(near.origin.text))
      return nearest;
    for (let index = at - 1; index >= Math.max(0, at - LOOK_BACK); index--) {
      const figure = matches[index];
      if (figure !== undefined && !ofLastTerm(figure)) return figure;
    }
    return nearest;
  }

  /**
   * A term's figures of no place named in English (`liujia`), when it has some of those and some of
   * others; else all of them. Found once per term, so that a text of many shares stays linear.
   */
  private notOfEnglishPlaces(term: ShareTerm, all: readonly AnnouncedFigure[]): readonly AnnouncedFigure[] {
    const key = termKey(term);
    let plain = this.plainByTerm.get(key);
    if (plain === undefined) {
      const found = all.filter((figure) => !ENGLISH_SCOPE.test(scopeOfFigure(figure)));
      plain = found.length > 0 && found.length < all.length ? found : all;
      this.plainByTerm.set(key, plain);
    }
    return plain;
  }

  /** The figures of a term stated of one place, in text order: indexed once per term, so that a summary of
   * many places stays linear. */
  private ofPlace(term: ShareTerm, place: string): readonly AnnouncedFigure[] {
    const key = termKey(term);
    let places = this.byTermPlace.get(key);
    if (places === undefined) {
      places = new Map();
      for (const figure of this.byTerm.get(key) ?? []) {
        const scope = scopeOfFigure(figure);
        const list = places.get(scope);
        if (list === undefined) places.set(scope, [figure]);
        else list.push(figure);
      }
      this.byTermPlace.set(key, places);
    }
    return places.get(place) ?? [];
  }

  /** The figure of `matches` stated nearest before `near`, else the first. */
  private nearestBefore(matches: readonly AnnouncedFigure[], near: PercentFigure): AnnouncedFigure | null {
    return matches[this.indexBefore(matches, near)] ?? null;
  }

  /** The index in `matches` of the figure stated nearest before `near`, else 0. */
  private indexBefore(matches: readonly AnnouncedFigure[], near: PercentFigure): number {
    // Figures are in text order: a binary search keeps long summaries linear.
    const at = near.origin.span?.[0] ?? 0;
    return Math.max(0, firstStartingAfter(matches, at, (figure) => figure.origin.span?.[0] ?? 0) - 1);
  }

  /**
   * The setting of the runoff whose counts stand last before a candidate's votes (2026年3月22日进行另行选举，
   * 收回选票1530张。孙丽…得票812票), of the votes' place, the votes set in no other round; null otherwise. The
   * votes are then that round's, as the winners' threshold takes them (round-of-votes.ts).
   */
  private runoffSettingBefore(votes: VotesFigure): string | null {
    const at = votes.origin.span?.[0];
    if (at === undefined) return null;
    this.wholeCounts ??= this.figures.figures
      .filter(
        (figure): figure is CountFigure =>
          figure.kind === 'count' &&
          figure.contest === null &&
          figure.among === undefined &&
          figure.origin.span !== undefined,
      )
      .sort((a, b) => (a.origin.span?.[0] ?? 0) - (b.origin.span?.[0] ?? 0));
    const counts = this.wholeCounts;
    this.wholeCountStarts ??= counts.map((count) => count.origin.span?.[0] ?? 0);
    const low = indexAtOrAfter(this.wholeCountStarts, at);
    const last = counts[low - 1];
    if (!last || (last.scope ?? '') !== (votes.scope ?? '')) return null;
    const setting = settingOf(last);
    if (!RUNOFF_WORDS.test(setting)) return null;
    return settingOf(votes) === '' || settingOf(votes) === setting ? setting : null;
  }

  /** The stated figures a judged share was worked out from. */
  private usesTermsOf(figure: PercentFigure): void {
    for (const term of [figure.part, figure.whole]) {
      const stated = this.statedFigureOf(term, figure);
      if (stated) this.uses(stated);
    }
  }
}

/** The place a stated count is of ('' for the notice's own, or for no count). */
/**
 * A percent with the 成 words it stands for (参选率6成7): the words first and the percent in brackets
 * for the notice's own figure, the percent first for the figure worked out; the percent alone when the
 * notice wrote none.
 */
function inItsWords(percent: string, cheng: string | null, percentFirst = false): { zh: string; en: string } {
  if (!cheng) return { zh: percent, en: percent };
  return percentFirst
    ? { zh: `${percent}（${cheng}）`, en: enCounts`${percent} (${cheng})` }
    : { zh: `${cheng}（${percent}）`, en: enCounts`${cheng} (${percent})` };
}

/** A rate named by a kind of place (村参选率, 社区参选率): the kind. */
const KIND_RATE = /^(农村|城市社区|城镇社区|村|社区)(?=参选率|参投率|投票率|参加投票率)/;
/**
 * A rate named by a kind of place, as KIND_RATE, by its level (村级参选率, 社区级参选率) or in English (`villages'
 * turnout`, `the communities' turnout`): the kind.
 */
const KIND_COMMITTEE_RATE =
  /^(?:其中)?(农村|城市社区|城镇社区|村级|村|社区级|社区)(?=参选率|参投率|投票率|参加投票率)|^(?:the[^\S\n]+)?(villages|communities)['’]?[^\S\n]+(?:turnout|participation)\b/i;
/** A rate named by a kind of place against the committee named before it: of no committee known. */
const KIND_AGAINST_COMMITTEE = '村委会|居委会';
/** A base named by a kind of place (占村参加投票人数的, 占社区登记选民的): the kind. */
const KIND_BASE = /占(农村|城市社区|城镇社区|村|社区)(?=登记|参加|参选|实际参|选民)/;

/** The committees the counts of a list stand under, those of none left out. */
function committeesOf(figures: readonly AnnouncedFigure[]): Set<string> {
  return new Set(figures.map(committeeOf).filter((committee) => committee !== ''));
}

/** A scope read from English words (lower-cased letters: `liujia`, `the east polling station`). */
const ENGLISH_SCOPE = /^[a-z][a-z '’-]*$/;

/** Whether a place is a numbered part (第三村民小组) or a polling station (流动票箱) of the notice's own place. */
function isPartOfThePlace(scope: string): boolean {
  return NUMBERED_PART.test(scope) || POLLING_STATION.test(scope);
}

function scopeOfFigure(figure: AnnouncedFigure | null): string {
  return figure?.kind === 'count' ? (figure.scope ?? '') : '';
}

/** The key of a share term, and of the figure that states it (names folded: 張 = 张). */
function termKey(term: ShareTerm): string {
  switch (term.kind) {
    case 'count':
      return (
        (term.among === undefined ? `count:${term.meaning}` : `count:${term.meaning}@${term.among}`) +
        (term.contest === undefined ? '' : `#${term.contest}`)
      );
    case 'votes':
      return `votes:${term.contest?.id ?? term.contest?.text ?? ''}:${normalizeText(term.candidate.trim())}`;
    case 'group':
      return `group:${term.label}`;
  }
}

function figureTermKey(figure: AnnouncedFigure): string | null {
  switch (figure.kind) {
    case 'count':
      // A count of one contest (弃权 12 under 主任) is the term of its contest's shares alone.
      return termKey({
        kind: 'count',
        meaning: figure.meaning,
        ...(figure.among === undefined ? {} : { among: figure.among }),
        ...(figure.contest === null ? {} : { contest: figure.contest.id ?? figure.contest.text }),
      });
    case 'votes':
      return termKey({ kind: 'votes', contest: figure.contest, candidate: figure.candidate });
    case 'group':
      return termKey({ kind: 'group', label: figure.label });
    default:
      return null;
  }
}

/** Unread numbers that are never the voters a turnout leaves out: ages, changes, spans, points, measures. */
const NEVER_VOTERS: ReadonlySet<UnreadReason> = new Set([
  'age',
  'year',
  'change',
  'span',
  'points',
  'measure',
  'ordinal',
  'not-a-count',
  'marks-counted',
]);

/** A candidate's share whose base is unclear, and whether it is right of each stated base. */
interface UnclearShare {
  readonly figure: PercentFigure;
  readonly part: bigint;
  readonly readings: readonly {
    readonly meaning: CountMeaning;
    readonly value: bigint;
    readonly right: boolean;
  }[];
}

/** The counts a candidate's 得票率 is given of, in notices: the voters, the ballots returned, the valid ballots. */
const CANDIDATE_RATE_BASES: readonly CountMeaning[] = ['cast', 'returned', 'valid'];

/** A setting (mention-settings.ts) that names a runoff or a vote held again: 另行选举, 第二次·另行选举, run-off. */
const RUNOFF_SETTING = /另行选举|重新选举|重新投票|再次选举|再次投票|\brun-?off\b|\bre-?vote\b/i;

/** Whether a stated share is right of every reading (part of whole) or of none. */
function sameVerdict(figure: PercentFigure, ...readings: (readonly [bigint, bigint])[]): boolean {
  const verdicts = readings.map(([part, whole]) => judgePercent(figure.value, part, whole).kind === 'agrees');
  return verdicts.every((verdict) => verdict === verdicts[0]);
}

/**
 * Whether a share's term is the ballots returned standing for the voters the text does not state
 * (withStatedBallots swapped them in): candidate votes, groups and other counts never are.
 */
function standsForVoters(stated: ShareTerm, taken: ShareTerm): boolean {
  return (
    stated.kind === 'count' &&
    stated.meaning === 'cast' &&
    stated.among === undefined &&
    taken.kind === 'count' &&
    taken.meaning === 'returned'
  );
}

/** The years a setting names (2022年), each once, in order, joined by `·`; '' when none. */
function yearsOf(setting: string): string {
  // Full-width digits and a space before 年 (２０２２年, 2022 年) are the same year's.
  const years = setting.match(/(?<![\d０-９])[\d０-９]{4}[^\S\n]{0,2}年/g) ?? [];
  return [...new Set(years.map((year) => year.replace(/[^\S\n]/g, '')))].join('·');
}
