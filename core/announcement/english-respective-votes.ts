import type { TextSpan, UnreadReason } from './announced-figures.js';
import { sexNoteAtEnd } from './english-sex-note.js';
import { isPersonName } from './person-name.js';
import type { NumberToken } from './scan-numbers.js';
import { ENGLISH_NOT_NAME } from './votes-then-share.js';
import { firstStartingAfter } from './text-places.js';

/**
 * Candidates' votes given respectively in English: `Zhang Wei, Li Na and Wang Fang received 812, 790 and
 * 701 votes respectively`, `… were elected members with 812, 790 and 701 votes, respectively`, `received
 * respectively 812, 790 and 701 votes`, `received 812 (61.2%), 790 (59.5%) and 701 (52.8%) votes
 * respectively`. Each count is the votes of the name in the same place of the list, only when the names
 * before the verb are as many as the counts; otherwise the counts are listed unread with the reason.
 * `respectively` over anything else (`aged 45 and 38 respectively`, `in 2020 and 2023 respectively`,
 * `320 and 285 households respectively`) is no list of votes and is left to the rest of the reader.
 */

/** One list given respectively: its counts (where each number starts) and, when they pair, its names. */
export interface EnglishRespectiveVotes {
  /** Where each count of the list starts, in order. */
  readonly counts: readonly number[];
  /** The names, in order, one for each count; empty when refused. */
  readonly names: readonly TextSpan[];
  /** Why the counts cannot be given to names: null when they pair. */
  readonly refusal: UnreadReason | null;
  /** The words between the names and the counts that may name the post (`were elected members … with`). */
  readonly post: TextSpan | null;
  /** The post words list more than one post (`were elected chair and vice-chair with`): no one contest. */
  readonly postsListed: boolean;
  /**
   * The list's shares (`812 (61.2%), 790 (59.5%)`, or `…respectively, or 61.2% and 59.5%`): where each
   * starts and the place of the count it is of; empty when none.
   */
  readonly shares: readonly { readonly at: number; readonly index: number }[];
  /** Why the shares cannot be given to the counts (as many shares as counts after the list, or none). */
  readonly sharesRefusal: UnreadReason | null;
  /** The shares name the valid ballots as their base (`of 1,327 valid ballots`, `of the valid votes`). */
  readonly ofValid: boolean;
}

const RESPECTIVELY = /\brespectively\b/gi;
const SAYS_RESPECTIVELY = /\brespectively\b/i;
/** Between two counts of the list: a comma, `and`, or both; `votes` after the first may stand before. */
const BETWEEN_COUNTS =
  /^\)?(?:[^\S\n]votes?)?(?:,[^\S\n]{1,3}(?:and[^\S\n]{1,3})?|[^\S\n]{1,3}and[^\S\n]{1,3})$/i;
/** Between a count and its share in brackets: `812 (61.2%)`. */
const BEFORE_SHARE = /^[^\S\n]?\($/;
/** After the list's last count and before `respectively`: `) votes, `, ` votes `, `, `. */
const LIST_THEN_RESPECTIVELY = /^\)?[^\S\n]{0,3}(?:votes?[^\S\n]{0,3})?,?[^\S\n]{1,3}$/i;
/** After the list's last count when `respectively` stands before the list: ` votes`, `) votes`. */
const LIST_ENDS_IN_VOTES = /^\)?[^\S\n]votes?\b/i;
/** Before a list of shares after the votes' list: `, or `, `, `. */
const BEFORE_SHARES = /^,?[^\S\n]{1,3}(?:or[^\S\n]{1,3})?$/i;
/** Between two shares of such a list. */
const BETWEEN_SHARES = /^(?:,[^\S\n]{1,3}(?:and[^\S\n]{1,3})?|[^\S\n]{1,3}and[^\S\n]{1,3})$/i;
/** The valid ballots named as the shares' base: `, of 1,327 valid ballots`, `of the valid votes`. */
const OF_VALID =
  /^\)?[^\S\n]{0,3}(?:votes?[^\S\n]{0,3})?(?:respectively)?,?[^\S\n]{0,3}of[^\S\n]{1,3}(?:the[^\S\n]{1,3})?(?:\d{1,3}(?:,\d{3})*[^\S\n]{1,3})?valid[^\S\n]{1,3}(?:ballots|votes)\b/i;
