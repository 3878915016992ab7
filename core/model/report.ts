import type { Bilingual, Finding, Lang } from './finding.js';
import type { Gender, Round } from './election.js';

/** The report (contract §7). Fields may be added; none of the contract's may be removed or renamed. */

export interface InputDigest {
  readonly name: string;
  /** Lower-case hex SHA-256 of the file's bytes exactly as read. */
  readonly sha256: string;
  readonly size: number;
  /** What the file was read as: election, boxes, tallies, ballots, announcement. */
  readonly role: InputRole;
  /** Where the input was in a NIST common data format, recognised by its content (docs/interop.md). */
  readonly format?: 'nist-election-report' | 'nist-cast-vote-records';
}

export type InputRole = 'election' | 'boxes' | 'tallies' | 'ballots' | 'announcement';

export interface Turnout {
  /** The electorate the quorum is measured against (登记选民数); null when nothing states it. */
  readonly registered: number | null;
  /** Ballots cast = ballots returned, void ones included. */
  readonly cast: number;
  readonly issued: number | null;
  readonly invalid: number;
  readonly valid: number;
  readonly quorumMet: boolean;
  /** False when the rules void the whole election (quorum not met, more returned than issued …). */
  readonly electionValid: boolean;
  /**
   * Present (true) when a box's sheet states more void ballots than it returned (BALLOT_ACCOUNTING_MISMATCH
   * names the cell): the void and valid ballots in all are then not known; `invalid` and `valid` are
   * the sums as the sheets state them, and are compared with nothing.
   */
  readonly validUnknown?: true;
  /**
   * Present (true) when ballot records that repeat with different contents could turn the quorum either
   * way (OUTCOME_UNDECIDED): `quorumMet` is then false, and the quorum neither met nor failed.
   */
  readonly quorumUndecided?: true;
  /**
   * A notice judged alone whose electorate is of another kind than the pack's quorum counts
   * (representatives due, judged by the pack of all voters, or the reverse): no quorum was judged.
   */
  readonly quorumElectorateDiffers?: true;
  /**
   * A notice judged alone whose voters are all counted for another place than one election's (a
   * township's sum of its villages, 全镇登记选民…): no quorum was judged.
   */
  readonly quorumCountsApart?: true;
  /**
   * A notice judged alone that reports a vote the pack's quorum does not govern (a recall, 罢免, or an
   * election in Hong Kong): no quorum was judged.
   */
  readonly quorumOtherVote?: true;
  /**
   * A notice judged alone whose quorum was not judged for another reason it states: its voters are fewer
   * than its ballots returned (`voters-below-returned`) or named only by 参选 (`voters-by-standing`), or
   * every register it states is of another place, body or round than its election's own
   * (`electorate-apart`: 第一网格登记选民420人 and no register of the whole).
   */
  readonly quorumUnjudged?: QuorumUnjudged;
  /**
   * A notice judged alone that sums several elections of the pack's committee (a township's summary:
   * 全镇14个村登记选民18,204人，参加投票16,512人): its quorum was judged on the totals only, which says
   * nothing of each election when they meet it, and that at least one election missed it when they do not.
   */
  readonly quorumSummary?: QuorumSummary;
}

/**
 * The totals of a summary of several elections held to the pack's quorum: how many elections they sum
 * (null when the summary does not say), and whether the totals meet the quorum. Totals short of it mean
 * that at least one election's own voters were short of its own register's share (the sum of counts each
 * meeting a share meets it); totals that meet it say nothing of any one election.
 */
export interface QuorumSummary {
  readonly elections: number | null;
  readonly totalsMet: boolean;
}

/** Why a notice judged alone had no quorum judged, besides another electorate, a sum of places or a recall. */
export type QuorumUnjudged = 'voters-below-returned' | 'voters-by-standing' | 'electorate-apart';

export interface CandidateResult {
  readonly id: string;
  readonly name: string;
  readonly gender?: Gender;
  readonly votes: number;
  readonly writeIn: boolean;
  readonly elected: boolean;
}

export interface ContestResult {
  readonly id: string;
  readonly name: string;
  readonly seats: number;
  /** Ballots that count in this contest (valid ballots: cast minus void). */
  readonly validBallots: number;
  readonly blank: number;
  /** Highest votes first; ties keep the election definition's order. */
  readonly candidates: readonly CandidateResult[];
  /** Candidate ids (write-ins by name), in order of votes. */
  readonly elected: readonly string[];
  readonly unfilledSeats: number;
  /** The least number of votes that wins a seat under the rule pack: the threshold as a whole number. */
  readonly votesNeeded: number | null;
  /**
   * Present (true) when ballot records that repeat with different contents could change who is elected,
   * or whether the election is valid: no one is then shown elected and OUTCOME_UNDECIDED says why.
   */
  readonly undecided?: true;
}

