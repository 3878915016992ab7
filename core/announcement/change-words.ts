import { NEXT_SHARE, type SentenceState } from './sentence-state.js';

/** Words that make a figure a change against another term, not a figure of this election. */

/** 从19人增到28人: the count before is of another time. */
export const CHANGED_TO = /^\s*(增到|增至|增加到|降到|降至|减到|减至|减少到|升到|升至|上升到|提高到)/;
/** A change against another term (较上届提高6%, 下降2个百分点), no share of a stated count. */
export const CHANGE =
  /较|比上届|比上一届|提高|增加|增长|下降|降低|减少|上升|高出|百分点|[增降升减][到至]|\b(?:grew|grow(?:s|n|ing)?|rose|rise[sn]?|rising|increas(?:e[sd]?|ing)|fell|fall(?:s|en|ing)?|dropp?(?:ed|s|ing)?|declin(?:e[sd]?|ing)|(?<!made\s)up|down)\b(?:\s+by)?\s*$/i;

/**
 * The last term's own figure after words of a change (比上届（2021年）的1,802人增加113人, 比例由上届的62.4%提高到):
 * 上届 (with its year in brackets, 的) right before the number, which is that term's figure, not the change.
 */
export const LAST_TERM_FIGURE =
  /(?:上一?届|往届)(?:[（(][^（）()\n]{0,12}[）)])?[^\S\n]*(?:(?:的|为|是|共有|有)[^\S\n]*)?$/;

/** 比上届增加572人和104人, 分别提高了11.0%、2.9%: a number joined to a change just read is a change too. */
export function changeGoesOn(label: string, state: SentenceState): boolean {
  return state.lastRefusal === 'change' && NEXT_SHARE.test(label);
}

/** How far before a share the bracket of an aside holding it may open (（上届参加投票1,571人，登记选民1,802人，参选率). */
const LAST_TERM_ASIDE_REACH = 120;

/** The opening words of an aside of the last term's or an earlier year's figures. */
const LAST_TERM_ASIDE = /^[^\S\n]*(?:上一?届|往届|去年|前年|(?:19|20)\d\d年(?![^\S\n]*\d{1,2}[^\S\n]*月))/;

/**
 * Whether the words at `at` stand in a bracket, still open on their line, whose words open with the last
 * term's or an earlier year's (`（上届参加投票1,571人，参选率`, `（上届：`, `（往届`, `（2021年换届时`): an aside of
 * another election's figures. Not a bracket of a change against it (`（比上届增加31人）`) nor of this term's own.
 */
export function inLastTermAside(folded: string, at: number): boolean {
  // Within the reach of an aside only: a scan to the line's start would make a long line's shares quadratic.
  const reach = folded.slice(Math.max(0, at - LAST_TERM_ASIDE_REACH), at);
  const before = reach.slice(reach.lastIndexOf('\n') + 1);
  let depth = 0;
  for (let index = before.length - 1; index >= 0; index -= 1) {
    const mark = before[index];
    if (mark === '）' || mark === ')') depth += 1;
    else if (mark === '（' || mark === '(') {
      if (depth === 0) return LAST_TERM_ASIDE.test(before.slice(index + 1));
      depth -= 1;
    }
  }
  return false;
}
