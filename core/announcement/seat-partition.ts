import type { TextSpan, WrittenCalculation } from './announced-figures.js';
import { digitsValue } from './parse-number.js';
import { sentenceAround } from './sentence-around.js';

/**
 * Seats told by what became of them, the last as the rest (Hong Kong's village representative elections
 * and by-elections): `這次選舉共設1,480個席位，其中994名候選人因無對手而自動當選，另有160個村代表席位因沒有
 * 接獲有效提名而懸空，餘下324個席位則由…632名候選人競逐`. A candidate elected unopposed (自動當選) fills one
 * seat; the seats 另有 adds are others; 餘下 (其餘, 剩下) says the last part is all the seats left. So the
 * parts make up the total exactly, and are kept as a calculation stated in words (judge-calculations.ts
 * judges it, rule `calculation`, ANNOUNCED_SUM_MISMATCH when the parts do not add up).
 *
 * Only where, after the total of seats (共設N個席位, 共有N個空缺), the clauses that follow within REACH
 * characters are: first `其中` and a count of seats or of candidates elected unopposed, then any number of
 * `另有` and a count of seats, then the rest; every count exact. A clause between them that states any
 * number (a breakdown, another part in other words) or a count in Chinese numerals leaves the seats as the
 * reader left them, and so does a list with no rest.
 */

