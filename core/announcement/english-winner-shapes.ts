import type { TextSpan } from './announced-figures.js';
import type { NumberToken } from './scan-numbers.js';

/**
 * English winners' votes in shapes the rest of the reader leaves unread:
 *
 * - `Wang Li won the chair with 812 of 1,402 votes cast` (or `was elected chair with 812 of the 1,402
 *   ballots cast`): 812 is the name's votes for the post, 1,402 the ballots cast, read as such only where
 *   the words after it say votes or ballots cast (`of 1,630 registered voters` is no count of ballots);
 * - `Zhang Min was re-elected chair (812 votes, 57.9%)`: the votes and their share in the bracket after the
 *   post; the share is of the valid votes where the bracket says so, of the ballots cast where it says so,
 *   else of either (vote-share-bases.ts);
 * - `Li Hua took 812 votes, Zhao Gang 400`: two names' votes in one clause, of the contest the clause
 *   names (`In the vote for chair, …`, `For vice chair, …`) or its heading's.
 *
 * Nothing is read where the sentence says the post was not won in this election (notWon: a year, a
 * runoff, another body …): its numbers stay as the rest of the reader leaves them.
 */
export interface EnglishWinnerShape {
  /** Where each count of the shape starts, with its name (votes), or as the ballots cast. */
  readonly counts: readonly {
    readonly at: number;
    readonly name: string | null;
    readonly cast: boolean;
  }[];
  /** The words naming the post (`chair`, `vice chair`), when the sentence names one. */
  readonly post: TextSpan | null;
  /** The share in the bracket and its base, when one stands there. */
  readonly share: { readonly at: number; readonly name: string; readonly base: 'valid' | 'cast' | null } | null;
}

