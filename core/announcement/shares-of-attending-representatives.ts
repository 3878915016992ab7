import type { AnnouncedFigure, PercentFigure, TextSpan } from './announced-figures.js';
import { normalizeText } from './normalize-text.js';

/**
 * The words of those present at the meeting (到会, 实到会, 出席会议, 参会, 与会, 实际出席): one source for every
 * pattern below, so that a share's base and the count it is of are told by the same words.
 */
const ATTENDING = String.raw`(?:实际)?(?:到会|实到会?|出席(?:会议)?|参会|与会)`;
/** The representatives those words are of (到会的居民代表, 实到村民代表, 出席会议代表). */
const REPRESENTATIVES = String.raw`(?:的)?(?:居民|村民)?代表`;

/**
 * A candidate's share whose own words name its base as the representatives present at the meeting (占到会代表的
 * 91.36%, 得票率占到会居民代表的61.5%, 占实到代表的, 占出席会议代表的): its base is the count of those present the
 * notice states, and neither the voters nor the ballots a share of votes may otherwise be of.
 */
const NAMES_ATTENDING = new RegExp(
  String.raw`占(?:本次)?${ATTENDING}${REPRESENTATIVES}(?:人数|数|总数|总人数)?(?:的)?[^\S\n]{0,3}\d{1,3}(?:\.\d{1,6})?[^\S\n]?[%％]$`,
);

/** The base such a share names after 占, as namedBase leaves it (到会代表, 实到居民代表人数, 出席会议代表). */
export const ATTENDING_BASE = new RegExp(
  String.raw`^(?:本次)?${ATTENDING}${REPRESENTATIVES}(?:人数|数|总数|总人数)?$`,
);

/**
 * A group of those present at the meeting, by its label (到会代表, 本社区实到居民代表, 上午到会代表): the words
 * before them in `[1]`.
 */
const PRESENT_LABEL = new RegExp(String.raw`^(.*?)${ATTENDING}${REPRESENTATIVES}(?:人数|总数)?$`);
/** A count of voters stated as those present (实到居民代表78人, 实到81名, 出席会议的代表): the words before in `[1]`. */
const PRESENT_WORDS = new RegExp(String.raw`^(.*?)${ATTENDING}`);
/**
 * Words before those present that name the one meeting (本社区, 本次会议, 会议): any other (上午, 下午, 第二次会议,
 * 另行选举时) says those present at a time or meeting of their own, which may not be the share's.
 */
const PLAIN_BEFORE = /^(?:本|全)?(?:社区|村|居委会)?(?:本次)?(?:会议)?(?:共)?$/;
/** Those expected, whose words hold 到会 too (应到会代表45人): never those present. */
const EXPECTED_WORDS = /应到|应出席|应参会/;

/**
 * Words naming a second meeting or round of voting: a runoff or a vote held again (另行选举, 第二轮, 重新投票),
 * a meeting held again or on two days (第二次会议, 再次召开, 复会, 次日, 分别召开).
 */
const ANOTHER_VOTE =
  /另行选举|第二轮|第二次投票|重新选举|重新投票|再次选举|再次投票|补选|第[二三四五]次(?:会议|全体会议)|再次召开|复会|次日|分别召开|两次会议|另一次会议/;
/** A kind of meeting named (村民代表会议, 居民代表大会, 户代表会议, 村民小组会议, 党员大会). */
const MEETING_KIND =
  /(村民代表|居民代表|户代表|村民小组|居民小组|党员代表|村民|居民|党员|联席)(?:会议|大会)/g;

/** Why such a share's base is not plain: how many values those present are stated in, or another meeting. */
export type AttendingUnclear =
  | { readonly why: 'unstated' }
  | { readonly why: 'values'; readonly values: readonly bigint[] }
  | { readonly why: 'meeting'; readonly words: string };

/** A count of voters as the reader noted it, with whom it counts (read-announcement-text.ts). */
export interface NotedVoters {
  readonly figure: AnnouncedFigure;
  readonly unit: string;
}

