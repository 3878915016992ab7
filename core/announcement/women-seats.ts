import type { TextSpan } from './announced-figures.js';
import { COMMITTEE_WORDS, OTHER_BODY_WORDS } from './body-words.js';

/**
 * The women a notice says its seats must hold, with those seats: `委员（应选3名，其中妇女委员1名）`,
 * `委员3名（其中妇女委员不少于1名）`, `应选村民委员会成员5名，其中妇女成员至少1名`. The notice's own rule,
 * which the women among the winners are judged by (women-among-winners.ts).
 */
export interface WomenSeats {
  /** The members' seats (委员) or the whole committee's (村民委员会成员). */
  readonly of: 'members' | 'committee';
  readonly seats: number;
  readonly women: number;
  readonly span: TextSpan;
  readonly text: string;
}

const COUNT = '(\\d{1,2}|[一二两三四五六七八九])';
const WOMEN = '其中(?:妇女|女性)(?:委员|成员)?(?:应选|名额)?(?:不少于|不得少于|至少|最少)?';
/** 委员, 村民委员会委员 (the members), or 村民委员会成员, 村委会成员 (the whole committee). */
const POST = `((?:${COMMITTEE_WORDS})?委员|${COMMITTEE_WORDS}成员)`;
/**
 * The four shapes: the seats in brackets after the post (`委员（应选3名，其中妇女委员1名）`), after it
 * with the women in brackets (`委员3名（其中妇女委员不少于1名）`), after 应选 and the post
 * (`应选村民委员会成员5名，其中妇女成员至少1名`), or after the post and 应选 (`委员应选3名，其中…1名`).
 */
const SHAPES = [
  `${POST}[^\\S\\n]*[（(]应选${COUNT}[名人][，,、；;][^\\S\\n]*${WOMEN}${COUNT}[名人](?:以上)?[）)]`,
  `${POST}${COUNT}[名人][^\\S\\n]*[（(]${WOMEN}${COUNT}[名人](?:以上)?[）)]`,
  `应选${POST}${COUNT}[名人][，,（(][^\\S\\n]*${WOMEN}${COUNT}[名人]`,
  `${POST}应选${COUNT}[名人][，,（(][^\\S\\n]*${WOMEN}${COUNT}[名人]`,
].map((shape) => new RegExp(shape, 'gu'));

const OTHER_BODY = new RegExp(OTHER_BODY_WORDS, 'gu');
/** What ends a clause, before a statement of seats. */
const CLAUSE_END = /[\n。；;]/u;
const DIGITS: Readonly<Record<string, number>> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const countOf = (written: string): number => DIGITS[written] ?? Number(written);

/**
 * The women's seats the folded text states, each once. A statement of another body's seats (its words
 * in the clause before: `村务监督委员会委员（应选3名，其中妇女1名）`) is none of the committee's.
 */
export function womenSeatsStated(folded: string, original: string): WomenSeats[] {
  const found: WomenSeats[] = [];
  const seen = new Set<number>();
  const otherBodies = [...folded.matchAll(OTHER_BODY)].map(
    (body) => [body.index, body.index + body[0].length] as const,
  );
  for (const shape of SHAPES) {
    // The clause's start, found by one scan forward over the text as the matches come in order (a
    // search back from each match would read a long line once per statement on it).
    // Likewise the other bodies named: the latest one ending by the match's end, found by one pass
    // over all of them (the matches' ends only grow), not by reading the clause again per match.
    let clauseStart = -1;
    let scanned = 0;
    let bodiesPassed = 0;
    let lastBodyStart = -1;
    for (const match of folded.matchAll(shape)) {
      if (seen.has(match.index)) continue;
      for (; scanned < match.index; scanned++) if (CLAUSE_END.test(folded[scanned]!)) clauseStart = scanned;
      const end = match.index + match[0].length;
      for (; bodiesPassed < otherBodies.length && otherBodies[bodiesPassed]![1] <= end; bodiesPassed++)
        lastBodyStart = otherBodies[bodiesPassed]![0];
      if (lastBodyStart > clauseStart) continue;
      seen.add(match.index);
      const post = match[1]!;
      const span: TextSpan = [match.index, match.index + match[0].length];
      found.push({
        of: post.endsWith('成员') ? 'committee' : 'members',
        seats: countOf(match[2]!),
        women: countOf(match[3]!),
        span,
        text: original.slice(span[0], span[1]),
      });
    }
  }
  return found.sort((a, b) => a.span[0] - b.span[0]);
}