export interface BoxResult {
  readonly box: string;
  readonly registered: number | null;
  readonly issued: number | null;
  readonly returned: number | null;
  readonly invalid: number | null;
  /** Ballot records read for this box, when ballots were given. */
  readonly ballotRecords?: number;
}

/** Why the report's pack version is the one it is. */
export type VersionChoice = 'election-date' | 'notice-date' | 'today' | 'pinned' | 'unversioned';

/** The pack version an audit applied, and why (report field `rulesVersion`). */
export interface RulesVersion {
  readonly id: string;
  /** The text the version encodes; null for a pack without versions. */
  readonly statute: Bilingual | null;
  readonly from: string | null;
  readonly until: string | null;
  readonly chosenBy: VersionChoice;
  /** The day the version was chosen for (the election's date, or today); null when it was named. */
  readonly date: string | null;
  readonly reason: Bilingual;
}

export type Verdict = 'valid' | 'void' | 'runoff-needed' | 'discrepancies';

/** One figure of the announcement judged against another it states (contract §7, `announcement.judged`). */
export interface AnnouncementJudgedFigure {
  /** share, share-of-whole, share-of-every-base, sum-of-every-reading, ballots, votes-within-ballots, part-within-total, halves, posts, partition, stated-twice, calculation, point-change. */
  readonly rule: string;
  readonly right: boolean;
  /**
   * The figure as written, or its JSON path. An English count before its whole (`57 of the`, its span) is
   * quoted on to the end of its phrase (`57 of the 63 representatives attended`); the span is its own.
   */
  readonly text: string;
  readonly span?: readonly [number, number];
  /** The sum or share worked out: "74 of 184 is 40.2173…%, which rounds to the 40.2% the notice states: right". */
  readonly work: Bilingual;
  /**
   * An addition, present for `share-of-every-base` and `sum-of-every-reading` only: every reading the
   * figure was judged against — a stated count (`from` = `to`) or an unstated one between bounds (`to` null:
   * no upper bound) — each with its name; the figure is wrong under every one.
   */
  readonly bases?: readonly { readonly name: Bilingual; readonly from: number; readonly to: number | null }[];
}

/** A stated number, share or declaration that was not judged, and why (`announcement.unread`). */
export interface AnnouncementUnreadFigure {
  readonly text: string;
  readonly span?: readonly [number, number];
  /**
   * no-meaning, approximate, no-base, ambiguous-base, change, not-a-name, age, past-limit, doubtful-label, candidates-registering (people registering as candidates, 3位直轄市長參選人完成登記: not the electorate), one-polling-place, in-words, fraction-of-one, no-unit, other-round, other-round-count (a count after a runoff named otherwise than by a form's heading line over the block: that round's), other-body-count (a count under a report form's heading of another body, or an English winner's votes right after another body is named: that body's), other-body-winner (an English declaration right after another body is named, naming no committee: not counted among the committee's winners), body-unstated (a count or share after a bare ； that follows another body's vote in a block's sentence, no election named after the mark: which body's election it counts is not stated, compared with neither), kind-of-invalid,
   * doubtful-figure, in-expression, garbled, mixed-places, chaff, corrected, superseded (the wrong value of a correction naming its count, 参加投票人数2,897人有误，现更正为2,987人: the corrected value is read in its place), corrected-elsewhere (a count a correction elsewhere in the notice names as wrong, 参加投票2,897人 … 更正：参加投票人数有误，更正为2,987人: neither value judged), named-base, labels-apart (a report form's labels stacked on their own lines over their numbers: which label each number is of is uncertain), flattened-table (a 当选人名单 table flattened one cell a line whose cells do not fit its header: no one declared by it; or a flattened table with a 是否当选 or 村名 column whose rows do not all fit its header exactly: each number in it, none of its rows read), too-large, space-parted, part-unstated, whole-place-people, per-unit, average, span, points, measure, ordinal, ballot-row, ambiguous-total, bare-after-name, respective-unmatched, against-or-abstained, margin, margin-or-votes, gap, fraction-or-percent, in-cheng, unreadable-cell, not-a-count (a digit under a column that counts nothing: 备注, 联系电话, 年龄, 日期), marks-counted (a 合计 row's count under a column of words: 一肩挑 3个), households, reelection-rate (a re-election rate naming no base: of the last term's members or of this term's), last-term-aside (the last term's figure: a share in a bracket of that term's figures, （上届…，参选率87.18%）, or a count right after 上届 in a change, 比上届的1,802人增加113人, or a winner's votes in such a bracket, 得票1,382票（上届得票1,375票）), counts-not-stated, rounded-restated (a count rounded in 万 with its exact count in the bracket after it, 12.36万人（123,640人）, agreeing at its precision: the exact count is read in its place), threshold-stated (the votes a rule states a winner needs, 须过半数（即738票）方可当选: not a candidate's votes nor a count of voters), zero-base, nothing-to-check (a notice checked alone: read, and no check took it); not-compared (two mentions a sum check did not
   * compare, not provably of one quantity; a contest the election does not hold, a
   * name no candidate matches with certainty).
   */
  readonly reason: string;
  /**
   * The reason in words, with a bounded window of the text around it; in a summary of several villages'
   * or communities' blocks, opened by the block's place (`西岭村：读不出…`, `西岭村: could not be read…`).
   */
  readonly work: Bilingual;
  /**
   * An addition, present only in a summary of several villages' or communities' blocks for a figure inside
   * one: that block's village or community as the text names it (`西岭村`).
   */
  readonly place?: string;
  /**
   * An addition, present only for a share whose base is one of a few counts the text leaves open and
   * that is right of at least one of them (`no-base`, `ambiguous-base`): every base it may be of, each
   * with its name, a stated count (`from` = `to`) or an unstated one between bounds (`to` null: no upper
   * bound), whether the share is right of it, and for an unstated base it is right of, the numbers of it
   * that give the share (`gives`; `to` null: any from `from` up).
   */
  readonly bases?: readonly AnnouncementUnreadBase[];
}

