import type { Round } from '../model/election.js';
import type { Bilingual } from '../model/finding.js';

/**
 * A rule pack is data: the thresholds and choices a law or practice fixes, with the article it
 * encodes. The recount reads these fields; nothing about a particular law is hard-coded elsewhere.
 */

/**
 * What a threshold is measured against:
 * - `registered`: the electorate (登记选民数; for a party branch, the members due to attend, 应到会人数);
 * - `cast`: ballots returned, void ones included (参加投票人数; for a party branch, those present who vote);
 * - `valid`: ballots returned minus those declared void.
 */
export type ThresholdBase = 'registered' | 'cast' | 'valid';

/** A share of some base, compared exactly: `count * den > num * base` (strict) or `>=`. */
export interface Threshold {
  readonly num: number;
  readonly den: number;
  readonly strict: boolean;
  readonly base: ThresholdBase;
}

/** Who the `registered` figure counts: it only changes how the electorate is named in messages. */
export interface Electorate {
  readonly kind:
    'voters' | 'all-residents' | 'household-representatives' | 'residents-representatives' | 'members';
  readonly name: Bilingual;
}

/**
 * When seats still open may stay vacant (暂缺, 空缺) instead of being voted on again, as some
 * provincial measures allow once enough committee members are elected. Counted over every post of
 * the committee (all contests of the election), not per contest.
 */
export interface VacancyRule {
  /** The round whose result it applies to: `first` (instead of a runoff) or `runoff` (after it). */
  readonly after: Round;
  /** Committee members elected, over all posts, needed at least. */
  readonly minMembers: number;
  /** Whether the chair (主任) must be among those elected. */
  readonly chairElected: boolean;
  /** Who lets them stay vacant: the measures themselves, or the villagers' (representatives') meeting. */
  readonly decidedBy: 'measures' | 'villagers-meeting';
}

/**
 * The text a pack encodes and the days that text is in force. A law amended in place keeps its
 * family (the id before `@`) and gains a version; the election's date picks the version.
 *
 * How a pack declares its version (national and provincial alike):
 * - `id` is `<family>@<label>`, `family` the part before `@`, `version.label` the part after it,
 *   by convention the year of the text (`cn-village@2025`, `cn-village-zhejiang@2025`);
 * - `version.statute` names the text as it is cited, with its adoption or amendment date;
 * - `version.caveat` says what of the text could not be read or confirmed, if anything;
 * - `version.from` is the first day the text is in force, `version.until` the last (absent while it
 *   still is). Versions of one family must not overlap: registry.test.ts checks it. When a newer text
 *   arrives, the older version gains `until` = the day before the newer one's `from`.
 * - Register every version in registry.ts. A pack without `version` (the generic ones) applies on
 *   any date and its id is its family.
 * A provincial pack builds on the national version in force over the same days (its thresholds are
 * that text's), e.g. `{ ...CN_VILLAGE_2025, id, family, version, ... }`.
 */
export interface PackVersion {
  /** The part of the id after `@`: the year of the text. */
  readonly label: string;
  /** The text, as cited: title and the date it was adopted, amended or revised. */
  readonly statute: Bilingual;
  /** First day in force, `YYYY-MM-DD`. */
  readonly from: string;
  /** Last day in force, `YYYY-MM-DD`; absent while the text is in force. */
  readonly until?: string;
  /**
   * What of this text could not be confirmed where the pack was written: every report that applies
   * the version says it (in `rulesVersion.reason`), and the rule-pack panel shows it.
   */
  readonly caveat?: Bilingual;
}

