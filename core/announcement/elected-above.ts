import { parseChineseNumber, wholeNumber } from './parse-number.js';

/**
 * A declaration of the candidates listed above it (以上5人均当选, 以上3名同志均当选, 以上人员当选为…成员): how
 * many it says it elects, or 'all' when it names no number; null when the clause is no such declaration.
 * The reader declares them only when the candidates whose votes it read above, since the last
 * declaration, are exactly that many; else the declaration is listed unread.
 */
export function electedAbove(clause: string): bigint | 'all' | null {
  const found = ABOVE.exec(clause);
  if (!found) return null;
  const written = found[1];
  if (written === undefined) return 'all';
  if (/^\d+$/.test(written)) return BigInt(written);
  const value = parseChineseNumber(written);
  return value === null ? null : wholeNumber(value);
}

// 以上5人均当选, 以上五名同志均当选, 以上3人得票均超过参加投票选民的半数，当选 (within the clause: no comma).
const ABOVE =
  /(?:以上|上述)(?:(\d{1,2}|[一二三四五六七八九十]{1,3})(?:人|名|位)(?:同志|候选人)?|(?:当选)?人员|同志)(?:得票)?均?(?:当选|被选为|为当选)/;

/**
 * 以上人员得票均超过参加投票户数的半数，当选: the declaration's subject stands in the clause before a bare
 * 当选, with what their votes met. The two read as 以上人员均当选; null when the clauses are not so.
 */
export function aboveBeforeBareElected(previous: string, clause: string): string | null {
  if (!/^[\s，,]*当选/.test(clause)) return null;
  const found = ABOVE_SUBJECT.exec(previous);
  return found ? `${found[1]}均当选` : null;
}

// 上述人员得票均超过…半数, 以上人员所得票数均超过…半数, 以上当选人员均获得参加投票的选民过半数的选票: the
// same, in other words.
// 四、以上当选人员得票均超过…半数: the declaration may open a numbered section of its own (四、, 5., （三）);
// its 以上 then speaks of the list of the section before, read since the last declaration.
const ABOVE_SUBJECT =
  /^[\s，,]*(?:(?:[一二三四五六七八九十]{1,3}|\d{1,2})[、.．][^\S\n]*|[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)][^\S\n]*)?((?:以上|上述)(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})(?:人|名|位)(?:同志|候选人)?|(?:当选)?人员|同志))的?(?:所?(?:得票数?|票数)均?(?:超过|过|达到)[^，,。；;\d]{0,24}半数|均?(?:获得|获)[^，,。；;\d]{0,24}(?:过半数|半数以上)的?(?:选票|赞成票|票))[\s，,]*$/;

/**
 * 马光明、陈芳、田野、邓军得票均超过参加投票选民的半数，当选为…成员 (also 罗海燕、蒋文、廖国强3人得票均超过…): the
 * names listed with 、 in the clause before a bare 当选, with what their votes met; null when the clauses
 * are not so, or a count written after the names is not theirs. The reader declares them only when each
 * has votes read since the last declaration.
 */
export function namesBeforeBareElected(previous: string, clause: string): string[] | null {
  if (!/^[\s，,]*当选/.test(clause)) return null;
  const words = withoutEdgeMarks(previous).replace(SECTION_NUMERAL, '');
  // 张三、李四、王五得票超过参加投票选民的半数，当选: with 均 or without it.
  const at = words.search(/所?(?:得票数?|票数)均?(?=超过|过|达到|不少于|不低于)|均?(?:获得|获)/);
  if (at <= 0 || !VOTES_MET.test(words.slice(at))) return null;
  let head = words.slice(0, at);
  const count = /(\d{1,2}|[一二三四五六七八九十]{1,3})(?:人|名|位)(?:同志|候选人)?$/.exec(head);
  if (count) head = head.slice(0, count.index);
  const names = head.split('、');
  if (names.some((name) => !/^[\p{Script=Han}·]{2,8}$/u.test(name))) return null;
  if (count) {
    const digits = count[1]!;
    const value = /^\d+$/.test(digits) ? null : parseChineseNumber(digits);
    const written = /^\d+$/.test(digits) ? BigInt(digits) : value === null ? null : wholeNumber(value);
    if (written !== BigInt(names.length)) return null;
  }
  return names;
}

// 得票均超过参加投票选民的半数, 均获得参加投票的选民过半数的选票, 得票均不少于…三分之一: what the votes met.
const VOTES_MET =
  /^(?:所?(?:得票数?|票数)均?(?:超过|过|达到|不少于|不低于)[^，,。；;\d]{0,24}(?:半数|三分之一)|均?(?:获得|获)[^，,。；;\d]{0,24}(?:过半数|半数以上)的?(?:选票|赞成票|票))$/;

/** 四、, 5., （三）: the numeral opening a numbered section, no name. */
const SECTION_NUMERAL =
  /^(?:(?:[一二三四五六七八九十]{1,3}|\d{1,2})[、.．]|[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)])[^\S\n]*/;

/** The clause without the spaces and commas at either end (by index: a run of them stays linear). */
function withoutEdgeMarks(text: string): string {
  const edge = (char: string | undefined) => char !== undefined && /[\s，,]/.test(char);
  let start = 0;
  let end = text.length;
  while (start < end && edge(text[start])) start++;
  while (end > start && edge(text[end - 1])) end--;
  return text.slice(start, end);
}
