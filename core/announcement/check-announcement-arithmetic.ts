import { countStep } from './rounded-counts.js';
import { countedInHouseholds } from './household-counts.js';
import type { Bilingual, Finding, Lang } from '../model/finding.js';
import { makeFinding } from '../model/make-finding.js';
import { enCounts, englishCount, groupedCount } from '../text/english-count.js';
import type {
  AnnouncedFigure,
  AnnouncedFigures,
  CountFigure,
  CountMeaning,
  ElectedFigure,
  GroupFigure,
  InvalidNamedTwice,
  VotesFigure,
} from './announced-figures.js';
import { COUNT_NAMES, englishCountOf, quoted, whereOf } from './figure-names.js';
import {
  countResidue,
  differentSettings,
  settingOf,
  headingOf,
  ofAnotherBody,
  plainCount,
  plainVotes,
  provablePart,
  sameQuantity,
  sectionOf,
  stageOf,
  subjectOf,
  unitClassOf,
  votesResidue,
  type Refusal,
} from './comparable-mentions.js';
import { POSTS } from './figure-words.js';
import { declaredBodyOf, namesAnotherBody } from './other-body.js';
import { onOneBallotWithCommittee } from './supervisors-chosen-apart.js';
import { COMMITTEE_NAMES } from './body-words.js';
import { deputySeats, memberSeats } from './member-seats.js';
import { normalizeText } from './normalize-text.js';
import type { ArithmeticWork, CheckRule } from './judged-figures.js';
import { judgeWrittenCalculations } from './judge-calculations.js';
import { judgePointChanges } from './point-changes.js';
import { judgeAgeChanges } from './age-changes.js';
import {
  postBallotAccounts,
  opensPostAccountPlainly,
  postOfAccount,
  postsOfBallotCounts,
  type PostBallotAccount,
  votesOfPosts,
  votesOfPostSections,
  roundBallotAccounts,
  sectionBallotAccounts,
  votesOfRounds,
} from './post-ballot-accounts.js';
import { ofVoidVote } from './round-words.js';
import { ofRecall } from './recall-vote.js';
import { ofEarlierVote } from './mention-settings.js';
import { widerPlaceInBallotBracket } from './wider-place-in-ballot-bracket.js';
import {
  ArithmeticCheckBase,
  arithmeticRecord,
  located,
  type ArithmeticRecord,
} from './arithmetic-record.js';
import { ShareCheck } from './check-announced-shares.js';
import { chairVotesCastOverVoters } from './english-votes-cast.js';
import { villageBlockParts, type VillageBlock } from './village-block-parts.js';
import { findingsWithBlocksNamed, withBlocksNamed } from './village-block-scopes.js';
import { PLACES_OF_COMMUNITIES, PLACES_OF_VILLAGES } from './pack-committee-counts.js';
import { firstStartingAfter } from './text-places.js';

/** Words naming ballots, not votes: 有效票1320张, 有效选票, `valid ballots` (not `valid votes`). */
const BALLOTS_NAMED = /张|选票|\bballots?\b|\bballot papers?\b/i;
/** Words naming votes, which a ballot of several seats gives several of: `1,320 valid votes`. */
const VOTES_NAMED = /\bvotes?\b/i;

/**
 * Valid ballots, not votes: in Chinese the unit says so (有效票1320张, 有效选票; 有效票3163票 may be the
 * votes of ballots of several seats); in English anything but `votes` (`1,320 were valid` after
 * `ballots were returned`).
 */
/** The limits of the invalid ballots alone, named. */
const BALLOTS_RETURNED = { zh: '收回选票', en: 'ballots returned' } as const;
const VOTERS_WHO_VOTED = { zh: '参加投票人数', en: 'voters who cast a ballot' } as const;

function namedAsBallots(valid: CountFigure): boolean {
  const text = valid.origin.text;
  if (valid.partOfBallots) return true;
  return /\p{Script=Han}/u.test(text) ? /张|选票/.test(text) : !VOTES_NAMED.test(text);
}

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
  const record = arithmeticRecord();
  const counts = new CountCheck(figures, lang, record);
  const shares = new ShareCheck(figures, lang, record);
  counts.repeatedFigures();
  counts.ballotAccounting();
  counts.villageBlockAccounts();
  counts.electorSentenceAccounts();
  counts.postBallots();
  counts.sectionBallots();
  counts.candidateVotes();
  counts.memberSeatWinners();
  counts.groups();
  counts.partitions();
  counts.placeAccounts();
  for (const figure of figures.figures) if (figure.kind === 'percent') shares.percent(figure);
  shares.sharesOfNoOneBase();
  const calculated = judgeWrittenCalculations(figures, lang);
  const points = judgePointChanges(figures, record.judged, lang);
  const ages = judgeAgeChanges(figures, lang);
  // A summary's lines and findings of a block's figures named by its place (village-block-scopes.ts).
  return {
    findings: findingsWithBlocksNamed(
      figures,
      [...record.findings, ...calculated.findings, ...points.findings, ...ages.findings],
      lang,
    ),
    judged: withBlocksNamed(figures, [
      ...record.judged,
      ...calculated.judged,
      ...points.judged,
      ...ages.judged,
    ]),
    unjudged: [...record.unjudged, ...points.unjudged],
    terms: record.terms,
  };
}

/**
 * The notice's counts against each other: a figure stated twice, the ballot account, each post's and
 * round's ballots, candidates' votes against the ballots, groups and their parts, polling places'
 * accounts (ANNOUNCED_SUM_MISMATCH).
 */
/** The post whose seats a sum of its candidates' votes is bounded by (seatsTimesBallots). */
const MEMBERS_POST = { zh: '委员', en: "members'" };
const DEPUTY_POST = { zh: '副主任', en: "deputy chair's" };

/** The counts of ballots of an account, beside its voters. */
const BALLOT_MEANINGS: ReadonlySet<CountMeaning> = new Set(['issued', 'returned', 'valid', 'invalid']);

/** Ballots handed out again for spoiled ones (补发选票, 换发选票, 重新发放选票). */
const REISSUED = /补发|换发|重新发放|重发/;

class CountCheck extends ArithmeticCheckBase {
  private readonly counts = new Map<CountMeaning, CountFigure>();
  /** The counts a village's or community's block account judged (villageBlockAccounts). */
  private readonly blockChecked = new Set<CountFigure>();

