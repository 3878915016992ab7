import { countedInHouseholds } from './household-counts.js';
import type { Bilingual, Finding, Lang } from '../model/finding.js';
import { makeFinding } from '../model/make-finding.js';
import { englishCount } from '../text/english-count.js';
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
import { COUNT_NAMES, englishCountOf, quoted, termName, whereOf } from './figure-names.js';
import {
  countResidue,
  differentSections,
  differentSettings,
  settingOf,
  headingOf,
  plainCount,
  plainVotes,
  provablePart,
  sameQuantity,
  sectionOf,
  stageOf,
  unitClassOf,
  votesResidue,
  type Refusal,
} from './comparable-mentions.js';
import { POSTS } from './figure-words.js';
import { normalizeText } from './normalize-text.js';
import type {
  ArithmeticWork,
  CheckRule,
  FigureWhere,
  JudgedFigure,
  UnjudgedFigure,
} from './judged-figures.js';
import { parseArabicNumber, wholeNumber } from './parse-number.js';
import { exactShareText, judgePercent, roundedShare } from './percent-rule.js';
import { chengOf, chengWords, shareRightWords, shareWrongWords } from './share-words.js';
import { judgeWrittenCalculations } from './judge-calculations.js';
import { spanOverlaps } from './linear-scans.js';
import { judgePointChanges } from './point-changes.js';
import { judgeAgeChanges } from './age-changes.js';
import { withoutGroupingSpaces } from './scan-numbers.js';
import { nearestParts, shareOfWhole, writtenAsNotExact } from './share-of-known-base.js';
import { countStep, shareWithinRounding } from './rounded-counts.js';
import { labelsNamedTogether } from './parts-named-together.js';
import { postBallotAccounts, roundBallotAccounts } from './post-ballot-accounts.js';
import { turnoutAmongSeveral } from './several-turnouts.js';
import { garbledCountOf } from './garbled-count.js';
import { RUNOFF_WORDS } from './round-words.js';

/** A share's own words of the last term (上届参选率, 去年的); not a change against it (比上届, 较上一届). */
const LAST_TERM = /(?<![比较与同])(?:上一?届|往届|去年|前年)/;
/** Words naming ballots, not votes: 有效票1320张, 有效选票, `valid ballots` (not `valid votes`). */
const BALLOTS_NAMED = /张|选票|\bballots?\b|\bballot papers?\b/i;

/**
 * Checks an announcement against itself, with no tally at all: parts against stated totals
 * (ANNOUNCED_SUM_MISMATCH) and every stated percentage against the counts it is a share of
 * (ANNOUNCED_PERCENT_MISMATCH). For sums, `expected` is the stated total and `found` the sum of the
 * stated parts (or the part that exceeds it); for shares, `expected` is the share the counts give and
 * `found` the share stated.
 */
export function checkAnnouncementArithmetic(figures: AnnouncedFigures, lang: Lang): Finding[] {
  return [...workAnnouncementArithmetic(figures, lang).findings];
}

/** The same checks, with the work shown: every figure judged (right ones too) and every share left unjudged. */
export function workAnnouncementArithmetic(
  figures: AnnouncedFigures,
  lang: Lang,
): ArithmeticWork & { readonly findings: readonly Finding[] } {
  const check = new ArithmeticCheck(figures, lang);
  check.repeatedFigures();
  check.ballotAccounting();
  check.postBallots();
  check.candidateVotes();
  check.groups();
  check.partitions();
  check.placeAccounts();
  for (const figure of figures.figures) if (figure.kind === 'percent') check.percent(figure);
  check.sharesOfNoOneBase();
  const calculated = judgeWrittenCalculations(figures, lang);
  const points = judgePointChanges(figures, check.judged, lang);
  const ages = judgeAgeChanges(figures, lang);
  return {
    findings: [...check.findings, ...calculated.findings, ...points.findings, ...ages.findings],
    judged: [...check.judged, ...calculated.judged, ...points.judged, ...ages.judged],
    unjudged: [...check.unjudged, ...points.unjudged],
    terms: check.terms,
  };
}

class ArithmeticCheck {
  readonly findings: Finding[] = [];
  readonly judged: JudgedFigure[] = [];
  readonly unjudged: UnjudgedFigure[] = [];
  /** Where the figures that entered a check as a term (a total, a base, the other side of a sum) stand. */
  readonly terms: FigureWhere[] = [];
  private readonly counts = new Map<CountMeaning, CountFigure>();
  /** Candidates' shares left unjudged for their unclear base, with the bases each is right of. */
  private readonly unclearShares: UnclearShare[] = [];
  /** Whether a span overlaps a fraction written in brackets beside a share (built on first use). */
  private ownFractions: ((span: readonly [number, number]) => boolean) | null = null;
  /** Figures by the share term they can stand for, in text order. */
  private readonly byTerm = new Map<string, AnnouncedFigure[]>();
  /** Where the first figure of each term of byTerm starts, found once per term rather than once per share. */
  private readonly earliestByTerm = new Map<string, number>();
  /** Whether a term of byTerm has a group attached only by its label, found once per term. */
  private readonly impliedByTerm = new Map<string, boolean>();
  /** The counts of the whole election, in text order (built on first use). */
  private wholeCounts: CountFigure[] | null = null;

  constructor(
    private readonly figures: AnnouncedFigures,
    private readonly lang: Lang,
  ) {
    for (const figure of figures.figures) {
      // Only counts plainly of the notice's own election enter its ballot account (comparable-mentions.ts),
      // in the setting of the first such count (not 上届…，参加投票1100人 beside this term's).
      // The voters of a group of the voters (voter-subset.ts) are never the election's.
      if (
        figure.kind === 'count' &&
        figure.contest === null &&
        figure.among === undefined &&
        !this.counts.has(figure.meaning)
      ) {
        const first = [...this.counts.values()][0];
        const refusal =
          plainCount(figure) ??
          (first ? differentSettings(first, figure, { zh: '两处票数', en: 'the two counts' }) : null);
        if (refusal === null) this.counts.set(figure.meaning, figure);
        else this.notCompared(figure, refusal);
      }
      const key = figureTermKey(figure);
      if (key === null) continue;
      const list = this.byTerm.get(key);
      if (list) list.push(figure);
      else this.byTerm.set(key, [figure]);
    }
  }

