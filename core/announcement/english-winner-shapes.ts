import type { TextSpan } from './announced-figures.js';
import type { NumberToken } from './scan-numbers.js';

/**
 * English winners' votes in shapes the rest of the reader leaves unread:
 *
 * - `Wang Li won the chair with 812 of 1,402 votes cast` (or `was elected chair with 812 of the 1,402
 *   ballots cast`, `… with 812 of 1,420 votes.`): 812 is the name's votes for the post, 1,402 the ballots
 *   cast, read as such only where the words after it say votes or ballots cast, or votes ending the clause
 *   (`of 1,630 registered voters` is no count of ballots, `of 1,420 votes across the two villages` not
 *   this election's alone); `with 812 of 1,380 valid votes`: the votes, the 1,380 left to its own words;
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
  /**
   * The votes are of the place the sentence opens with (`In Xiwan, 980 of 1,120 registered voters cast
   * ballots, and Li Na was re-elected chair with 530 of 980 votes`): read by its opening, as its voters are.
   */
  readonly ofOpeningPlace?: boolean;
  /** The share in the bracket and its base, when one stands there. */
  readonly share: {
    readonly at: number;
    readonly name: string;
    readonly base: 'valid' | 'cast' | null;
  } | null;
}

const NAME = String.raw`([A-Z][a-z'’-]+(?:[^\S\n][A-Z][a-z'’-]+){1,2})`;
const POST = String.raw`((?:vice[- ]|deputy[^\S\n]+)?chair(?:man|woman|person)?)`;
const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d{1,6})`;
const S = String.raw`[^\S\n]+`;
/** Where a clause may open before the name: the sentence's start, a semicolon or a colon. */
const OPENS = String.raw`(?:^|[;:.\n])[^\S\n]*`;
const WON_THE_POST = String.raw`(?:won${S}the${S}${POST}(?:['’]s${S}(?:seat|post)|${S}(?:seat|post))?|(?:was|has${S}been)${S}(?:re-?)?elected${S}(?:as${S})?(?:the${S})?(?:(?:village|villagers['’]?|residents['’]?)${S})?(?:committee${S})?${POST})`;

/**
 * `… with 812 of 1,402 votes cast`, `… of the 1,402 ballots cast`; `… with 812 of 1,420 votes` (or `of the
 * 1,402 ballots`) ending its clause (a full stop, a semicolon, a comma or the line's end after it), the
 * ballots cast as well; `elected chair, receiving 812 of 1,402 votes` as `with`; `… with
 * 812 of 1,380 valid votes` (group 6), the valid votes, left to the rest of the reader's `valid` words.
 */
const OF_CAST = new RegExp(
  String.raw`${OPENS}${NAME}${S}${WON_THE_POST}(?:${S}with|,${S}(?:receiving|winning|taking))${S}${NUMBER}${S}of${S}(?:the${S})?${NUMBER}${S}(?:(?:votes|ballots)${S}cast\b|(?:votes|ballots)(?=[^\S\n]*(?:[.;,](?!\d)|$))|(valid)${S}votes(?:${S}cast)?\b)`,
  'dg',
);

const IN_BRACKET = new RegExp(
  String.raw`${OPENS}${NAME}${S}${WON_THE_POST}[^\S\n]*\([^\S\n]*${NUMBER}${S}votes(?:[^\S\n]*[,;][^\S\n]*(\d{1,3}(?:\.\d{1,2})?)%(${S}of${S}(?:the${S})?(?:(valid)${S})?(?:votes|ballots)(?:${S}(cast))?)?)?[^\S\n]*\)`,
  'dg',
);

/**
 * `Li Ming secured 812 of the 1,402 votes cast to win the chair`: the name's votes of the ballots cast
 * (`cast` said, never bare `of the 1,420 ballots`, which may be the ballots issued), the post after them
 * ending the clause (`to win the chair of the township congress` is another body's). Groups: the name (1),
 * the votes (2), the ballots cast (3), the post (4).
 */
const OF_CAST_TO_WIN = new RegExp(
  String.raw`${OPENS}${NAME}${S}(?:secured|won|took|received|polled|garnered|obtained|got)${S}${NUMBER}${S}of${S}(?:the${S})?${NUMBER}${S}(?:votes|ballots)${S}cast${S}to${S}(?:win|take|claim|retain|keep)${S}the${S}(?:(?:village|villagers['’]?|residents['’]?)${S})?(?:committee${S})?${POST}(?:ship|['’]s${S}(?:seat|post)|${S}(?:seat|post))?(?=[^\S
]*(?:[.;]|,(?!\d)|$))`,
  'dg',
);

/**
 * `Incumbent chair Wang Fang was re-elected with 903 votes`: the post before the name, and `re-elected`
 * right before `with` (re-elected to the post named; `re-elected to the committee`, or bare `elected`,
 * which may be to another post, are not this shape). Groups: the post (1), the name (2), the votes (3).
 */
const POST_BEFORE_NAME = new RegExp(
  String.raw`${OPENS}(?:(?:[Tt]he|[Ii]ncumbent|[Ss]itting)${S})?(?:(?:[Vv]illage|[Vv]illagers['’]?|[Rr]esidents['’]?)${S})?(?:[Cc]ommittee${S})?((?:[Vv]ice[- ]|[Dd]eputy${S})?[Cc]hair(?:man|woman|person)?)${S}${NAME}${S}(?:was|has${S}been)${S}re-?elected${S}with${S}${NUMBER}${S}votes(?=[^\S
]*(?:[.;]|,(?!\d)|$))`,
  'dg',
);

/**
 * `Li Ming was re-elected chair with 760 votes and Zhang Wei vice chair with 655`: the second name's votes
 * after `and`, of the post named after it, the clause ending there (`… with 655 of the 700 township
 * deputies` is no such end), each name's votes of its own post. Groups: the first name (1), its post
 * (2), its votes (3); the second name (4), its post (5), its votes (6).
 */
const SECOND_AFTER_AND = new RegExp(
  String.raw`${OPENS}${NAME}${S}(?:was|has${S}been)${S}(?:re-?)?elected${S}(?:as${S})?(?:the${S})?${POST}${S}with${S}${NUMBER}${S}votes,?${S}and${S}${NAME}${S}(?:as${S})?(?:the${S})?${POST}${S}with${S}${NUMBER}(?:${S}votes)?(?=[^\S
]*(?:[.;]|$))`,
  'dg',
);

/**
 * `In Xiwan, 980 of 1,120 registered voters cast ballots, and Li Na was re-elected chair with 530 of 980
 * votes`: a sentence of the voters and the register, opened by a place (`In Xiwan,`) or by nothing, then
 * after `, and` a winner's votes of the ballots cast, the same count as the voters (`980` twice): the
 * votes of the place the sentence opens with, as its voters are. Only this whole shape, the turnout clause
 * with nothing but a place before it. Groups: the voters (1), the register (2), the name (3), the post (4,
 * 5), the votes (6), the ballots cast (7).
 */
const AFTER_TURNOUT_AND = new RegExp(
  String.raw`^[^\S\n]*(?:In${S}(?:[A-Z][\w'’-]*${S}){0,2}[A-Z][\w'’-]*,${S})?${NUMBER}${S}of${S}(?:the${S})?${NUMBER}${S}(?:registered|eligible)${S}voters${S}(?:cast${S}(?:their${S})?(?:ballots|votes)|voted|took${S}part(?:${S}in${S}the${S}(?:vote|election|ballot))?),${S}and${S}${NAME}${S}${WON_THE_POST}${S}with${S}${NUMBER}${S}of${S}(?:the${S})?${NUMBER}${S}(?:votes|ballots)(?:${S}cast)?[\s.]*$`,
  'd',
);

/**
 * Words of another body than the committee (the township people's congress, the party branch, a
 * cooperative …) in the paragraph before a shape of OF_CAST_TO_WIN, POST_BEFORE_NAME or SECOND_AFTER_AND,
 * whose sentence need not name the body again (`The township people's congress met on Friday. Chair Wang
 * Fang was re-elected with 48 votes.`): the post may be that body's, so nothing is read. Only the
 * OTHER_BODY_REACH characters before the shape are looked at.
 */
const OTHER_BODY_BEFORE =
  /\b(?:congress|deputies|party|branch|supervis\w*|cooperatives?|federation|league|representatives?|property|owners['’]?|shareholders?|economic|presidium|assembly)\b/i;
const OTHER_BODY_REACH = 400;

/**
 * `Zhou Bo, the village party secretary, was elected chair with 820 votes`: a person's title set between
 * commas right after the name, no body's election: the winner is the committee's as any other is.
 */
const PARTY_TITLE_APPOSITION =
  /(?<=[a-z]),[^\S\n]*(?:the[^\S\n]+)?(?:(?:village|community)['’]?s?[^\S\n]+)?(?:party|Party)[^\S\n]+(?:(?:branch|Branch)[^\S\n]+)?(?:secretary|Secretary),/g;

/** Whether the paragraph before `index` (at most OTHER_BODY_REACH characters back) names another body. */
export function otherBodyBefore(folded: string, index: number): boolean {
  const window = folded.slice(Math.max(0, index - OTHER_BODY_REACH), index);
  let paragraph = 0;
  for (const blank of window.matchAll(/\n[^\S\n]*\n/g)) paragraph = blank.index + blank[0].length;
  return OTHER_BODY_BEFORE.test(window.slice(paragraph).replace(PARTY_TITLE_APPOSITION, ','));
}

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

/**
 * `Li Na, who won the vice chair with 655 votes in 2023, was re-elected chair with 801 of 1,188 votes`: a
 * clause of `who` set off by commas between a name and its `was` (or `has been`) tells of the person, not
 * of this election's result; it is blanked (its length kept, so every index stands) and the winner's
 * words around it are read as if it were not there. Only a clause that says nothing was not won but by
 * words of another time (`in 2023`, `last`, `previous`, `former`): `who failed to win a majority in the
 * first round` says the votes after it are a runoff's, and is kept, so that nothing is read.
 */
const RELATIVE_CLAUSE =
  /(?<=[a-z]),[^\S\n]+who[^\S\n]+(?:[^,;.!?\n]|,(?=\d{3})){1,150},(?=[^\S\n]+(?:was|has[^\S\n]+been)[^\S\n])/g;
/** Words of another time in a relative clause: the clause is of another election, no refusal of this one. */
const ANOTHER_TIME = /\b(?:in[^\S\n]+\d{4}|previous|last|former)\b/gi;

/**
 * How long the clause of `who` ending the words before a declaring `was` is (`Li Na, who won the vice
 * chair with 655 votes in 2023,` before `was re-elected chair`), when RELATIVE_CLAUSE would blank it; else
 * 0. The names before it are the winner's.
 */
export function relativeClauseAtEnd(before: string): number {
  const comma = before.lastIndexOf(', who ', before.length - 2);
  if (comma < 0 || before.length - comma > RELATIVE_REACH) return 0;
  const clause = before.slice(comma);
  if (!RELATIVE_AT_END.test(before.slice(Math.max(0, comma - NAME_WORD_REACH))) || !/,[^\S\n]*$/.test(clause))
    return 0;
  return NOT_WON.test(clause.replace(ANOTHER_TIME, ' ')) ? 0 : clause.length;
}
/**
 * Where the clause of `who` before a declaring `was (re-)elected` starts in `before` (the words up to
 * `elected`), when relativeClauseAtEnd takes it; else -1: its numbers are no votes the winner is named after.
 */
export function relativeClauseBeforeElected(before: string): number {
  const verb = DECLARING_VERB_AT_END.exec(before.slice(-VERB_REACH));
  if (verb === null) return -1;
  const words = before.slice(0, before.length - verb[0].length);
  const length = relativeClauseAtEnd(words);
  return length === 0 ? -1 : words.length - length;
}
const DECLARING_VERB_AT_END = /(?:was|has[^\S\n]+been)[^\S\n]+(?:duly[^\S\n]+)?(?:re-?)?$/;
const VERB_REACH = 24;
const RELATIVE_REACH = 170;
const NAME_WORD_REACH = 24;
const RELATIVE_AT_END = /[A-Z][a-z'’-]+,[^\S\n]+who[^\S\n]+(?:[^,;.!?\n]|,(?=\d{3})){1,150},[^\S\n]*$/;

export function withoutRelativeClause(sentence: string): string {
  if (!sentence.includes(', who ')) return sentence;
  return sentence.replace(RELATIVE_CLAUSE, (clause: string) =>
    NOT_WON.test(clause.replace(ANOTHER_TIME, ' ')) ? clause : ' '.repeat(clause.length),
  );
}

/** NOT_WON without the words of turnout (`registered`, `eligible`, `turnout`), which AFTER_TURNOUT_AND states. */
const NOT_WON_BEYOND_TURNOUT = new RegExp(NOT_WON.source.replace('|turnout|registered|eligible)', ')'), 'i');

/** The shapes in one sentence, `from` to `to` of the folded text, by the counts the reader has there. */
export function englishWinnerShapes(
  folded: string,
  from: number,
  to: number,
  tokens: readonly NumberToken[],
): EnglishWinnerShape[] {
  const sentence = withoutRelativeClause(folded.slice(from, to));
  if (!/\d/.test(sentence)) return [];
  const starts = new Set(tokens.filter((token) => !token.percent).map((token) => token.span[0]));
  const at = (match: RegExpExecArray, group: number): number => from + match.indices![group]![0];
  if (NOT_WON.test(sentence)) return afterTurnout(sentence, from, starts);
  const percents = new Set(tokens.filter((token) => token.percent).map((token) => token.span[0]));
  const shapes: EnglishWinnerShape[] = [];
  const named = ({ at, name }: { at: number; name: string }) => ({ at, name, cast: false });
  const span = (match: RegExpExecArray, group: number): TextSpan | null => {
    const found = match.indices![group];
    return found === undefined ? null : [from + found[0], from + found[1]];
  };
  for (const match of sentence.matchAll(OF_CAST)) {
    const [votes, cast] = [at(match, 4), at(match, 5)];
    if (!starts.has(votes) || !starts.has(cast)) continue;
    // `of 1,380 valid votes`: the valid votes, which the rest of the reader reads by their own words.
    const valid = match[6] !== undefined;
    shapes.push({
      counts: valid
        ? [{ at: votes, name: match[1]!, cast: false }]
        : [
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
  for (const match of sentence.matchAll(OF_CAST_TO_WIN)) {
    if (otherBodyBefore(folded, from + match.index)) continue;
    const [votes, cast] = [at(match, 2), at(match, 3)];
    if (!starts.has(votes) || !starts.has(cast)) continue;
    shapes.push({
      counts: [
        { at: votes, name: match[1]!, cast: false },
        { at: cast, name: null, cast: true },
      ],
      post: span(match, 4),
      share: null,
    });
  }
  for (const match of sentence.matchAll(POST_BEFORE_NAME)) {
    if (otherBodyBefore(folded, from + match.index)) continue;
    const votes = at(match, 3);
    if (!starts.has(votes)) continue;
    shapes.push({ counts: [{ at: votes, name: match[2]! }].map(named), post: span(match, 1), share: null });
  }
  for (const match of sentence.matchAll(SECOND_AFTER_AND)) {
    if (otherBodyBefore(folded, from + match.index)) continue;
    const [first, second] = [at(match, 3), at(match, 6)];
    if (!starts.has(first) || !starts.has(second) || match[1] === match[4]) continue;
    shapes.push({ counts: [{ at: first, name: match[1]! }].map(named), post: span(match, 2), share: null });
    shapes.push({ counts: [{ at: second, name: match[4]! }].map(named), post: span(match, 5), share: null });
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
 * The winner's votes of AFTER_TURNOUT_AND, where the sentence says nothing of another election than the
 * words of its turnout, and the ballots the votes are of are the voters it states.
 */
function afterTurnout(sentence: string, from: number, starts: ReadonlySet<number>): EnglishWinnerShape[] {
  if (NOT_WON_BEYOND_TURNOUT.test(sentence)) return [];
  const match = AFTER_TURNOUT_AND.exec(sentence);
  if (match === null || match[1]!.replace(/,/g, '') !== match[7]!.replace(/,/g, '')) return [];
  const [votes, cast] = [from + match.indices![6]![0], from + match.indices![7]![0]];
  if (!starts.has(votes) || !starts.has(cast)) return [];
  const post = match.indices![4] ?? match.indices![5]!;
  return [
    {
      counts: [
        { at: votes, name: match[3]!, cast: false },
        { at: cast, name: null, cast: true },
      ],
      post: [from + post[0], from + post[1]],
      share: null,
      ofOpeningPlace: true,
    },
  ];
}

/**
 * Where a winner's votes of the shapes above stand in the whole folded text, with the names of the clause:
 * `won the chair with 812 of 1,402 votes cast` (one name, its votes) and `Li Hua took 812 votes, Zhao Gang
 * 400` (two names, their votes), for english-winners-declared.ts to declare from the votes read there.
 */
export function winnerClauses(
  folded: string,
): { readonly names: readonly string[]; readonly at: readonly number[]; readonly index: number }[] {
  return WINNER_CLAUSES.flatMap(({ pattern, clauses, guarded }) =>
    [...folded.matchAll(pattern)]
      .filter((match) => !guarded || !otherBodyBefore(folded, match.index))
      .flatMap((match) =>
        clauses.map(([names, votes]) => ({
          names: names.map((group) => match[group]!),
          at: votes.map((group) => match.indices![group]![0]),
          index: match.index,
        })),
      ),
  );
}

/**
 * The winner clauses of each shape: the groups of its names and of their votes (one clause or two per
 * match), and whether a body named in the paragraph before stops it (the shapes that name no post of
 * their own, or name it only beside the winner).
 */
const WINNER_CLAUSES: readonly {
  readonly pattern: RegExp;
  readonly clauses: readonly (readonly [readonly number[], readonly number[]])[];
  readonly guarded: boolean;
}[] = [
  { pattern: OF_CAST, clauses: [[[1], [4]]], guarded: false },
  { pattern: OF_CAST_TO_WIN, clauses: [[[1], [2]]], guarded: true },
  { pattern: POST_BEFORE_NAME, clauses: [[[2], [3]]], guarded: true },
  {
    pattern: SECOND_AFTER_AND,
    clauses: [
      [[1], [3]],
      [[4], [6]],
    ],
    guarded: true,
  },
  {
    pattern: TWO_NAMES,
    clauses: [
      [
        [3, 5],
        [4, 6],
      ],
    ],
    guarded: false,
  },
];

/**
 * `Elected chair: Li Hua; vice-chair: Zhao Gang.`, `Elected: Supervisory committee chair: Sun Lei; Chair: Li
 * Hua.`: winners named without votes after a declaring `Elected`, each for the post its label names. A
 * label of another body (the supervisory committee, the party branch …) declares no one, and a label after
 * it is taken for the committee's only where it is written as a new list's (`Chair`, `Village committee
 * chair`), not where it may go on with that body's (`members`); the labels after such a one are the
 * committee's again. Nothing is declared from a clause that holds
 * a number (votes are read by the rest of the reader), says anything was not won, or names anything but
 * posts and names; nor two names for a post of one seat.
 */
export function namesElectedWithoutVotes(
  folded: string,
): { readonly post: '主任' | '副主任' | '委员'; readonly name: string; readonly span: TextSpan }[] {
  const found: { post: '主任' | '副主任' | '委员'; name: string; span: TextSpan }[] = [];
  for (const opening of folded.matchAll(ELECTED_OPENING)) {
    const from = opening.index + opening[0].length;
    const rest = folded.slice(from, from + CLAUSE_REACH);
    const stop = /\.(?!\d)|[!?\n]/.exec(rest);
    const clause = stop === null ? rest : rest.slice(0, stop.index);
    if (/\d/.test(clause) || NOT_WON_BY_ANY_BODY.test(clause)) continue;
    const items = clause.split(';');
    let offset = from;
    let afterOtherBody = false;
    const firstLabel = opening[1] ?? null;
    for (const [index, item] of items.entries()) {
      const itemStart = offset;
      offset += item.length + 1;
      const parts = item.split(':');
      let label: string | null;
      let names: string;
      let namesStart: number;
      if (index === 0 && firstLabel !== null) {
        if (parts.length !== 1) break;
        label = firstLabel;
        names = item;
        namesStart = itemStart;
      } else {
        if (parts.length !== 2) break;
        label = parts[0]!.trim();
        names = parts[1]!;
        namesStart = itemStart + parts[0]!.length + 1;
      }
      if (OTHER_BODY.test(label)) {
        afterOtherBody = true;
        continue;
      }
      const post = postOfLabel(label);
      if (post === null || (afterOtherBody && !NEW_LIST_LABEL.test(label))) break;
      afterOtherBody = false;
      const people = [...names.matchAll(/[^,]+/g)].flatMap((piece) =>
        piece[0].split(/\band\b/).map((part) => {
          const at = namesStart + piece.index + piece[0].indexOf(part);
          const trimmed = part.trim();
          return { name: trimmed, at: at + part.indexOf(trimmed) };
        }),
      );
      if (people.length === 0 || !people.every(({ name }) => ENGLISH_FULL_NAME.test(name))) break;
      if (post !== '委员' && people.length > 1) continue;
      for (const { name, at } of people) found.push({ post, name, span: [at, at + name.length] });
    }
  }
  return found;
}

/** `Elected:`, `Elected chair:`, `Newly elected vice-chair:` opening a line or a sentence; the label after. */
const ELECTED_OPENING =
  /(?:^|\n|[.!?])[^\S\n]*(?:(?:newly|duly)[^\S\n]+)?elected(?:[^\S\n]+((?:(?:village|residents['’]?|villagers['’]?)[^\S\n]+)?(?:committee[^\S\n]+)?(?:(?:vice[- ]|deputy[^\S\n]+)?chair(?:man|woman|person)?|members?)))?[^\S\n]*:/gi;

/** How far a clause of names after `Elected` is read. */
const CLAUSE_REACH = 300;

/** A person's name in letters: two or three words, each capitalised. */
const ENGLISH_FULL_NAME = /^[A-Z][a-z'’-]+(?:[^\S\n][A-Z][a-z'’-]+){1,2}$/;

/** NOT_WON without the words of other bodies, which each item's label is tried for (OTHER_BODY). */
const NOT_WON_BY_ANY_BODY =
  /\b(?:not|no|nor|never|un-?elected|failed|fell[^\S\n]+short|short[^\S\n]+of|runner-?ups?|runoffs?|second[^\S\n]+(?:round|ballot)|by-?election|to[^\S\n]+be|will|would|if|whether|previous|last|former|outgoing|tied?|lost|candidates?|nominat\w*|stood|standing|acting|vacant|pending)\b|n['’]t\b/i;

/** A label of another body than the committee: its posts are never the committee's. */
const OTHER_BODY =
  /\b(?:supervis\w*|monitor\w*|party|branch|secretary|representatives?|group|cooperative|economic|federation|league|congress|deputies|mediation|security|accountant|cashier|women['’]s)\b/i;

/** A label opening a new list after another body's: capitalised, or naming the committee. */
const NEW_LIST_LABEL = /^(?:[A-Z]|(?:village|residents['’]?|villagers['’]?)[^\S\n]+committee\b|committee\b)/;

function postOfLabel(label: string): '主任' | '副主任' | '委员' | null {
  const post =
    /^(?:(?:village|residents['’]?|villagers['’]?)[^\S\n]+)?(?:committee[^\S\n]+)?(?:((?:vice[- ]|deputy[^\S\n]+)chair(?:man|woman|person)?)|(chair(?:man|woman|person)?)|((?:committee[^\S\n]+)?members?))$/i.exec(
      label.trim(),
    );
  if (post === null) return null;
  return post[1] !== undefined ? '副主任' : post[2] !== undefined ? '主任' : '委员';
}
