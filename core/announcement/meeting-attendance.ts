import { digitsValue } from './parse-number.js';
import type { TextSpan } from './announced-figures.js';

/** A count the notice states for a meeting: its value, its words and where they stand. */
export interface MeetingCount {
  readonly value: number;
  readonly text: string;
  readonly span: TextSpan;
}

/**
 * The attendance a notice states for a meeting that elects (the village affairs supervisory committee is
 * chosen by a villagers' meeting or a meeting of villagers' representatives: 《村民委员会组织法》 art. 32 of
 * 2018, art. 37 of 2025):
 *
 * - `households`: a villagers' meeting of the households' representatives (由户代表组成的村民会议, 户代表会议),
 *   `whole` the village's households (全村共1,200户), `present` their representatives present (到会户代表700人);
 * - `representatives`: a meeting of villagers' representatives (村民代表会议), `whole` the representatives due
 *   (应到村民代表45人), `present` those present (实到村民代表28人).
 */
export interface MeetingAttendance {
  readonly kind: 'households' | 'representatives';
  readonly whole: MeetingCount;
  readonly present: MeetingCount;
}

const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d{1,6})`;

/** 由户代表组成的村民会议, 户代表会议, 召开村民会议 (never 村民代表会议 nor 村民小组会议, which these words are not in). */
const VILLAGERS_MEETING = /户代表(?:会议|大会)|村民(?:会议|大会)/;
/** 村民代表会议, 村民代表大会. */
const REPRESENTATIVES_MEETING = /村民代表(?:会议|大会)/;

/**
 * The village's households, named by the whole village and nothing else (全村共1,200户, 本村共有1,200户,
 * 全村总户数1200户): not 脱贫户, 低保户 or 户籍人口, nor a count of before a merger (两村共1,420户, 原…).
 */
const VILLAGE_HOUSEHOLDS = new RegExp(
  String.raw`(?<![原前])(?:全村|本村)(?:现有|共有|共计|共|总|有)?(?:农户|户数|总户数)?(?:为|共|有)?${NUMBER}户(?![代籍口])`,
  'g',
);
/**
 * Any count of households (1,420户, 现有1,150户, 脱贫户86户): the meeting's sentence may hold no other than the
 * village's and those present, lest the base be another (the households before a merger or a relocation).
 */
const ANY_HOUSEHOLDS = new RegExp(String.raw`(?<![\d,])${NUMBER}户(?![代籍口])`, 'g');
/** A count of households in a clause naming the whole village (全村2023年共1,500户, 全村共有脱贫户1,050户). */
const VILLAGE_CLAUSE_HOUSEHOLDS = new RegExp(
  String.raw`(?:全村|本村)[^，,。；;\n]{0,16}?(?<![\d,])${NUMBER}户(?![代籍口])`,
  'g',
);
/** The households' representatives present (到会户代表700人, 实到户代表700户, 出席会议的户代表700名, 到会700户). */
const HOUSEHOLDS_PRESENT = new RegExp(
  String.raw`(?:(?:到会|实到|实际到会|出席会议|参加会议|参会)的?户代表(?:人数)?(?:为|有|共)?${NUMBER}[人名户位]|(?:到会|实到)${NUMBER}户)`,
  'g',
);
/**
 * Words that give the meeting another ground or another shape: the villagers present (到会村民, 参会人员,
 * 十八周岁以上村民: the other route to the quorum), a meeting held in parts (分片, 分组), households that sent
 * a proxy (委托), a villagers' group's meeting (村民小组会议, whose quorum is the group's).
 */
const OTHER_GROUND =
  /(?:到会|参会|出席会议|参加会议)的?(?:村民|人员|人数)|(?:十八|18)周岁以上|分片|分组|片区|委托|小组会议/;
/** The villagers' committee elected in the sentence: the election by household representatives, no meeting. */
const COMMITTEE_ELECTED =
  /(?:选举|选出|产生)(?:产生)?(?:了)?(?:第[^，,。；;\n]{1,4}届)?(?:村民委员会|村委会)|户代表(?:投票|选举)/;

/** The representatives due (应到村民代表45人, 村民代表会议应到45人) and present (实到村民代表28人, or a bare 实到28人 right after). */
const REPRESENTATIVES_DUE = new RegExp(
  String.raw`(?:应到(?:会)?的?村民代表(?:人数)?|村民代表(?:会议|大会)?应到(?:会)?(?:人数)?)(?:为|有|共)?${NUMBER}[人名]`,
  'g',
);
const REPRESENTATIVES_PRESENT = new RegExp(
  String.raw`(?:(?:实到|实际到会|实际出席|出席会议的|到会)的?村民代表(?:人数)?|^[，,]?实到(?:会)?(?:人数)?)(?:为|有|共)?${NUMBER}[人名]`,
  'g',
);
/** Those counted besides the representatives (组成人员, 村民委员会成员, 列席): another base than theirs. */
const REPRESENTATIVES_OTHER = /组成人员|村民委员会成员|村委会成员|两委成员|列席|委托/;

/** The sentences of a text (cut at 。；; ！？ and line breaks), each with where it starts. */
function sentencesOf(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i += 1) {
    if (i === text.length || '。；;！？!?\n'.includes(text[i] ?? '')) {
      if (i > start) out.push({ text: text.slice(start, i), start });
      start = i + 1;
    }
  }
  return out;
}

const valueOf = (digits: string): number => Number(digitsValue(digits));

/** The counts a pattern finds in a sentence, their words as the notice writes them (`written`), a comma before them left out. */
function matchesIn(
  pattern: RegExp,
  sentence: { text: string; start: number },
  written: string,
): MeetingCount[] {
  return [...sentence.text.matchAll(pattern)].map((match) => {
    const digits = match[1] ?? match[2] ?? '';
    const lead = /^[，,]/.test(match[0]) ? 1 : 0;
    const at = sentence.start + (match.index ?? 0) + lead;
    const end = sentence.start + (match.index ?? 0) + match[0].length;
    return { value: valueOf(digits), text: written.slice(at, end), span: [at, end] as const };
  });
}

/**
 * The meetings' attendance a notice states, each judged only where its words leave one reading: in one
 * sentence, the meeting named, exactly one count of the whole and one of those present, those present no
 * more than the whole. A villagers' meeting's households are further the only count of households in its
 * sentence but those present, and the only count of the village's households anywhere in the notice, and nothing in the notice gives the other route to its quorum (the
 * villagers present) or another shape of meeting (OTHER_GROUND). `text` is the text as read (folded), `written`
 * the notice's own characters at the same offsets, which the counts quote.
 */
export function meetingAttendance(text: string, written: string): MeetingAttendance[] {
  const sentences = sentencesOf(text);
  const find = (pattern: RegExp, sentence: { text: string; start: number }): MeetingCount[] =>
    matchesIn(pattern, sentence, written);
  const out: MeetingAttendance[] = [];
  const villageHouseholds = new Set(
    sentences.flatMap((s) =>
      [...find(VILLAGE_HOUSEHOLDS, s), ...find(VILLAGE_CLAUSE_HOUSEHOLDS, s)].map((c) => c.value),
    ),
  );
  const otherGround = OTHER_GROUND.test(text);
  for (const sentence of sentences) {
    if (VILLAGERS_MEETING.test(sentence.text) && !otherGround && villageHouseholds.size === 1) {
      const wholes = find(VILLAGE_HOUSEHOLDS, sentence);
      const present = find(HOUSEHOLDS_PRESENT, sentence);
      const [whole] = wholes;
      const [came] = present;
      const others = find(ANY_HOUSEHOLDS, sentence).filter(
        (count) => !present.some((p) => count.span[0] >= p.span[0] && count.span[1] <= p.span[1]),
      );
      if (
        others.length === 1 &&
        wholes.length === 1 &&
        present.length === 1 &&
        whole &&
        came &&
        came.value <= whole.value &&
        whole.value > 0 &&
        !COMMITTEE_ELECTED.test(sentence.text)
      )
        out.push({ kind: 'households', whole, present: came });
    }
    if (REPRESENTATIVES_MEETING.test(sentence.text) && !REPRESENTATIVES_OTHER.test(sentence.text)) {
      const due = find(REPRESENTATIVES_DUE, sentence);
      const [whole] = due;
      if (due.length !== 1 || !whole || whole.value === 0) continue;
      // Those present named as such, or a bare 实到 right after those due.
      const after = { text: sentence.text.slice(whole.span[1] - sentence.start), start: whole.span[1] };
      const named = find(REPRESENTATIVES_PRESENT, sentence).filter((c) => !/^实到\d/.test(c.text));
      const bare = find(REPRESENTATIVES_PRESENT, after).filter((c) => /^实到/.test(c.text));
      const present = named.length > 0 ? named : bare;
      const [came] = present;
      if (present.length === 1 && came && came.value <= whole.value)
        out.push({ kind: 'representatives', whole, present: came });
    }
  }
  return out;
}