/** The verb of the votes right before the list, with `respectively` before the list or not. */
const VOTES_VERB =
  /(?:^|[^\S\n])(?:received|got|won|obtained|polled|secured|garnered|gained|(?:was|were)[^\S\n]{1,3}(?:re-?)?elected\b([^\d;:\n]{0,60}?)[^\S\n]with)[^\S\n]{1,3}(?:respectively,?[^\S\n]{1,3})?$/i;
/** The most characters between two pieces of a list (a count, `respectively`, a share) that are read. */
const GAP_MOST = 24;
/** The most tokens a list holds (twelve counts, each with its share). */
const LIST_MOST = 24;
/** How far before the list its names and verb may stand. */
const HEAD_REACH = 200;
/** The pieces of a list of names: `Zhang Wei, Li Na and Wang Fang`, `Chen Hua, Liu Yang, and Sun Mei`. */
const NAME_PARTS = /,[^\S\n]{0,3}(?:and[^\S\n]{1,3})?|[^\S\n]{1,3}and[^\S\n]{1,3}/gi;
/** A name's characters in brackets after its letters: `Chen Hua (陈华)`, `Chen Hua（陈华）`. */
const IN_CHARACTERS_AFTER = /[^\S\n]{0,2}[（(][\u3400-\u9fff·]{2,6}[)）][^\S\n]*$/u;
/** Words that open a clause before the names (`In the members' election, Zhang Wei, …`). */
const OPENING_WORDS = /^(?:In|At|For|Among|Of|After|On)\b/;

/** The lists of votes given respectively in one sentence, [start, end) of the folded text. */
export function englishRespectiveVotes(
  folded: string,
  start: number,
  end: number,
  tokens: readonly NumberToken[],
  candidates: ReadonlySet<string>,
): EnglishRespectiveVotes[] {
  const lists: EnglishRespectiveVotes[] = [];
  const inSentence = tokens.filter((token) => token.span[0] >= start && token.end <= end);
  if (inSentence.length < 2) return lists;
  for (const match of folded.slice(start, end).matchAll(RESPECTIVELY)) {
    const at = start + match.index;
    const after = at + match[0].length;
    // `received 812 and 640 votes (61.2%, 48.3%) respectively`, `… votes (61.2% and 48.3% respectively)`.
    const bracketed = bracketedShares(folded, inSentence, at);
    if (bracketed) {
      const list = listOf(folded, start, bracketed.counts, candidates);
      const ofValid = OF_VALID.test(folded.slice(after, after + 80));
      if (list !== null) lists.push(withBracketedShares(list, bracketed.shares, ofValid));
      continue;
    }
    const before = runBefore(folded, inSentence, at);
    // `The votes were 812, 790 and 701 for Zhang Wei, Li Na and Wang Fang respectively`.
    const named = before ? null : forNames(folded, inSentence, start, at, candidates);
    if (named) {
      lists.push(withShares(folded, inSentence, named.run, after, named.list));
      continue;
    }
    const run = before ?? runAfter(folded, inSentence, after);
    if (run === null) continue;
    const list = listOf(folded, start, run, candidates);
    if (list === null) continue;
    // The shares after the list: after `respectively` when it closes the list, else after the last count.
    const listEnd = before ? after : (run.at(-1)?.end ?? after);
    lists.push(withShares(folded, inSentence, run, listEnd, list));
  }
  if (lists.length === 0 && !SAYS_RESPECTIVELY.test(folded.slice(start, end))) {
    // `Ma Qin and Yang Bo were elected members with 690 and 601 votes`: respectively left unsaid.
    for (const match of folded.slice(start, end).matchAll(LIST_AFTER_VERB)) {
      const run = runAfter(folded, inSentence, start + match.index + match[0].length - 1);
      const list = run === null ? null : listOf(folded, start, run, candidates);
      if (run === null || list === null || list.refusal !== null) continue;
      lists.push(withShares(folded, inSentence, run, run.at(-1)?.end ?? end, list));
    }
  }
  return lists;
}

