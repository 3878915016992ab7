import { parseChineseNumber } from './parse-number.js';
import { isCalendarDate } from '../rules/calendar-date.js';

/**
 * The days a notice gives, read on folded text (simplified, half-width digits), for choosing the version
 * of the law in force: the days it says a vote was held (`于2026年4月18日举行换届选举`, `2026年5月9日同日选举`,
 * `选举日期：2026年4月18日`, `on April 12, 2026, … voters cast ballots`), and its own date, a day alone on a line
 * (the signature's `二〇二六年四月十二日`). Days of other things (registration, a list published, a term's
 * start) are neither.
 */
export interface NoticeDays {
  /** The days a vote was held, `YYYY-MM-DD`, in text order, each with its words. */
  readonly voting: readonly DayWords[];
  /** The notice's own date: the last day alone on a line, or null. */
  readonly signed: DayWords | null;
}

export interface DayWords {
  readonly day: string;
  /** The date as written, with a few words around it, for people to read. */
  readonly words: string;
}

/** 2026年4月18日, 二〇二六年四月十八日, 2026-04-18, 2026.4.18, 2026/4/18. */
const DATE =
  /([12]\d{3}|[一二][〇零O一二三四五六七八九]{3})[^\S\n]*年[^\S\n]*([01]?\d|十[一二]?|[一二三四五六七八九])[^\S\n]*月[^\S\n]*([0-3]?\d|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[^\S\n]*[日号]|\b([12]\d{3})([-./])([01]?\d)\5([0-3]?\d)\b(?![-./:]?\d)/g;

const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
};
/** April 12, 2026 · 12 April 2026. */
const ENGLISH_DATE =
  /\b(?:(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{1,2}),?\s+(\d{4})|(\d{1,2})\s+(January|February|March|April|May|June|July|August|September|October|November|December),?\s+(\d{4}))\b/gi;

/** Words after a day saying a vote was held that day, within its clause. */
const VOTE_HELD_AFTER =
  /^[^，,。；;！!？?\n]{0,24}?(?:举行|进行|召开|同日选举|选举大会|投票选举|直接选举|正式选举|换届选举(?!工作(?:启动|部署|动员))|另行选举|投票|选举产生)/;
/** Words before a day naming it the vote's day (选举日期：, 投票时间为, 选举日为). */
const VOTE_DAY_BEFORE = /(?:选举|投票)(?:日期|时间|日)(?:[:：]|为|是)[^\S\n]*$/;
/** A day at the head of a sentence whose clause after it tells the vote (`2026年3月18日上午，…换届选举大会…`). */
const VOTE_IN_SENTENCE =
  /^[^。！？!?\n]{0,60}?(?:选举大会|投票选举|会议选举|举行换届选举|进行换届选举|换届选举投票|选举产生|参加投票)/;
/**
 * Words that make a day another thing's, before the vote words or right after the day: registration,
 * publication, a deadline, a span (`至`, `起`), a term, nomination, a meeting's decision, the law's own dates.
 * A day planned for the vote (`定于…举行`) is the vote's: the version in force that day is the one to apply.
 */
const OTHER_THING =
  /登记|公布|公示|公告|发布|截止|截至|之前|以前|前完成|起|至|到|止|任期|届满|提名|报名|推选|培训|通过|印发|启动|部署|动员|成立|编辑|更新|修正|修订|施行|颁布/;
/** A sentence about the last term or an earlier election (`第十一届…于2021年6月10日选举产生，任期已满`). */
const EARLIER_TERM = /任期|届满|上届|上一届|已满|换届前/;
/** English: a day in a sentence that tells a vote held (voted, cast ballots, was elected, went to the polls). */
const ENGLISH_VOTE =
  /\b(?:voted|cast (?:their )?ballots|went to the polls|were elected|was elected|elected (?:a|its|their|the)|election (?:was )?held|held (?:its|their|an?|the) (?:election|vote))\b/i;
const ENGLISH_OTHER =
  /\b(?:regist|nominat|deadline|until\b|will\b|scheduled|plans?\b|amended|in force|took effect|law\b|last term|previous)/i;

/** A day alone on a line, with at most a place or a body's name before it (the signature's date). */
const DAY_ALONE = /^(?:[^\S\n]*[^\d\s，,。；;：:]{1,20})?[^\S\n]*$/;

/** A year, month or day as written: Arabic digits, or Chinese (二〇二六, 十二, 二十八) by the shared parser. */
function chineseNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  const value = parseChineseNumber(text.replace(/O/g, '〇'));
  return value === null || value.decimals !== 0 ? null : Number(value.digits);
}

function calendarDay(year: number | null, month: number | null, day: number | null): string | null {
  if (year === null || month === null || day === null) return null;
  const written = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isCalendarDate(written) ? written : null;
}