/** One base an unread share may be of, and whether the share is right of it (`announcement.unread[].bases`). */
export interface AnnouncementUnreadBase {
  readonly name: Bilingual;
  readonly from: number;
  readonly to: number | null;
  readonly right: boolean;
  readonly gives?: { readonly from: number; readonly to: number | null };
}

/**
 * What was read from the announcement and what was done with it: every figure judged (right ones
 * included) and every stated figure not judged, each list capped at ANNOUNCEMENT_LIST_LIMIT entries
 * (the counts are of all). Present in every report that read an announcement.
 */
export interface AnnouncementSection {
  readonly figuresRead: number;
  readonly judgedCount: number;
  readonly judged: readonly AnnouncementJudgedFigure[];
  readonly unreadCount: number;
  readonly unread: readonly AnnouncementUnreadFigure[];
  /** The ballot counts the announcement states; null where it states none (the turnout's 0 is no statement). */
  readonly stated: Readonly<
    Record<'registered' | 'cast' | 'issued' | 'returned' | 'valid' | 'invalid', number | null>
  >;
  /** Which stated count stood for the ballots cast: voters who cast a ballot, else ballots returned; null if neither. */
  readonly castFrom: 'cast' | 'returned' | null;
  /** Present when the electorate and voters stated are counted in households (户代表: 应到户代表48户), not people. */
  readonly unit?: 'households';
  /** Present when a rule pack judged the notice checked alone: which of its rules were judged (`announcement.lawJudged`). */
  readonly lawJudged?: LawJudged;
}

/**
 * Which of a pack's rules a notice checked alone was judged on, so that "meets the law" is never read
 * where a rule was not judged. `quorum`: the turnout against the pack's quorum (`no-rule`: the pack sets
 * none). `winners`: the declared winners' votes against the round's threshold — `met` only when every
 * winner declared was judged and each meets it, `partly` when some were judged (all meeting it) and the
 * others could not be, `not-met` when one judged falls short, `none-read` when no declaration of a winner was read
 * (the notice may declare none, or declare them in a shape not read), `no-rule` when the pack sets no threshold for the round. `winnersDeclared` counts the distinct names read as declared elected, `winnersJudged` those of them judged.
 * `listsUnread` (present only when not 0): lines of winners after `当选委员：` whose names were not read, so
 * that the winners read are not all the winners: `met` is then `partly`.
 */
export interface LawJudged {
  readonly quorum: 'met' | 'not-met' | 'not-judged' | 'no-rule';
  readonly winners: 'met' | 'not-met' | 'partly' | 'not-judged' | 'none-read' | 'no-rule';
  readonly winnersDeclared: number;
  readonly winnersJudged: number;
  readonly listsUnread?: number;
}

export interface Report {
  readonly format: 'tallywitness.report/1';
  readonly election: string;
  /** The exact pack applied: `cn-village@2025`, or a pack without versions (`plurality`). */
  readonly rules: string;
  /** Which version of the pack applied, its dates and why (the election's date, today, a receipt). */
  readonly rulesVersion?: RulesVersion;
  readonly round: Round;
  readonly lang: Lang;
  readonly verdict: Verdict;
  readonly turnout: Turnout;
  readonly contests: readonly ContestResult[];
  readonly boxes: readonly BoxResult[];
  readonly findings: readonly Finding[];
  readonly inputs: readonly InputDigest[];
  /** Present when an announcement was read: its work shown (an addition to the contract's fields). */
  readonly announcement?: AnnouncementSection;
}