/**
 * A verb of the votes, or `were elected … with`, right before a list of counts: with names as many as the
 * counts before it (`Ma Qin and Yang Bo were elected members with 690 and 601 votes`, `Liu Bo and Wang Yi
 * received 700 and 650 votes`), the counts are given in the names' order though `respectively` is left
 * unsaid; where the names are not as many, the counts are left to the rest of the reader as before.
 */
const LIST_AFTER_VERB =
  /(?:\b(?:received|polled|got|won|obtained|secured|garnered)|\bwere[^\S\n]{1,3}(?:re-?)?elected\b[^\d;:\n]{0,60}?[^\S\n]with)[^\S\n](?=[^\S\n]{0,2}\d)/gi;

/**
 * The list's shares: in brackets after its counts, or a list of as many shares after it; and whether
 * they name the valid ballots as their base.
 */
function withShares(
  folded: string,
  tokens: readonly NumberToken[],
  run: readonly NumberToken[],
  listEnd: number,
  list: EnglishRespectiveVotes,
): EnglishRespectiveVotes {
  const shares: { at: number; index: number }[] = [];
  let index = -1;
  for (const token of run) {
    if (token.percent) shares.push({ at: token.span[0], index });
    else index++;
  }
  const lastToken = run.at(-1);
  if (shares.length > 0 && lastToken)
    return {
      ...list,
      shares,
      sharesRefusal: null,
      ofValid: OF_VALID.test(folded.slice(lastToken.end, lastToken.end + 80)),
    };
  const first = firstFrom(tokens, listEnd);
  const firstShare = tokens[first];
  if (!firstShare?.percent || firstShare.span[0] - listEnd > GAP_MOST) return list;
  if (!BEFORE_SHARES.test(folded.slice(listEnd, firstShare.span[0]))) return list;
  const after = [firstShare];
  for (let next = first + 1; next < tokens.length && after.length < LIST_MOST; next++) {
    const token = tokens[next];
    const previous = after.at(-1);
    if (!token?.percent || !previous || token.span[0] - previous.end > GAP_MOST) break;
    if (!BETWEEN_SHARES.test(folded.slice(previous.end, token.span[0]))) break;
    after.push(token);
  }
  const lastShare = after.at(-1);
  const ofValid = lastShare ? OF_VALID.test(folded.slice(lastShare.end, lastShare.end + 80)) : false;
  return {
    ...list,
    shares: after.map((token, place) => ({ at: token.span[0], index: place })),
    sharesRefusal: list.refusal ?? (after.length === list.counts.length ? null : 'respective-unmatched'),
    ofValid,
  };
}

/** Between the list's last count and the bracket of its shares: ` votes (`, ` (`. */
const COUNTS_THEN_BRACKET = /^(?:[^\S\n](?:votes?))?[^\S\n]?\($/i;
/** After the bracket's last share, before `respectively`: `) ` (`(61.2%, 48.3%) respectively`) or ` `. */
const BRACKET_THEN_RESPECTIVELY = /^(\)[^\S\n]{0,3},?[^\S\n]{0,3}|[^\S\n]{1,3})$/;

/**
 * A list of counts with its shares in one bracket after it, the bracket closing before `respectively`
 * (`812 and 640 votes (61.2%, 48.3%) respectively`) or right after it (`812 and 640 votes (61.2% and
 * 48.3% respectively)`): the counts' run and the shares, in order; null for any other shape.
 */