  /**
   * The same figure stated twice with different values: only two mentions that provably state one
   * quantity (same place, measure word and words beside the number: comparable-mentions.ts) are compared.
   */
  repeatedFigures(): void {
    const seen = new Map<string, CountFigure | VotesFigure>();
    const lastOfIdentity = new Map<string, CountFigure | VotesFigure>();
    for (const figure of this.figures.figures) {
      if (figure.kind !== 'count' && figure.kind !== 'votes') continue;
      const key = identity(figure);
      const earlier = lastOfIdentity.get(key);
      lastOfIdentity.set(key, figure);
      const exact = `${key}|${comparableKey(figure)}`;
      const first = seen.get(exact);
      if (!first) {
        seen.set(exact, figure);
        // Stated before in words that do not prove it the same quantity: said so, not compared.
        const refusal = earlier && earlier.value !== figure.value ? sameQuantity(earlier, figure) : null;
        if (refusal) this.notCompared(figure, refusal);
        continue;
      }
      // Same words, but sentences that name different bodies (选举村民代表，… and 选举村委会，…).
      const apart = sameQuantity(first, figure);
      if (apart) {
        this.notCompared(figure, apart);
        continue;
      }
      this.uses(first);
      if (first.value === figure.value) {
        this.right('stated-twice', figure, {
          zh: `先写“${quoted(first)}”，后写“${quoted(figure)}”，数字相同：正确`,
          en: `“${quoted(first)}”, then “${quoted(figure)}”: the same value, right`,
        });
        continue;
      }
      this.sum('stated-twice', figure, first.value, figure.value, {
        zh: `同一数字前后不一致：先写“${quoted(first)}”，后写“${quoted(figure)}”`,
        en: `The same figure is stated twice with different values: “${quoted(first)}”, then “${quoted(figure)}”`,
      });
    }
  }

  /** valid + invalid = returned (≤ cast when no ballots returned are stated); returned ≤ issued; returned ≤ cast; cast ≤ registered. */
  ballotAccounting(): void {
    // The counts of one place only: a summary's counts of another village are no part of these sums.
    const scope = scopeOf([...this.counts.values()][0]);
    // Counts under two headings (第九届选举：… 第十届选举：…) are of two elections.
    const heading = [...this.counts.values()].map(headingOf).find((words) => words !== '') ?? '';
    const { registered, cast, issued, returned, valid, invalid } = Object.fromEntries(
      [...this.counts].filter(
        ([, figure]) => scopeOf(figure) === scope && [heading, ''].includes(headingOf(figure)),
      ),
    ) as Partial<Record<CountMeaning, CountFigure>>;
    if (valid && invalid && returned) this.uses(valid, invalid);
    if (returned && issued) this.uses(issued);
    if (cast && returned) this.uses(returned);
    if (cast && registered) this.uses(registered);
    if (valid && invalid && returned && valid.value + invalid.value === returned.value)
      this.right('ballots', returned, {
        zh: `有效票${valid.value}加无效票${invalid.value}等于收回选票${returned.value}：正确`,
        en: `${valid.value} valid and ${invalid.value} invalid make the ${returned.value} ballots returned: right`,
      });
    if (valid && invalid && returned && valid.value + invalid.value !== returned.value)
      this.sum('ballots', returned, returned.value, valid.value + invalid.value, {
        zh: `有效票${valid.value}加无效票${invalid.value}等于${valid.value + invalid.value}，不等于收回选票${returned.value}`,
        en: `Valid ${valid.value} plus invalid ${invalid.value} is ${valid.value + invalid.value}, not the ${returned.value} ballots returned`,
      });
    if (returned && issued && returned.value <= issued.value)
      this.right('ballots', returned, {
        zh: `收回选票${returned.value}不多于发出选票${issued.value}：正确`,
        en: `${returned.value} ballots returned, no more than the ${issued.value} issued: right`,
      });
    if (returned && issued && returned.value > issued.value)
      this.sum('ballots', returned, issued.value, returned.value, {
        zh: `收回选票${returned.value}多于发出选票${issued.value}`,
        en: `More ballots returned (${returned.value}) than issued (${issued.value})`,
      });
    // A voter signed in may leave without putting a ballot in the box, so fewer ballots returned than
    // voters is no discrepancy; more is (several provinces void the vote then).
    if (cast && returned && returned.value <= cast.value)
      this.right('ballots', cast, {
        zh: `收回选票${returned.value}张不多于参加投票人数${cast.value}：正确`,
        en: `${returned.value} ballots returned, no more than the ${cast.value} voters who cast a ballot: right`,
      });
    if (cast && returned && returned.value > cast.value)
      this.sum('ballots', cast, returned.value, cast.value, {
        zh: `收回选票${returned.value}张多于参加投票人数${cast.value}`,
        en: `More ballots returned (${returned.value}) than voters who cast a ballot (${cast.value})`,
      });
    // No ballots returned stated: those counted, valid and invalid, are at most the voters, as above.
    if (valid && invalid && cast && !returned) {
      this.uses(valid, invalid);
      const counted = valid.value + invalid.value;
      if (counted <= cast.value)
        this.right('ballots', cast, {
          zh: `有效票${valid.value}加无效票${invalid.value}共${counted}张，不多于参加投票人数${cast.value}：正确`,
          en: `${valid.value} valid and ${invalid.value} invalid make ${counted} ballots, no more than the ${cast.value} voters who cast a ballot: right`,
        });
      else
        this.sum('ballots', cast, counted, cast.value, {
          zh: `有效票${valid.value}加无效票${invalid.value}共${counted}张，多于参加投票人数${cast.value}`,
          en: `Valid ${valid.value} plus invalid ${invalid.value} is ${counted} ballots, more than the ${cast.value} voters who cast a ballot`,
        });
    }
    // `Of the 1,848 electors who voted, 1,830 cast valid ballots`: with no invalid ballots or ballots
    // returned stated, the valid ballots alone are at most the voters — one ballot each. Only ballots
    // (张, 选票, ballots), never votes, which a voter may cast several of.
    if (valid && cast && !invalid && !returned && BALLOTS_NAMED.test(valid.origin.text)) {
      this.uses(valid);
      if (valid.value <= cast.value)
        this.right('ballots', valid, {
          zh: `有效票${valid.value}张不多于参加投票人数${cast.value}：正确`,
          en: `${valid.value} valid ballots, no more than the ${cast.value} voters who cast a ballot: right`,
        });
      else
        this.sum('ballots', valid, cast.value, valid.value, {
          zh: `有效票${valid.value}张多于参加投票人数${cast.value}`,
          en: `More valid ballots (${valid.value}) than voters who cast a ballot (${cast.value})`,
        });
    }
    // No voters stated: the ballots returned stand for them (as for the quorum), at most one a registered voter.
    // Counts in households (应到户代表48户) are named as households, not voters.
    const electorate = registered && countedInHouseholds(registered.origin.text) ? HOUSEHOLDS : PEOPLE;
    if (returned && registered && !cast) {
      this.uses(registered);
      if (returned.value <= registered.value)
        this.right('ballots', returned, {
          zh: `收回选票${returned.value}张不多于${electorate.registered.zh(registered.value)}：正确`,
          en: `${returned.value} ballots returned, no more than the ${electorate.registered.en(registered.value)}: right`,
        });
      else
        this.sum('ballots', returned, registered.value, returned.value, {
          zh: `收回选票${returned.value}张多于${electorate.registered.zh(registered.value)}`,
          en: `More ballots returned (${returned.value}) than ${electorate.areRegistered} (${registered.value})`,
        });
    }
    const voters = cast && countedInHouseholds(cast.origin.text) ? HOUSEHOLDS : PEOPLE;
    if (cast && registered && cast.value <= registered.value)
      this.right('ballots', cast, {
        zh: `${voters.cast.zh(cast.value)}不多于${electorate.registered.zh(registered.value)}：正确`,
        en: `${voters.cast.en(cast.value)}, no more than the ${registered.value} registered${electorate === HOUSEHOLDS ? ' households' : ''}: right`,
      });
    if (cast && registered && cast.value > registered.value)
      this.sum('ballots', cast, registered.value, cast.value, {
        zh: `${voters.cast.zh(cast.value)}多于${electorate.registered.zh(registered.value)}`,
        en: `More ${voters === HOUSEHOLDS ? 'households' : 'voters'} cast a ballot (${cast.value}) than ${electorate === HOUSEHOLDS ? 'households ' : ''}are registered (${registered.value})`,
      });
  }