/** The clause holding `start`–`end` in the notice as written, at most 20 characters before and 24 after. */
function clauseOf(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 20), start);
  const after = text.slice(end, end + 24);
  const opened = before.search(/[，,。；;！!？?\n][^，,。；;！!？?\n]*$/);
  const closed = after.search(/[，,。；;！!？?\n]|\.(?:\s|$)/);
  // A window cut inside an English word drops the part of it.
  const head = opened === -1 ? before.replace(/^[A-Za-z]+(?=\s)/, '') : before.slice(opened + 1);
  const tail = closed === -1 ? after.replace(/(?<=\s)[A-Za-z]+$/, '') : after.slice(0, closed);
  return `${head}${text.slice(start, end)}${tail}`.replace(/\s+/g, ' ').trim();
}

/**
 * The notice's days of voting and its own date, quoted from `text` (the notice as written, of which `folded`
 * is the fold, of the same length). Linear: each date is looked at once, with bounded
 * windows on either side.
 */
export function noticeDays(folded: string, text: string = folded): NoticeDays {
  const voting: DayWords[] = [];
  let signed: DayWords | null = null;
  for (const match of folded.matchAll(DATE)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const day = match[1]
      ? calendarDay(chineseNumber(match[1]), chineseNumber(match[2] ?? ''), chineseNumber(match[3] ?? ''))
      : calendarDay(Number(match[4]), Number(match[6]), Number(match[7]));
    if (day === null) continue;
    if (aloneOnLine(folded, start, end)) {
      signed = { day, words: text.slice(start, end).trim() };
      continue;
    }
    const told = voteHeldOn(folded, start, end);
    if (told !== null && !EARLIER_TERM.test(sentenceAround(folded, start, end)))
      voting.push({ day, words: clauseOf(text, start, told) });
  }
  for (const match of folded.matchAll(ENGLISH_DATE)) {
    const start = match.index ?? 0;
    const month = MONTHS[(match[1] ?? match[5] ?? '').toLowerCase()] ?? null;
    const day = calendarDay(Number(match[3] ?? match[6]), month, Number(match[2] ?? match[4]));
    if (day === null) continue;
    // The sentence, within 200 characters either side (bounded, so that many dates stay linear).
    const before = folded.slice(Math.max(0, start - 200), start);
    const opened = Math.max(before.lastIndexOf('.'), before.lastIndexOf('\n'));
    const after = folded.slice(start, start + 200);
    const closed = after.search(/\.(?:\s|$)|\n/);
    const sentence = `${before.slice(opened + 1)}${closed === -1 ? after : after.slice(0, closed)}`;
    if (ENGLISH_VOTE.test(sentence) && !ENGLISH_OTHER.test(sentence))
      voting.push({ day, words: clauseOf(text, start, start + match[0].length) });
  }
  return { voting, signed };
}

/**
 * Whether the day at `start`–`end` stands alone on its line, with at most a place or a body's name before it
 * (DAY_ALONE). Looked at within 64 characters either side: a longer line is no signature's.
 */
function aloneOnLine(folded: string, start: number, end: number): boolean {
  const before = folded.slice(Math.max(0, start - 64), start);
  const lineOpened = before.lastIndexOf('\n');
  if (lineOpened === -1 && start > 64) return false;
  const after = folded.slice(end, end + 64);
  const lineClosed = after.indexOf('\n');
  if (lineClosed === -1 && end + 64 < folded.length) return false;
  return (
    DAY_ALONE.test(before.slice(lineOpened + 1)) &&
    /^[^\S\n]*$/.test(lineClosed === -1 ? after : after.slice(0, lineClosed))
  );
}

/** The sentence holding `start`–`end`, at most 80 characters either side. */
function sentenceAround(folded: string, start: number, end: number): string {
  const before = folded.slice(Math.max(0, start - 80), start);
  const after = folded.slice(end, end + 80);
  const opened = Math.max(before.lastIndexOf('。'), before.lastIndexOf('\n'));
  const closed = after.search(/[。\n]/);
  return `${before.slice(opened + 1)}${folded.slice(start, end)}${closed === -1 ? after : after.slice(0, closed)}`;
}

/** Whether only blanks stand between the day at `start` and the end of the sentence or line before it. */
function headsSentence(folded: string, start: number): boolean {
  let at = start - 1;
  while (at >= 0 && /[^\S\n]/.test(folded[at] ?? '')) at -= 1;
  return at < 0 || '。！？!?\n'.includes(folded[at] ?? '');
}

/**
 * Whether the clause of the day at `start`–`end` says a vote was held that day: the end of the words that
 * say so, or null.
 */
function voteHeldOn(folded: string, start: number, end: number): number | null {
  const after = folded.slice(end, end + 64);
  const before = folded.slice(Math.max(0, start - 12), start);
  const held = VOTE_HELD_AFTER.exec(after);
  if (held)
    return OTHER_THING.test(held[0]) || OTHER_THING.test(before.slice(-3)) ? null : end + held[0].length;
  if (VOTE_DAY_BEFORE.test(before)) return end;
  if (headsSentence(folded, start)) {
    const told = VOTE_IN_SENTENCE.exec(after);
    return told !== null && !OTHER_THING.test(told[0]) ? end + told[0].length : null;
  }
  return null;
}