const NAME = String.raw`([A-Z][a-z'’-]+(?:[^\S\n][A-Z][a-z'’-]+){1,2})`;
const POST = String.raw`((?:vice[- ]|deputy[^\S\n]+)?chair(?:man|woman|person)?)`;
const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d{1,6})`;
const S = String.raw`[^\S\n]+`;
/** Where a clause may open before the name: the sentence's start, a semicolon or a colon. */
const OPENS = String.raw`(?:^|[;:.\n])[^\S\n]*`;
const WON_THE_POST = String.raw`(?:won${S}the${S}${POST}(?:['’]s${S}(?:seat|post)|${S}(?:seat|post))?|(?:was|has${S}been)${S}(?:re-?)?elected${S}(?:as${S})?(?:the${S})?(?:committee${S})?${POST})`;

const OF_CAST = new RegExp(
  String.raw`${OPENS}${NAME}${S}${WON_THE_POST}${S}with${S}${NUMBER}${S}of${S}(?:the${S})?${NUMBER}${S}(?:votes|ballots)${S}cast\b`,
  'dg',
);

const IN_BRACKET = new RegExp(
  String.raw`${OPENS}${NAME}${S}${WON_THE_POST}[^\S\n]*\([^\S\n]*${NUMBER}${S}votes(?:[^\S\n]*[,;][^\S\n]*(\d{1,3}(?:\.\d{1,2})?)%(${S}of${S}(?:the${S})?(?:(valid)${S})?(?:votes|ballots)(?:${S}(cast))?)?)?[^\S\n]*\)`,
  'dg',
);

const POST_OF_CLAUSE = String.raw`(?:In${S}the${S}(?:vote|race|contest|election|ballot)${S}for${S}(?:the${S})?(?:post${S}of${S})?${POST}|For${S}(?:the${S})?(?:post${S}of${S})?${POST}),${S}`;
const TWO_NAMES = new RegExp(
  String.raw`${OPENS}(?:${POST_OF_CLAUSE})?${NAME}${S}(?:took|received|won|got|polled|obtained)${S}${NUMBER}${S}votes,?(?:${S}and)?${S}${NAME}${S}${NUMBER}(?:${S}votes)?(?=[^\S\n]*(?:[.;]|$))`,
  'dg',
);

/**
 * Words saying a post was not won in this election or by this body: no winner's words read from them.
 * (english-winners-declared.ts NOT_DECLARED, with words of candidates.)
 */
export const NOT_WON =
  /\b(?:not|no|nor|never|un-?elected|failed|fell[^\S\n]+short|short[^\S\n]+of|runner-?ups?|runoffs?|second[^\S\n]+(?:round|ballot)|by-?election|to[^\S\n]+be|will|would|if|whether|party|branch|supervis\w*|representatives?|group|deputies|congress|federation|cooperative|previous|last|former|outgoing|in[^\S\n]+\d{4}|tied?|lost|defeated|beaten|conceded|turnout|registered|eligible)\b|n['’]t\b/i;

/** The shapes in one sentence, `from` to `to` of the folded text, by the counts the reader has there. */
export function englishWinnerShapes(
  folded: string,
  from: number,
  to: number,
  tokens: readonly NumberToken[],
): EnglishWinnerShape[] {
  const sentence = folded.slice(from, to);
  if (!/\d/.test(sentence) || NOT_WON.test(sentence)) return [];
  const starts = new Set(tokens.filter((token) => !token.percent).map((token) => token.span[0]));
  const percents = new Set(tokens.filter((token) => token.percent).map((token) => token.span[0]));
  const shapes: EnglishWinnerShape[] = [];
  const at = (match: RegExpExecArray, group: number): number => from + match.indices![group]![0];
  const span = (match: RegExpExecArray, group: number): TextSpan | null => {
    const found = match.indices![group];
    return found === undefined ? null : [from + found[0], from + found[1]];
  };
  for (const match of sentence.matchAll(OF_CAST)) {
    const [votes, cast] = [at(match, 4), at(match, 5)];
    if (!starts.has(votes) || !starts.has(cast)) continue;
    shapes.push({
      counts: [
        { at: votes, name: match[1]!, cast: false },
        { at: cast, name: null, cast: true },
      ],
      post: span(match, 2) ?? span(match, 3),
      share: null,
    });
  }
  for (const match of sentence.matchAll(IN_BRACKET)) {
    const votes = at(match, 4);
    if (!starts.has(votes)) continue;
    const shareAt = match[5] === undefined ? null : at(match, 5);
    if (shareAt !== null && !percents.has(shareAt)) continue;
    // `(812 votes, 57.9% of the votes)`: a base named neither valid nor cast is of either.
    const base = match[7] !== undefined ? 'valid' : match[8] !== undefined ? 'cast' : null;
    shapes.push({
      counts: [{ at: votes, name: match[1]!, cast: false }],
      post: span(match, 2) ?? span(match, 3),
      share: shareAt === null ? null : { at: shareAt, name: match[1]!, base },
    });
  }
  for (const match of sentence.matchAll(TWO_NAMES)) {
    const [first, second] = [at(match, 4), at(match, 6)];
    if (!starts.has(first) || !starts.has(second) || match[3] === match[5]) continue;
    shapes.push({
      counts: [
        { at: first, name: match[3]!, cast: false },
        { at: second, name: match[5]!, cast: false },
      ],
      post: span(match, 1) ?? span(match, 2),
      share: null,
    });
  }
  return shapes;
}

/**
 * Where a winner's votes of the shapes above stand in the whole folded text, with the names of the clause:
 * `won the chair with 812 of 1,402 votes cast` (one name, its votes) and `Li Hua took 812 votes, Zhao Gang
 * 400` (two names, their votes), for english-winners-declared.ts to declare from the votes read there.
 */
export function winnerClauses(
  folded: string,
): { readonly names: readonly string[]; readonly at: readonly number[]; readonly index: number }[] {
  return [
    ...[...folded.matchAll(OF_CAST)].map((match) => ({
      names: [match[1]!],
      at: [match.indices![4]![0]],
      index: match.index,
    })),
    ...[...folded.matchAll(TWO_NAMES)].map((match) => ({
      names: [match[3]!, match[5]!],
      at: [match.indices![4]![0], match.indices![6]![0]],
      index: match.index,
    })),
  ];
}