  /**
   * Each post's own ballots beyond the first (主任选票：… 委员选票：…) and each round's beyond the notice's own
   * account (另行选举…): accounts of their own (post-ballot-accounts.ts).
   */
  postBallots(): void {
    const taken = new Set(this.counts.values());
    const accounts = [
      ...postBallotAccounts(this.figures, taken),
      ...roundBallotAccounts(this.figures, taken),
    ];
    for (const { post, counts } of accounts) {
      const { cast, issued, returned, valid, invalid } = counts;
      const judged = [cast, issued, returned, valid, invalid].filter((figure) => figure !== undefined);
      if (valid && invalid && returned) {
        this.uses(valid, invalid);
        const counted = valid.value + invalid.value;
        if (counted === returned.value)
          this.right('ballots', returned, {
            zh: `${post}：有效票${valid.value}加无效票${invalid.value}等于收回选票${returned.value}：正确`,
            en: `${post}: ${valid.value} valid and ${invalid.value} invalid make the ${returned.value} ballots returned: right`,
          });
        else
          this.sum('ballots', returned, returned.value, counted, {
            zh: `${post}：有效票${valid.value}加无效票${invalid.value}等于${counted}，不等于收回选票${returned.value}`,
            en: `${post}: valid ${valid.value} plus invalid ${invalid.value} is ${counted}, not the ${returned.value} ballots returned`,
          });
      }
      if (returned && issued) {
        this.uses(issued);
        const words = returnedAgainstIssued(post, returned.value, issued.value);
        if (returned.value <= issued.value) this.right('ballots', returned, words.right);
        else this.sum('ballots', returned, issued.value, returned.value, words.wrong);
      }
      // As for the notice's account: fewer ballots returned than voters is no discrepancy; more is.
      if (returned && cast) {
        this.uses(returned);
        if (returned.value <= cast.value)
          this.right('ballots', cast, {
            zh: `${post}：收回选票${returned.value}张不多于参加投票人数${cast.value}：正确`,
            en: `${post}: ${returned.value} ballots returned, no more than the ${cast.value} voters who cast a ballot: right`,
          });
        else
          this.sum('ballots', cast, returned.value, cast.value, {
            zh: `${post}：收回选票${returned.value}张多于参加投票人数${cast.value}`,
            en: `${post}: more ballots returned (${returned.value}) than voters who cast a ballot (${cast.value})`,
          });
      }
      // Checked now, so no longer listed as figures not compared with the notice's first account.
      const spans = new Set(judged.map((figure) => figure.origin.span?.[0]));
      for (let index = this.unjudged.length - 1; index >= 0; index--) {
        const entry = this.unjudged[index];
        if (entry?.reason === 'not-compared' && spans.has(entry.span?.[0])) this.unjudged.splice(index, 1);
      }
    }
  }

  /** No candidate can have more votes than there are valid ballots (or ballots cast). */
  candidateVotes(): void {
    const limit = this.counts.get('valid') ?? this.counts.get('returned') ?? this.counts.get('cast');
    if (!limit) return;
    // The chair's candidates, each once: one seat, so one vote a ballot at most, all of them together.
    const chair = new Map<string, VotesFigure>();
    for (const figure of this.figures.figures) {
      if (figure.kind !== 'votes') continue;
      // 第二村民小组 戴明51票 beside 第一村民小组's 38 ballots: each group's votes are of its own ballots.
      const refusal =
        plainVotes(figure) ??
        (scopeOf(figure) !== scopeOf(limit) ? { axis: 'place' as const, why: PLACES_DIFFER } : null) ??
        differentSettings(limit, figure, { zh: '得票与票数', en: 'the votes and the ballots' });
      if (refusal) {
        this.notCompared(figure, refusal);
        continue;
      }
      const name = COUNT_NAMES[limit.meaning];
      this.uses(limit);
      if (oneSeatPost(figure) && !chair.has(figure.candidate)) chair.set(figure.candidate, figure);
      if (figure.value <= limit.value) {
        this.right('votes-within-ballots', figure, {
          zh: `${figure.candidate}得票${figure.value}，不多于${name.zh}${limit.value}：正确`,
          en: `${figure.candidate} ${englishCount(figure.value, 'vote')}, no more than the ${englishCountOf(limit.meaning, limit.value)}: right`,
        });
        continue;
      }
      this.sum('votes-within-ballots', figure, limit.value, figure.value, {
        zh: `${figure.candidate}得票${figure.value}，多于${name.zh}${limit.value}`,
        en: `${figure.candidate} is stated to have ${englishCount(figure.value, 'vote')}, more than the ${englishCountOf(limit.meaning, limit.value)}`,
      });
    }
    // 村民委员会主任 and 村务监督委员会主任 in one notice: the chairs of two bodies, each of one seat. Votes
    // whose sentences name different bodies are summed apart; with some naming none beside them, not at all.
    // The body of a numbered section they stand under (二、村务监督委员会 … 主任：…) is theirs too.
    const byBody = new Map<string | undefined, VotesFigure[]>();
    for (const figure of chair.values()) {
      const body = figure.section ?? figure.bodies;
      byBody.set(body, [...(byBody.get(body) ?? []), figure]);
    }
    // 一、村民委员会 … 有效票1488张 … 二、村务监督委员会 … 有效票1480张: two ballot accounts of one time and
    // place are two elections, and which of them each chair's votes are of is not certain: not summed;
    // unless the ballots and every chair's votes name one body (the section they stand under), whose
    // account is then the one.
    const body = sectionOf(limit);
    const ofOneBody = body !== '' && [...chair.values()].every((figure) => sectionOf(figure) === body);
    const accounts = new Set(
      this.figures.figures.flatMap((figure) =>
        figure.kind === 'count' &&
        figure.meaning === limit.meaning &&
        scopeOf(figure) === scopeOf(limit) &&
        figure.setting === limit.setting &&
        (!ofOneBody || sectionOf(figure) === body)
          ? [figure.value]
          : [],
      ),
    );
    if (accounts.size > 1) return;
    const named = [...byBody.keys()].filter((body) => body !== undefined);
    if (named.length <= 1) this.oneSeatVotes([...chair.values()], limit);
    else if (!byBody.has(undefined)) for (const votes of byBody.values()) this.oneSeatVotes(votes, limit);
  }

