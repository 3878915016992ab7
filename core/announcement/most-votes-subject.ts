import { firstGroupSpan } from './group-span.js';

/**
 * 江小勇得票最多，当选为委员: a runoff notice names the winner in the clause before 当选, as the one with the
 * most votes, and not in the clause of 当选 itself; several may be so named (向丽、应秀兰得票多且均不少于…三分
 * 之一，当选为委员). The names' offsets in the clause's text, or null when the clause opens with no such words.
 */
export function mostVotesSubject(clause: string): ReadonlyArray<readonly [number, number]> | null {
  const match = MOST_VOTES.exec(clause);
  if (!match?.[1]) return null;
  const spans: Array<readonly [number, number]> = [];
  let from = match.index + match[0].indexOf(match[1]);
  for (const name of match[1].split('、')) {
    spans.push([from, from + name.length]);
    from += name.length + 1;
  }
  return spans;
}

// The names open the clause (after 候选人 or spaces), then 得票 or 票数 with 最多 / 最高 (one name), or
// 较多 / 多 (one or more: those with more votes than the rest).
const NAME = String.raw`[\u4e00-\u9fff·]{2,5}?`;
const MOST_VOTES = new RegExp(
  String.raw`^\s*(?:候选人)?(${NAME}(?:、${NAME})*)(?:同志)?(?:的)?(?:得票|票数)(?:数)?(?:最多|最高|较多|多)`,
);

/**
 * A clause that only says what the winners' votes met (且不少于参加投票选民的三分之一, 并超过半数): the
 * winners are named in the clause before it. The threshold may be worked out in a bracket after it
 * (且不少于已投选票总数的三分之一（1,204÷3≈401.3票）): only digits, a division by two or three and its result.
 */
export function votesConditionOnly(clause: string): boolean {
  return CONDITION.test(clause);
}

/** （1,204÷3≈401.3票）, (1377/2=688.5): the threshold's own division, nothing else in the bracket. */
const WORKED_THRESHOLD = String.raw`[（(]\d[\d,，.]*[÷/][23](?:[=＝≈约]\d[\d,，.]*[票张人名]?)?[）)]`;
const CONDITION = new RegExp(
  String.raw`^\s*(?:且|并且|并|而且)?(?:均|都)?(?:不少于|不低于|超过|达到|过)[^，,。；;\d]{0,24}(?:三分之一|半数|二分之一)(?:${WORKED_THRESHOLD})?\s*$`,
);

/**
 * 羅傳仙多6票，当选; 张三比李四多12票，当选; 周明领先第二名1100票，当选; 张三以4票之微弱优势当选, 以900票的绝对优势当选 (the lead or the votes, the
 * one declared either way): a clause that opens with a name and says
 * by how many votes it led names the one the 当选 after it declares. The name's offsets in the clause's
 * text, or null when the clause is no such words; whether the name is a candidate whose votes were read
 * is for the caller to say.
 */
export function marginLeader(clause: string): readonly [number, number] | null {
  return firstGroupSpan(MARGIN_LEAD, clause);
}

const MARGIN_LEAD = new RegExp(
  String.raw`^\s*(?:候选人)?(${NAME})(?:同志)?(?:(?:比${NAME}多(?:得|出)?|[仅只又]?多(?:得|出)?|(?:领先|多出|高出|超出)(?:第二名|${NAME})?)\s*\d+\s*票|以\s*\d+\s*票(?:之差|的差距|[的之][^，,。；;\d\s]{0,4}优势)(?:[胜勝]出|[获獲][胜勝]|领先)?)\s*$`,
);
