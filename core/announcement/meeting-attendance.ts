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
 * - `villagers`: the same meeting by its other route, `whole` the village's villagers aged 18 or over
 *   (本村年满十八周岁的村民1,500人), `present` the villagers present (到会村民700人); `households`, where the
 *   notice states the village's households, the most of them that can have been represented: their
 *   representatives present where stated (`present`), else at most one household for each villager present;
 * - `representatives`: a meeting of villagers' representatives (村民代表会议), `whole` the representatives due
 *   (应到村民代表45人), `present` those present (实到村民代表28人).
 */
export interface MeetingAttendance {
  readonly kind: 'households' | 'villagers' | 'representatives';
  readonly whole: MeetingCount;
  readonly present: MeetingCount;
  /** Of a `villagers` meeting: the village's households, and their representatives present if stated. */
  readonly households?: { readonly whole: MeetingCount; readonly present: MeetingCount | null };
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
/**
 * The village's villagers aged 18 or over (本村年满十八周岁的村民1,500人, 全村十八周岁以上村民共3,100人), the
 * villagers' meeting's other base: named by their age and as villagers, never as voters (登记选民).
 */
const VILLAGE_ADULTS = new RegExp(
  String.raw`(?:本村|全村)?(?:年满)?(?:十八|18)周岁(?:以上|及以上)?的?村民(?:人数|总数)?(?:为|有|共|共有|共计)?${NUMBER}[人名]`,
  'g',
);
/** The villagers present at the meeting (到会村民700人, 参加会议的村民700人; not 到会村民代表). */
const VILLAGERS_PRESENT = new RegExp(
  String.raw`(?<!应)(?:到会|实到|出席会议|参加会议|参会)的?村民(?:人数)?(?:为|有|共)?${NUMBER}[人名]`,
  'g',
);
/** Another shape of the villagers' meeting (held in parts, proxies, a group's meeting), or a part (其中). */
const VILLAGERS_OTHER_SHAPE = /分片|分组|片区|委托|小组会议|其中|列席/;

/** The villagers' committee elected in the sentence: the election by household representatives, no meeting. */
const COMMITTEE_ELECTED =
  /(?:选举|选出|产生)(?:产生)?(?:了)?(?:第[^，,。；;\n]{1,4}届)?(?:村民委员会|村委会)|户代表(?:投票|选举)/;

/** The representatives due (应到村民代表45人, 村民代表会议应到45人) and present (实到村民代表28人, or a bare 实到28人 right after). */
const REPRESENTATIVES_DUE = new RegExp(
  String.raw`(?:应到(?:会)?的?村民代表(?:人数)?|村民代表(?:会议|大会)?应到(?:会)?(?:人数)?)(?:为|有|共)?${NUMBER}[人名]`,
  'g',
);
const REPRESENTATIVES_PRESENT = new RegExp(
  String.raw`(?:(?<!应)(?:实到|实际到会|实际出席|出席会议的|到会)的?村民代表(?:人数)?|^[，,]?实到(?:会)?(?:人数)?)(?:为|有|共)?${NUMBER}[人名]`,
  'g',
);
/**
 * The households' representatives due at a households' meeting (应到户代表486人, 户代表会议应到486户): one for
 * each household, the whole its two thirds are of where the notice states no count of the village's households.
 */
const HOUSEHOLDS_DUE = new RegExp(
  String.raw`(?:应到(?:会)?的?户代表(?:人数)?|户代表(?:会议|大会)应到(?:会)?(?:人数)?)(?:为|有|共)?${NUMBER}[人名户位]`,
  'g',
);
/** A bare count of those present right after those due (，实到412人, ，实际到会400人). */
const BARE_PRESENT = new RegExp(
  String.raw`^[，,](?:实到|实际到会)(?:会)?(?:人数)?(?:为|有|共)?${NUMBER}[人名户位]`,
  'g',
);
/** The households' meeting by name (户代表会议, 户代表大会): never 村民代表会议. */
const HOUSEHOLDS_MEETING = /户代表(?:会议|大会)/;

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

type Sentence = { text: string; start: number };

/**
 * The sentence right after one naming a meeting that states none of its counts, where it opens with those due
 * (应到会村民代表45人, 应到户代表486人) and names no other body or meeting (`otherWords`: 村民小组会议, 党员,
 * 村务监督委员会): its counts are that meeting's. Only where the two are cut by a full stop on one line.
 */
function countsAfter(
  sentence: Sentence,
  byStart: ReadonlyMap<number, Sentence>,
  text: string,
  otherWords: RegExp,
  due: RegExp,
): Sentence | undefined {
  const end = sentence.start + sentence.text.length;
  const next = byStart.get(end + 1);
  if (!next || next.start !== end + 1 || text[end] !== '。') return undefined;
  if (otherWords.test(next.text) || REPRESENTATIVES_OTHER.test(next.text)) return undefined;
  return new RegExp(due.source).exec(next.text)?.index === 0 ? next : undefined;
}
/** What a sentence of a representatives' meeting's counts never names. */
const NOT_REPRESENTATIVES_COUNTS = /会议|大会|委员会|村委|党|小组|选民|户|团/;
/** What a sentence of a households' meeting's counts never names. */
const NOT_HOUSEHOLDS_COUNTS = /会议|大会|委员会|村委|党|小组|选民|团|村民/;

/**
 * A households' meeting that elects, its counts the households' representatives due and those present, in its
 * sentence or the next (召开户代表会议推选村务监督委员会，应到户代表486人，实到412人): read only where the notice
 * states no count of the village's households (the whole otherwise: its caller looks) nor another ground of the
 * meeting, its paragraph elects no villagers' committee nor names voters, ballots or a vote (an election by
 * the households' representatives, whose rule is another), and one count of each stands, those present no more than those due.
 */
function householdsDue(
  sentence: { text: string; start: number },
  byStart: ReadonlyMap<number, { text: string; start: number }>,
  text: string,
  find: (pattern: RegExp, sentence: { text: string; start: number }) => MeetingCount[],
): MeetingAttendance | undefined {
  if (!HOUSEHOLDS_MEETING.test(sentence.text)) return undefined;
  const own =
    find(HOUSEHOLDS_DUE, sentence).length === 0
      ? countsAfter(sentence, byStart, text, NOT_HOUSEHOLDS_COUNTS, HOUSEHOLDS_DUE)
      : undefined;
  const scope = own ? joined(sentence, own, text) : sentence;
  // The meeting's paragraph to its line's end: ballots or the villagers' committee elected there make it an
  // election by the households' representatives (会议共发出选票42张), whose rule is another.
  const lineEnd = text.indexOf('\n', sentence.start);
  const line = text.slice(sentence.start, lineEnd < 0 ? text.length : lineEnd);
  if (COMMITTEE_ELECTED.test(line) || /选民|投票|选票|村民代表/.test(line)) return undefined;
  if (!electing(scope, byStart, text)) return undefined;
  const due = find(HOUSEHOLDS_DUE, scope);
  const [whole] = due;
  if (due.length !== 1 || !whole || whole.value === 0) return undefined;
  const after = { text: scope.text.slice(whole.span[1] - scope.start), start: whole.span[1] };
  const named = find(HOUSEHOLDS_PRESENT, scope);
  const present = named.length > 0 ? named : find(BARE_PRESENT, after);
  const [came] = present;
  if (present.length !== 1 || !came || came.value > whole.value) return undefined;
  return { kind: 'households', whole, present: came };
}

/** The meeting elects (选举, 推选, 补选, 选出) in its sentence. */
const ELECTS = /选举|推选|补选|选出/;
/** The meeting's sentence names other business (讨论村规民约, 审议通过推选办法): not judged as a meeting that elects. */
const OTHER_BUSINESS = /讨论|审议|议定|修订|表决/;
/** The next sentence opens with the meeting's election (会议推选产生村务监督委员会成员3名). */
const ELECTS_NEXT = /^(?:会议|会上|大会)?(?:以无记名投票(?:的)?方式)?(?:选举|推选|补选|选出)/;

/**
 * A meeting of representatives that elects: its sentence says so, or the sentence right after it opens by
 * saying so; and neither names other business (讨论, 审议), lest a meeting that adopted the village rules, with
 * its own counts, be taken for the one that chose the supervisory committee.
 */
function electing(
  scope: { text: string; start: number },
  byStart: ReadonlyMap<number, { text: string; start: number }>,
  text: string,
): boolean {
  const end = scope.start + scope.text.length;
  const next = text[end] === '。' ? byStart.get(end + 1) : undefined;
  if (OTHER_BUSINESS.test(scope.text)) return false;
  if (ELECTS.test(scope.text)) return true;
  return next !== undefined && ELECTS_NEXT.test(next.text) && !OTHER_BUSINESS.test(next.text);
}

/** Two sentences read as one (the meeting's and its counts'), the full stop between them kept. */
function joined(
  first: { text: string; start: number },
  second: { text: string; start: number },
  text: string,
): { text: string; start: number } {
  return { text: text.slice(first.start, second.start + second.text.length), start: first.start };
}

/** What the whole notice says that a villagers' meeting by its other route is read against, found once. */
interface VillagersFacts {
  readonly otherShape: boolean;
  /** How many counts of the villagers aged 18 or over, and of villagers present, the notice states. */
  readonly adults: number;
  readonly present: number;
  readonly households: MeetingCount | undefined;
  readonly represented: readonly MeetingCount[];
  readonly villageHouseholds: ReadonlySet<number>;
}

/**
 * A villagers' meeting by its other route (本村年满十八周岁的村民1,500人，到会村民700人), read only where the words
 * leave one reading: the sentence names the villagers' meeting (never 村民代表会议 nor 村民小组会议) and, to its full
 * stop (its clauses after ； too), elects no villagers' committee, names no voters, and states one count of the village's villagers aged 18 or over and one of the villagers
 * present, no more than they; the notice states no other count of either, no meeting held in parts, proxies or
 * a part of those present (其中). The village's households, where the notice states one count of them, bound
 * the other route: their representatives present (one count in the notice), else one for each villager present.
 */
function villagersRoute(
  sentence: { text: string; start: number },
  text: string,
  find: (pattern: RegExp, sentence: { text: string; start: number }) => MeetingCount[],
  notice: VillagersFacts,
): MeetingAttendance | undefined {
  if (!VILLAGERS_MEETING.test(sentence.text)) return undefined;
  // The meeting's sentence to its full stop: 全村共1,200户，到会户代表820户；本村十八周岁以上村民3,100人，到会村民1,400人。
  const stop = /[。！？!?\n]/.exec(text.slice(sentence.start));
  const own = {
    text: text.slice(sentence.start, sentence.start + (stop?.index ?? text.length)),
    start: sentence.start,
  };
  if (COMMITTEE_ELECTED.test(own.text) || /选民/.test(own.text)) return undefined;
  if (notice.otherShape) return undefined;
  const [whole, ...moreWholes] = find(VILLAGE_ADULTS, own);
  const [present, ...morePresent] = find(VILLAGERS_PRESENT, own);
  if (!whole || !present || moreWholes.length > 0 || morePresent.length > 0) return undefined;
  if (notice.adults !== 1 || notice.present !== 1) return undefined;
  if (whole.value === 0 || present.value > whole.value) return undefined;
  const { households, represented, villageHouseholds } = notice;
  const bound =
    villageHouseholds.size === 1 && households && households.value > 0 && represented.length <= 1
      ? { households: { whole: households, present: represented[0] ?? null } }
      : {};
  return { kind: 'villagers', whole, present, ...bound };
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
  const byStart = new Map(sentences.map((s) => [s.start, s]));
  const everywhere = (pattern: RegExp) => sentences.flatMap((s) => find(pattern, s));
  const facts: VillagersFacts = {
    otherShape: VILLAGERS_OTHER_SHAPE.test(text),
    adults: everywhere(VILLAGE_ADULTS).length,
    present: everywhere(VILLAGERS_PRESENT).length,
    households: [...everywhere(VILLAGE_HOUSEHOLDS), ...everywhere(VILLAGE_CLAUSE_HOUSEHOLDS)][0],
    represented: everywhere(HOUSEHOLDS_PRESENT),
    villageHouseholds,
  };
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
    const houses =
      villageHouseholds.size === 0 && !otherGround ? householdsDue(sentence, byStart, text, find) : undefined;
    if (houses) out.push(houses);
    const adults = villagersRoute(sentence, text, find, facts);
    if (adults) out.push(adults);
    if (REPRESENTATIVES_MEETING.test(sentence.text) && !REPRESENTATIVES_OTHER.test(sentence.text)) {
      // 召开村民代表会议推选村务监督委员会。应到会村民代表45人，实到会26人。: the counts open the next sentence.
      const own =
        find(REPRESENTATIVES_DUE, sentence).length === 0
          ? countsAfter(sentence, byStart, text, NOT_REPRESENTATIVES_COUNTS, REPRESENTATIVES_DUE)
          : undefined;
      const scope = own ? joined(sentence, own, text) : sentence;
      if (!electing(scope, byStart, text)) continue;
      const due = find(REPRESENTATIVES_DUE, scope);
      const [whole] = due;
      if (due.length !== 1 || !whole || whole.value === 0) continue;
      // Those present named as such, or a bare 实到 right after those due.
      const after = { text: scope.text.slice(whole.span[1] - scope.start), start: whole.span[1] };
      const named = find(REPRESENTATIVES_PRESENT, scope).filter((c) => !/^实到\d/.test(c.text));
      const bare = find(REPRESENTATIVES_PRESENT, after).filter((c) => /^实到/.test(c.text));
      const present = named.length > 0 ? named : bare;
      const [came] = present;
      if (present.length === 1 && came && came.value <= whole.value)
        out.push({ kind: 'representatives', whole, present: came });
    }
  }
  return out;
}