  /**
   * The votes of a one-seat post's candidates together: a ballot gives the post one vote at most, so they
   * are no more than the valid ballots (or the ballots they were checked against). Each candidate
   * alone within the ballots hid a chair's 610 and 530 votes of 1100 valid ballots.
   */
  private oneSeatVotes(candidates: readonly VotesFigure[], limit: CountFigure): void {
    const last = candidates.at(-1);
    if (!last || candidates.length < 2 || candidates.some((figure) => figure.value > limit.value)) return;
    const total = candidates.reduce((sum, figure) => sum + figure.value, 0n);
    const name = COUNT_NAMES[limit.meaning];
    const zh = candidates.map((figure) => `${figure.candidate}${figure.value}票`).join('、');
    const en = candidates.map((figure) => `${figure.candidate} ${figure.value}`).join(', ');
    if (total <= limit.value) {
      this.right('votes-within-ballots', last, {
        zh: `主任只有一个职位，候选人得票合计（${zh}）${total}票，不多于${name.zh}${limit.value}：正确`,
        en: `The chair has one seat: its candidates' votes together (${en}) are ${total}, no more than the ${englishCountOf(limit.meaning, limit.value)}: right`,
      });
      return;
    }
    this.sum('votes-within-ballots', last, limit.value, total, {
      zh: `主任只有一个职位，每张选票至多投一人，候选人得票合计（${zh}）${total}票，多于${name.zh}${limit.value}`,
      en: `The chair has one seat, so a ballot gives it one vote at most, yet its candidates' votes together (${en}) are ${total}, more than the ${englishCountOf(limit.meaning, limit.value)}`,
    });
  }

  /**
   * Each part of a summary no larger than its total, when it provably is a part of it
   * (comparable-mentions.ts); the posts of a committee adding up to it. Parts that make up their total
   * (men and women, re-elected and newly elected …) are summed by partitions(), the one place for that.
   */
  groups(): void {
    // Parts refer to the group of that label stated last before them (a part may have parts itself).
    const latest = new Map<string, GroupFigure>();
    const partsOf = new Map<GroupFigure, GroupFigure[]>();
    for (const figure of this.figures.figures) {
      if (figure.kind !== 'group') continue;
      const total = figure.partOf === null ? undefined : latest.get(figure.partOf);
      if (total) partsOf.get(total)?.push(figure);
      latest.set(figure.label, figure);
      partsOf.set(figure, []);
    }
    // Posts inside a list of posts (主任18人，副主任7人，委员35人): one of the committee's posts, not a body.
    // Lists do not overlap: each group is looked up among them by binary search, so that a text of many
    // lists stays linear.
    const lists = this.figures.figures
      .filter((figure) => figure.kind === 'group' && figure.sumOf && figure.origin.span)
      .map((figure) => figure.origin.span ?? ([0, 0] as const))
      .sort((a, b) => a[0] - b[0]);
    const listedPosts = new Set(
      [...partsOf.keys()].filter((group) => within(group.origin.span, lastStartingBefore(lists, group))),
    );
    for (const [total, parts] of partsOf) {
      const totalIsListedPost = listedPosts.has(total);
      for (const part of parts) {
        const refusal = provablePart(part, total, { totalIsListedPost });
        if (refusal) this.notCompared(part, refusal);
        else if (part.implied && part.value > total.value) continue;
        else {
          this.uses(total);
          if (part.value <= total.value)
            this.right('part-within-total', part, {
              zh: `${part.label}${part.value}${unitWord(total)}，不多于${total.label}${total.value}${unitWord(total)}：正确`,
              en: `“${part.label}” ${part.value}, no more than the ${total.value} of “${total.label}”: right`,
            });
          else
            this.sum('part-within-total', part, total.value, part.value, {
              zh: `${part.label}${part.value}${unitWord(total)}，多于总数${total.label}${total.value}${unitWord(total)}`,
              en: `“${part.label}” (${part.value}) is more than the total “${total.label}” (${total.value})`,
            });
        }
      }
      this.posts(total, parts);
    }
  }

  /**
   * Totals with the parts stated right after them that make them up (stated-partitions.ts: men and women
   * of voters or of a group, re-elected and newly elected, ways of voting, villages and communities):
   * all the kinds stated must add up to the total exactly; some of them must not exceed it.
   */
  partitions(): void {
    for (const { family, total, parts, complete, mayHold, mayLeaveOut } of this.figures.partitions ?? []) {
      if (total.kind !== 'count' && total.kind !== 'group') continue;
      const sum = parts.reduce((acc, part) => acc + part.value, 0n);
      // 直接 that may hold the mobile box: the parts read so add up to the sum without it.
      const inner = parts.find((part) => part.kind === mayHold?.inner)?.value ?? 0n;
      const readings = mayHold ? [sum, sum - inner] : [sum];
      const holds = complete
        ? readings.includes(total.value)
        : readings.some((reading) => reading <= total.value);
      const zhParts = parts.map((part) => `“${part.text}”`).join('加');
      const enParts = englishList(parts.map((part) => `“${part.text}”`));
      // A table's 合计 cell is named by its row and column (合计 女性成员数 76).
      const stated = `“${family === 'table-column' && total.kind === 'group' ? total.label + ' ' : ''}${quoted(total)}”`;
      for (const part of parts) this.terms.push({ text: part.text, span: part.span });
      if (holds) {
        this.right('partition', total, {
          zh: `${zhParts}${complete ? '等于' : '不多于'}${stated}：正确`,
          en: `${enParts} ${complete ? 'make' : 'come to no more than'} ${stated}: right`,
        });
        continue;
      }
      // A vote table's rows of the ballots a 合计 may leave out (弃权 12): the sum without them too.
      const left = parts.filter((part) => mayLeaveOut?.includes(part.text));
      const without = left.reduce((acc, part) => acc - part.value, sum);
      const zhLeft = left.map((part) => `“${part.text}”`).join('和');
      const enLeft = englishList(left.map((part) => `“${part.text}”`));
      const zhOther = mayHold
        ? `（直接投票若含流动票箱，则为${sum - inner}）`
        : left.length > 0
          ? `（不计${zhLeft}则为${without}）`
          : '';
      const enOther = mayHold
        ? ` (${sum - inner} if 直接 counts the mobile box too)`
        : left.length > 0
          ? ` (${without} without ${enLeft})`
          : '';
      this.sum('partition', total, total.value, sum, {
        zh: `${zhParts}等于${sum}${zhOther}，${complete ? '不等于' : '多于'}${stated}的${total.value}`,
        en: `${enParts} come to ${sum}${enOther}, ${complete ? 'not' : 'more than'} the ${total.value} of ${stated}`,
      });
    }
  }

  /**
   * Each polling place's own ballots (第一投票站：发出选票451张，收回选票445张; polling-place-sums.ts): every
   * ballot returned at a place was issued there, so the place returns no more than it issued.
   */
  placeAccounts(): void {
    for (const { place, issued, returned } of this.figures.placeAccounts ?? []) {
      this.terms.push({ text: issued.text, span: issued.span });
      const where = { text: returned.text, span: returned.span };
      const words = returnedAgainstIssued(place, returned.value, issued.value);
      if (returned.value <= issued.value) {
        this.judged.push({ rule: 'ballots', right: true, ...where, work: words.right });
        continue;
      }
      const messages = words.wrong;
      this.judged.push({ rule: 'ballots', right: false, ...where, work: messages });
      this.findings.push(
        makeFinding(
          {
            code: 'ANNOUNCED_SUM_MISMATCH',
            severity: 'warning',
            messages,
            contest: null,
            candidate: null,
            expected: Number(issued.value),
            found: Number(returned.value),
            where: { ...(this.figures.file !== undefined ? { file: this.figures.file } : {}), ...where },
          },
          this.lang,
        ),
      );
    }
  }