export interface RulePack {
  /** `<family>@<version label>` for a versioned pack; the family alone otherwise. */
  readonly id: string;
  /** What `election.json`'s `rules` names to let the election's date choose the version. */
  readonly family: string;
  readonly version?: PackVersion;
  readonly name: Bilingual;
  /** The law or practice, article by article, this pack encodes. */
  readonly sources: readonly Bilingual[];
  /** What happens to a ballot that chooses more names than a contest has seats. */
  readonly overvote: 'void-ballot' | 'void-contest';
  /**
   * Whether a ballot choosing one person (the same name, candidate or written in) for two or more
   * posts is void as a whole, as Zhejiang's measures (art. 27) say; absent: such a ballot counts.
   * Only ballot records show it; a tally sheet has already applied it.
   */
  readonly onePersonTwoPosts?: 'void-ballot';
  /**
   * Where the text makes a runoff's candidates those not elected in the first vote (村民委员会组织法 art. 15
   * para. 2, 2018; art. 18 para. 2, 2025; 城市居民委员会组织法 art. 19 para. 2, 2025: “另行选举的，第一次投票
   * 未当选的人员得票多的为候选人”): that provision, cited in RUNOFF_CANDIDATE_ELECTED when a runoff lists as
   * a candidate someone named as elected earlier (`alreadyElected`). Absent: no such check.
   */
  readonly runoffCandidatesUnelected?: Bilingual;
  /**
   * Where the national text that provision is in was renumbered while the pack is in force (a provincial
   * version built on `cn-village@2018` that runs on past 2026-01-01): from `from` on, an election dated
   * that day or later cites `citation`, the provision as numbered in the text then in force.
   */
  readonly runoffCandidatesRenumbered?: { readonly from: string; readonly citation: Bilingual };
  /**
   * Where the text sets how many must attend the meetings that elect the village affairs supervisory
   * committee (村民会议, 村民代表会议: 《村民委员会组织法》 art. 22 para. 1 and art. 26 para. 2, 2018; art. 26
   * para. 1 and art. 30 para. 2, 2025): a villagers' meeting of the households' representatives needs
   * `households` of the village's households represented, or else (the other route of the same meeting)
   * `villagers` of the village's villagers aged 18 or over present; a meeting of villagers' representatives
   * `representatives` of its members present, each with the provision cited. Absent: not judged.
   */
  readonly meetings?: {
    readonly households: { readonly threshold: Threshold; readonly citation: Bilingual };
    readonly villagers: { readonly threshold: Threshold; readonly citation: Bilingual };
    readonly representatives: { readonly threshold: Threshold; readonly citation: Bilingual };
  };
  readonly electorate: Electorate;
  /** Ballots cast over the electorate for the election to be valid; null when there is no quorum. */
  readonly quorum: Threshold | null;
  /** The election is void when more ballots are returned than were issued (in any box or in all). */
  readonly voidWhenReturnedExceedsIssued: boolean;
  /**
   * The election is void when more ballots are returned than voters signed in and voted (投票人数), in
   * any box or in all, where a provincial text takes that as the base ("所投的票数……多于投票人数的无
   * 效"). Read from the optional `voters` column of boxes.csv: a box without it is not checked, and
   * UNREAD_FIGURE says so. Absent: no such rule.
   */
  readonly voidWhenReturnedExceedsVoters?: boolean;
  /** Votes a candidate needs in a first round; null: the most votes win (plurality). */
  readonly firstRound: Threshold | null;
  /** Seats left open after a first round: filled by a runoff (另行选举), or left vacant. */
  readonly unfilledSeats: 'runoff' | 'vacant';
  /** Votes the highest in a runoff needs; null: the most votes win. */
  readonly runoff: Threshold | null;
  /** Days after the vote within which a runoff must be held, where the text sets a limit. */
  readonly runoffWithinDays?: number;
  /** When open seats may stay vacant; absent: every open seat needs a further vote. */
  readonly vacancy?: VacancyRule;
  /** A tie across the last seat: the tool never draws lots; the seat stays open for a re-vote. */
  readonly ties: 'leave-open';
  /** Women among all elected members of the committee, unless the election sets `minWomen`. */
  readonly defaultMinWomen: number;
  /** Whether each contest must have more candidates than seats (差额选举). */
  readonly competitive: boolean;
  /**
   * Where the text sets how many more: candidates beyond the seats must be at least `num/den` of the
   * seats ((candidates − seats) × den ≥ seats × num), as the Party's regulations set 20 % (2020 art. 13:
   * “委员候选人的差额不少于应选人数的20%”). Only with `competitive`. Absent: one more is enough.
   */
  readonly minCandidateMargin?: { readonly num: number; readonly den: number };
  /**
   * Whether a breach of 差额 voids the election, as Chongqing's residents' committee measures (2025,
   * art. 34) say: NOT_COMPETITIVE is then an error and a reason of ELECTION_VOID. Absent: a warning.
   */
  readonly voidWhenNotCompetitive?: boolean;
  /**
   * A post on the ballot for a woman member (妇女委员), listed apart from the other members, as Zhejiang's
   * measures have it (art. 21: the ballot lists it; art. 29: a runoff's ballot keeps it while no woman
   * is among the members elected). The post is the contest with id `women-member` or a name holding
   * 妇女委员. Absent: no such post.
   */
  readonly womenMemberPost?: 'kept-until-a-woman-is-elected';
  /** What the pack does not encode, or where its sources could not be confirmed. */
  readonly notes?: readonly Bilingual[];
}
