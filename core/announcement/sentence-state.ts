import type { VoterSubset } from './voter-subset.js';
import type {
  AnnouncedContest,
  AnnouncedFigure,
  CountFigure,
  GroupFigure,
  ShareTerm,
  UnreadReason,
  VotesFigure,
} from './announced-figures.js';

/**
 * A count or a share of an English list given respectively: whose votes it is (null when that cannot be
 * told, with the reason), the contest, every name of the list, and for a share the valid ballots named as
 * its base.
 */
export interface EnglishRespectiveEntry {
  readonly share: boolean;
  readonly name: string | null;
  readonly contest: AnnouncedContest | null;
  readonly refusal: UnreadReason | null;
  readonly names: readonly string[];
  readonly ofValid: boolean;
  /** The count is the ballots cast a winner's votes are of (`with 812 of 1,402 votes cast`). */
  readonly cast?: boolean;
  /** The share's bracket names the ballots cast as its base (`(812 votes, 57.9% of the ballots cast)`). */
  readonly ofCast?: boolean;
  /** The votes are of the place the sentence opens with, as its voters are (english-winner-shapes.ts). */
  readonly ofOpeningPlace?: boolean;
}

/** What the reader remembers between sentences and clauses. */
export interface SentenceState {
  /** The sentence corrects an earlier notice (参选率“81.4%”有误，应为“84.1%”): none of its numbers is read. */
  correction: boolean;
  contest: AnnouncedContest | null;
  lastFigure: AnnouncedFigure | null;
  lastVotes: VotesFigure | null;
  /** Candidates' votes read in this sentence, for rates given in a list (得票率分别为61.4%、37.6%). */
  votes: VotesFigure[];
  /** Each candidate's last votes in `votes`, by name, for a share given respectively. */
  lastVotesOf: Map<string, VotesFigure>;
  /** Ballot counts read in this sentence, for shares given in a list (分别占99.1%和0.9%). */
  counts: CountFigure[];
  /** Groups of people read in this sentence, for shares given respectively (分别占). */
  groups: GroupFigure[];
  /** Whether any of `groups` counts places (村1,204个): kept as they are read, not found by a pass for each number. */
  placesCounted: boolean;
  /**
   * The shares still to come of a 分别占 list: their parts in order, and their common base, or their
   * bases in order where the list names one for each (分别占主任、委员总数的18.2%、29.8%).
   */
  respectively: { parts: ShareTerm[]; whole: ShareTerm; wholes?: ShareTerm[] } | null;
  /** 甲、乙和丙分别以1802票、1766票和1750票: the names still to take the votes that follow, in order. */
  respectiveNames: string[] | null;
  /** The contest the list's own words name (委员候选人张伟、李强分别得票…), for every name of it. */
  respectiveContest: AnnouncedContest | null;
  /** Why the first share of a 分别 list was left unread: the rest of the list are, for the same reason. */
  respectivelyRefused: UnreadReason | null;
  /** 书记和主任分别有4021人和2441人: the labels still to take the counts that follow, in order. */
  respectiveGroups: string[] | null;
  /** Why the number just read in this clause was refused: 比上届增加572人和104人 — the 104 is a change too. */
  lastRefusal: UnreadReason | null;
  /** Every name given votes by such a list, for the 当选 that closes it. */
  respectiveVoters: string[];
  /**
   * English votes given respectively (`Zhang Wei and Li Na received 812 and 790 votes respectively`), by
   * where each count starts: whose votes it is and of which contest, or why it cannot be told.
   */
  englishRespective: ReadonlyMap<number, EnglishRespectiveEntry>;
  /** The names given votes by an English list given respectively in the sentence right before. */
  respectiveBefore: readonly string[];
  /** The figure read before a bracket opened (51人（其中…5人），占比82.3%: the share is of the 51). */
  beforeBracket: AnnouncedFigure | null;
  /** True when a bracket closed between the figure just read and this one. */
  afterBracket: boolean;
  /** True when parts were opened by 其中 inside a bracket not yet closed. */
  partsInBracket: boolean;
  /**
   * Where the number just read ends, when it is a count of a part (one box's, a way of voting's: left
   * unread as such) or another count than the notice's own (敬老院收回选票46张 after 收回选票1488张): a
   * bracket opened right after it holds that count's own parts (（其中无效票1张）), never the whole's; and
   * whether it is a group of people (外出务工选民委托投票46人), whose bracket holds its ballots (（其中无效票1张）)
   * but also its own groups (其中女性…), which are read as such.
   */
  partEnd: { end: number; group: boolean } | null;
  /**
   * While such a bracket of a part's parts is open (`bracket`: every count in it is the part's), or such a
   * part's 其中 lists its kinds of ballot (`parts`: 其中有效票45张，无效票1张); else null.
   */
  inPartBracket: 'bracket' | 'parts' | null;
  /** Groups of those expected (应到…) and present (实到…) read in this sentence: the first of each, and how many. */
  attendance: { expected: GroupFigure | null; present: GroupFigure | null; count: number };
  /** 在18个省辖市中，有10个省辖市…: the places named by 在…中 and the part of them counted after, for a rate. */
  amongPlaces: { total: GroupFigure; part: GroupFigure | null } | null;
  /** 党员142名，占成员总数187名的75.9%: the base counted inside the share's words, for the share after it. */
  baseInShare: { part: ShareTerm; whole: ShareTerm; from: number } | null;
  /** A group of the voters counted in this sentence, whose voters and turnout follow (voter-subset.ts). */
  voterSubset: VoterSubset | null;
  /** The number just read was a count of people left unread (本届396名): a 其中 after it is of that count. */
  uncountedPeople: boolean;
  /** The sentence's text, for words that change how a figure reads (投票率 beside 参选率). */
  text: string;
  /** Where the sentence starts in the text. */
  start: number;
  /**
   * The last place named in the sentence so far, and where the search for places has reached; while the
   * place is a kind of place listed as a part (其中村…、社区…), the place named before that list (`whole`)
   * and how many kinds the clause has listed (`kinds`); how many times the sentence has named a numbered
   * part other than the one it named last (`parts`); where a polling station or box named as a part of
   * the count before it (其中流动票箱投票186人) was named (`partFrom`).
   */
  place: {
    name: string | null;
    scannedTo: number;
    whole?: string | null;
    kinds?: number;
    parts?: number;
    partFrom?: number;
  };
}

/** What may stand between two shares given respectively: 11.7%和0.5%, 11.7%、0.5%. */
export const NEXT_SHARE = /^\s*(?:(和|及|与|、)\s*)?$/;