function bracketedShares(
  folded: string,
  tokens: readonly NumberToken[],
  at: number,
): { counts: NumberToken[]; shares: NumberToken[] } | null {
  const last = firstFrom(tokens, at) - 1;
  const lastShare = tokens[last];
  if (!lastShare?.percent || at - lastShare.end > GAP_MOST) return null;
  const tail = BRACKET_THEN_RESPECTIVELY.exec(folded.slice(lastShare.end, at));
  if (tail === null) return null;
  // The bracket closes before `respectively` or right after it, never both nor neither.
  const closedBefore = tail[0].startsWith(')');
  const after = folded.slice(at + 'respectively'.length, at + 'respectively'.length + 2);
  if (closedBefore === after.startsWith(')')) return null;
  const shares = [lastShare];
  let index = last - 1;
  for (; index >= 0 && shares.length < LIST_MOST; index--) {
    const token = tokens[index];
    const next = shares[0];
    if (!token?.percent || !next || next.span[0] - token.end > GAP_MOST) break;
    if (!BETWEEN_SHARES.test(folded.slice(token.end, next.span[0]))) break;
    shares.unshift(token);
  }
  const lastCount = tokens[index];
  const firstShare = shares[0];
  if (shares.length < 2 || !lastCount || lastCount.percent || !firstShare) return null;
  if (firstShare.span[0] - lastCount.end > GAP_MOST) return null;
  const gap = folded.slice(lastCount.end, firstShare.span[0]);
  if (!COUNTS_THEN_BRACKET.test(gap)) return null;
  const counts = runEndingAt(folded, tokens, index);
  if (counts.some((token) => token.percent)) return null;
  const saysVotes = /votes?/i.test(gap) || counts.some(isVotesUnit);
  return saysVotes ? { counts, shares } : null;
}

/** The list with the shares of its bracket, each of the count in its place when as many as the counts. */
function withBracketedShares(
  list: EnglishRespectiveVotes,
  shares: readonly NumberToken[],
  ofValid: boolean,
): EnglishRespectiveVotes {
  return {
    ...list,
    shares: shares.map((token, place) => ({ at: token.span[0], index: place })),
    sharesRefusal: list.refusal ?? (shares.length === list.counts.length ? null : 'respective-unmatched'),
    ofValid,
  };
}

/** The tokens of a list ending right before `respectively` (`812, 790 and 701 votes respectively`). */
function runBefore(folded: string, tokens: readonly NumberToken[], at: number): NumberToken[] | null {
  const last = firstFrom(tokens, at) - 1;
  const lastToken = tokens[last];
  if (!lastToken || at - lastToken.end > GAP_MOST) return null;
  if (!LIST_THEN_RESPECTIVELY.test(folded.slice(lastToken.end, at))) return null;
  const run = runEndingAt(folded, tokens, last);
  const saysVotes = /votes?/i.test(folded.slice(lastToken.end, at)) || run.some(isVotesUnit);
  return saysVotes ? run : null;
}

/** The tokens of a list ending with the token at `last`, its counts and shares linked as a list's. */
function runEndingAt(folded: string, tokens: readonly NumberToken[], last: number): NumberToken[] {
  const lastToken = tokens[last];
  if (!lastToken) return [];
  const run = [lastToken];
  for (let index = last - 1; index >= 0 && run.length < LIST_MOST; index--) {
    const token = tokens[index];
    const next = run[0];
    if (!token || !next || !linked(folded, token, next)) break;
    run.unshift(token);
  }
  return run;
}

/** ` for ` (or ` votes for `) between a list of counts and the names it is given to. */
const FOR_NAMES = /^\)?(?:[^\S\n]votes?)?[^\S\n]for[^\S\n]{1,3}/i;
/** The comma and space between the names and `respectively`. */
const NAMES_THEN = /,?[^\S\n]{1,3}$/;
/** Words right before the counts that say they are votes: `The votes were`, `received`. */
const VOTES_BEFORE_COUNTS =
  /\b(?:votes?|vote[^\S\n]counts?)[^\S\n]{1,3}(?:were|was)[^\S\n]{1,3}$|\b(?:received|polled|got|won|obtained|secured|garnered)[^\S\n]{1,3}$/i;