  constructor(figures: AnnouncedFigures, lang: Lang, record: ArithmeticRecord) {
    super(figures, lang, record);
    // A count of a sentence about another body (村务监督委员会由村民代表会议推选，收回选票31张) sets the account
    // only when the notice states no other: the committee's own counts come first.
    // So too the counts under another body's section (二、村务监督委员会选举 before 三、村民委员会选举).
    // A vote the notice declares void before its repeat (因参加投票的选民未过半，本次选举无效，…重新选举) sets it
    // only when the notice states no other: the repeat's counts are the notice's account.
    // So too the counts of a recall reported before the by-election it led to (罢免表决结果：… 补选结果：…).
    // So too the counts of an earlier vote (当时全村登记选民1,820人 in a notice of a by-election, 上届登记选民1660人).
    // So too a wider place's count in the bracket after a ballot's name (第一次投票（全镇当天参加投票19870人）：
    // 本村登记选民1630人…): the village's own counts after the bracket are the account.
    const last = (figure: AnnouncedFigure) =>
      widerPlaceInBallotBracket(figure) ||
      ofAnotherBody(figure) ||
      ofVoidVote(settingOf(figure)) ||
      ofRecall(settingOf(figure)) ||
      ofEarlierVote(settingOf(figure));
    const ordered = [...figures.figures.filter((figure) => !last(figure)), ...figures.figures.filter(last)];
    // The figure read right before each (1,204名登记选民中 before 1,102人投票: comparable-mentions.ts).
    const before = new Map(figures.figures.map((figure, i) => [figure, figures.figures[i - 1]]));
    const postOfBallotCount = postsOfBallotCounts(figures);
    for (const figure of ordered) {
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
        // A count of another place (a box's, under its heading line) takes no slot of the account of
        // the first count's place: the whole's own count after it does (合计收回选票1508张 after 第一投票站's 890).
        if (first && scopeOf(first) !== scopeOf(figure)) continue;
        // 副主任选票：有效票1,040张。委员选票：有效票1,036张，无效票14张: another post's ballots fill no slot of the
        // account of the first post's (postBallots judges them in their own).
        const post = postOfBallotCount(figure);
        if (post !== '' && [...this.counts.values()].some((c) => ![post, ''].includes(postOfBallotCount(c))))
          continue;
        // 参加投票的选民1320人。主任选票发出1320张，收回1318张，其中有效票1310张: the chair's ballots, opening the
        // ballots of the account in one sentence, are its ballots as 主任选票：发出1320张 are (before, the words
        // 主任选票 before 发出 left the ballots issued not compared). Not once the account holds ballots.
        const opensAccount =
          opensPostAccountPlainly(figures, figure) &&
          ![...this.counts.values()].some((count) => BALLOT_MEANINGS.has(count.meaning));
        const refusal =
          (opensAccount ? null : plainCount(figure, before.get(figure))) ??
          (first ? differentSettings(first, figure, { zh: '两处票数', en: 'the two counts' }) : null);
        if (refusal === null) this.counts.set(figure.meaning, figure);
        else this.notCompared(figure, refusal);
      }
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
        // `1,402 of 1,630 registered voters casting ballots`, then `won the chair with 812 of 1,502 votes
        // cast`: more votes of the chair's vote than voters (english-votes-cast.ts).
        if (earlier && chairVotesCastOverVoters(this.figures, earlier, figure)) {
          this.uses(earlier);
          this.sum('stated-twice', figure, earlier.value, figure.value, {
            zh: `投票人数和主任选举的票数前后不一致：先写“${quoted(earlier)}”，后写“${quoted(figure)}”，主任一职的票数多于参加投票的人数`,
            en: enCounts`The ballots cast are stated twice with different values: “${quoted(earlier)}”, then “${quoted(figure)}”: more votes in the vote for chair than voters who cast a ballot`,
          });
          continue;
        }
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
          en: enCounts`“${quoted(first)}”, then “${quoted(figure)}”: the same value, right`,
        });
        continue;
      }
      // 登记选民12.36万人, then 登记选民123,640人: a count rounded in 万 and the exact count it rounds, one
      // figure at the rounded one's precision (rounded-counts.ts).
      if (sameAtRounding(first, figure)) {
        this.right('stated-twice', figure, {
          zh: `先写“${quoted(first)}”，后写“${quoted(figure)}”，按以万为单位取整的精度相同：正确`,
          en: enCounts`“${quoted(first)}”, then “${quoted(figure)}”: the same at the precision of the count rounded in 万, right`,
        });
        continue;
      }
      this.sum('stated-twice', figure, first.value, figure.value, {
        zh: `同一数字前后不一致：先写“${quoted(first)}”，后写“${quoted(figure)}”`,
        en: enCounts`The same figure is stated twice with different values: “${quoted(first)}”, then “${quoted(figure)}”`,
      });
    }
  }

  /** valid + invalid = returned (≤ cast when no ballots returned are stated); returned ≤ issued; returned ≤ cast; cast ≤ registered. */
  ballotAccounting(): void {
    // The counts of one place only: a summary's counts of another village are no part of these sums.
    const scope = scopeOf([...this.counts.values()][0]);
    // Counts under two headings (第九届选举：… 第十届选举：…) are of two elections.
    const heading = [...this.counts.values()].map(headingOf).find((words) => words !== '') ?? '';
    const { registered, cast, issued, returned, valid, invalid, abstained } = Object.fromEntries(
      [...this.counts].filter(
        ([, figure]) => scopeOf(figure) === scope && [heading, ''].includes(headingOf(figure)),
      ),
    ) as Partial<Record<CountMeaning, CountFigure>>;
    this.account({ registered, cast, issued, returned, valid, invalid, abstained });
  }

  /**
   * A township's report form with a block for each village (`西岭村` ⏎ `登记选民数` ⏎ `984`): each later
   * village's account checked within it, its name opening each line, never with the first's. A village
   * whose block states one meaning twice with different values, or any count of another round, body or
   * group, is left as it is.
   */
  villageBlockAccounts(): void {
    const villages = this.figures.villageBlocks ?? [];
    if (villages.length < 2) return;
    const own = scopeOf([...this.counts.values()][0]);
    // 北洼村：参加投票1,105人，有效票1,088张；村民小组长选举参加投票1,200人: each block's first vote read by where
    // its counts stand, the counts of a runoff or another body after it kept apart (village-block-parts.ts).
    const parts = villageBlockParts(this.figures);
    if (parts) {
      for (const block of parts.blocks) {
        if (block.name === own) continue;
        const counts = onceEach(block.firstVote);
        if (counts === null || counts.size < 2) continue;
        const before = this.judged.length;
        this.account(Object.fromEntries(counts) as Partial<Record<CountMeaning, CountFigure>>, {
          zh: block.name,
          en: block.name,
        });
        if (this.judged.length > before) for (const figure of counts.values()) this.blockChecked.add(figure);
      }
      this.blockTotals(parts.blocks, parts.totals);
      // 全镇3个村共有登记选民3,690人… before the blocks: summed as the totals after them are, the text's count of
      // the places the only proof that the blocks are all of them.
      this.blockTotals(parts.blocks, parts.totalsBefore, true);
      return;
    }
    // Each village's counts gathered in one pass: a pass per village would make a long summary quadratic.
    const countsOf = new Map<string, CountFigure[]>();
    for (const figure of this.figures.figures) {
      if (figure.kind !== 'count' || figure.scope === undefined) continue;
      const block = countsOf.get(figure.scope);
      if (block) block.push(figure);
      else countsOf.set(figure.scope, [figure]);
    }
    for (const village of villages) {
      if (village === own) continue;
      const block = countsOf.get(village) ?? [];
      if (
        block.some(
          (figure) => figure.contest !== null || figure.among !== undefined || settingOf(figure) !== '',
        )
      )
        continue;
      const counts = onceEach(block);
      if (counts === null || counts.size < 2) continue;
      this.account(Object.fromEntries(counts) as Partial<Record<CountMeaning, CountFigure>>, {
        zh: village,
        en: village,
      });
    }
  }

  /**
   * A township's totals stated after its blocks (全镇合计：登记选民3,690人，参加投票3,120人), each against the sum
   * of the blocks' first votes, only where the blocks are plainly all the places the totals are of (the text
   * counts as many villages as there are blocks, 全镇3个村, or the total says it is theirs: 三村合计, 以上各村合计,
   * a bare 合计 after them), no place is said to have voted apart, later or not at all, and every block states
   * that count once in its first vote and no other vote's count of that kind (a runoff's voters, which the
   * total may hold instead). Any other total is listed not compared, with why.
   */
  private blockTotals(blocks: readonly VillageBlock[], totals: readonly CountFigure[], before = false): void {
    const head = totals[0];
    if (head === undefined) return;
    const whole = this.blocksWhole(blocks, head, before);
    const seen = new Set<CountMeaning>();
    for (const total of totals) {
      if (seen.has(total.meaning)) continue;
      seen.add(total.meaning);
      const parts: CountFigure[] = [];
      let refusal: Refusal | null = whole;
      for (const block of blocks) {
        if (refusal) break;
        const own = block.firstVote.filter((figure) => figure.meaning === total.meaning);
        const values = new Set(own.map((figure) => figure.value));
        if (block.apart.some((figure) => figure.meaning === total.meaning) || values.size > 1)
          refusal = {
            axis: 'place',
            why: {
              zh: `${block.name}还写了另一次投票（另行选举或另一机构）的同类数字，合计包含哪一个不能确定`,
              en: `${block.name} states another vote's count of this kind too (a runoff's or another body's): which the total holds is not certain`,
            },
          };
        else if (own[0] === undefined)
          refusal = {
            axis: 'place',
            why: {
              zh: `并非每个板块都写明这一数字（${block.name}没有写），合计不是可核对的各板块之和`,
              en: `not every block states this count (${block.name} does not): the total is no sum of them to check`,
            },
          };
        else if (countedInHouseholds(own[0].origin.text) !== countedInHouseholds(total.origin.text))
          refusal = {
            axis: 'place',
            why: {
              zh: `${block.name}和合计一个按户、一个按人计数`,
              en: `${block.name} and the total count in different units (households and people)`,
            },
          };
        else parts.push(own[0]);
      }
      if (refusal) {
        this.notComparedOnly(total, refusal);
        continue;
      }
      const sum = parts.reduce((all, part) => all + part.value, 0n);
      this.uses(total, ...parts);
      const names = blocks.map((block) => block.name);
      const name = COUNT_NAMES[total.meaning];
      const words = {
        zh: `${names.join('、')}各板块`,
        en: `the blocks of ${englishList(names)}`,
      };
      if (sum === total.value)
        this.right('partition', total, {
          zh: `${words.zh}：${name.zh}${parts.map((part) => part.value).join('、')}合计${sum}，等于合计数${total.value}：正确`,
          en: enCounts`${words.en}: ${englishList(parts.map((part) => groupedCount(part.value)))} ${name.en} make the ${total.value} of the total: right`,
        });
      else
        this.sum('partition', total, total.value, sum, {
          zh: `${words.zh}：${name.zh}${parts.map((part) => part.value).join('、')}合计${sum}，不等于合计数${total.value}`,
          en: enCounts`${words.en}: ${englishList(parts.map((part) => groupedCount(part.value)))} ${name.en} add up to ${sum}, not the ${total.value} of the total`,
        });
    }
  }

  /**
   * A report of two or more 里 (or 村), each sentence opening with one's name and its electors (東寧里選舉人數
   * 為812人，投票數合計503票，…。 西寧里…): each such sentence's voters held to its own electors, named by it, and
   * never to another's. Read only where plain: the notice states more than one count of electors (else its own
   * account judges the one), and the sentence holds its electors and its voters once each, of no contest,
   * place, group or other time or stage.
   */
  electorSentenceAccounts(): void {
    const sentences = this.figures.electorSentences ?? [];
    if (sentences.length === 0) return;
    const own = (figure: AnnouncedFigure): figure is CountFigure =>
      figure.kind === 'count' &&
      figure.contest === null &&
      figure.scope === undefined &&
      figure.among === undefined &&
      settingOf(figure) === '';
    const electors = this.figures.figures.filter(
      (figure) => figure.kind === 'count' && figure.meaning === 'registered',
    );
    if (electors.length < 2) return;
    for (const { name, span } of sentences) {
      const inside = this.figures.figures.filter(
        (figure) =>
          figure.origin.span !== undefined &&
          figure.origin.span[0] >= span[0] &&
          figure.origin.span[1] <= span[1],
      );
      const registered = inside.filter(
        (figure) => figure.kind === 'count' && figure.meaning === 'registered',
      );
      const cast = inside.filter((figure) => figure.kind === 'count' && figure.meaning === 'cast');
      const [elector] = registered;
      const [voters] = cast;
      if (registered.length !== 1 || cast.length !== 1 || !elector || !voters) continue;
      if (!own(elector) || !own(voters) || elector.origin.span?.[0] !== span[0]) continue;
      this.account({ registered: elector, cast: voters }, { zh: name, en: name });
    }
  }

  /**
   * Why the totals after the blocks may hold more places than the blocks (refused), or null where the blocks
   * plainly are all of them: the total says so (三村合计, 以上各村合计, a bare 合计), else the text counts as many
   * places of the blocks' kind as there are blocks (全镇3个村), and no place is said to be left out.
   */
  private blocksWhole(blocks: readonly VillageBlock[], head: CountFigure, before = false): Refusal | null {
    const leftOut = this.figures.blocksLeftOut;
    if (leftOut !== undefined)
      return {
        axis: 'place',
        why: {
          zh: `文中说有的地方另行计算、推迟或未进行投票（“${leftOut}”），合计可能包含它们`,
          en: `the text says some places were counted apart, voted later or not at all (“${leftOut}”): the total may hold them`,
        },
      };
    // Totals before the blocks: no 合计 there says they are the blocks' (全镇合计 may be of every village).
    const over = before ? null : OVER_BLOCKS.exec(head.origin.text);
    if (over) {
      const number = over[1] ?? over[2];
      const named = number === undefined ? null : smallNumber(number);
      if (named === null || named === blocks.length) return null;
    }
    const villages = blocks.every((block) => block.name.endsWith('村'));
    const communities = blocks.every((block) => block.name.endsWith('社区'));
    const kind = villages ? PLACES_OF_VILLAGES : communities ? PLACES_OF_COMMUNITIES : null;
    const counted = new Set<bigint>();
    if (kind)
      for (const figure of this.figures.figures)
        if (figure.kind === 'group' && kind.test(figure.origin.text)) counted.add(figure.value);
    const [places] = [...counted];
    if (counted.size === 1 && places === BigInt(blocks.length) && !over) return null;
    const noun = villages ? { zh: '村', en: 'villages' } : { zh: '地方', en: 'places' };
    return {
      axis: 'place',
      why:
        counted.size === 1 && places !== undefined
          ? {
              zh: `合计可能不只是这些板块的（文中写${places}个${noun.zh === '村' ? '村' : communities ? '社区' : noun.zh}，板块${blocks.length}个）`,
              en: enCounts`the total may not be of these blocks alone (the text names ${places} ${communities ? 'communities' : noun.en}, and ${blocks.length} blocks)`,
            }
          : {
              zh: '合计可能不只是这些板块的（文中没有说这些板块就是全部）',
              en: 'the total may not be of these blocks alone (the text does not say the blocks are all of them)',
            },
    };
  }

  /** A note `not-compared` for a figure, in place of any such note left on it before. */
  private notComparedOnly(figure: AnnouncedFigure, refusal: Refusal): void {
    const at = figure.origin.span?.[0];
    for (let index = this.unjudged.length - 1; index >= 0; index--) {
      const entry = this.unjudged[index];
      if (entry?.reason === 'not-compared' && at !== undefined && entry.span?.[0] === at)
        this.unjudged.splice(index, 1);
    }
    this.notCompared(figure, refusal);
  }

  /**
   * One account's checks (the notice's own, or a body's own in its section: `named`, whose name then
   * opens every line of the work and every finding).
   */
  private account(
    counts: Partial<Record<CountMeaning, CountFigure>>,
    named?: { readonly zh: string; readonly en: string },
  ): void {
    const { registered, cast, issued, returned, valid, invalid, abstained } = counts;
    const says = (words: { zh: string; en: string }) =>
      named
        ? {
            zh: `${named.zh}：${words.zh}`,
            en: `${named.en}: ${words.en.charAt(0).toLowerCase()}${words.en.slice(1)}`,
          }
        : words;
    const right = (rule: CheckRule, figure: AnnouncedFigure, words: { zh: string; en: string }) =>
      this.right(rule, figure, says(words));
    const sum = (
      rule: CheckRule,
      figure: AnnouncedFigure,
      expected: bigint,
      found: bigint,
      words: { zh: string; en: string },
    ) => this.sum(rule, figure, expected, found, says(words));
    if (valid && invalid && returned) this.uses(valid, invalid);
    if (returned && issued) this.uses(issued);
    if (cast && returned) this.uses(returned);
    if (cast && registered) this.uses(registered);
    if (valid && invalid && returned && valid.value + invalid.value === returned.value)
      right('ballots', returned, {
        zh: `有效票${valid.value}加无效票${invalid.value}等于收回选票${returned.value}：正确`,
        en: enCounts`${valid.value} valid and ${invalid.value} invalid make the ${returned.value} ballots returned: right`,
      });
    // 有效票1290张，无效票8张，弃权票12张 as the parts of the ballots returned: the abstentions are a third
    // kind of ballot, counted apart from the valid (not 有效票中弃权票, 含弃权票, 弃权票计入有效票).
    const apart =
      valid && invalid && returned && abstained && !/有效|含|中|计入|包括/.test(abstained.origin.text)
        ? abstained
        : null;
    const threeKinds =
      apart && valid && invalid && returned && valid.value + invalid.value !== returned.value
        ? valid.value + invalid.value + apart.value === returned.value
        : false;
    if (apart && threeKinds && valid && invalid && returned) {
      this.uses(apart);
      right('ballots', returned, {
        zh: `有效票${valid.value}、无效票${invalid.value}加弃权票${apart.value}等于收回选票${returned.value}：正确`,
        en: enCounts`${valid.value} valid, ${invalid.value} invalid and ${apart.value} abstentions make the ${returned.value} ballots returned: right`,
      });
    }
    if (valid && invalid && returned && valid.value + invalid.value !== returned.value && !threeKinds)
      sum('ballots', returned, returned.value, valid.value + invalid.value, {
        zh: `有效票${valid.value}加无效票${invalid.value}等于${valid.value + invalid.value}，不等于收回选票${returned.value}`,
        en: enCounts`Valid ${valid.value} plus invalid ${invalid.value} is ${valid.value + invalid.value}, not the ${returned.value} ballots returned`,
      });
    // 收回选票1300张，有效票1320张 with no invalid ballots stated: the valid ballots are some of those returned,
    // so never more than them (an invalid count left unsaid only makes them fewer). Only valid ballots
    // named as such (有效票1320张, 有效选票, `valid ballots`): 有效票3163票 or `valid votes` may be the
    // votes of a ballot of several seats, which gives several.
    if (valid && returned && !invalid && namedAsBallots(valid)) {
      this.uses(valid);
      const twice = named ? undefined : this.invalidNamedTwiceBeside(valid);
      const least = twice?.values.reduce((low, value) => (value < low ? value : low));
      if (
        twice &&
        least !== undefined &&
        valid.value <= returned.value &&
        valid.value + least > returned.value
      )
        this.sumOfEveryReading(valid, returned, twice.values, least);
      else if (valid.value <= returned.value)
        right('ballots', valid, {
          zh: `有效票${valid.value}张不多于收回选票${returned.value}张：正确`,
          en: enCounts`${valid.value} valid ballots, no more than the ${returned.value} ballots returned: right`,
        });
      else
        sum('ballots', valid, returned.value, valid.value, {
          zh: `有效票${valid.value}张多于收回选票${returned.value}张`,
          en: enCounts`More valid ballots (${valid.value}) than ballots returned (${returned.value})`,
        });
    }
    // 收回选票1240张，无效票1300张 with no valid ballots stated: the invalid ballots too are some of those
    // returned (or, with none returned stated, of the voters'), so never more than them. Only ballots named
    // as such, as above.
    const invalidLimit = returned ?? cast;
    if (invalid && !valid && invalidLimit && namedAsBallots(invalid)) {
      this.uses(invalid);
      const of = invalidLimit === returned ? BALLOTS_RETURNED : VOTERS_WHO_VOTED;
      if (invalid.value <= invalidLimit.value)
        right('ballots', invalid, {
          zh: `无效票${invalid.value}张不多于${of.zh}${invalidLimit.value}：正确`,
          en: enCounts`${invalid.value} invalid ballots, no more than the ${invalidLimit.value} ${of.en}: right`,
        });
      else
        sum('ballots', invalid, invalidLimit.value, invalid.value, {
          zh: `无效票${invalid.value}张多于${of.zh}${invalidLimit.value}`,
          en: enCounts`More invalid ballots (${invalid.value}) than ${of.en} (${invalidLimit.value})`,
        });
    }
    if (returned && issued && returned.value <= issued.value)
      right('ballots', returned, {
        zh: `收回选票${returned.value}不多于发出选票${issued.value}：正确`,
        en: enCounts`${returned.value} ballots returned, no more than the ${issued.value} issued: right`,
      });
    if (returned && issued && returned.value > issued.value)
      sum('ballots', returned, issued.value, returned.value, {
        zh: `收回选票${returned.value}多于发出选票${issued.value}`,
        en: enCounts`More ballots returned (${returned.value}) than issued (${issued.value})`,
      });
    // A voter signed in may leave without putting a ballot in the box, so fewer ballots returned than
    // voters is no discrepancy; more is (several provinces void the vote then).
    if (cast && returned && returned.value <= cast.value)
      right('ballots', cast, {
        zh: `收回选票${returned.value}张不多于参加投票人数${cast.value}：正确`,
        en: enCounts`${returned.value} ballots returned, no more than the ${cast.value} voters who cast a ballot: right`,
      });
    if (cast && returned && returned.value > cast.value + this.addedTo(cast))
      sum('ballots', cast, returned.value, cast.value, {
        zh: `收回选票${returned.value}张多于参加投票人数${cast.value}`,
        en: enCounts`More ballots returned (${returned.value}) than voters who cast a ballot (${cast.value})`,
      });
    // No ballots returned stated: those counted, valid and invalid, are at most the voters, as above.
    if (valid && invalid && cast && !returned) {
      this.uses(valid, invalid);
      const counted = valid.value + invalid.value;
      if (counted <= cast.value)
        right('ballots', cast, {
          zh: `有效票${valid.value}加无效票${invalid.value}共${counted}张，不多于参加投票人数${cast.value}：正确`,
          en: enCounts`${valid.value} valid and ${invalid.value} invalid make ${counted} ballots, no more than the ${cast.value} voters who cast a ballot: right`,
        });
      else if (counted > cast.value + this.addedTo(cast))
        sum('ballots', cast, counted, cast.value, {
          zh: `有效票${valid.value}加无效票${invalid.value}共${counted}张，多于参加投票人数${cast.value}`,
          en: enCounts`Valid ${valid.value} plus invalid ${invalid.value} is ${counted} ballots, more than the ${cast.value} voters who cast a ballot`,
        });
    }
    // `Of the 1,848 electors who voted, 1,830 cast valid ballots`: with no invalid ballots or ballots
    // returned stated, the valid ballots alone are at most the voters — one ballot each. Only ballots
    // (张, 选票, ballots), never votes, which a voter may cast several of.
    if (
      valid &&
      cast &&
      !invalid &&
      !returned &&
      (valid.partOfBallots || BALLOTS_NAMED.test(valid.origin.text))
    ) {
      // The voters are a term of the check (shown in its work), so never also listed as unchecked.
      this.uses(valid, cast);
      if (valid.value <= cast.value)
        right('ballots', valid, {
          zh: `有效票${valid.value}张不多于参加投票人数${cast.value}：正确`,
          en: enCounts`${valid.value} valid ballots, no more than the ${cast.value} voters who cast a ballot: right`,
        });
      else if (valid.value > cast.value + this.addedTo(cast))
        sum('ballots', valid, cast.value, valid.value, {
          zh: `有效票${valid.value}张多于参加投票人数${cast.value}`,
          en: enCounts`More valid ballots (${valid.value}) than voters who cast a ballot (${cast.value})`,
        });
    }
    // No voters stated: the ballots returned stand for them (as for the quorum), at most one a registered voter.
    // Counts in households (应到户代表48户) are named as households, not voters.
    const electorate = registered && countedInHouseholds(registered.origin.text) ? HOUSEHOLDS : PEOPLE;
    if (returned && registered && !cast) {
      this.uses(registered);
      if (returned.value <= registered.value)
        right('ballots', returned, {
          zh: `收回选票${returned.value}张不多于${electorate.registered.zh(registered.value)}：正确`,
          en: enCounts`${returned.value} ballots returned, no more than the ${electorate.registered.en(registered.value)}: right`,
        });
      else if (returned.value > registered.value + this.addedTo(registered))
        sum('ballots', returned, registered.value, returned.value, {
          zh: `收回选票${returned.value}张多于${electorate.registered.zh(registered.value)}`,
          en: enCounts`More ballots returned (${returned.value}) than ${electorate.areRegistered} (${registered.value})`,
        });
    }
    // 登记选民1250人，发出选票1260张: a ballot goes only to a registered voter, one each, in person or to the
    // voter's proxy (委托投票), so more issued than registered is an error in the count whatever the voters
    // who took part are. More issued than those voters is not: a proxy takes the ballots of those who
    // appointed them, and a voter handed a ballot may leave without casting it (docs/announcement.md).
    // Not where the register is counted in households (全村480户): whether ballots went to each household
    // or to each voter is not certain.
    // Nor where the notice states ballots handed out again for spoiled ones (补发选票4张, 换发选票): the count
    // issued may then hold a voter's second ballot, its spoiled first one kept void.
    if (
      issued &&
      registered &&
      electorate === PEOPLE &&
      issued.value > registered.value + this.addedTo(registered) &&
      !REISSUED.test(issued.origin.text) &&
      !this.figures.unread.some((figure) => REISSUED.test(figure.context))
    ) {
      this.uses(registered);
      sum('ballots', issued, registered.value, issued.value, {
        zh: `发出选票${issued.value}张多于${electorate.registered.zh(registered.value)}：选票只发给登记的选民，每人一张（委托投票由受托人代领）`,
        en: enCounts`More ballots issued (${issued.value}) than ${electorate.areRegistered} (${registered.value}): ballots go only to registered voters, one each (a proxy collects the ballots of the voters who appointed them)`,
      });
    }
    const voters = cast && countedInHouseholds(cast.origin.text) ? HOUSEHOLDS : PEOPLE;
    if (cast && registered && cast.value <= registered.value)
      right('ballots', cast, {
        zh: `${voters.cast.zh(cast.value)}不多于${electorate.registered.zh(registered.value)}：正确`,
        en: enCounts`${voters.cast.en(cast.value)}, no more than the ${registered.value} registered${electorate === HOUSEHOLDS ? ' households' : ''}: right`,
      });
    if (cast && registered && cast.value > registered.value + this.addedTo(registered))
      sum('ballots', cast, registered.value, cast.value, {
        zh: `${voters.cast.zh(cast.value)}多于${electorate.registered.zh(registered.value)}`,
        en: enCounts`More ${voters === HOUSEHOLDS ? 'households' : 'voters'} cast a ballot (${cast.value}) than ${electorate === HOUSEHOLDS ? 'households ' : ''}are registered (${registered.value})`,
      });
  }

  /**
   * The counts of groups the text counts apart after a count of the same meaning (登记选民1,220人，另有外来
   * 登记选民30人; 参加投票1,080人，另有委托投票21人): the whole may be the count stated or the count with them,
   * so a count above the stated one but within both is no error (none for a count of a contest or a place).
   */
  private addedTo(figure: AnnouncedFigure): bigint {
    if (figure.kind !== 'count' || figure.contest !== null || figure.scope !== undefined) return 0n;
    return (this.figures.addedGroups ?? [])
      .filter((group) => group.meaning === figure.meaning)
      .reduce((total, group) => total + group.value, 0n);
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
      // 二、西坪村…主任选票发出902张，收回选票900张，其中有效票896张: a later block's account opened by its post's ballots
      // was judged in its village's block (villageBlockAccounts): once, named by its village, never again by its post.
      if (judged.length > 0 && judged.every((figure) => this.blockChecked.has(figure))) continue;
      if (valid && invalid && returned) {
        this.uses(valid, invalid);
        const counted = valid.value + invalid.value;
        if (counted === returned.value)
          this.right('ballots', returned, {
            zh: `${post}：有效票${valid.value}加无效票${invalid.value}等于收回选票${returned.value}：正确`,
            en: enCounts`${post}: ${valid.value} valid and ${invalid.value} invalid make the ${returned.value} ballots returned: right`,
          });
        else
          this.sum('ballots', returned, returned.value, counted, {
            zh: `${post}：有效票${valid.value}加无效票${invalid.value}等于${counted}，不等于收回选票${returned.value}`,
            en: enCounts`${post}: valid ${valid.value} plus invalid ${invalid.value} is ${counted}, not the ${returned.value} ballots returned`,
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
            en: enCounts`${post}: ${returned.value} ballots returned, no more than the ${cast.value} voters who cast a ballot: right`,
          });
        else
          this.sum('ballots', cast, returned.value, cast.value, {
            zh: `${post}：收回选票${returned.value}张多于参加投票人数${cast.value}`,
            en: enCounts`${post}: more ballots returned (${returned.value}) than voters who cast a ballot (${cast.value})`,
          });
      }
      // 另行选举委员，参加投票690人，有效票684张: with no ballots returned stated, the ballots counted are at most
      // the round's own voters, one ballot each, as for the notice's account (only ballots named as such).
      if (cast && valid && !returned && namedAsBallots(valid)) {
        this.uses(valid);
        const counted = valid.value + (invalid?.value ?? 0n);
        const parts = invalid
          ? {
              zh: `有效票${valid.value}加无效票${invalid.value}共${counted}张`,
              en: enCounts`${valid.value} valid and ${invalid.value} invalid make ${counted} ballots`,
            }
          : { zh: `有效票${valid.value}张`, en: enCounts`${valid.value} valid ballots` };
        if (invalid) this.uses(invalid);
        if (counted <= cast.value)
          this.right('ballots', valid, {
            zh: `${post}：${parts.zh}，不多于参加投票人数${cast.value}：正确`,
            en: enCounts`${post}: ${parts.en}, no more than the ${cast.value} voters who cast a ballot: right`,
          });
        else
          this.sum('ballots', valid, cast.value, counted, {
            zh: `${post}：${parts.zh}，多于参加投票人数${cast.value}`,
            en: invalid
              ? enCounts`${post}: valid ${valid.value} plus invalid ${invalid.value} is ${counted} ballots, more than the ${cast.value} voters who cast a ballot`
              : enCounts`${post}: more valid ballots (${valid.value}) than voters who cast a ballot (${cast.value})`,
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

  /**
   * A body's own ballots in its section after the notice's first account (二、村务监督委员会 … 收回选票1104张，
   * 无效票23张): checked against themselves as the notice's first account is (post-ballot-accounts.ts), each
   * line of the work and each finding naming the body.
   */
  sectionBallots(): void {
    for (const { post: section, counts } of sectionBallotAccounts(
      this.figures,
      new Set(this.counts.values()),
    )) {
      // 枫林社区：参加投票2,217人，有效票2,206张 under a title of the 居委会: checked once, in its community's block
      // (the more specific scope), never again as the committee's section.
      const stated = Object.values(counts);
      if (stated.length > 0 && stated.every((figure) => this.blockChecked.has(figure))) continue;
      const before = this.judged.length;
      this.account(counts, { zh: `${section}部分`, en: `The ${sectionInEnglish(section)} section` });
      // Checked now, so no longer listed as figures not compared with the notice's first account.
      const spans = new Set(this.judged.slice(before).map((entry) => entry.span?.[0]));
      for (const figure of Object.values(counts)) spans.add(figure.origin.span?.[0]);
      if (this.judged.length === before) continue;
      for (let index = this.unjudged.length - 1; index >= 0; index--) {
        const entry = this.unjudged[index];
        if (entry?.reason === 'not-compared' && spans.has(entry.span?.[0])) this.unjudged.splice(index, 1);
      }
    }
  }

  /** No candidate can have more votes than there are valid ballots (or ballots cast). */
  candidateVotes(): void {
    const ofBodies = this.votesOfOtherBodies();
    const rounds = roundBallotAccounts(this.figures, new Set(this.counts.values()));
    const ofRounds = votesOfRounds(this.figures, rounds);
    const posts = postBallotAccounts(this.figures, new Set(this.counts.values()));
    const ofPosts = votesOfPosts(this.figures, posts);
    const ofSections = votesOfPostSections(this.figures);
    const limit = this.counts.get('valid') ?? this.counts.get('returned') ?? this.counts.get('cast');
    if (!limit) return;
    // 一、主任选举 …有效票2,280张 二、委员选举 …有效票1,681张: each post on a ballot of its own, so the first
    // account is the chair's and which the other votes are of is not certain; votes not placed under a
    // round's or the woman's seat's own account are not held to it.
    const womanSeat = posts.filter((account) => WOMAN_SEAT.test(account.post));
    const perPost = separatePostBallots(this.figures, limit, [...rounds, ...womanSeat]);
    // The chair's candidates, each once: one seat, so one vote a ballot at most, all of them together.
    const chair = new Map<string, VotesFigure>();
    const compared = new Set<VotesFigure>();
    // Each post's own section's candidates, each once (votesOfPostSections).
    const sectionVotes = new Map<PostBallotAccount, Map<string, VotesFigure>>();
    const places = this.placeLimits();
    for (const figure of this.figures.figures) {
      if (figure.kind !== 'votes' || ofBodies.has(figure)) continue;
      // 另行选举…有效票1195张。候选人边强得票1198票: a round's votes within the round's own ballots.
      const round = ofRounds.get(figure);
      if (round) {
        const roundLimit = round.counts.valid ?? round.counts.returned ?? round.counts.cast;
        if (roundLimit) {
          this.votesWithin(figure, roundLimit, `${round.post}：`, `${round.post}: `);
          continue;
        }
      }
      // 妇女委员：尤秀珍，得票936票 after the woman's seat's own 有效票1,259张: within that post's own ballots,
      // not the committee's first ballot (before, her votes were held to the first ballot's valid ballots).
      const post = ofPosts.get(figure);
      const postLimit = post ? (post.counts.valid ?? post.counts.returned ?? post.counts.cast) : undefined;
      if (post && postLimit) {
        this.votesWithin(figure, postLimit, `${post.post}：`, `${post.post}: `);
        continue;
      }
      // 委员选票：…有效1601张。龙秀芝得票1388票: votes in their post's own section, of that post, within that
      // post's own ballots (before, with a ballot for each post, they were listed not compared).
      const section = ofSections.get(figure);
      const sectionLimit = section
        ? (section.counts.valid ?? section.counts.returned ?? section.counts.cast)
        : undefined;
      // The notice's own account the post's (主任选举：有效票1400张 alone): judged below as before, the chair's
      // candidates summed together as well.
      if (section && sectionLimit && (perPost || sectionLimit !== limit)) {
        this.votesWithin(figure, sectionLimit, `${section.post}：`, `${section.post}: `);
        const ofSection = sectionVotes.get(section) ?? new Map<string, VotesFigure>();
        if (!ofSection.has(figure.candidate)) ofSection.set(figure.candidate, figure);
        sectionVotes.set(section, ofSection);
        continue;
      }
      // 二、望江社区 ⏎ …有效票795张 ⏎ 贾东，得票650票: a place's votes within that place's own ballots.
      const ofPlace = scopeOf(figure) !== scopeOf(limit) ? this.placeLimit(figure, places) : null;
      if (ofPlace && plainVotes(figure) === null) {
        this.votesWithin(figure, ofPlace, `${figure.scope ?? ''}：`, `${figure.scope ?? ''}: `);
        continue;
      }
      // 第二村民小组 戴明51票 beside 第一村民小组's 38 ballots: each group's votes are of its own ballots.
      const refusal =
        plainVotes(figure) ??
        (perPost ? { axis: 'subject' as const, why: POSTS_APART } : null) ??
        // 妇女委员：…有效票1,420张。⏎ 刘玉芬（女）得1,317票: the woman's seat on a ballot of its own, and votes
        // of no named post not placed under it: hers, perhaps, not of the committee's ballot.
        (womanSeat.length > 0 && figure.contest === null
          ? { axis: 'subject' as const, why: WOMAN_SEAT_APART }
          : null) ??
        (scopeOf(figure) !== scopeOf(limit) ? { axis: 'place' as const, why: PLACES_DIFFER } : null) ??
        differentSettings(limit, figure, { zh: '得票与票数', en: 'the votes and the ballots' });
      // 村监委主任：李强，790票 under a title naming both bodies over one account: one ballot paper for both.
      if (refusal && !(refusal.axis === 'body' && onOneBallotWithCommittee(this.figures, figure, limit))) {
        this.notCompared(figure, refusal);
        continue;
      }
      const name = COUNT_NAMES[limit.meaning];
      this.uses(limit);
      compared.add(figure);
      if (oneSeatPost(figure) && !chair.has(figure.candidate)) chair.set(figure.candidate, figure);
      if (figure.value <= limit.value) {
        this.right('votes-within-ballots', figure, {
          zh: `${figure.candidate}得票${figure.value}，不多于${name.zh}${limit.value}：正确`,
          en: enCounts`${figure.candidate} ${englishCount(figure.value, 'vote')}, no more than the ${englishCountOf(limit.meaning, limit.value)}: right`,
        });
        continue;
      }
      this.sum('votes-within-ballots', figure, limit.value, figure.value, {
        zh: `${figure.candidate}得票${figure.value}，多于${name.zh}${limit.value}`,
        en: enCounts`${figure.candidate} is stated to have ${englishCount(figure.value, 'vote')}, more than the ${englishCountOf(limit.meaning, limit.value)}`,
      });
    }
    for (const [account, votes] of sectionVotes) this.postSectionVotes(account, [...votes.values()]);
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
    this.memberSeatVotes(compared, limit);
    const apart = chairsOfBodiesApart(byBody, this.figures.title);
    if (apart !== null) for (const votes of apart) this.oneSeatVotes(votes, limit);
    else {
      const named = [...byBody.keys()].filter((body) => body !== undefined);
      if (named.length <= 1) this.oneSeatVotes([...chair.values()], limit);
      else if (!byBody.has(undefined)) for (const votes of byBody.values()) this.oneSeatVotes(votes, limit);
    }
  }

  /**
   * The candidates of a post's own section (votesOfPostSections) together within that post's own ballot:
   * the chair's (主任选票：…有效票1300张。张国强得票812票，李建华得票460票) no more than its valid ballots, one seat
   * by law; the members' (委员选票) no more than the seats times them, where the notice states the members'
   * seats (member-seats.ts). Each alone within the ballots is judged already; the 副主任's seats and a
   * woman's seat's are not stated of their own ballot, and their votes are not summed.
   */
  private postSectionVotes(account: PostBallotAccount, candidates: readonly VotesFigure[]): void {
    const limit = account.counts.valid ?? account.counts.returned ?? account.counts.cast;
    if (!limit) return;
    const post = postOfAccount(account);
    const of = { zh: `${account.post}：`, en: `${account.post}: ` };
    if (post === '主任') {
      this.oneSeatVotes(candidates, limit, of);
      return;
    }
    // 副主任选票：…有效票1,170张 under 选举副主任1名: the deputy chair's seats, read as the members' are.
    if (post === '副主任') {
      const deputies = deputySeats(this.figures);
      if (deputies) this.seatsTimesBallots(candidates, limit, deputies, of, DEPUTY_POST);
      return;
    }
    if (post !== '委员') return;
    const members = memberSeats(this.figures);
    if (members) this.seatsTimesBallots(candidates, limit, members.seats, of);
  }

  /**
   * The ballots of each named place that states them once (a 社区 under its heading in a 街道's notice of
   * several), by place and setting: its valid ballots, else its returned, else its voters. A place of two
   * accounts of one meaning has none.
   */
  private placeLimits(): ReadonlyMap<string, CountFigure | null> {
    const limits = new Map<string, CountFigure | null>();
    for (const meaning of ['cast', 'returned', 'valid'] as const)
      for (const figure of this.figures.figures) {
        if (figure.kind !== 'count' || figure.meaning !== meaning || figure.contest !== null) continue;
        if (figure.among !== undefined || !figure.scope) continue;
        const key = `${scopeOf(figure)}|${settingOf(figure)}`;
        const known = limits.get(key);
        // A later meaning (valid after returned) replaces the one before; one meaning stated twice apart, none.
        if (known === undefined || (known !== null && known.meaning !== meaning)) limits.set(key, figure);
        else if (known !== null && known.value !== figure.value) limits.set(key, null);
      }
    return limits;
  }

  /** The ballots of the votes' own place (placeLimits), or null. */
  private placeLimit(
    figure: VotesFigure,
    places: ReadonlyMap<string, CountFigure | null>,
  ): CountFigure | null {
    return figure.scope ? (places.get(`${scopeOf(figure)}|${settingOf(figure)}`) ?? null) : null;
  }

  /** A candidate's votes no more than the ballots `limit`, the work opening with `zh` and `en`. */
  private votesWithin(figure: VotesFigure, limit: CountFigure, zh: string, en: string): void {
    const name = COUNT_NAMES[limit.meaning];
    this.uses(limit);
    if (figure.value <= limit.value) {
      this.right('votes-within-ballots', figure, {
        zh: `${zh}${figure.candidate}得票${figure.value}，不多于${name.zh}${limit.value}：正确`,
        en: enCounts`${en}${figure.candidate} ${englishCount(figure.value, 'vote')}, no more than the ${englishCountOf(limit.meaning, limit.value)}: right`,
      });
      return;
    }
    this.sum('votes-within-ballots', figure, limit.value, figure.value, {
      zh: `${zh}${figure.candidate}得票${figure.value}，多于${name.zh}${limit.value}`,
      en: enCounts`${en}${figure.candidate} is stated to have ${englishCount(figure.value, 'vote')}, more than the ${englishCountOf(limit.meaning, limit.value)}`,
    });
  }

  /**
   * The votes of another body's candidates (村务监督委员会主任：王强，得票1102票; 王强以1102票当选村务监督委员会主任)
   * where that body states its own ballots (sectionBallotAccounts: 村务监督委员会选举收回选票1200张，有效票1190张):
   * no more than that body's valid ballots (or its returned, or its voters), never the committee's. The
   * votes' body is the section or the sentence's subject they stand in, else the body their own
   * declaration right after them elects to. Votes so declared to another body that states no ballots of
   * its own are not compared with the committee's ballots at all. Returns the votes so handled.
   */
  private votesOfOtherBodies(): ReadonlySet<VotesFigure> {
    const handled = new Set<VotesFigure>();
    const limits = new Map<string, CountFigure | null>();
    for (const { post: body, counts } of sectionBallotAccounts(this.figures, new Set(this.counts.values()))) {
      const limit = counts.valid ?? counts.returned ?? counts.cast;
      // Two accounts of one body (two sections, two times): which the votes are of is not certain.
      limits.set(body, limits.has(body) ? null : (limit ?? null));
    }
    const declarations = this.figures.figures.filter((figure) => figure.kind === 'elected');
    // Each body's chair candidates checked against its own ballots, each once: one seat, so together no more
    // than them (主任 叶文清 27票, 主任 覃小龙 14票 under the representatives' 38 valid ballots).
    const chairs = new Map<CountFigure, Map<string, VotesFigure>>();
    for (const figure of this.figures.figures) {
      if (figure.kind !== 'votes') continue;
      const placed = sectionOf(figure) || subjectOf(figure);
      const declared = placed === '' ? declaredBodyOf(figure, declarations, this.figures.title) : null;
      const body = placed || declared || '';
      if (body === '' || !namesAnotherBody(body)) continue;
      const limit = limits.get(body);
      if (!limit) {
        if (declared !== null) {
          handled.add(figure);
          this.notCompared(figure, {
            axis: 'body',
            why: {
              zh: `得票宣布为${declared}的，该机构未列出本身的票数，不与本次选举的票数比较`,
              en: `the votes are declared for another body (${declared}), which states no ballots of its own: not compared with this election's ballots`,
            },
          });
        } else if (subjectOf(figure) !== '' && sectionOf(figure) === '') {
          // 村务监督委员会由村民代表会议选举产生，实到60人。 主任 钱进，得票 58票: votes in the sentences about
          // another body, which states no ballots of its own, are of that body's contest: never summed with
          // the committee's chair nor compared with its ballots.
          handled.add(figure);
          this.notCompared(figure, {
            axis: 'body',
            why: {
              zh: `得票在关于${placed}的语句中，该机构未列出本身的票数，不与本次选举的票数比较`,
              en: `the votes stand in sentences about another body (${placed}), which states no ballots of its own: not compared with this election's ballots`,
            },
          });
        }
        continue;
      }
      if (scopeOf(figure) !== scopeOf(limit) || settingOf(figure) !== settingOf(limit)) continue;
      handled.add(figure);
      this.uses(limit);
      const name = COUNT_NAMES[limit.meaning];
      const section = { zh: `${body}部分`, en: `The ${sectionInEnglish(body)} section` };
      if (oneSeatPost(figure)) {
        const ofBody = chairs.get(limit) ?? new Map<string, VotesFigure>();
        if (!ofBody.has(figure.candidate)) ofBody.set(figure.candidate, figure);
        chairs.set(limit, ofBody);
      }
      if (figure.value <= limit.value) {
        this.right('votes-within-ballots', figure, {
          zh: `${section.zh}：${figure.candidate}得票${figure.value}，不多于${name.zh}${limit.value}：正确`,
          en: enCounts`${section.en}: ${figure.candidate} ${englishCount(figure.value, 'vote')}, no more than the ${englishCountOf(limit.meaning, limit.value)}: right`,
        });
        continue;
      }
      this.sum('votes-within-ballots', figure, limit.value, figure.value, {
        zh: `${section.zh}：${figure.candidate}得票${figure.value}，多于${name.zh}${limit.value}`,
        en: enCounts`${section.en}: ${figure.candidate} is stated to have ${englishCount(figure.value, 'vote')}, more than the ${englishCountOf(limit.meaning, limit.value)}`,
      });
    }
    for (const [limit, ofBody] of chairs) this.oneSeatVotes([...ofBody.values()], limit);
    return handled;
  }

  /**
   * The winners declared to the members' post with its seats stated (应选村民委员会委员3名; member-seats.ts):
   * no more than the seats. Judged whether or not the notice states its ballots: the seats and the
   * declarations are all it takes.
   */
  memberSeatWinners(): void {
    const members = memberSeats(this.figures);
    if (!members) return;
    const seats = members.seats.value;
    // Names in characters and in letters counted apart (李娜 … Li Na …: one person written twice), the larger.
    const script = (name: string): number => (/\p{Script=Han}/u.test(name) ? 0 : 1);
    const han = new Map<string, string>();
    const letters = new Map<string, string>();
    for (const elected of members.winners)
      for (const name of elected.names)
        (script(name) === 0 ? han : letters).set(normalizeText(name.trim()), name.trim());
    const larger = letters.size > han.size ? 1 : 0;
    const winners = larger === 1 ? letters : han;
    // 赵强、孙明等3人当选为委员: a declaration's count of its winners, more than the names it gives, is
    // at least as many winners as the names of every declaration together.
    const counting = members.winners.reduce<ElectedFigure | null>(
      (most, elected) =>
        elected.counted !== undefined && elected.counted > (most?.counted ?? 0n) ? elected : most,
      null,
    );
    const byCount = counting?.counted !== undefined && counting.counted > BigInt(winners.size);
    const lastWinners = byCount
      ? counting
      : [...members.winners]
          .reverse()
          .find((elected) => elected.names.some((name) => script(name) === larger));
    const size = byCount && counting?.counted !== undefined ? counting.counted : BigInt(winners.size);
    const names = byCount && counting ? [`${counting.names.join('、')}等${size}人`] : [...winners.values()];
    const namesEn = byCount && counting ? [`${counting.names.join(', ')} and others, ${size} in all`] : names;
    if (lastWinners && size > seats) {
      this.uses(members.seats);
      this.sum('winners-within-seats', lastWinners, seats, size, {
        zh: `公告称“${quoted(members.seats)}”，却宣布${size}人当选委员（${names.join('、')}），多于应选名额`,
        en: enCounts`“${quoted(members.seats)}” states ${englishCount(seats, 'seat')} for members, yet the notice declares ${size} elected (${namesEn.join(', ')}), more than the seats`,
      });
    } else if (lastWinners) {
      this.uses(members.seats);
      this.right('winners-within-seats', lastWinners, {
        zh: `应选委员${seats}名，宣布当选${size}人，不多于应选名额：正确`,
        en: enCounts`${englishCount(size, 'member')} declared elected, no more than the ${englishCount(seats, 'seat')}: right`,
      });
    }
  }

  /**
   * The members' post with its seats stated (应选村民委员会委员3名; member-seats.ts): a ballot gives each seat
   * one vote at most, so its candidates' votes together are no more than the seats times the valid ballots
   * (or the ballots they were checked against); each candidate alone within the ballots hid 1010, 1005,
   * 1020 and 98 votes for 3 seats of 1040 valid ballots.
   */
  private memberSeatVotes(compared: ReadonlySet<VotesFigure>, limit: CountFigure): void {
    const members = memberSeats(this.figures);
    if (!members) return;
    const byName = new Map<string, VotesFigure>();
    for (const figure of members.votes)
      if (compared.has(figure) && !byName.has(figure.candidate)) byName.set(figure.candidate, figure);
    this.seatsTimesBallots([...byName.values()], limit, members.seats);
  }

  /**
   * The members' candidates' votes together no more than the seats times the ballots `limit`, the work
   * opening with `of` (a post's own ballot); nothing judged with no more candidates than seats, or with one
   * of them above the ballots alone (flagged already).
   */
  private seatsTimesBallots(
    candidates: readonly VotesFigure[],
    limit: CountFigure,
    stated: GroupFigure,
    of = { zh: '', en: '' },
    post = MEMBERS_POST,
  ): void {
    const seats = stated.value;
    const last = candidates.at(-1);
    if (
      !last ||
      BigInt(candidates.length) <= seats ||
      candidates.some((figure) => figure.value > limit.value)
    )
      return;
    const total = candidates.reduce((sum, figure) => sum + figure.value, 0n);
    const most = seats * limit.value;
    const name = COUNT_NAMES[limit.meaning];
    const zh = candidates.map((figure) => `${figure.candidate}${figure.value}票`).join('、');
    const en = candidates.map((figure) => enCounts`${figure.candidate} ${figure.value}`).join(', ');
    this.uses(stated);
    if (total <= most) {
      this.right('votes-within-ballots', last, {
        zh: `${of.zh}应选${post.zh}${seats}名，每张选票至多投${seats}人，候选人得票合计（${zh}）${total}票，不多于${seats}乘${name.zh}${limit.value}即${most}：正确`,
        en: enCounts`${of.en}The ${post.en} post has ${englishCount(seats, 'seat')}: its candidates' votes together (${en}) are ${total}, no more than ${seats} times the ${englishCountOf(limit.meaning, limit.value)} (${most}): right`,
      });
      return;
    }
    this.sum('votes-within-ballots', last, most, total, {
      zh: `${of.zh}应选${post.zh}${seats}名，每张选票至多投${seats}人，候选人得票合计（${zh}）${total}票，多于${seats}乘${name.zh}${limit.value}即${most}`,
      en: enCounts`${of.en}The ${post.en} post has ${englishCount(seats, 'seat')}, so a ballot gives it ${seats} votes at most, yet its candidates' votes together (${en}) are ${total}, more than ${seats} times the ${englishCountOf(limit.meaning, limit.value)} (${most})`,
    });
  }

  /**
   * The votes of a one-seat post's candidates together: a ballot gives the post one vote at most, so they
   * are no more than the valid ballots (or the ballots they were checked against). Each candidate
   * alone within the ballots hid a chair's 610 and 530 votes of 1100 valid ballots.
   */
  private oneSeatVotes(
    candidates: readonly VotesFigure[],
    limit: CountFigure,
    of = { zh: '', en: '' },
  ): void {
    const last = candidates.at(-1);
    if (!last || candidates.length < 2 || candidates.some((figure) => figure.value > limit.value)) return;
    const total = candidates.reduce((sum, figure) => sum + figure.value, 0n);
    const name = COUNT_NAMES[limit.meaning];
    const zh = candidates.map((figure) => `${figure.candidate}${figure.value}票`).join('、');
    const en = candidates.map((figure) => enCounts`${figure.candidate} ${figure.value}`).join(', ');
    if (total <= limit.value) {
      this.right('votes-within-ballots', last, {
        zh: `${of.zh}主任只有一个职位，候选人得票合计（${zh}）${total}票，不多于${name.zh}${limit.value}：正确`,
        en: enCounts`${of.en}The chair has one seat: its candidates' votes together (${en}) are ${total}, no more than the ${englishCountOf(limit.meaning, limit.value)}: right`,
      });
      return;
    }
    this.sum('votes-within-ballots', last, limit.value, total, {
      zh: `${of.zh}主任只有一个职位，每张选票至多投一人，候选人得票合计（${zh}）${total}票，多于${name.zh}${limit.value}`,
      en: enCounts`${of.en}The chair has one seat, so a ballot gives it one vote at most, yet its candidates' votes together (${en}) are ${total}, more than the ${englishCountOf(limit.meaning, limit.value)}`,
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
              en: enCounts`“${part.label}” ${part.value}, no more than the ${total.value} of “${total.label}”: right`,
            });
          else
            this.sum('part-within-total', part, total.value, part.value, {
              zh: `${part.label}${part.value}${unitWord(total)}，多于总数${total.label}${total.value}${unitWord(total)}`,
              en: enCounts`“${part.label}” (${part.value}) is more than the total “${total.label}” (${total.value})`,
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
      // The chair's ballot (chair-ballot-parts.ts): why the sum must hold, said first.
      const why =
        family === 'post-choices'
          ? ONE_SEAT_CHOICES
          : family === 'candidate-choices'
            ? total.kind === 'count' && total.meaning === 'cast'
              ? ONE_MARK_A_VOTER
              : ONE_MARK_A_CANDIDATE
            : { zh: '', en: '' };
      if (holds) {
        this.right('partition', total, {
          zh: `${why.zh}${zhParts}${complete ? '等于' : '不多于'}${stated}：正确`,
          en: enCounts`${why.en}${enParts} ${complete ? 'make' : 'come to no more than'} ${stated}: right`,
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
        ? enCounts` (${sum - inner} if 直接 counts the mobile box too)`
        : left.length > 0
          ? enCounts` (${without} without ${enLeft})`
          : '';
      this.sum('partition', total, total.value, sum, {
        zh: `${why.zh}${zhParts}等于${sum}${zhOther}，${complete ? '不等于' : '多于'}${stated}的${total.value}`,
        en: enCounts`${why.en}${enParts} come to ${sum}${enOther}, ${complete ? 'not' : 'more than'} the ${total.value} of ${stated}`,
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
        en: enCounts`the posts ${stated.map((part) => enCounts`“${part.label}” ${part.value}`).join(' + ')} = “${total.label}” ${total.value}: right`,
      });
      return;
    }
    this.sum('posts', total, total.value, sum, {
      zh: `${list.join('、')}人，合计${sum}人，不等于${total.label}${total.value}人`,
      en: enCounts`The posts ${stated.map((part) => enCounts`“${part.label}” ${part.value}`).join(', ')} add up to ${sum}, not the total “${total.label}” ${total.value}`,
    });
  }

  /** Two mentions not provably of one quantity: no sum is checked, and the report says why. */
  private notCompared(figure: AnnouncedFigure, refusal: Refusal): void {
    this.unjudged.push({
      ...located(figure),
      reason: 'not-compared',
      work: { zh: `未比较：${refusal.why.zh}`, en: enCounts`Not compared: ${refusal.why.en}` },
    });
  }

  /** The counts of 无效票 and 废票 left unread in the sentence of `valid` (invalid-named-twice), if any. */
  private invalidNamedTwiceBeside(valid: CountFigure): InvalidNamedTwice | undefined {
    const at = valid.origin.span;
    if (at === undefined || valid.scope !== undefined) return undefined;
    return this.figures.invalidNamedTwice?.find(
      ({ sentence }) => sentence[0] <= at[0] && at[1] <= sentence[1],
    );
  }

  /**
   * 收回选票1104张，有效票1104张，无效票10张，废票4张: whether 废票 is 无效票 again, a part of it or a kind apart,
   * the invalid ballots are at least the smaller of the two, so the valid ballots and those are more than the
   * ballots returned whichever reading holds: flagged, with each reading's sum (every-base.ts).
   */
  private sumOfEveryReading(
    valid: CountFigure,
    returned: CountFigure,
    values: readonly bigint[],
    least: bigint,
  ): void {
    const total = values.reduce((sum, value) => sum + value, 0n);
    const readings = [...new Set([...values, total])].sort((a, b) => (a < b ? -1 : 1));
    const listed = values.join('、');
    const messages = {
      zh: `有效票${valid.value}张，无效票和废票（${listed}张）不论是同一批票、一个是另一个的一部分还是各自分开，无效的票至少${least}张（各种读法下无效票为${readings.join('或')}张）；有效票加无效票至少${valid.value + least}张，多于收回选票${returned.value}张：每一种读法下都不对`,
      en: enCounts`${valid.value} valid ballots, and the invalid counted as ${values.map((value) => enCounts`${value}`).join(' and ')} (by 无效票 and 废票): whether those are the same ballots, one a part of the other, or apart, the invalid ballots are at least ${least} (${readings.map((value) => enCounts`${value}`).join(' or ')} under each reading), so valid and invalid are at least ${valid.value + least}, more than the ${returned.value} ballots returned: wrong whichever reading holds`,
    };
    this.sum('sum-of-every-reading', valid, returned.value, valid.value + least, messages);
    const last = this.judged.at(-1);
    if (last)
      this.judged[this.judged.length - 1] = {
        ...last,
        bases: readings.map((value) => ({
          name: { zh: '无效票数', en: 'invalid ballots' },
          from: Number(value),
          to: Number(value),
        })),
      };
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

/**
 * Why a chair's ballot's parts (its candidates, 另选他人, 弃权) come to no more than the valid ballots: the
 * chair has one seat, so a valid ballot gives it one vote at most (chair-ballot-parts.ts).
 */
const ONE_SEAT_CHOICES: Bilingual = {
  zh: '主任只有一个职位，每张有效票对主任最多投一票（投给一名候选人、另选他人或弃权）：',
  en: 'The chair has one seat, so a valid ballot gives it one vote at most (for one candidate, for someone else written in, or none): ',
};

const ONE_MARK_A_CANDIDATE: Bilingual = {
  zh: '每张有效票对每名候选人最多只能表示一次（赞成、反对或弃权）：',
  en: 'A valid ballot marks each candidate once at most (for, against or abstaining): ',
};

const ONE_MARK_A_VOTER: Bilingual = {
  zh: '各职务分别投票，每名参加投票的选民每种选票最多一张，每张对每名候选人最多只能表示一次（赞成、反对或弃权）：',
  en: 'The posts were voted on apart: each voter casts one ballot of each post at most, which marks each candidate once at most (for, against or abstaining): ',
};

/** The bodies a section may name, in English. */
const SECTIONS_IN_ENGLISH: Readonly<Record<string, string>> = {
  村委会: "villagers' committee",
  居委会: "residents' committee",
  监委会: 'supervisory committee',
  村民代表: 'villager representatives',
  居民代表: 'resident representatives',
};

/** A body a section names, in English (监委会 → supervisory committee); another as written. */
function sectionInEnglish(section: string): string {
  return SECTIONS_IN_ENGLISH[section] ?? `“${section}”`;
}

/** The words of one account's check that it returned no more ballots than it issued (a post's, a round's, a polling place's). */
function returnedAgainstIssued(
  account: string,
  returned: bigint,
  issued: bigint,
): { readonly right: Bilingual; readonly wrong: Bilingual } {
  return {
    right: {
      zh: `${account}：收回选票${returned}不多于发出选票${issued}：正确`,
      en: enCounts`${account}: ${returned} ballots returned, no more than the ${issued} issued: right`,
    },
    wrong: {
      zh: `${account}：收回选票${returned}多于发出选票${issued}`,
      en: enCounts`${account}: more ballots returned (${returned}) than issued (${issued})`,
    },
  };
}

function contestKey(figure: VotesFigure): string | null {
  return figure.contest?.id ?? figure.contest?.text ?? null;
}

/** What makes two figures candidates for one statement: meaning and contest, or contest and candidate. */
/**
 * Whether two mentions of one count agree once one of them is a count rounded in 万 or 亿 (2.36万 for
 * any count from 23,550 to 23,649): the other lies within half its step of it, rounded half up.
 */
function sameAtRounding(first: CountFigure | VotesFigure, second: CountFigure | VotesFigure): boolean {
  if (first.kind !== 'count' || second.kind !== 'count') return false;
  const within = (rounded: CountFigure, other: CountFigure): boolean => {
    const step = countStep(rounded.origin.text, rounded.value);
    if (step === 0n || countStep(other.origin.text, other.value) !== 0n) return false;
    const twice = 2n * other.value;
    return twice >= 2n * rounded.value - step && twice < 2n * rounded.value + step;
  };
  return within(first, second) || within(second, first);
}

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
  // The other body its sentence tells the vote of (subject: 东湾村：村务监督委员会…有效票29张；选举…有效票860张…有效票共866张):
  // that body's counts are keyed apart, so that the committee's first mention after them is the one its
  // later mentions are compared with, as if the other body's clauses were not there.
  const subject = subjectOf(figure);
  return figure.kind === 'count'
    ? `${scopeOf(figure)}|${settingOf(figure)}|${unitClassOf(figure)}|${stageOf(figure)}|${countResidue(figure)}|${subject}`
    : `${figure.contest === null ? `unnamed:${figure.origin.span?.[0] ?? ''}` : ''}|${figure.scope ?? ''}|${settingOf(figure)}|${unitClassOf(figure)}|${votesResidue(figure)}|${subject}`;
}

/** The place a figure is of ('' for the notice's own election). */
function scopeOf(figure: AnnouncedFigure | undefined): string {
  // The voters of a group of the voters (voter-subset.ts) are of that group, as of a place of their own.
  const among = figure?.kind === 'count' && figure.among !== undefined ? `|${figure.among}` : '';
  return figure?.kind === 'count' || figure?.kind === 'votes' ? (figure.scope ?? '') + among : '';
}

const POSTS_APART = {
  zh: '公告写了几份有效票数不同的选票统计（各职位分别投票），得票属于哪一份不能确定',
  en: 'the notice states several ballot accounts with different valid ballots (a ballot for each post): which the votes are of is not certain',
};

const WOMAN_SEAT_APART = {
  zh: '妇女委员另发选票，得票未写明职位，属于哪一份选票不能确定',
  en: "the woman's seat has a ballot of its own and the votes name no post: which ballot they are of is not certain",
};

/** The woman's seat's post, elected on its own ballot (post-ballot-accounts.ts). */
const WOMAN_SEAT = /妇女/;

/**
 * Whether the notice states, beside its first account (`limit`), another account of the same meaning,
 * place and setting with another value, of the committee and of no round or woman's seat already placed
 * (`placed`): separate ballots for each post.
 */
function separatePostBallots(
  figures: AnnouncedFigures,
  limit: CountFigure,
  placed: readonly { readonly counts: Partial<Record<CountMeaning, CountFigure>> }[],
): boolean {
  const own = new Set(placed.flatMap((account) => Object.values(account.counts)));
  return figures.figures.some(
    (figure) =>
      figure.kind === 'count' &&
      figure.meaning === limit.meaning &&
      figure.value !== limit.value &&
      figure.contest === null &&
      figure.among === undefined &&
      (figure.scope ?? '') === (limit.scope ?? '') &&
      settingOf(figure) === settingOf(limit) &&
      !ofAnotherBody(figure) &&
      !ofAnotherBody(limit) &&
      !own.has(figure),
  );
}

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
  return spans[firstStartingAfter(spans, at, (span) => span[0]) - 1];
}

/** Whether one span lies inside another. */
function within(
  inner: readonly [number, number] | undefined,
  outer: readonly [number, number] | undefined,
): boolean {
  return inner !== undefined && outer !== undefined && inner[0] >= outer[0] && inner[1] <= outer[1];
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
  registered: { zh: (n: bigint) => `登记选民数${n}`, en: (n: bigint) => enCounts`${n} registered voters` },
  cast: { zh: (n: bigint) => `参加投票人数${n}`, en: (n: bigint) => enCounts`${n} voters` },
  areRegistered: 'voters are registered',
};
const HOUSEHOLDS: typeof PEOPLE = {
  registered: {
    zh: (n: bigint) => `登记户数${n}户`,
    en: (n: bigint) => enCounts`${n} registered households`,
  },
  cast: { zh: (n: bigint) => `参加投票户数${n}户`, en: (n: bigint) => enCounts`${n} households voting` },
  areRegistered: 'households are registered',
};

/**
 * The chairs' votes summed apart by body where one or more other bodies are named beside chairs of the
 * committee or of no body (`主任：张伟，得票812票` over `村务监督委员会` on a line of its own and `主任：李强，得票790票`
 * under it; `村监委主任：…` after `村委会主任：…`): each other body's chairs are one seat's, and those of the
 * committee and of no body are the committee's (a body left unsaid is no other body), unless the title
 * names another body (the notice may be that body's own election). Null where no other body is named, where
 * a chair's words name two bodies, or where the title names another body: the chairs are then summed as before.
 */
function chairsOfBodiesApart(
  byBody: ReadonlyMap<string | undefined, readonly VotesFigure[]>,
  title: string | undefined,
): VotesFigure[][] | null {
  const other = (body: string) => namesAnotherBody(body) && !body.includes('·');
  const keys = [...byBody.keys()];
  if (!keys.some((body) => body !== undefined && other(body))) return null;
  if (title !== undefined && namesAnotherBody(title)) return null;
  if (!keys.every((body) => body === undefined || other(body) || COMMITTEE_NAMES.has(body))) return null;
  const committee: VotesFigure[] = [];
  const groups: VotesFigure[][] = [];
  for (const [body, votes] of byBody)
    if (body !== undefined && other(body)) groups.push([...votes]);
    else committee.push(...votes);
  return [committee, ...groups];
}

/**
 * Each meaning's count once (the first of each), or null where a meaning is stated twice with different
 * values: which of the two is the account's is not certain.
 */
function onceEach(block: readonly CountFigure[]): Map<CountMeaning, CountFigure> | null {
  const counts = new Map<CountMeaning, CountFigure>();
  for (const figure of block) {
    const earlier = counts.get(figure.meaning);
    if (earlier !== undefined && earlier.value !== figure.value) return null;
    if (earlier === undefined) counts.set(figure.meaning, figure);
  }
  return counts;
}

/**
 * Words by which a total says it is the blocks' above (以上各村合计, 上述3个社区共计, 三村合计, 两村合计, or a bare
 * 合计 opening it): the number of places it names, if any, in group 1.
 */
const OVER_BLOCKS =
  /^(?:(?:以上|上述)(?:各|([两二三四五六七八九十\d]{1,3})个?)?(?:村|社区|行政村)?|([两二三四五六七八九十\d]{1,3})个?(?:村|社区))?(?:合计|共计|总计)/;

/** A small number in digits or Chinese numerals (两, 三, 十二), else null. */
function smallNumber(words: string): number | null {
  if (/^\d+$/.test(words)) return Number(words);
  const digits = '零一二三四五六七八九';
  const one = (char: string) => (char === '两' ? 2 : digits.indexOf(char));
  if (words.length === 1) return words === '十' ? 10 : one(words) > 0 ? one(words) : null;
  const match = /^([一二三四五六七八九]?)十([一二三四五六七八九]?)$/.exec(words);
  if (!match) return null;
  return (match[1] ? one(match[1]) : 1) * 10 + (match[2] ? one(match[2]) : 0);
}
