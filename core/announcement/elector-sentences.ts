import type { TextSpan } from './announced-figures.js';

/**
 * A sentence opening with a Taiwan 里's (or 村's) name right before its electors (東寧里選舉人數為812人，投票數
 * 合計503票，…。): the counts of that sentence are that place's own account. A report of two or more 里 states
 * each its own electors, so the notice's electors are no one count; each sentence is checked within itself
 * (its voters no more than its electors), never with another 里's. A sentence that names another place after
 * its opening name (與西寧里, 全市, 各里, 兩里) is none: its counts may be of more than the one place.
 */
export interface ElectorSentence {
  readonly name: string;
  readonly span: TextSpan;
}

const OPENING =
  /(?<=^|[。！？!?\n])[^\S\n]*([\u4e00-\u9fff]{1,3}[里村])(?:的)?(?:选举人数|選舉人數|选举人总数|選舉人總數)/gu;
const SENTENCE_END = /[。！？!?\n]/u;
/** Another place named after the opening name: another 里 or 村 (兩里, 各里 too), or the wider places. */
const OTHER_PLACE = /[\u4e00-\u9fff]{1,3}[里村](?![长長民])|全(?:市|县|縣|区|區|乡|鄉|镇|鎮)|\d[里村]/u;

/** The sentences that open with a 里's (or 村's) name right before its electors, in text order. */
export function electorSentences(folded: string): ElectorSentence[] {
  const found: ElectorSentence[] = [];
  for (const match of folded.matchAll(OPENING)) {
    const name = match[1];
    if (name === undefined) continue;
    const start = match.index + match[0].indexOf(name);
    const afterName = start + name.length;
    const rest = folded.slice(afterName);
    const endAt = rest.search(SENTENCE_END);
    const end = endAt === -1 ? folded.length : afterName + endAt;
    if (OTHER_PLACE.test(folded.slice(afterName, end))) continue;
    found.push({ name, span: [start, end] });
  }
  return found;
}
