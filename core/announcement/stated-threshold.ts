import type { AnnouncedFigures, UnreadFigure } from './announced-figures.js';
import { quoteWindow } from './quote-window.js';

/**
 * A rule the notice states for winning, with the votes it takes (候选人得票须过参加投票人数的半数（即738票）方可当选,
 * 当选人所得票数均超过参加投票村民的半数（845票）, 候选人得票数不少于738票方可当选, 本次选举当选票数为738票): the
 * number is the threshold, never a candidate's votes nor a count of voters. Such a figure is taken out of
 * the figures read and listed unread (`threshold-stated`); the winners are judged by the rules' own
 * threshold of the stated counts.
 *
 * A number is so taken only when the words right before it name a threshold (半数, 过半, 不少于, 当选票数…
 * 为) and its sentence states a rule (须, 应, 方可, 规定, 均, 当选票数, 候选人得票): `王林得票过半数（812票）`
 * names no rule and is left as read. Each figure looks at a bounded window before and after its number.
 */

/** How far before a figure's number its sentence is looked at. */
const BEFORE = 40;
/** How far after it. */
const AFTER = 12;

// Right before the number: half of a count (半数（即738票, 过半数的选票（即738票, 过半数即738票), or a least count (不少于738票,
// 当选票数为738票, 最低当选票数：738票).
const CONNECTOR =
  /(?:(?:半数|过半|二分之一|1\/2)(?:的|之)?(?:选票|票数|票)?[^\S\n]?(?:[（(][^\S\n]?)?(?:即|为|是)?|(?:不少于|不低于|不得少于|须达到?|需达到?|至少|应达到?|当选(?:所需)?(?:的)?(?:最低)?票数(?:线)?|当选线|最低得票数?)[^\S\n]?(?:为|是|须为|应为|[:：])?)[^\S\n]?$/;
// In its sentence before it: a rule, not an account of what someone received.
const RULE =
  /须|需|应当?|必须|方可|方能|才能|规定|要求|当选(?:所需)?(?:的)?(?:最低)?票数|当选线|门槛|候选人得票|当选人所得|均(?:超过|过|不少于|达到)/;
// Right after it: the rule's end (738票以上方可当选, 738票）方可当选).
const RULE_AFTER =
  /^[^\S\n]?票?[^\S\n]?(?:以上|或以上)?[^\S\n]?[）)]?[^\S\n]?(?:方可|方能|才能|始得|即可|才)(?:当选|有效)/;
// A sentence's end: the window before a number is cut there.
const SENTENCE_END = /[。；;！!？?\n]/g;

export function withStatedThresholds(read: AnnouncedFigures, folded: string, text: string): AnnouncedFigures {
  const taken: UnreadFigure[] = [];
  const figures = read.figures.filter((figure) => {
    if (figure.kind !== 'count' && figure.kind !== 'votes') return true;
    const span = figure.origin.span;
    if (span === undefined) return true;
    const number = lastNumber(folded, span);
    if (number === null) return true;
    const from = Math.max(0, number[0] - BEFORE);
    let before = folded.slice(from, number[0]);
    let cut = 0;
    for (const end of before.matchAll(SENTENCE_END)) cut = end.index + 1;
    before = before.slice(cut);
    if (!CONNECTOR.test(before)) return true;
    const after = folded.slice(number[1], number[1] + AFTER);
    if (!RULE.test(before) && !RULE_AFTER.test(after)) return true;
    taken.push({
      span: number,
      text: folded.slice(number[0], number[1]),
      context: quoteWindow(text, 0, text.length, number),
      reason: 'threshold-stated',
    });
    return false;
  });
  if (taken.length === 0) return read;
  const unread = [...read.unread, ...taken].sort((a, b) => a.span[0] - b.span[0]);
  return { ...read, figures, unread };
}

/** The last whole number (digits and thousands' commas) in a figure's words, by where it stands. */
function lastNumber(folded: string, span: readonly [number, number]): [number, number] | null {
  const words = folded.slice(span[0], span[1]);
  let found: [number, number] | null = null;
  for (const match of words.matchAll(/\d[\d,]*/g))
    found = [span[0] + match.index, span[0] + match.index + match[0].length];
  if (found === null) return null;
  // A number ends on a digit (738票, not a trailing comma).
  while (found[1] > found[0] && folded[found[1] - 1] === ',') found[1]--;
  return found;
}