/** How far before the counts the words that say votes may stand. */
const VOTES_WORDS_REACH = 40;

/**
 * `The votes were 812, 790 and 701 for Zhang Wei, Li Na and Wang Fang respectively`: counts that say
 * they are votes (their unit, ` votes for`, or the words before them), then `for` and the names right
 * before `respectively`.
 */
function forNames(
  folded: string,
  tokens: readonly NumberToken[],
  sentenceStart: number,
  at: number,
  candidates: ReadonlySet<string>,
): { run: NumberToken[]; list: EnglishRespectiveVotes } | null {
  const last = firstFrom(tokens, at) - 1;
  const lastToken = tokens[last];
  if (!lastToken || at - lastToken.end > HEAD_REACH) return null;
  const gap = folded.slice(lastToken.end, at);
  const head = FOR_NAMES.exec(gap);
  if (head === null) return null;
  const run = runEndingAt(folded, tokens, last);
  const counts = run.filter((token) => !token.percent);
  const first = counts[0];
  if (!first || counts.length < 2 || !wholeVotes(counts)) return null;
  const says =
    run.some(isVotesUnit) ||
    /votes?/i.test(head[0]) ||
    VOTES_BEFORE_COUNTS.test(
      folded.slice(Math.max(sentenceStart, first.span[0] - VOTES_WORDS_REACH), first.span[0]),
    );
  if (!says) return null;
  const namesEnd = at - (NAMES_THEN.exec(gap)?.[0].length ?? 0);
  const names = namesBefore(folded, lastToken.end + head[0].length, namesEnd, candidates);
  const refusal: UnreadReason | null =
    names === null ? 'not-a-name' : names.length !== counts.length ? 'respective-unmatched' : null;
  return {
    run,
    list: {
      counts: counts.map((token) => token.span[0]),
      names: refusal === null && names ? names : [],
      refusal,
      post: null,
      postsListed: false,
      shares: [],
      sharesRefusal: null,
      ofValid: false,
    },
  };
}

/** Counts that are whole numbers of votes, with no other unit. */
function wholeVotes(counts: readonly NumberToken[]): boolean {
  return counts.every((token) => (token.unit === null || isVotesUnit(token)) && token.value.decimals === 0);
}

/** The tokens of a list right after `respectively` (`received respectively 812, 790 and 701 votes`). */
function runAfter(folded: string, tokens: readonly NumberToken[], after: number): NumberToken[] | null {
  const first = firstFrom(tokens, after);
  const firstToken = tokens[first];
  if (!firstToken || firstToken.span[0] - after > GAP_MOST) return null;
  if (!/^[^\S\n]{1,3}$/.test(folded.slice(after, firstToken.span[0]))) return null;
  const run = [firstToken];
  for (let index = first + 1; index < tokens.length && run.length < LIST_MOST; index++) {
    const token = tokens[index];
    const before = run.at(-1);
    if (!token || !before || !linked(folded, before, token)) break;
    run.push(token);
  }
  // `690 and 651 votes, and 12 ballots were invalid`: the list ends at its last count that says votes; a
  // count of the next clause joined by `, and` is no part of it.
  while (run.length > 0) {
    const lastToken = run.at(-1);
    if (!lastToken) break;
    if (isVotesUnit(lastToken) || LIST_ENDS_IN_VOTES.test(folded.slice(lastToken.end, lastToken.end + 8)))
      return run;
    run.pop();
  }
  return null;
}

/**
 * The index of the first token that starts at or after `at` (tokens.length when none): a binary search,
 * so that a sentence of many `respectively` stays linear in its tokens.
 */
function firstFrom(tokens: readonly NumberToken[], at: number): number {
  return firstStartingAfter(tokens, at - 1, (token) => token.span[0]);
}

function isVotesUnit(token: NumberToken): boolean {
  return token.unit === 'vote' || token.unit === 'votes';
}