  /** 其中：主任9人，副主任9人，委员27人 — the posts of a committee make it up exactly. */
  private posts(total: GroupFigure, parts: readonly GroupFigure[]): void {
    const posts = POSTS.map((post) => parts.filter((part) => post.test(part.label)));
    if (posts.some((found) => found.length !== 1)) return;
    const stated = posts.map((found) => found[0]).filter((part) => part !== undefined);
    // Posts of another body (村党支部委员 among 村委会 posts) do not make up this committee.
    if (stated.some((part) => provablePart(part, total) !== null)) return;
    const sum = stated.reduce((a, part) => a + part.value, 0n);
    const list = stated.map((part) => `${part.label}${part.value}`);
    this.uses(...stated);
    if (sum === total.value) {
      this.right('posts', total, {
        zh: `${list.join('、')}人，合计${sum}人，等于${total.label}${total.value}人：正确`,
        en: `the posts ${stated.map((part) => `“${part.label}” ${part.value}`).join(' + ')} = “${total.label}” ${total.value}: right`,
      });
      return;
    }
    this.sum('posts', total, total.value, sum, {
      zh: `${list.join('、')}人，合计${sum}人，不等于${total.label}${total.value}人`,
      en: `The posts ${stated.map((part) => `“${part.label}” ${part.value}`).join(', ')} add up to ${sum}, not the total “${total.label}” ${total.value}`,
    });
  }