/** How far after the total its parts may be stated: a sentence or two. */
const REACH = 200;
const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+(?![\d,])|\d+)(?![.\d])`;
const SEATS = String.raw`(?:席位|議席|议席|空缺)`;
const TOTAL = new RegExp(String.raw`共(?:設|设|有)?\s*${NUMBER}\s*[個个](?:村代表)?${SEATS}`, 'g');
/** 其中994名候選人因無對手而自動當選, 其中33個席位…: the first part. */
const FIRST = new RegExp(
  String.raw`^其中[,，:：]?\s*${NUMBER}\s*(?:(?:[名人]\s*(?:候選人|候选人))[^\d]{0,12}?(?:自動|自动)(?:當選|当选)|[個个][^\d]{0,10}?${SEATS})`,
);
/** 另有160個村代表席位: seats besides those. */
const BESIDES = new RegExp(String.raw`^另有\s*${NUMBER}\s*[個个][^\d]{0,10}?${SEATS}`);
/** 餘下324個席位, 补选中其余57个村代表空缺: the seats left, the last part. */
const REST = new RegExp(
  String.raw`^[^\d]{0,4}?(?:餘下|余下|其餘|其余|剩下的?|剩餘的?|剩余的?)\s*${NUMBER}\s*[個个][^\d]{0,10}?${SEATS}`,
);
/** A count in Chinese numerals: a part the reader cannot sum. */
const CHINESE_COUNT = /[一二三四五六七八九十百千兩两][個个名席]/;
const CLAUSE_END = /[，,；;。]/;
/** A clause mark at `i`: not the comma inside a number grouped in thousands (1,003). */
const endsClause = (words: string, i: number): boolean =>
  CLAUSE_END.test(words[i] ?? '') &&
  !(words[i] === ',' && /\d/.test(words[i - 1] ?? '') && /\d/.test(words[i + 1] ?? ''));

export function seatPartitions(folded: string, original: string): WrittenCalculation[] {
  const found: WrittenCalculation[] = [];
  if (!/席位|議席|议席|空缺/.test(folded)) return found;
  for (const total of folded.matchAll(TOTAL)) {
    const [totalText, totalDigits = ''] = total;
    const end = total.index + totalText.length;
    const after = folded.slice(end, end + REACH);
    const parts: bigint[] = [];
    let at = 0;
    let restEnd = -1;
    let opened = '';
    // Clause by clause: each starts after a clause mark and runs to the next.
    while (at < after.length && restEnd < 0) {
      if (!endsClause(after, at)) break;
      const from = at + 1;
      let to = from;
      while (to < after.length && !endsClause(after, to)) to++;
      if (to >= after.length) break;
      // Spaces or a line break after the clause mark are no part of the clause.
      const untrimmed = after.slice(from, to);
      const trimmed = untrimmed.trimStart();
      const lead = untrimmed.length - trimmed.length;
      // 其中，994名…: 其中 set off by a comma opens the clause after it.
      if (parts.length === 0 && opened === '' && /^其中[:：]?$/.test(trimmed)) {
        opened = '其中';
        at = to;
        continue;
      }
      const clause = opened + trimmed;
      opened = '';
      const pattern = parts.length === 0 ? FIRST : REST.test(clause) ? REST : BESIDES;
      const part = pattern.exec(clause);
      if (part?.[1] === undefined) {
        // A clause of words alone goes on; any other count ends the reading.
        if (parts.length === 0 || /\d/.test(clause) || CHINESE_COUNT.test(clause)) break;
      } else {
        parts.push(digitsValue(part[1]));
        if (pattern === REST) restEnd = end + from + lead + part[0].length;
      }
      at = to;
    }
    if (restEnd < 0 || parts.length < 2) continue;
    const sum = parts.reduce((a, b) => a + b, 0n);
    const span: TextSpan = [total.index, restEnd];
    found.push({
      span,
      text: original.slice(span[0], span[1]),
      numerator: sum,
      denominator: 1n,
      result: { digits: digitsValue(totalDigits), decimals: 0 },
      resultPercent: false,
      statedOf: parts.join(' + '),
    });
  }
  return found;
}

/**
 * Seats to be filled, the seats elected and the seats left for a later election, stated one clause after
 * another (`全县应选村委会成员4,820名，实选4,815名，另有5个职位待补选`; `应选委员4名，实选3名，缺额1名`): a seat is
 * either filled or left empty, so the seats to fill are those elected and those short (`缺额1名`) together;
 * seats to be filled later (`另有5个职位待补选`) are no more than those not filled, and are summed only when they
 * are too many (a committee of at least three may leave a seat empty). Kept as a calculation stated in words
 * (rule `calculation`, ANNOUNCED_SUM_MISMATCH when 4,815 + 6 is not 4,820).
 *
 * Only where plain: the three clauses right after one another in one sentence, the seats and those elected
 * in one measure word (名 or 人), those elected named by 实选 (or 实际选出, 已选出) with the seats' own words or
 * none, and the seats left counted with nothing between their count and their word (`另有5个职位待补选`,
 * `另有5名待补选`, `缺额5名`): `另有6个村主任职位待补选` names posts of one kind, which a member elected may
 * still leave empty, and is not summed. Counts in Chinese numerals are not read here. The sentence states
 * seats once (`应选` once up to its full stop or line end): with a second town's seats in it, the seats left
 * may be both towns'.
 */
/** A count named for what it counts, exact: 4,815 or 4815, not 4,815.5. */
const COUNT = (name: string): string => String.raw`(?<${name}>\d{1,3}(?:,\d{3})+(?![\d,])|\d+)(?![.\d])`;
const TO_FILL = new RegExp(
  String.raw`应选(?<body>[^\d，,。；;\n]{0,12}?)${COUNT('seats')}(?<unit>名|人)[，,；;](?:实选|实际选出|已选出)(?:\k<body>)?${COUNT('elected')}\k<unit>[，,；;](?:(?:另有|尚有|还有)${COUNT('later')}(?:个职位|个岗位|个名额|名)(?:待|需|需要|将)(?:补选|另行选举)|(?:缺额|空缺)${COUNT('short')}(?:个职位|个岗位|个名额|名)(?=[，,；;。\s]|$|待|需|将|另行))`,
  'g',
);

export function seatsLeftToFill(folded: string, original: string): WrittenCalculation[] {
  const found: WrittenCalculation[] = [];
  if (!/应选/.test(folded)) return found;
  for (const match of folded.matchAll(TO_FILL)) {
    // One statement of seats in the sentence: 甲镇应选45名，实选44名；乙镇应选38名，实选36名，另有3个职位待补选
    // may count both towns' seats left in the 3.
    if ((sentenceAround(folded, match.index).match(/应选/g) ?? []).length !== 1) continue;
    const { seats, elected, later, short } = match.groups ?? {};
    const left = later ?? short;
    if (seats === undefined || elected === undefined || left === undefined) continue;
    // 另有5个职位待补选 are the seats to be filled later, which need not be every seat left empty (a committee
    // of at least three may leave one): sure wrong only when more than the seats not filled.
    if (later !== undefined && digitsValue(elected) + digitsValue(later) < digitsValue(seats)) continue;
    const span: TextSpan = [match.index, match.index + match[0].length];
    found.push({
      span,
      text: original.slice(span[0], span[1]),
      numerator: digitsValue(elected) + digitsValue(left),
      denominator: 1n,
      result: { digits: digitsValue(seats), decimals: 0 },
      resultPercent: false,
      statedOf: `${digitsValue(elected)} + ${digitsValue(left)}`,
    });
  }
  return found;
}