/**
 * The candidates' shares naming the representatives present as their base, each with that count (`ownBase`,
 * unit `representatives`) where the notice states those present in one value (restated alike is once), of no
 * place or contest, and names no second meeting or round and no meeting of another kind; else each with why
 * not (`attendingUnclear`), so that it is listed unread with that reason, never judged of another count on a
 * guess. One pass over the figures and the noted counts, one over the text.
 */
export function sharesOfAttendingRepresentatives(
  folded: string,
  figures: readonly AnnouncedFigure[],
  voters: readonly NotedVoters[],
): { at: number; figure: PercentFigure }[] {
  const shares: number[] = [];
  figures.forEach((figure, at) => {
    if (figure.kind !== 'percent' || figure.part.kind !== 'votes') return;
    if (figure.everyBase !== undefined || figure.partSum !== undefined || figure.ownBase !== undefined)
      return;
    if (NAMES_ATTENDING.test(normalizeText(figure.origin.text))) shares.push(at);
  });
  if (shares.length === 0) return [];
  const present = new Set<AnnouncedFigure>();
  // Those present stated with words of a time or meeting of their own (上午到会代表75名).
  let qualified: string | null = null;
  for (const figure of figures) {
    if (figure.kind !== 'group' || EXPECTED_WORDS.test(figure.label)) continue;
    const before = PRESENT_LABEL.exec(figure.label)?.[1];
    if (before === undefined) continue;
    present.add(figure);
    if (!PLAIN_BEFORE.test(before)) qualified ??= figure.origin.text;
  }
  for (const { figure, unit } of voters) {
    if (figure.kind !== 'count' || figure.meaning !== 'cast') continue;
    const words = figure.origin.text;
    const before = PRESENT_WORDS.exec(words)?.[1];
    if (before === undefined || EXPECTED_WORDS.test(words)) continue;
    if (unit !== 'representatives' && !/代表/.test(words)) continue;
    present.add(figure);
    if (!PLAIN_BEFORE.test(before.replace(/[\s,，、]/g, ''))) qualified ??= words;
  }
  const unclear =
    attendingUnclear(folded, [...present]) ??
    (qualified === null ? null : { why: 'meeting' as const, words: qualified });
  const only = [...present][0];
  const replaced: { at: number; figure: PercentFigure }[] = [];
  for (const at of shares) {
    const figure = figures[at];
    if (figure?.kind !== 'percent') continue;
    if (unclear !== null || only === undefined || (only.kind !== 'count' && only.kind !== 'group')) {
      replaced.push({ at, figure: { ...figure, attendingUnclear: unclear ?? { why: 'unstated' } } });
      continue;
    }
    const span: TextSpan = only.origin.span ?? [0, 0];
    replaced.push({
      at,
      figure: { ...figure, ownBase: { value: only.value, unit: 'representatives', span } },
    });
  }
  return replaced;
}

/** Why those present are no plain base, or null when they are stated in one value at one meeting. */
function attendingUnclear(folded: string, present: readonly AnnouncedFigure[]): AttendingUnclear | null {
  if (present.length === 0) return { why: 'unstated' };
  const values = new Set<bigint>();
  for (const figure of present) {
    if (figure.kind === 'count') {
      if (figure.contest !== null || figure.scope !== undefined || figure.among !== undefined)
        return { why: 'meeting', words: figure.origin.text };
      values.add(figure.value);
    } else if (figure.kind === 'group') values.add(figure.value);
  }
  if (values.size > 1) return { why: 'values', values: [...values].sort((a, b) => (a < b ? -1 : 1)) };
  const another = ANOTHER_VOTE.exec(folded);
  if (another) return { why: 'meeting', words: another[0] };
  const kinds = new Set<string>();
  for (const match of folded.matchAll(MEETING_KIND)) {
    kinds.add(match[1] ?? '');
    if (kinds.size > 1) return { why: 'meeting', words: match[0] };
  }
  return null;
}
