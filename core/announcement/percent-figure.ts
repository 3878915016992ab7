import type {
  AnnouncedFigure,
  CountFigure,
  CountMeaning,
  GroupFigure,
  PercentFigure,
  ShareTerm,
  TextSpan,
  UnreadReason,
} from './announced-figures.js';
import { attendanceRate, meetingAttendance, shareOfThoseExpected } from './attendance-base.js';
import { nameIn, personOfOpenBracket } from './candidate-votes.js';
import { ballotsCastShare } from './english-count-words.js';
import { voteRateIndex, voteRateOfCandidate } from './english-candidate-votes.js';
import { CHANGE, CHANGED_TO, LAST_TERM_FIGURE, changeGoesOn, inLastTermAside } from './change-words.js';

import {
  BRACKETED_SHARE,
  PART_TURNOUT,
  AVERAGED_RATE,
  SHARE_OF,
  TURNOUT_RATE,
  VOTE_RATE,
  countMeaningOf,
  defaultWholeOf,
  groupLabel,
} from './figure-words.js';
import { THE_TOTAL, namedBase, namesItsBase, oneKindForBoth, sentenceTotalOf } from './named-base-words.js';
import {
  baseAfterZhan,
  baseInBracketAfter,
  baseRestatedAfter,
  type GroupsStatedOnce,
  namedRateBase,
  totalNamedShort,
} from './named-rate-base.js';
import { ATTENDANCE_RATE } from './representative-counts.js';
import type { NumberToken } from './scan-numbers.js';
import type { ContestResolver } from './resolve-contest.js';
import { joinedBefore, labelsNamedTogether } from './parts-named-together.js';
import { postAmongParts } from './post-or-committee.js';
import {
  ballotBaseNamed,
  ballotRateNamed,
  countsGivenRespectively,
  rateOfGroupJustRead,
  reelectionRateOfEitherTerm,
} from './rate-of-part.js';
import { amongPlacesRate } from './places-among.js';
import { NEXT_SHARE, type SentenceState } from './sentence-state.js';
import { votesThenShare } from './votes-then-share.js';
import { subsetTurnout } from './voter-subset.js';
import { ATTENDING_BASE } from './shares-of-attending-representatives.js';
import { listBefore, summedParts, summedTerm } from './summed-parts.js';
import { isAttributeLabel, type SummaryTotals } from './summary-totals.js';
import { lineStartAt } from './text-places.js';
import { turnoutAfterComma } from './english-turnout-after-comma.js';

/** A percentage in prose: what it is a share of (its part) and of what (its base), from the words around it. */

/** How far before a share the kind of meeting (户代表会议) is looked for. */
const MEETING_REACH = 200;
/** A title's last words, which no name ends in: 主任, 委员, 书记, 主席. */
const POST_AT_END = /(?:主任|委员|书记|主席)$/;

/** How far before a bare `vote rate` a candidate's votes are looked for (english-candidate-votes.ts). */
const VOTES_BEFORE_RATE_REACH = 80;
/** 分别占…的11.7%和0.5%, 40岁以下和41至45岁的各占: each share belongs to one of the groups just read, in order. */
const RESPECTIVELY = /(分别|各)$/;
/** 比例分别达到12.3%和13.8%: shares given respectively, 分别 after the share word. */
const RESPECTIVELY_AFTER = /^(占比|比例|比重|占)(分别|各)/;