/** Whether two tokens are next to each other in such a list: a count then its share, or two items. */
function linked(folded: string, before: NumberToken, next: NumberToken): boolean {
  if (next.span[0] - before.end > GAP_MOST) return false;
  const gap = folded.slice(before.end, next.span[0]);
  if (next.percent) return !before.percent && BEFORE_SHARE.test(gap);
  return gap.startsWith(')') === before.percent && BETWEEN_COUNTS.test(gap);
}

/** The list's counts and names, or null when the words before it are no candidates' votes. */
function listOf(
  folded: string,
  sentenceStart: number,
  run: readonly NumberToken[],
  candidates: ReadonlySet<string>,
): EnglishRespectiveVotes | null {
  const counts = run.filter((token) => !token.percent);
  if (counts.length < 2) return null;
  // A count of the list is a whole number of votes, with no other unit.
  if (!wholeVotes(counts)) return null;
  const first = counts[0];
  if (!first) return null;
  const headStart = Math.max(sentenceStart, first.span[0] - HEAD_REACH);
  const head = folded.slice(headStart, first.span[0]);
  const verb = VOTES_VERB.exec(head);
  if (verb === null) return null;
  const starts = counts.map((token) => token.span[0]);
  const postWords = verb[1];
  const post: TextSpan | null =
    postWords === undefined
      ? null
      : [
          headStart + verb.index + verb[0].indexOf(postWords),
          headStart + verb.index + verb[0].indexOf(postWords) + postWords.length,
        ];
  const postsListed = postWords !== undefined && /,|\band\b/i.test(postWords);
  const names = namesBefore(folded, headStart, headStart + verb.index, candidates);
  const refusal: UnreadReason | null =
    names === null ? 'not-a-name' : names.length !== counts.length ? 'respective-unmatched' : null;
  return {
    counts: starts,
    names: refusal === null && names ? names : [],
    refusal,
    post,
    postsListed,
    shares: [],
    sharesRefusal: null,
    ofValid: false,
  };
}

/**
 * The names before the verb, as spans: from the clause's start (after a colon, a semicolon or a line's
 * end), an opening clause (`In the members' election,`) passed over, then every piece a name; `, who`
 * before the verb is dropped. Null when any piece is no name or fewer than two are.
 */
function namesBefore(
  folded: string,
  from: number,
  to: number,
  candidates: ReadonlySet<string>,
): TextSpan[] | null {
  const stretch = folded.slice(from, to);
  const cut = Math.max(stretch.lastIndexOf(':'), stretch.lastIndexOf(';'), stretch.lastIndexOf('\n')) + 1;
  const who = /,?[^\S\n]{1,3}who$/i.exec(stretch);
  const close = who ? who.index : stretch.length;
  if (close <= cut) return null;
  const pieces: TextSpan[] = [];
  let at = cut;
  for (const part of stretch.slice(cut, close).matchAll(NAME_PARTS)) {
    pieces.push([at, cut + part.index]);
    at = cut + part.index + part[0].length;
  }
  pieces.push([at, close]);
  const names: TextSpan[] = [];
  for (const [pieceStart, pieceEnd] of pieces) {
    // `Chen Hua (陈华)`: the name in letters, its characters in brackets after it.
    // `Zhou Min (female)`: the sex set off after the name (english-sex-note.ts), no part of it.
    const piece = stretch.slice(pieceStart, pieceEnd).replace(IN_CHARACTERS_AFTER, '');
    const raw = piece.slice(0, piece.length - sexNoteAtEnd(piece));
    const word = raw.trim();
    const lead = raw.length - raw.trimStart().length;
    const span: TextSpan = [from + pieceStart + lead, from + pieceStart + lead + word.length];
    const isName = word !== '' && isPersonName(word, candidates) && !ENGLISH_NOT_NAME.test(word);
    if (isName) names.push(span);
    else if (names.length === 0 && OPENING_WORDS.test(word)) continue;
    else return null;
  }
  return names.length >= 2 ? names : null;
}