  /** A stated percentage against the stated counts it is a share of. */
  percent(read: PercentFigure): void {
    // A share with its own fraction in brackets (82.06%（1523/1856）) is judged by that fraction alone
    // (judge-calculations.ts): it states its base, and no base presumed from other counts may contradict it.
    if (this.hasOwnFraction(read)) return;
    if (read.partSum !== undefined) {
      this.summedShare(read, read.partSum);
      return;
    }
    const figure = this.withStatedBallots(read);
    const part = this.valueOf(figure.part, figure);
    const whole = this.valueOf(figure.whole, figure);
    if (this.ofTheLastTerm(figure)) return;
    if (this.termStatedOnlyAfterInSeveralValues(figure)) return;
    const severalTurnouts = turnoutAmongSeveral(read, this.figures.figures);
    if (severalTurnouts) {
      this.unjudged.push({ ...located(figure), reason: 'ambiguous-base', work: severalTurnouts });
      return;
    }
    if (figure !== read && part !== null && whole !== null && this.voterBaseLeftUnread(figure, part, whole))
      return;
    if (part !== null && whole !== null && this.candidateRateAmbiguous(figure, part, whole)) return;
    if (part !== null && whole !== null && this.turnoutPartInConflict(figure, part, whole)) return;
    if (figure !== read && part !== null && whole !== null && this.votersLeftUnread(figure, part, whole))
      return;
    // A part attached only by its label (女性, 连任) that is larger than its total shows the attachment
    // wrong: the share is not judged, and said so.
    if (part !== null && whole !== null && part > whole && this.impliedPart(figure)) {
      this.unjudged.push({
        ...located(figure),
        reason: 'counts-not-stated',
        work: {
          zh: `看不出${decimalText(figure.value)}%是占哪个数的比例：${termName(figure.part).zh}${part}比推测的总数${termName(figure.whole).zh}${whole}还多`,
          en: `it is unclear what ${decimalText(figure.value)}% is a share of: ${part} ${termName(figure.part).en} is more than the ${whole} ${termName(figure.whole).en} it seems to be of`,
        },
      });
      return;
    }
    const stated = decimalText(figure.value) + '%';
    const partName = termName(figure.part);
    const wholeName = termName(figure.whole);
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
            en: `${stated} is a share of ${partName.en} in ${wholeName.en}, but the section it stands in states no count of ${wholeName.en}; the one the notice states is of another body's section`,
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
              ? ` (a whole number of the ${fits.whole} ${fits.name.en} can give it, e.g. ${fits.fits})`
              : ''),
        },
      });
      return;
    }
    const verdict = judgePercent(figure.value, part, whole);
    const exact = exactShareText(part, whole);
    if (verdict.kind === 'disagrees' && this.rightOfList(figure, part, whole)) return;
    if (verdict.kind === 'undefined') {
      this.unjudged.push({
        ...located(figure),
        reason: 'zero-base',
        work: {
          zh: `${stated}是占${wholeName.zh}的比例，但${wholeName.zh}为0`,
          en: `${stated} is a share of ${wholeName.en}, which is 0`,
        },
      });
      return;
    }
    if (verdict.kind === 'disagrees' && this.withinRoundedCounts(figure, part, whole)) return;
    this.usesTermsOf(figure);
    // 参选率6成7: the work quotes the text's own words beside the percent they stand for.
    const cheng = chengWords(figure.origin.text, figure.value);
    const statedZh = cheng ? `${cheng}（${stated}）` : stated;
    const statedEn = cheng ? `${cheng} (${stated})` : stated;
    if (verdict.kind === 'agrees') {
      const end = {
        zh: shareRightWords(exact, statedZh, verdict.how).zh,
        en: shareRightWords(exact, statedEn, verdict.how).en,
      };
      this.right('share', figure, {
        zh: `${partName.zh}${part}占${wholeName.zh}${whole}的${end.zh}`,
        en: `${part} ${partName.en} out of ${whole} ${wholeName.en} is ${end.en}`,
      });
      return;
    }
    const expected = decimalText(roundedShare(part, whole, figure.value.decimals)) + '%';
    const inCheng = cheng ? chengOf(expected) : null;
    const expectedZh = inCheng ? `${expected}（${inCheng}）` : expected;
    const expectedEn = inCheng ? `${expected} (${inCheng})` : expected;
    this.judged.push({
      rule: 'share',
      right: false,
      ...located(figure),
      work: {
        zh: `${partName.zh}${part}占${wholeName.zh}${whole}的${shareWrongWords(exact, statedZh, expectedZh).zh}`,
        en: `${part} ${partName.en} out of ${whole} ${wholeName.en} is ${shareWrongWords(exact, statedEn, expectedEn).en}`,
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
        en: `${part} ${partName.en} of ${whole} ${wholeName.en} is ${exact}, so ${expectedEn}${cheng ? `, not ${statedEn}` : ''}`,
      },
      expected,
    );
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
        en: `${stated} is a share of the last term (${word}), whose ${termName(figure.part).en} and ${termName(figure.whole).en} the notice does not state`,
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
        en: `${stated} is a share of ${termName(figure.part).en} in ${termName(figure.whole).en}, but the notice states the counts only rounded in 万 or 亿 (${written(part, partStep)}, ${written(whole, wholeStep)}), and counts that round to them give it`,
      },
    });
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
          en: `${stated} is the share of several groups together in ${wholeName.en}, but the notice states no exact count of each or of the total`,
        },
      });
      return;
    }
    const { groups, sum } = counts;
    for (const group of groups) this.uses(group);
    const wholeFigure = this.statedFigureOf(figure.whole, figure);
    if (wholeFigure) this.uses(wholeFigure);
    const zhParts = `${groups.map((group) => `${group.label}${group.value}人`).join('加')}，合计${sum}人`;
    const enParts = `${groups.map((group) => `“${group.label}” ${group.value}`).join(' + ')} = ${sum}`;
    const exact = exactShareText(sum, whole);
    const verdict = judgePercent(figure.value, sum, whole);
    // 参选率6成7: the work quotes the text's own words beside the percent they stand for.
    const cheng = chengWords(figure.origin.text, figure.value);
    const statedZh = cheng ? `${cheng}（${stated}）` : stated;
    const statedEn = cheng ? `${cheng} (${stated})` : stated;
    if (verdict.kind === 'agrees') {
      const end = {
        zh: shareRightWords(exact, statedZh, verdict.how).zh,
        en: shareRightWords(exact, statedEn, verdict.how).en,
      };
      this.right('share', figure, {
        zh: `${zhParts}，占${wholeName.zh}${whole}的${end.zh}`,
        en: `${enParts}, out of ${whole} ${wholeName.en}, is ${end.en}`,
      });
      return;
    }
    const expected = decimalText(roundedShare(sum, whole, figure.value.decimals)) + '%';
    const wrong = shareWrongWords(exact, stated, expected);
    this.judged.push({
      rule: 'share',
      right: false,
      ...located(figure),
      work: {
        zh: `${zhParts}，占${wholeName.zh}${whole}的${wrong.zh}`,
        en: `${enParts}, out of ${whole} ${wholeName.en}, is ${wrong.en}`,
      },
    });
    this.percentFinding(
      figure,
      {
        zh: `${zhParts}，占${wholeName.zh}${whole}人的${exact}，应为${expected}`,
        en: `${enParts} of ${whole} ${wholeName.en} is ${exact}, so ${expected}`,
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
      en: `${stated} follows ${counts.groups.map((group) => `“${group.label}”`).join(', ')}: whether it is of the last or of them together is unclear: ${part} of ${whole} ${wholeName.en} is ${exactShareText(part, whole)}, ${counts.sum} together is ${exactShareText(counts.sum, whole)}`,
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
          en: `${together.labels.en} are at most ${together.sum} together, at most ${most} of ${stated.value} ${fits.name.en}, which cannot give ${shareText}`,
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
        en: `no whole number of the ${named('en').join(' or of the ')} gives ${shareText}: ${each('en')}`,
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
        en: `${part.en} has no count stated, but ${why.en}`,
      },
    });
    this.percentFinding(figure, why, expected);
  }

  /** ANNOUNCED_PERCENT_MISMATCH on a stated share: “the notice states …, but” what is wrong with it. */
  private percentFinding(figure: PercentFigure, but: Bilingual, expected: string): void {
    this.findings.push(
      makeFinding(
        {
          code: 'ANNOUNCED_PERCENT_MISMATCH',
          severity: 'warning',
          messages: {
            zh: `公告写“${quoted(figure)}”，但${but.zh}`,
            en: `The notice states “${quoted(figure)}”, but ${but.en}`,
          },
          contest:
            figure.part.kind === 'votes'
              ? (figure.part.contest?.id ?? figure.part.contest?.text ?? null)
              : null,
          candidate: figure.part.kind === 'votes' ? figure.part.candidate : null,
          expected,
          found: decimalText(figure.value) + '%',
          where: whereOf(this.figures, figure),
        },
        this.lang,
      ),
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
        en: groups.map((group) => `“${group.label}” ${group.value}`).join(' and '),
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
   * A candidate's 得票率 is of the ballots cast (《村民委员会组织法》第二十四条), yet notices also give it of the
   * ballots returned or of the valid ones, and the voters signed in often differ from the ballots returned
   * by a few. When the text states such other counts and they give different verdicts, the share is left
   * unjudged with every reading, and said so (true); else false.
   */
  private candidateRateAmbiguous(figure: PercentFigure, part: bigint, whole: bigint): boolean {
    if (figure.part.kind !== 'votes' || figure.whole.kind !== 'count' || figure.baseNamed) return false;
    const base = figure.whole.meaning;
    if (base !== 'cast' && base !== 'returned') return false;
    const readings = CANDIDATE_RATE_BASES.flatMap((meaning) => {
      const value = meaning === base ? whole : this.valueOf({ kind: 'count', meaning }, figure);
      return value === null ? [] : [{ meaning, value }];
    }).filter((reading, at, all) => all.findIndex((other) => other.value === reading.value) === at);
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
            : `of ${value} ${COUNT_NAMES[meaning].en} it is ${exactShareText(part, value)}`,
        )
        .join(lang === 'zh' ? '，' : ', ');
    this.unjudgedForTwoReadings(figure, {
      zh: `${stated}是${termName(figure.part).zh}${part}占某个数的比例，但看不出占的是哪个数：${each('zh')}，按不同的数算，对错不一`,
      en: `${stated} is the share of ${part} ${termName(figure.part).en}, but of which count is unclear: ${each('en')}; it is right of one and wrong of another`,
    });
    return true;
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
      (share) => `${share.exact} of the ${share.value} ${share.name.en}, so ${share.should}`,
    );
    this.judged.push({
      rule: 'share',
      right: false,
      ...located(figure),
      work: {
        zh: `${partName.zh}${part}${zh.join('；')}；公告写${stated}，按哪个总数算都不对`,
        en: `${part} ${partName.en} is ${en.join('; ')}; the notice states ${stated}, wrong whichever count it is of`,
      },
    });
    this.percentFinding(
      figure,
      {
        zh: `${partName.zh}${part}${zh.join('；')}，按哪个总数算都得不出${stated}`,
        en: `${part} ${partName.en} is ${en.join('; ')}: no count stated gives ${stated}`,
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
      const en = shares.map((one) => `of ${one.value} ${one.name.en} ${one.exact}, so ${one.should}`);
      this.judged.push({
        rule: 'share',
        right: false,
        ...located(figure),
        work: {
          zh: `${partName.zh}${part}${zh.join('；')}；公告写${stated}，与同一选举的${earlier}不是同一基数`,
          en: `${partName.en} ${part}: ${en.join('; ')}; stated ${stated}, of no base that gives ${earlier} of the same contest`,
        },
      });
      this.percentFinding(
        figure,
        {
          zh: `同一选举的${earlier}只在${shares.map((one) => one.name.zh).join('或')}下成立，而${partName.zh}${part}${zh.join('；')}：没有一个基数能同时得出两者`,
          en: `${earlier} of the same contest holds only of the ${shares.map((one) => one.name.en).join(' or the ')}, and ${part} ${partName.en} is ${en.join('; ')}: no one base gives both`,
        },
        shares.map((one) => one.should).join(' / '),
      );
    }
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
      en: `${base.value} ${baseName.en} out of ${whole} ${wholeName.en} is ${end.en}; of the ${other.value} ${otherName.en} it would be ${otherExact} (${otherRounded})`,
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
        en: `${stated} is a share of ${termName(figure.part).en} in ${termName(figure.whole).en}, but the notice's count of ${name.en}, “${number.text}”, is garbled (a letter among its digits, likely a scan's misreading) and cannot be read`,
      };
    }
    return null;
  }

  /**
   * The ballots returned stand for the voters only when the notice states none; a number left unread
   * that may be them (`1523名选民到场投票`, `参选率82.06%（1523/1856）`, `(1,523 of 1,856 registered voters)`:
   * more than the ballots returned, no more than the whole) says the text may state them after all. A
   * turnout wrong of the ballots returned but right of such a number is then left unjudged, and said so
   * (true); one wrong of both is flagged.
   */
  private votersLeftUnread(figure: PercentFigure, returned: bigint, whole: bigint): boolean {
    if (judgePercent(figure.value, returned, whole).kind === 'agrees') return false;
    const fits = (value: bigint | null) =>
      value !== null &&
      value > returned &&
      value <= whole &&
      judgePercent(figure.value, value, whole).kind === 'agrees';
    const maybeVoters = this.unreadVoters(fits);
    if (maybeVoters === undefined) return false;
    const stated = decimalText(figure.value) + '%';
    const wholeName = termName(figure.whole);
    this.unjudgedForTwoReadings(figure, {
      zh: `${stated}的参加投票人数不明：收回选票${returned}张占${wholeName.zh}${whole}的${exactShareText(returned, whole)}，但公告另有未读作参加投票人数的数字“${maybeVoters.text}”，可能就是参加投票人数`,
      en: `${stated}: the number of voters is unclear: ${returned} ballots returned of ${wholeName.en} ${whole} is ${exactShareText(returned, whole)}, but the notice also states “${maybeVoters.text}”, not read as the voters, which may be them`,
    });
    return true;
  }

  /**
   * The same for a share of the voters (a candidate's 得票率, `占参加投票人数的63.0%`) where the ballots
   * returned stand for them: a number left unread that may be the voters (`1,288名选民到场投票`: more than the ballots returned, no more than the registered voters) and of which the share is
   * right leaves it unjudged, and said so (true); one wrong of both is judged as before.
   */
  private voterBaseLeftUnread(figure: PercentFigure, part: bigint, returned: bigint): boolean {
    if (figure.whole.kind !== 'count' || figure.whole.meaning !== 'returned') return false;
    if (figure.part.kind === 'count') return false;
    if (judgePercent(figure.value, part, returned).kind === 'agrees') return false;
    const registered = this.valueOf({ kind: 'count', meaning: 'registered' }, figure);
    const fits = (value: bigint | null) =>
      value !== null &&
      value > returned &&
      (registered === null || value <= registered) &&
      judgePercent(figure.value, part, value).kind === 'agrees';
    const maybeVoters = this.unreadVoters(fits);
    if (maybeVoters === undefined) return false;
    const stated = decimalText(figure.value) + '%';
    const partName = termName(figure.part);
    this.unjudgedForTwoReadings(figure, {
      zh: `${stated}的参加投票人数不明：${partName.zh}${part}占收回选票${returned}张的${exactShareText(part, returned)}，但公告另有未读作参加投票人数的数字“${maybeVoters.text}”，可能就是参加投票人数`,
      en: `${stated}: the number of voters is unclear: ${part} ${partName.en} of ${returned} ballots returned is ${exactShareText(part, returned)}, but the notice also states “${maybeVoters.text}”, not read as the voters, which may be them`,
    });
    return true;
  }

  /** A number left unread, or a group read, whose value `fits` as the voters the text may state after all. */
  private unreadVoters(fits: (value: bigint | null) => boolean): { readonly text: string } | undefined {
    const unread = this.figures.unread.find((number) => {
      if (NEVER_VOTERS.has(number.reason ?? 'no-meaning') || number.text.includes('%')) return false;
      // 1O23: digits a scan garbled may be the voters; their value is unknown, so they may fit. So
      // may the halves of digits a line break or a space parts (15⏎22人: 1522, or 15 and 22).
      if (number.reason === 'garbled' || number.reason === 'space-parted') return true;
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
      const stated = this.byTerm.get(termKey(term)) ?? [];
      if (stated.length === 0) continue;
      if (this.earliestStated(termKey(term), stated) <= at) continue;
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
  private valueOf(term: ShareTerm, near: PercentFigure): bigint | null {
    const chosen = this.statedFigureOf(term, near);
    return chosen && 'value' in chosen && typeof chosen.value === 'bigint' ? chosen.value : null;
  }

  /**
   * The figure that states a share's term: the nearest such figure stated before the percentage, else the
   * first. A candidate's share is of the ballots of the body its votes are of: counts whose sentence or
   * section names another body (二、村务监督委员会 under 一、村民委员会's ballots) are no base of it.
   */
  private statedFigureOf(term: ShareTerm, near: PercentFigure): AnnouncedFigure | null {
    let matches = this.byTerm.get(termKey(term)) ?? [];
    if (term.kind === 'count' && near.part.kind === 'votes') {
      const votes = this.statedFigureOf(near.part, near);
      if (votes !== null && sectionOf(votes) !== '')
        matches = matches.filter((figure) => !differentSections(figure, votes));
      // Votes right after a runoff's own counts are that round's: the first round's are no base of them.
      const runoff = votes?.kind === 'votes' ? this.runoffSettingBefore(votes) : null;
      if (runoff !== null) matches = matches.filter((figure) => settingOf(figure) === runoff);
    }
    // Figures are in text order: a binary search keeps long summaries linear.
    const at = near.origin.span?.[0] ?? 0;
    let [low, high] = [0, matches.length];
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((matches[middle]?.origin.span?.[0] ?? 0) <= at) low = middle + 1;
      else high = middle;
    }
    return matches[low - 1] ?? matches[0] ?? null;
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
    let [low, high] = [0, counts.length];
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((counts[middle]?.origin.span?.[0] ?? 0) < at) low = middle + 1;
      else high = middle;
    }
    const last = counts[low - 1];
    if (!last || (last.scope ?? '') !== (votes.scope ?? '')) return null;
    const setting = settingOf(last);
    if (!RUNOFF_WORDS.test(setting)) return null;
    return settingOf(votes) === '' || settingOf(votes) === setting ? setting : null;
  }

  /** Two mentions not provably of one quantity: no sum is checked, and the report says why. */
  private notCompared(figure: AnnouncedFigure, refusal: Refusal): void {
    this.unjudged.push({
      ...located(figure),
      reason: 'not-compared',
      work: { zh: `未比较：${refusal.why.zh}`, en: `Not compared: ${refusal.why.en}` },
    });
  }

  /** Figures that enter a check as its terms. */
  private uses(...figures: AnnouncedFigure[]): void {
    for (const figure of figures) this.terms.push(located(figure));
  }

  /** The stated figures a judged share was worked out from. */
  private usesTermsOf(figure: PercentFigure): void {
    for (const term of [figure.part, figure.whole]) {
      const stated = this.statedFigureOf(term, figure);
      if (stated) this.uses(stated);
    }
  }

  /** A check that held: listed with its work, so that the report shows it was made. */
  private right(rule: CheckRule, figure: AnnouncedFigure, work: { zh: string; en: string }): void {
    this.judged.push({ rule, right: true, ...located(figure), work });
  }

  private sum(
    rule: CheckRule,
    figure: AnnouncedFigure,
    expected: bigint,
    found: bigint,
    messages: { zh: string; en: string },
  ): void {
    this.judged.push({ rule, right: false, ...located(figure), work: messages });
    const contest = 'contest' in figure ? (figure.contest?.id ?? figure.contest?.text ?? null) : null;
    this.findings.push(
      makeFinding(
        {
          code: 'ANNOUNCED_SUM_MISMATCH',
          severity: 'warning',
          messages,
          contest,
          candidate: figure.kind === 'votes' ? figure.candidate : null,
          expected: Number(expected),
          found: Number(found),
          where: whereOf(this.figures, figure),
        },
        this.lang,
      ),
    );
  }
}