/** 提高到, 下降至: the words before the rate a change arrived at. */
const RISEN_TO = /^\s*(?:提高|上升|增加|增长|升|下降|降低|减少|降)(?:到|至)\s*$/;
/** How far before 提高到 the rate's name and the rate it changed from are looked for. */
const RATE_FROM_REACH = 48;
/** “一肩挑”比例由上届的62.4%, ending where 提高到 starts: the rate's name (“一肩挑”比例). */
const RATE_CHANGED_FROM =
  /([\u4e00-\u9fff“”"]{2,12}(?:率|比例))(?:由|从)(?:上届|上一届|上次|换届前|往届)?的?\d+(?:\.\d+)?%$/;

/** 由上届的62.4%, 从换届前的: the rate a change starts from. */
const CHANGED_FROM = /(?:由|从)[^\S\n]*(?:(?:上届|上一届|上次|换届前|往届)[^\S\n]*)?的?$/;

/** 占, 占比, 占比分别为: a share of something the words do not name, given respectively. */
const SHARE_OF_ALONE = /^占(?:比(?:(?:分别|各)(?:为|是|达到?)?)?)?$/;

/** 占30%左右, 参选率在80%以上: an approximate share or a bound, no exact share. */
const APPROXIMATE_AFTER_SHARE = /^\s*(?:左右|上下|以上|以下|之上|之下)/;

/** 是党员的, 为女性的 (占…): those of the people just named who are such, a part the text does not count. */
const THOSE_WHO_ARE = /^(?:其中)?(?:是|为|系)[^，,；;。]{1,12}的$/;

/** What reading a percentage needs of the text reader. */
export interface ShareReader {
  /** Why the number being read was refused, when a rule knew. */
  refusal: UnreadReason | null;
  /** The votes of a candidate's share refused as of cast or of valid ballots (王林812票（62.1%）). */
  voteShareOfEither: ShareTerm | null;
  readonly original: string;
  readonly folded: string;
  readonly candidateNames: readonly string[];
  readonly figures: readonly AnnouncedFigure[];
  /** The groups of `figures` stated exactly once, by label (named-rate-base.ts). */
  readonly groupsStatedOnce: GroupsStatedOnce;
  readonly summary: SummaryTotals;
  readonly firstCounts: ReadonlyMap<string, CountFigure>;
  /** Candidates' shares refused as of cast or of valid ballots, for vote-share-bases.ts. */
  readonly voteSharesOfEither: PercentFigure[];
  origin(span: TextSpan): { span: TextSpan; text: string };
  spanFrom(start: number, end: number): TextSpan;
  readonly resolveContest: ContestResolver;
  /** Where the paragraph an offset of `folded` stands in ends (paragraph-ends.ts). */
  paragraphEndFrom(at: number): number;
  /** Makes a group read as a part of a total, which the text then shows it is not within, a total of its own. */
  unattach(group: GroupFigure): void;
  /** 到会率 of an election by representatives: its voters over its electorate, stated in the sentence. */
  attendanceOfVoters(state: SentenceState): { part: ShareTerm; whole: ShareTerm } | null;
  /** 占居民代表总数的92.06% in an election by representatives: a turnout of them. */
  ofRepresentatives(base: string, part: ShareTerm): { part: ShareTerm; whole: ShareTerm } | null;
}

/**
 * A post written against the name opening its clause (主任张建华得票率80.6%, 村委会主任张建华): the post, the
 * committee's name before it or not.
 */
const POST_GLUED =
  /(?:^|[，,；;。：:\n])[^\S\n]*(?:村民委员会|居民委员会|村委会|居委会)?(副主任|妇女委员|主任|委员)$/;

/** A sentence that opens with the whole of its figures (`Of the 640 ballots in the east hamlet,`). */
const OPENS_WITH_WHOLE =
  /^[^\S\n]*(?:of|among)[^\S\n]+(?:the|all)[^\S\n]+(\d[\d,]*)((?:[^\S\n]+[a-z'’-]+){1,8}),/i;
/** A whole of the ballots or votes (`valid ballots`), and words that name its place (`at the …`). */
const WHOLE_OF_BALLOTS =
  /^[^\S\n]+(?:(?:valid|counted|cast)[^\S\n]+)?(?:ballots|votes|ballot[^\S\n]+papers)\b/i;
const PLACE_WORDS = /\b(?:at|in|from)\b/i;

/** How far into its sentence a share may stand for the sentence's opening to be read (a bounded slice). */
const OPENING_REACH = 200;

/**
 * The sentence before a share opens with its whole, and holds one number more, the part (its votes): a
 * whole of something other than ballots, of a part of the place's ballots, or of ballots the text states
 * as no count of the whole election (`Of the 640 ballots,` beside `Ballots cast: 964`).
 */
function opensWithItsWhole(before: string, firstCounts: ReadonlyMap<string, CountFigure>): boolean {
  const opening = OPENS_WITH_WHOLE.exec(before);
  const [, number = '', words = ''] = opening ?? [];
  if (!opening || (before.match(/\d[\d,.]*/g) ?? []).length !== 2) return false;
  if (!WHOLE_OF_BALLOTS.test(words) || PLACE_WORDS.test(words)) return true;
  // The election's own ballots (`Of the 964 ballots cast,` beside `Ballots cast: 964`): the share may be
  // of them or of the valid ballots, judged as any share after votes is.
  const value = BigInt(number.replaceAll(',', ''));
  return !ELECTION_BALLOTS.some((meaning) => firstCounts.get(`${meaning}|`)?.value === value);
}
/** The whole election's counts a candidate's share may be of. */
const ELECTION_BALLOTS = ['returned', 'cast', 'valid'] as const;

/** A percentage: its part and base from the words around it, or null (the reason in `refusal`). */
export function percentFigure(
  reader: ShareReader,
  token: NumberToken,
  labelStart: number,
  label: string,
  trailer: string,
  sharesFromHere: number,
  state: SentenceState,
): AnnouncedFigure | null {
  const words = `${label} ${trailer}`;
  // 各占30%左右: no exact share.
  if (APPROXIMATE_AFTER_SHARE.test(trailer)) {
    reader.refusal = 'approximate';
    return null;
  }
  reader.voteShareOfEither = null;
  // 占三分之一（33.33%）: the bracket restates the fraction in words before it; where it matches (1/3 is
  // 33.33% as rounded) it is that fraction, no share of another count (before, its whole was “三分之一（”).
  if (restatesFraction(label, token)) {
    reader.refusal = 'restated-fraction';
    return null;
  }
  // 占成员总数187名的75.9%: the share's words start at 占, before its whole's count.
  const from = state.baseInShare !== null && /^\s*的\s*$/.test(label) ? state.baseInShare.from : labelStart;
  // 吴小兰（801票，69.42%）: a share after the votes in one bracket is theirs, as in 吴小兰801票（69.42%）.
  const afterVotes = votesThenShare(reader.folded, token.span[0], token.span[1]);
  // 李芳得票903票，得票率69.2%（占参加投票人数的69.2%）: the bracket restates this share, and is no second
  // share of the clause (two shares beside two candidates' votes would be given one to each).
  const restatedAfter = RESTATED_AFTER.test(reader.folded.slice(token.span[1], token.span[1] + 4)) ? 1 : 0;
  // `1,982 voters took part in the vote, 92.4% of the registered voters`: as after `, or`.
  const afterVoters = !afterVotes && turnoutAfterComma(reader.folded, token.span, state.lastFigure);
  const share = shareOf(
    reader,
    afterVotes ? '(' : afterVoters ? 'or' : label,
    trailer,
    labelStart,
    words,
    sharesFromHere - restatedAfter,
    state,
  );
  // `Of the 1,200 registered voters, Chan received 320 votes (26.7%)`: the sentence names its own whole
  // before the votes, so their share is of it, never of a total stated elsewhere. A whole of ballots or
  // votes is judged as the fraction written (english-fractions.ts); any other is listed unread.
  if (
    (share?.part.kind === 'votes' || (!share && reader.voteShareOfEither)) &&
    token.span[0] - state.start <= OPENING_REACH &&
    opensWithItsWhole(reader.folded.slice(state.start, token.span[0]), reader.firstCounts)
  ) {
    reader.voteShareOfEither = null;
    reader.refusal = 'ambiguous-base';
    return null;
  }
  // 得票率92.0%（占参加投票人数的92.0%）: the bracket after the share restates it with its base.
  const restated = restatedVoteShare(reader, token, label, share, state);
  if (restated) {
    reader.voteShareOfEither = null;
    reader.refusal = null;
    return {
      kind: 'percent',
      value: token.value,
      part: restated.part,
      whole: { kind: 'count', meaning: restated.base },
      baseNamed: true,
      paragraphEnd: reader.paragraphEndFrom(token.span[1]),
      origin: reader.origin(reader.spanFrom(from, token.span[1])),
    };
  }
  if (!share && reader.voteShareOfEither)
    reader.voteSharesOfEither.push({
      kind: 'percent',
      value: token.value,
      part: reader.voteShareOfEither,
      whole: { kind: 'count', meaning: 'cast' },
      origin: reader.origin(reader.spanFrom(labelStart, token.span[1])),
    });
  if (!share) return null;
  // 占总数的28.6%, accounted for 28.6% of the total: a base named in the share's own words, the only
  // base a share with no stated part is judged by (share-of-known-base.ts), within its paragraph.
  const named = !BRACKETED_SHARE.test(label) && namesItsBase(label, trailer);
  // 得票率…（以有效票计）: a vote share whose base is written out is judged of that base alone.
  // 获得1342票，占参加投票人数的65.37%: the base named after 占, the same.
  // 得票率65.33%（占登记选民的比例）: the base named in a bracket right after it, the same.
  const rateBase =
    share.part.kind === 'votes'
      ? (namedRateBase(words) ?? baseAfterZhan(label) ?? baseInBracketAfter(trailer))
      : null;
  if (rateBase === 'other') {
    reader.refusal = 'named-base';
    return null;
  }
  return {
    kind: 'percent',
    value: token.value,
    part: share.part,
    whole: rateBase === null ? share.whole : { kind: 'count', meaning: rateBase },
    ...(named ? { namedBaseFrom: lineStartAt(reader.folded, labelStart) } : {}),
    ...(rateBase === null ? {} : { baseNamed: true as const }),
    ...(share.partSum ? { partSum: share.partSum } : {}),
    ...(share.listBefore ? { listBefore: share.listBefore } : {}),
    ...(share.restates === undefined ? {} : { restates: share.restates }),
    paragraphEnd: reader.paragraphEndFrom(token.span[1]),
    origin: reader.origin(reader.spanFrom(from, token.span[1])),
  };
}

/** A committee named bare (居委会, 社区居委会, 村民委员会), before a share in a list of committees' turnouts. */
const BARE_COMMITTEE = /^[、，,]?[^\S\n]*(?:社区)?(居委会|居民委员会|村委会|村民委员会)的?(?:为|是)?$/;
/** The other committee's turnout just before it: its words (村委会选举参选率, 村委会参选率为). */
const COMMITTEE_TURNOUT =
  /(居委会|居民委员会|村委会|村民委员会)(?:换届)?(?:选举)?的?(?:参选率|投票率)(?:为|是|达)?[^\S\n]?\d/;
/**
 * 村委会选举参选率90.7%、居委会85.5%: a share whose words are only a committee, right after the other committee's
 * turnout in a list (、 or ，between), is that committee's turnout; null otherwise. Not 女性, 党组织 or 户代表
 * rates (their words are more than the committee), nor after any share but a turnout of the other committee.
 */
function committeeTurnoutListed(
  folded: string,
  label: string,
  labelStart: number,
  last: AnnouncedFigure | null,
): { part: ShareTerm; whole: ShareTerm } | null {
  const bare = BARE_COMMITTEE.exec(label.trim());
  if (bare === null || last?.kind !== 'percent' || last.origin.span === undefined) return null;
  if (last.part.kind !== 'count' || last.part.meaning !== 'cast' || last.part.among !== undefined)
    return null;
  if (last.whole.kind !== 'count' || last.whole.meaning !== 'registered') return null;
  const between = `${folded.slice(last.origin.span[1], labelStart)}${label}`;
  if (!/^[^\S\n]*[、，,]/.test(between)) return null;
  const before = COMMITTEE_TURNOUT.exec(folded.slice(last.origin.span[0], last.origin.span[1]));
  const kind = (name: string) => (name.startsWith('村') ? '村' : '居');
  if (before?.[1] === undefined || bare[1] === undefined || kind(before[1]) === kind(bare[1])) return null;
  return { part: last.part, whole: last.whole };
}

/** A fraction in words right before a bracket that opens at the share (三分之一（33.33%, 三分之二（). */
const FRACTION_BEFORE_BRACKET =
  /([一二三四五六七八九十])分之([一二三四五六七八九])[^\S\n]*[（(][^\S\n]*(?:(?:约|即)[^\S\n]*)?$/;
const NUMERALS = '一二三四五六七八九十';

/**
 * Whether a share opens a bracket right after a fraction in words and matches it, rounded half up at the
 * share's own decimals (三分之一（33.33%）, 三分之二（66.7%））.
 */
function restatesFraction(label: string, token: NumberToken): boolean {
  const fraction = FRACTION_BEFORE_BRACKET.exec(label);
  if (fraction === null || !token.percent) return false;
  const whole = BigInt(NUMERALS.indexOf(fraction[1] ?? '') + 1);
  const part = BigInt(NUMERALS.indexOf(fraction[2] ?? '') + 1);
  if (part <= 0n || part >= whole) return false;
  const { digits, decimals } = token.value;
  const scale = 10n ** BigInt(decimals);
  // part / whole × 100 × scale, rounded half up.
  const rounded = (part * 100n * scale * 2n + whole) / (2n * whole);
  return digits === rounded;
}

/** How far after a share the bracket restating it is read (（占参加投票选民总数的66.67%）). */
const RESTATING_REACH = 40;

/**
 * A candidate's share followed by a bracket restating it with the same digits of a base the reader knows
 * (得票率92.0%（占参加投票人数的92.0%）): the share's votes and that base. The votes are those the share
 * was read of, or, for a 得票率 whose base was left in doubt, the votes just read. Null otherwise.
 */
function restatedVoteShare(
  reader: ShareReader,
  token: NumberToken,
  label: string,
  share: { part: ShareTerm } | null,
  state: SentenceState,
): { part: ShareTerm; base: CountMeaning } | null {
  const written = /^\d{1,3}(?:\.\d{1,6})?/.exec(reader.folded.slice(token.span[0], token.span[1]))?.[0];
  if (written === undefined) return null;
  const base = baseRestatedAfter(
    reader.folded.slice(token.span[1], token.span[1] + RESTATING_REACH),
    written,
  );
  if (base === null) return null;
  if (share?.part.kind === 'votes') return { part: share.part, base };
  const votes = state.lastVotes;
  if (share || !votes || !VOTE_RATE.test(label)) return null;
  return { part: { kind: 'votes', contest: votes.contest, candidate: votes.candidate }, base };
}

/** What a percentage is a share of, from the words around it; null when they do not say. */
function shareOf(
  reader: ShareReader,
  label: string,
  trailer: string,
  labelStart: number,
  words: string,
  sharesFromHere: number,
  state: SentenceState,
): {
  part: ShareTerm;
  whole: ShareTerm;
  partSum?: readonly ShareTerm[];
  listBefore?: readonly ShareTerm[];
  restates?: number;
} | null {
  const cast: ShareTerm = { kind: 'count', meaning: 'cast' };
  const inShare = state.baseInShare;
  state.baseInShare = null;
  if (inShare && /^\s*的\s*$/.test(label)) return inShare;
  // 实现“一肩挑”的村179个，“一肩挑”比例由上届的62.4%提高到96.2%: the rate it changed to is this term's rate
  // of the name before 由, as “一肩挑”比例为96.2% would be — read only as a rate of the group just read.
  const risenTo = RISEN_TO.test(label)
    ? RATE_CHANGED_FROM.exec(reader.folded.slice(Math.max(0, labelStart - RATE_FROM_REACH), labelStart))?.[1]
    : undefined;
  if (risenTo !== undefined) {
    const rated = rateOfGroupJustRead(risenTo, state.lastFigure, state.groups);
    if (rated !== null && rated !== 'ambiguous') return wholeOf(reader, rated, '', trailer, cast);
  }
  // 参选率83.66%（上届参加投票1,571人，参选率87.18%）: a share in an aside of the last term's figures is that
  // election's, never one of this election's counts (before, 87.18% was judged as 1,602 of 1,915). Also
  // after a change (比上届提高2.35个百分点（上届84.93%）): the bracket's share is the last term's, no change.
  if (inLastTermAside(reader.folded, labelStart)) {
    reader.refusal = 'last-term-aside';
    state.respectively = null;
    return null;
  }
  // 占比较上届提高6%: a change against another term, no share of a stated count.
  // 比例由上届的62.4%提高到96.2%: the rate it changed from, the last term's own, no share of a stated count.
  if (
    CHANGE.test(label) ||
    changeGoesOn(label, state) ||
    CHANGED_FROM.test(label.trimEnd()) ||
    CHANGED_TO.test(trailer)
  ) {
    reader.refusal = LAST_TERM_FIGURE.test(label) ? 'last-term-aside' : 'change';
    state.respectively = null;
    return null;
  }
  // The second and later shares of 分别占…的11.7%和0.5%.
  const pending = state.respectively;
  const refused = state.respectivelyRefused;
  state.respectively = null;
  state.respectivelyRefused = null;
  if (refused && NEXT_SHARE.test(label)) {
    reader.refusal = state.respectivelyRefused = refused;
    return null;
  }
  if (pending && NEXT_SHARE.test(label)) {
    const [part, ...rest] = pending.parts;
    if (!part) return null;
    const [whole = pending.whole, ...wholes] = pending.wholes ?? [];
    if (rest.length > 0)
      state.respectively = {
        parts: rest,
        whole: pending.whole,
        ...(pending.wholes ? { wholes } : {}),
      };
    return { part, whole };
  }
  // `Votes obtained 3,692, vote rate 84.4%`: the candidate's share (english-candidate-votes.ts).
  const candidateRate = voteRateOfCandidate(
    words,
    reader.folded.slice(Math.max(state.start, labelStart - VOTES_BEFORE_RATE_REACH), labelStart),
  );
  // 各村平均参选率86.5%, 当选人平均得票率89.5%: a mean of several rates (or the rate of the totals),
  // which is not said: no share of one stated count.
  if (AVERAGED_RATE.test(words) && (TURNOUT_RATE.test(words) || VOTE_RATE.test(words))) {
    reader.refusal = 'average';
    return null;
  }
  // 应到居民代表76名，实到居民代表71名，到会率93.42%: the voters of an election by representatives.
  if (ATTENDANCE_RATE.test(words)) {
    const attended = reader.attendanceOfVoters(state);
    if (attended) return attended;
    // 应到会代表45人。实到会代表41人，到会率91.1%: those present of those expected, in the paragraph.
    const paragraphEnd = reader.paragraphEndFrom(labelStart);
    const meeting = meetingAttendance(
      label,
      state.lastFigure,
      figuresOfParagraph(reader.figures, paragraphEnd, reader.paragraphEndFrom),
    );
    if (meeting) return meeting;
  }
  // 村委会选举参选率90.7%、居委会85.5%: a committee named bare after the other committee's turnout, in its list,
  // is that committee's turnout (judged by its own counts alone, check-announced-shares.ts).
  const listed = committeeTurnoutListed(reader.folded, label, labelStart, state.lastFigure);
  if (listed) return listed;
  if (TURNOUT_RATE.test(words) && !candidateRate) {
    // 在外出务工的300名选民中，有280名投票，投票率93.33%: the group's voters of the group (voter-subset.ts).
    const ofSubset = subsetTurnout(state.voterSubset, label);
    if (ofSubset && 'refusal' in ofSubset) {
      reader.refusal = ofSubset.refusal;
      return null;
    }
    if (ofSubset) return ofSubset;
    // 在村选民参选率90.93%: of the voters in the village, not of all registered ones.
    if (PART_TURNOUT.test(words)) {
      reader.refusal = 'named-base';
      return null;
    }
    // 参选率为94.25%，投票率为95.06%: two measures, and the second's base is not said.
    if (!/参选率|参与率|turnout/i.test(words) && /参选率/.test(state.text)) {
      reader.refusal = 'ambiguous-base';
      return null;
    }
    return (
      attendanceRate(state.attendance, reader.firstCounts) ?? {
        part: cast,
        whole: { kind: 'count', meaning: 'registered' },
      }
    );
  }
  if (VOTE_RATE.test(words) || candidateRate) {
    const rate = VOTE_RATE.exec(label)?.index ?? (candidateRate ? voteRateIndex(label) : -1);
    const named = nameIn(label.slice(0, rate < 0 ? label.length : rate), reader.candidateNames);
    // 当选为村民委员会主任（得票率90.43%）: the end of a post's title (会主任, 委员) is no name; the share is
    // then of the votes before the declaration.
    const name = named && POST_AT_END.test(label.slice(named[0], named[1])) ? null : named;
    if (name) {
      const candidate = reader.original.slice(labelStart + name[0], labelStart + name[1]);
      // 主任张建华得票率80.6% in a sentence of no contest: the post glued before the name is the contest.
      const post = state.contest === null ? POST_GLUED.exec(label.slice(0, name[0]))?.[1] : undefined;
      const contest = post === undefined ? state.contest : reader.resolveContest(post);
      return { part: { kind: 'votes', contest, candidate }, whole: cast };
    }
    // 甲812票、乙497票，得票率分别为61.4%、37.6%: one rate for each candidate of the sentence, in order,
    // only when there are as many as rates (else which is whose is a guess).
    if (sharesFromHere > 1) {
      const [first, ...rest] = state.votes.map((votes): ShareTerm => ({
        kind: 'votes',
        contest: votes.contest,
        candidate: votes.candidate,
      }));
      if (state.votes.length !== sharesFromHere || !first) {
        reader.refusal = state.respectivelyRefused = 'ambiguous-base';
        return null;
      }
      state.respectively = { parts: rest, whole: cast };
      return { part: first, whole: cast };
    }
    // 张伟得票1100票，…李梅（女，得票率82.4%）: the rate in the bracket of another person's sex is hers, whose
    // votes are not stated; never the votes read before it.
    const person = rate >= 0 ? personOfOpenBracket(reader.folded, labelStart + rate) : null;
    if (person !== null && state.lastVotes?.candidate !== person) {
      reader.refusal = 'no-base';
      return null;
    }
    const votes = state.lastVotes;
    // A candidate's rate after votes left unread: whose share it is, is not known.
    if (!votes && candidateRate) reader.refusal = 'no-base';
    return votes
      ? { part: { kind: 'votes', contest: votes.contest, candidate: votes.candidate }, whole: cast }
      : null;
  }
  // 在18个省辖市中，有10个省辖市…，达标率55.6%: the rate of the part of those places.
  const amongRate = amongPlacesRate(label, state);
  if (amongRate) return amongRate;
  // 女性15名（25.9%）, 1,322 (71.1%): a share of the count just before it.
  const bracketed = BRACKETED_SHARE.test(label);
  const at = bracketed ? 0 : label.search(SHARE_OF);
  // 有效率为99.1%, 回收率99.8%: a ballot count's rate, of the count's usual total (rate-of-part.ts).
  const ballotRate = at < 0 ? ballotRateNamed(label) : null;
  if (ballotRate) return wholeOf(reader, ballotRate, '', trailer, cast);
  // 交叉任职3人，交叉任职率37.5%: a rate named after the group just read is that group's share (rate-of-part.ts).
  // “一肩挑”比例为92.1% after 实现“一肩挑”的村35个: 比例 named so is a rate as 率 is.
  const rated =
    at < 0 || label.startsWith('比例', at)
      ? rateOfGroupJustRead(label, state.lastFigure, state.groups)
      : null;
  // 连任38人，连任率63.3%: a re-election rate may be of the last term's members (38 of 60) as well as of this
  // term's, which a rate named so does not say (rate-of-part.ts).
  if (rated === 'ambiguous') {
    reader.refusal = 'ambiguous-base';
    return null;
  }
  // 连任38人，留任比例63.3%: a rate named after the re-elected, whether or not it follows their count under
  // the same word, names no base: listed as such, never judged of this term's members alone.
  if (reelectionRateOfEitherTerm(label)) {
    reader.refusal = 'reelection-rate';
    return null;
  }
  if (rated) return wholeOf(reader, rated, '', trailer, cast);
  if (at < 0) return null;
  // 其中女性2人，所占比例为40%: 所占 is 占, and 所 no part's name.
  const before = bracketed ? '' : label.slice(0, at).replace(/所$/, '');
  // 大专学历12人、本科学历8人，共计占44.4%, 两者合计占: the groups just named, together (summed-parts.ts).
  const summed = bracketed
    ? null
    : summedParts(
        before,
        reader.folded,
        state,
        (piece) => reader.summary.knownLabel(piece) === piece,
        groupLabel,
      );
  if (summed && 'refusal' in summed) {
    reader.refusal = summed.refusal;
    return null;
  }
  if (summed) {
    const base = namedBase(label.slice(at), trailer);
    // 两者合计占成员总数的: the total they are parts of, or a base that may be another.
    if (base !== '' && (reader.summary.knownLabel(base) ?? base) !== summed.whole) {
      reader.refusal = 'ambiguous-base';
      return null;
    }
    return {
      part: summedTerm(summed.groups),
      whole: { kind: 'group', label: summed.whole },
      partSum: summed.groups.map((group): ShareTerm => ({ kind: 'group', label: group.label })),
    };
  }
  // 妇女干部175名，少数民族干部8名，分别占…: the last groups read, one for each share of the clause.
  let respectively: ShareTerm[] = [];
  // 分别占…的 before the share word, or 比例分别达到 after it.
  if (RESPECTIVELY.test(before.trim()) || RESPECTIVELY_AFTER.test(label.slice(at))) {
    // 有效票1090张，无效票10张，分别占99.1%和0.9%: ballot counts, each of its usual total (rate-of-part.ts).
    const counts = countsGivenRespectively(state.counts, state.groups, sharesFromHere);
    // 其中村参加投票13650人、社区参加投票4161人，分别占村、社区登记选民的: counts with a base named for each
    // are not of one usual total; which count goes with which base is not read: all unread.
    if (counts && basesNamedRespectively(label.slice(at)) !== null) {
      reader.refusal = state.respectivelyRefused = 'ambiguous-base';
      return null;
    }
    if (counts) {
      const [first, ...rest] = counts;
      if (!first) return null;
      const share = wholeOf(reader, first, label.slice(at), trailer, cast);
      if (share) state.respectively = { parts: rest, whole: share.whole };
      else state.respectivelyRefused = reader.refusal ?? 'no-base';
      return share;
    }
    const groups = state.groups.slice(-sharesFromHere);
    if (sharesFromHere < 2 || groups.length < sharesFromHere) {
      reader.refusal = 'ambiguous-base';
      return null;
    }
    respectively = groups.map((group): ShareTerm => ({ kind: 'group', label: group.label }));
    // 分别占主任、委员总数的18.2%、29.8%, 分别占村、社区总数的: a base named for each share, in order; a list
    // of another length, a base not stated, or a part that is its own base leaves them all unread.
    const bases = basesNamedRespectively(label.slice(at));
    // 分别占村民委员会主任、委员总数的, 分别占村、社区“两委”成员总数的: a bare base beside a qualified one may
    // take the other's words (村民委员会委员, 村“两委”成员), or not: which base each share is of is unclear.
    if (bases !== null && bases.some(isBareBase) && !bases.every(isBareBase)) {
      reader.refusal = state.respectivelyRefused = 'ambiguous-base';
      return null;
    }
    if (bases !== null) {
      const wholes =
        bases.length === respectively.length
          ? respectively.map((part, index) => wholeOf(reader, part, `占${bases[index] ?? ''}的`, '', cast))
          : [];
      const paired = wholes.flatMap((share) => (share === null ? [] : [share.whole]));
      const [first] = respectively;
      const [whole] = paired;
      if (
        first === undefined ||
        whole === undefined ||
        paired.length !== respectively.length ||
        paired.some((term, index) => sameTerm(term, respectively[index]))
      ) {
        reader.refusal = state.respectivelyRefused = 'ambiguous-base';
        return null;
      }
      state.respectively = { parts: respectively.slice(1), whole, wholes: paired.slice(1) };
      return { part: first, whole };
    }
    // 比例分别达到14.9%和15.1%: the pairing is clear, the base is not (each share may be of another
    // body: of villages, of members); 分别占总数的: of the total these parts were stated as parts of.
    if (namedBase(label.slice(at), trailer) === '') {
      // 共选出成员248名，其中女性139名、党员201名，分别占56.0%和84.7%: people qualified (女性, 党员, 35岁以下)
      // stated after 其中 as parts of the sentence's total, then 分别占 with no base named: of that total.
      // Parts naming a post or body of their own (女性书记) may be shares of it instead, and 比例分别达到
      // names no 占 of anything: both stay unjudged.
      // 女性成员196名 under 成员702名: a quality written with the total's own noun is a quality of its people,
      // never another body (村委会成员 and 监委会成员 name no quality, and stay apart).
      const qualifiedOf = (whole: string, ownNoun: boolean) =>
        groups.every(
          (group) =>
            isAttributeLabel(group.label) &&
            (!OWN_BODY.test(group.label) || (ownNoun && qualityWithNounOf(group.label, whole))),
        );
      // 占比分别为30.5%、40.2%, 分别占比: 占 said with 比, a share of something as 占 is (比例 is not).
      const qualifiedOnly = SHARE_OF_ALONE.test(label.slice(at).trim());
      const ofTotal =
        THE_TOTAL.test(label.slice(at)) || qualifiedOnly ? sentenceTotalOf(groups, state.groups) : null;
      const ofBody =
        ofTotal === null && qualifiedOnly
          ? bodyJustBefore(groups, reader.figures, reader.paragraphEndFrom)
          : null;
      // 党员代表, 妇女代表 right after 村民代表 may be delegates of a congress of their own; a quality written
      // with the body's own 成员 (大专及以上学历成员 right after “两委”成员) is a quality of its people.
      const total =
        ofTotal !== null && (THE_TOTAL.test(label.slice(at)) || qualifiedOf(ofTotal, true))
          ? ofTotal
          : ofBody !== null && qualifiedOf(ofBody, true)
            ? ofBody
            : null;
      const [first] = respectively;
      if (total === null || first === undefined) {
        reader.refusal = state.respectivelyRefused = 'no-base';
        return null;
      }
      state.respectively = { parts: respectively.slice(1), whole: { kind: 'group', label: total } };
      return { part: first, whole: { kind: 'group', label: total } };
    }
  }
  // `Women and party members accounted for…`: the clause starts after `and`, and the words before it
  // name people too — the part is all of them, never the last alone.
  const joined =
    respectively.length === 0 && groupLabel(before) !== '' ? joinedBefore(reader.folded, labelStart) : null;
  // 参选率为85.4%（占登记选民的85.4%）, `Turnout was 80.0% (80.0% of the registered voters)`: a share in
  // brackets right after a share restates it — the same part, of the base its own words name (an
  // English bracket only with `of` after its share: `(80.0%)` alone names none).
  const restated = state.lastFigure?.kind === 'percent' ? state.lastFigure : null;
  const restatedSpan = restated?.origin.span;
  if (
    restated &&
    restatedSpan &&
    respectively.length === 0 &&
    (bracketed ? ENGLISH_BASE_AFTER.test(trailer) : RESTATING_BRACKET.test(before)) &&
    reader.folded.slice(restatedSpan[1], labelStart).trim() === ''
  ) {
    const share = wholeOf(reader, restated.part, bracketed ? '' : label.slice(at), trailer, cast);
    return share ? { ...share, restates: restatedSpan[0] } : share;
  }
  const part =
    respectively[0] ??
    (joined === null
      ? partTerm(reader, before, state)
      : partTerm(reader, `${joined} and ${before}`, state, true));
  if (!part) return null;
  // `ballots cast: 1,322 (71.1%)`: the ballots in the box, whose share in brackets is a turnout.
  if (bracketed && ballotsCastShare(part, state.lastFigure))
    return { part, whole: { kind: 'count', meaning: 'registered' } };
  // 实到455名，占总户的98.27% (attendance-base.ts): those expected, stated in the sentence, are the base.
  const window = reader.folded.slice(Math.max(0, labelStart - MEETING_REACH), labelStart);
  const base = bracketed ? '' : namedBase(label.slice(at), trailer);
  const attended =
    shareOfThoseExpected(base, part, state.attendance, window) ?? reader.ofRepresentatives(base, part);
  if (attended) return attended;
  // 村委会成员中女性占32.5% after 居委会成员20名，其中女性9名: the women of the group named before 中, whose count
  // may not be the 女性 stated last (another group's): which count is its part the text does not say.
  const namedBefore = part.kind === 'group' ? GROUP_BEFORE_ZHONG.exec(before.trim())?.[1] : undefined;
  if (part.kind === 'group' && namedBefore !== undefined && !bracketed) {
    const named = reader.summary.knownLabel(namedBefore);
    const of = reader.summary.baseOf(part.label);
    if (
      named !== null &&
      named !== undefined &&
      of &&
      of !== named &&
      of !== part.label &&
      named !== part.label
    ) {
      reader.refusal = 'ambiguous-base';
      return null;
    }
  }
  const share = wholeOf(reader, part, bracketed ? '' : label.slice(at), trailer, cast);
  if (!share && respectively.length > 1) state.respectivelyRefused = reader.refusal ?? 'no-base';
  if (share && respectively.length > 1)
    state.respectively = { parts: respectively.slice(1), whole: share.whole };
  // 大专学历12人、本科学历8人，占44.4%: of the last group, or of the list together (summed-parts.ts).
  const list =
    share && before.trim() === '' && respectively.length === 0 ? listBefore(reader.folded, state) : null;
  if (share && list && share.whole.kind === 'group' && share.whole.label === list[0]?.partOf)
    return {
      ...share,
      listBefore: list.map((group): ShareTerm => ({ kind: 'group', label: group.label })),
    };
  return share;
}

/**
 * A base naming the village's households, as namedBase leaves it: 户 (占总户数的), 村总户 (占全村总户数的), 户籍户
 * (占户籍户数的), 村户籍户, 社区总户.
 */
const HOUSEHOLDS_NAMED = /^(?:村|社区)?(?:户籍)?总?户$/;

/** The figures read so far in the paragraph that ends at `paragraphEnd`, from the last back while they are in it. */
function figuresOfParagraph(
  figures: readonly AnnouncedFigure[],
  paragraphEnd: number,
  paragraphEndFrom: (at: number) => number,
): AnnouncedFigure[] {
  const found: AnnouncedFigure[] = [];
  for (let index = figures.length - 1; index >= 0; index--) {
    const figure = figures[index]!;
    const start = figure.origin.span?.[0];
    if (start === undefined) continue;
    if (paragraphEndFrom(start) !== paragraphEnd) break;
    found.unshift(figure);
  }
  return found;
}

/** A body of people by its noun: 村民代表, 村委会成员, 班子成员, 两委干部. */
const BODY_NOUN = /(?:成员|干部|代表|委员|班子|人员)$/;

/**
 * 本次共推选产生村民代表52人。党员38人、共青团员9人，分别占73.1%和17.3%: people qualified (党员, 女性), attached
 * to no total, stated right after a body of people counted in the same paragraph, then 分别占 with no base
 * named: of that body. The figure read just before the first of them must be that body, counted as a total
 * of its own, and each of them no more than it; null otherwise.
 */
function bodyJustBefore(
  groups: readonly GroupFigure[],
  figures: readonly AnnouncedFigure[],
  paragraphEndFrom: (at: number) => number,
): string | null {
  const [first] = groups;
  const at = first === undefined ? -1 : figures.lastIndexOf(first);
  const body = at > 0 ? figures[at - 1] : undefined;
  if (body?.kind !== 'group' || body.partOf !== null || body.places === true || body.implied === true)
    return null;
  if (!BODY_NOUN.test(body.label) || body.sumOf !== undefined) return null;
  const [bodyStart] = body.origin.span ?? [];
  const [firstStart] = first?.origin.span ?? [];
  if (bodyStart === undefined || firstStart === undefined) return null;
  if (paragraphEndFrom(bodyStart) !== paragraphEndFrom(firstStart)) return null;
  const attached = groups.every(
    (group) => (group.partOf === null || group.partOf === body.label) && group.value <= body.value,
  );
  return attached ? body.label : null;
}

/** A label naming a post or body of people of its own (女性书记, 党员代表), not only a quality of them. */
const OWN_BODY = /成员|干部|班子|代表|委员|书记|主任|支书|人员/;

/** Words naming a body, a post or a place, which a quality of people never holds (村委会, 监委会, 支部). */
const BODY_OR_PLACE_WORD = /委|会|组|支部|班子|书记|主任|支书|村|社区|居|镇|乡|街道/;

/**
 * Whether `label` is a quality of people followed by 成员, the noun `whole` ends with too (女性成员 of “两委”成员):
 * words before it that are a quality alone (女性, 党员, 35岁以下), naming no body or post of their own
 * (村委会成员, 监委会成员 are not). Only 成员: 妇女干部, 女性委员, 党员代表 name a post, a committee seat or a
 * congress's delegates as often as a quality of the people.
 */
function qualityWithNounOf(label: string, whole: string): boolean {
  if (!label.endsWith('成员') || !whole.endsWith('成员')) return false;
  const quality = label.slice(0, -'成员'.length).replace(/的$/, '');
  return (
    quality !== '' &&
    isAttributeLabel(quality) &&
    !OWN_BODY.test(quality) &&
    !BODY_OR_PLACE_WORD.test(quality)
  );
}

/** The base of a share whose part is known: named in words after 占, or the part's usual total. */
function wholeOf(
  reader: ShareReader,
  part: ShareTerm,
  after: string,
  trailer: string,
  cast: ShareTerm,
): { part: ShareTerm; whole: ShareTerm } | null {
  const base = namedBase(after, trailer);
  const wholeMeaning = countMeaningOf(base) ?? ballotBaseNamed(after);
  if (wholeMeaning) {
    // 占登记选民的94.5% whose part would be the registered voters themselves: its part is not stated.
    if (part.kind === 'count' && part.meaning === wholeMeaning) {
      reader.refusal = 'no-base';
      return null;
    }
    return { part, whole: { kind: 'count', meaning: wholeMeaning } };
  }
  if (base !== '') {
    // 得74票，占到会代表的91.36%: of the representatives present, whose count is settled once every sentence
    // is read (shares-of-attending-representatives.ts): judged of it alone, or unread with why.
    if (part.kind === 'votes' && ATTENDING_BASE.test(base)) return { part, whole: cast };
    // A base named in words: a group stated before, or one whose count the text does not give.
    if (part.kind !== 'group') {
      // 参加投票2004人，占在村选民的90.93% after 在村选民2204人: the one group stated by that name.
      // Only of the count just read (its value then certain), and never of representatives, whose
      // shares are turnouts only in an election by them (ofRepresentatives).
      const last = reader.figures.at(-1);
      const justRead = last?.kind === 'count' && part.kind === 'count' && last.meaning === part.meaning;
      // 占全村总户数的, 占户籍户数的: the village's households, as 占总户数的 names them.
      const named = HOUSEHOLDS_NAMED.test(base) ? '户' : base;
      const once = justRead && !/代表/.test(base) ? reader.groupsStatedOnce.of(named) : null;
      // 参加投票497户，占总户数的93.77%: a share of the households only of a count in households.
      // Asked only of a base of households: the last count of the part's meaning, found from the end.
      const inHouseholds = () => {
        for (let index = reader.figures.length - 1; index >= 0; index--) {
          const figure = reader.figures[index];
          if (figure?.kind === 'count' && part.kind === 'count' && figure.meaning === part.meaning)
            return /[户戶]$/.test(figure.origin.text);
        }
        return false;
      };
      if (once !== null && (once !== '户' || inHouseholds()))
        return { part, whole: { kind: 'group', label: once } };
      reader.refusal = 'no-base';
      return null;
    }
    // 占委员总数60% after 主任1名，副主任1名，委员3名: the 3 委员, or all 5 members? The text does not say.
    if (reader.summary.committeeHasPost(base)) {
      reader.refusal = 'ambiguous-base';
      return null;
    }
    // 占新当选成员总数的 after 新当选的村（居）两委成员共312名，其中女性58名: that total, named short.
    const whole =
      reader.summary.knownLabel(base) ?? totalNamedShort(base, part.label, reader.figures) ?? base;
    // 占村（社区）总数的100% after 14个村、2个社区: not the 14 村 alone; their sum is stated nowhere.
    if (oneKindForBoth(base, whole)) {
      reader.refusal = 'ambiguous-base';
      return null;
    }
    // 占委员总数的40% after 成员5名，其中…委员4名: the 4 委员, or all 5? (post-or-committee.ts)
    if (postAmongParts(whole, reader.figures)) {
      reader.refusal = 'ambiguous-base';
      return null;
    }
    if (whole !== part.label) return { part, whole: { kind: 'group', label: whole } };
    // 其中女性成员2人，占成员总数的50% where the members are only listed by name: no count of the base.
    reader.refusal = 'no-base';
    return null;
  }
  if (part.kind === 'count') {
    const whole = defaultWholeOf(part.meaning);
    if (!whole) reader.refusal = 'no-base';
    return whole ? { part, whole: { kind: 'count', meaning: whole } } : null;
  }
  // 王林812票，占62.1%: of the ballots cast (as 得票率); in brackets or after “or” the text does not say.
  if (part.kind === 'votes') {
    if (/占/.test(after)) return { part, whole: cast };
    reader.refusal = 'ambiguous-base';
    reader.voteShareOfEither = part;
    return null;
  }
  // 占总数84% after a bracket whose 其中 closed in this sentence: the total before that 其中, whatever
  // the bracket made a total of its own parts (summary-totals.ts, totalBeforeBracket).
  const beforeBracket = THE_TOTAL.test(after) ? reader.summary.totalBeforeBracket() : null;
  if (beforeBracket !== null && beforeBracket !== part.label)
    return { part, whole: { kind: 'group', label: beforeBracket } };
  // 占总数的15.2% when no total is stated, 大专以上5120人占41.7% under a heading: unjudged, and said so.
  const total = reader.summary.baseOf(part.label);
  // 社区“两委”成员中35岁以下的占33.9%（19名） after 全县“两委”成员总数2,017名: the share names its group
  // before 中, and that group is its base, as when the count comes first (summary-totals.ts, namedTotal);
  // not the total last stated, which that group may be only a part of.
  const namedGroup = GROUP_BEFORE_ZHONG.exec(part.label)?.[1];
  if (total && namedGroup !== undefined && part.kind === 'group') {
    const named = reader.summary.knownLabel(namedGroup) ?? namedGroup;
    if (named !== total) return { part, whole: { kind: 'group', label: named } };
  }
  if (total && total !== part.label) return { part, whole: { kind: 'group', label: total } };
  reader.refusal = reader.summary.isNested(part.label) ? 'ambiguous-base' : 'no-base';
  return null;
}

/** A share's part that names its group of people before 中 (`社区“两委”成员中35岁以下`): that group. */
const GROUP_BEFORE_ZHONG = /^(.+?(?:成员|委员|代表|干部|人员|主任|书记|班子))中(?!共|专)./;
/** A bracket right after a share that restates it: `（占…`, `（即占…`. */
const RESTATED_AFTER = /^[^\S\n]*[(（]即?占/;
/** A bracket opening right after a share, its words restating it: `（占…`, `（即占…`, `(`. */
const RESTATING_BRACKET = /^[(（]即?$/;
/** `of the registered voters` right after a bracket's share: the base it names. */
const ENGLISH_BASE_AFTER = /^[^\S\n]?of[^\S\n]/i;

/** The part of a share: named before 占 (有效票占…, 女性成员占…), else the figure just read. */
/** Words that name those present at a meeting again: 到会人数, 实到人数, 出席人数, 到会的代表. */
const PRESENT_AGAIN = /^(?:实际)?(?:到会|实到|出席)(?:会议)?的?(?:人数|代表|居民代表|村民代表|户代表)?$/;
/** A count of those present: 实到会居民代表52人, 实际出席80名, 到会人数48人. */
const COUNTED_PRESENT = /^(?:实到|实际到会|实际出席|出席|到会)/;

/**
 * The term of those present when a share's part names them again right after their count (实到会居民代表
 * 52人，到会人数占应到人数的86.7%): the count just read, as a share with no part named would take it. Null
 * when the words name anything else or the count just read is no count of those present.
 */
function presentNamedAgain(before: string, last: AnnouncedFigure | null): ShareTerm | null {
  if (!PRESENT_AGAIN.test(before.replace(/[\s,，]/g, '')) || !last) return null;
  if (last.kind === 'count' && last.meaning === 'cast' && COUNTED_PRESENT.test(last.origin.text))
    return { kind: 'count', meaning: 'cast' };
  if (last.kind === 'group' && COUNTED_PRESENT.test(last.label)) return { kind: 'group', label: last.label };
  return null;
}

function partTerm(
  reader: ShareReader,
  before: string,
  state: SentenceState,
  joined = false,
): ShareTerm | null {
  const meaning = joined ? null : countMeaningOf(before);
  if (meaning) return { kind: 'count', meaning };
  // 大专和本科学历的占…: stated groups named together are a part of their own, never the last of them.
  const together = labelsNamedTogether(
    before,
    (piece) => reader.summary.knownLabel(piece) === piece,
    groupLabel,
  );
  if (together) return { kind: 'group', label: together.join(/[A-Za-z]/.test(before) ? ' and ' : '、') };
  // 实到会居民代表52人，到会人数占应到人数的86.7%: those present named again by 到会人数 are the count just read.
  const present = presentNamedAgain(before, state.lastFigure);
  if (present) return present;
  const label = groupLabel(before);
  // 已选出的539名村主任，是党员的占85%: those of the people just named who are 党员, not all the 党员
  // stated before them; how many they are the text does not say.
  const subject = state.lastFigure;
  if (
    label !== '' &&
    THOSE_WHO_ARE.test(before.trim()) &&
    subject?.kind === 'group' &&
    subject.label !== label
  ) {
    reader.refusal = 'part-unstated';
    // Only some of them are 党员: read as a part of the 党员 (其中 after 党员1109人), they are not.
    if (subject.partOf === (reader.summary.knownLabel(label) ?? label)) reader.unattach(subject);
    return null;
  }
  // Words joined by `and` name no one stated group, whatever their end matches.
  if (label !== '' && joined) return { kind: 'group', label };
  if (label !== '') return { kind: 'group', label: reader.summary.knownLabel(label) ?? label };
  const last = state.afterBracket ? state.beforeBracket : state.lastFigure;
  if (!last) return null;
  switch (last.kind) {
    case 'count':
      // 主任：…弃权12票，占1.5%: the abstentions of that contest, as a table's 弃权 row under 主任 is.
      return {
        kind: 'count',
        meaning: last.meaning,
        ...(last.contest === null || last.meaning !== 'abstained'
          ? {}
          : { contest: last.contest.id ?? last.contest.text }),
      };
    case 'votes':
      return { kind: 'votes', contest: last.contest, candidate: last.candidate };
    case 'group':
      return { kind: 'group', label: last.label };
    default:
      return null;
  }
}

/**
 * The bases a 分别占 names one for each share, in order (占主任、委员总数的 → 主任总数, 委员总数; 占村和社区的):
 * null when it names one base or none.
 */
export function basesNamedRespectively(afterShareWord: string): string[] | null {
  const match = RESPECTIVE_BASES.exec(afterShareWord.trim());
  if (!match?.[1]) return null;
  const names = match[1].split(/[、和及与]/);
  if (names.length < 2 || names.some((name) => name === '')) return null;
  return names.map((name) => `${name}${match[2] ?? ''}`);
}
const RESPECTIVE_BASES =
  /^(?:占|占比|比例)?(?:分别|各)?占?((?:[\u4e00-\u9fff“”"]{1,10}[、和及与])+[\u4e00-\u9fff“”"]{1,10}?)(总数|总人数|人数|数)?的?$/;

/** A base named by a post or a kind of place alone (主任, 委员总数, 村, 社区总数). */
function isBareBase(name: string): boolean {
  return /^(?:村|社区|居|主任|副主任|委员|成员|书记)(?:总数|总人数|人数|数)?$/.test(name);
}

/** Whether two share terms are the same term (a part that would be its own base). */
function sameTerm(a: ShareTerm, b: ShareTerm | undefined): boolean {
  if (b === undefined || a.kind !== b.kind) return false;
  if (a.kind === 'group' && b.kind === 'group') return a.label === b.label;
  if (a.kind === 'count' && b.kind === 'count') return a.meaning === b.meaning && a.among === b.among;
  return false;
}