/** The key of a share term, and of the figure that states it (names folded: 張 = 张). */
/** The words of one account's check that it returned no more ballots than it issued (a post's, a round's, a polling place's). */
function returnedAgainstIssued(
  account: string,
  returned: bigint,
  issued: bigint,
): { readonly right: Bilingual; readonly wrong: Bilingual } {
  return {
    right: {
      zh: `${account}：收回选票${returned}不多于发出选票${issued}：正确`,
      en: `${account}: ${returned} ballots returned, no more than the ${issued} issued: right`,
    },
    wrong: {
      zh: `${account}：收回选票${returned}多于发出选票${issued}`,
      en: `${account}: more ballots returned (${returned}) than issued (${issued})`,
    },
  };
}

/** The place a stated count is of ('' for the notice's own, or for no count). */
function scopeOfFigure(figure: AnnouncedFigure | null): string {
  return figure?.kind === 'count' ? (figure.scope ?? '') : '';
}

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

function contestKey(figure: VotesFigure): string | null {
  return figure.contest?.id ?? figure.contest?.text ?? null;
}

/** What makes two figures candidates for one statement: meaning and contest, or contest and candidate. */
function identity(figure: CountFigure | VotesFigure): string {
  return figure.kind === 'count'
    ? `count:${figure.meaning}:${figure.contest?.id ?? figure.contest?.text ?? ''}`
    : `votes:${contestKey(figure) ?? ''}:${figure.candidate}`;
}

/**
 * What makes two such figures provably one quantity (comparable-mentions.ts): the same place, measure
 * word and words beside the number. Groups of a summary are never one figure stated twice: a summary
 * states one label per town (社区主任7名 in one, 10名 in the next), and posts of different bodies share
 * a word (委员).
 */
function comparableKey(figure: CountFigure | VotesFigure): string {
  return figure.kind === 'count'
    ? `${scopeOf(figure)}|${settingOf(figure)}|${unitClassOf(figure)}|${stageOf(figure)}|${countResidue(figure)}`
    : `${figure.contest === null ? `unnamed:${figure.origin.span?.[0] ?? ''}` : ''}|${settingOf(figure)}|${unitClassOf(figure)}|${votesResidue(figure)}`;
}

/** The place a figure is of ('' for the notice's own election). */
function scopeOf(figure: AnnouncedFigure | undefined): string {
  // The voters of a group of the voters (voter-subset.ts) are of that group, as of a place of their own.
  const among = figure?.kind === 'count' && figure.among !== undefined ? `|${figure.among}` : '';
  return figure?.kind === 'count' || figure?.kind === 'votes' ? (figure.scope ?? '') + among : '';
}

/** Unread numbers that are never the voters a turnout leaves out: ages, changes, spans, points, measures. */
const NEVER_VOTERS: ReadonlySet<UnreadReason> = new Set([
  'age',
  'change',
  'span',
  'points',
  'measure',
  'ordinal',
]);

const PLACES_DIFFER = {
  zh: '得票与票数属于不同的地方（如不同的村民小组）',
  en: 'the votes and the ballots are of different places (different groups, say)',
};

/** The measure word of a group in messages: 个 for places, 人 for people. */
const unitWord = (group: GroupFigure) => (group.places === true ? '个' : '人');

/** The last span that starts at or before a figure's own, in a list sorted by start. */
function lastStartingBefore(
  spans: readonly (readonly [number, number])[],
  figure: AnnouncedFigure,
): readonly [number, number] | undefined {
  const at = figure.origin.span?.[0] ?? -1;
  let [low, high] = [0, spans.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((spans[middle]?.[0] ?? 0) <= at) low = middle + 1;
    else high = middle;
  }
  return spans[low - 1];
}

/** Whether one span lies inside another. */
function within(
  inner: readonly [number, number] | undefined,
  outer: readonly [number, number] | undefined,
): boolean {
  return inner !== undefined && outer !== undefined && inner[0] >= outer[0] && inner[1] <= outer[1];
}

/** Where a judged figure stands: its span of text, or its JSON path as its text. */
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

function located(figure: AnnouncedFigure): FigureWhere {
  return figure.origin.span
    ? { text: figure.origin.text, span: figure.origin.span }
    : { text: figure.origin.path ?? figure.origin.text };
}

/** The counts a candidate's 得票率 is given of, in notices: the voters, the ballots returned, the valid ballots. */
const CANDIDATE_RATE_BASES: readonly CountMeaning[] = ['cast', 'returned', 'valid'];

/** Whether a stated share is right of every reading (part of whole) or of none. */
function sameVerdict(figure: PercentFigure, ...readings: (readonly [bigint, bigint])[]): boolean {
  const verdicts = readings.map(([part, whole]) => judgePercent(figure.value, part, whole).kind === 'agrees');
  return verdicts.every((verdict) => verdict === verdicts[0]);
}

/** "A and B", "A, B and C": parts named in words, never joined by a sign. */
function englishList(items: readonly string[]): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * A post of one seat by law: the committee's chair (主任; `chair` and `director` read as it), never
 * 副主任. Other posts may have several seats, or the notice says how many only in words.
 */
function oneSeatPost(figure: VotesFigure): boolean {
  const post = normalizeText(figure.contest?.text ?? '');
  return /^(?:村民委员会|居民委员会|村委会|居委会)?主任$|^chair(?:man|woman|person)?$|^director$/i.test(post);
}

/** How the electorate and the voters are named: people (登记选民数800), or households (登记户数48户). */
const PEOPLE = {
  registered: { zh: (n: bigint) => `登记选民数${n}`, en: (n: bigint) => `${n} registered voters` },
  cast: { zh: (n: bigint) => `参加投票人数${n}`, en: (n: bigint) => `${n} voters` },
  areRegistered: 'voters are registered',
};
const HOUSEHOLDS: typeof PEOPLE = {
  registered: { zh: (n: bigint) => `登记户数${n}户`, en: (n: bigint) => `${n} registered households` },
  cast: { zh: (n: bigint) => `参加投票户数${n}户`, en: (n: bigint) => `${n} households voting` },
  areRegistered: 'households are registered',
};
