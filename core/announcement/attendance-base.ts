import type { AnnouncedFigure, CountFigure, GroupFigure, ShareTerm } from './announced-figures.js';

/**
 * A share of those present at a meeting whose base names those expected: `应到45人，实到41人，占应到人数的
 * 91.1%`, or, at a meeting of household representatives (户代表会议), `应到463名，实到455名，占总户的
 * 98.27%` — each household sends one representative (《村民委员会组织法》第二十二条 counts such a meeting
 * by 户的代表), so the households are those expected. The pair must be stated in the share's sentence,
 * one of each, and the share must follow those present; otherwise the base stays what it names, whose
 * count is not stated (unjudged, and said so).
 */

/** A base naming those expected: 应到, 应到人数, 应到代表, 应到会人数. */
const THOSE_EXPECTED = /^应到/;
/** A base naming the households: 户, 总户, 户数, 全体户. */
const HOUSEHOLDS = /^(?:总|全体|全部)?户数?$/;
/** The meeting is of household representatives. */
const HOUSEHOLD_MEETING = /户代表|户的代表/;

export interface Attendance {
  /** Those expected: a group (应到45人), or the registered count named by 应到 (应到户代表862户). */
  readonly expected: GroupFigure | CountFigure | null;
  readonly present: GroupFigure | null;
  /** How many counts of those expected and present the sentence states. */
  readonly count: number;
}

/** Attendance as a sentence is read: its figures are noted as they come. */
export type AttendanceSoFar = { -readonly [Key in keyof Attendance]: Attendance[Key] };

/**
 * The part and base of such a share, or null. `base` is the base named in words (namedBase: 占总户的 →
 * `户`), `before` the text of the paragraph up to the share (bounded by the caller), for the meeting's kind.
 */
export function shareOfThoseExpected(
  base: string,
  part: ShareTerm,
  attendance: Attendance,
  before: string,
): { part: ShareTerm; whole: ShareTerm } | null {
  const { expected, present, count } = attendance;
  if (count !== 2 || !expected || !present || present.value > expected.value) return null;
  if (part.kind !== 'group' || part.label !== present.label) return null;
  const named = THOSE_EXPECTED.test(base) || (HOUSEHOLDS.test(base) && HOUSEHOLD_MEETING.test(before));
  if (!named) return null;
  // 应到户代表862户，实到户代表801户，占应到户代表的92.92%: those due, read as the registered count.
  const whole: ShareTerm =
    expected.kind === 'group'
      ? { kind: 'group', label: expected.label }
      : { kind: 'count', meaning: 'registered' };
  return { part, whole };
}

/** Those expected at an election by household representatives, and those present (应到户代表267名，实到260名). */
const ATTENDANCE_EXPECTED = /应到/;
const ATTENDANCE_PRESENT = /^实到/;

/**
 * 应到户代表267名，实到260名，…，投票率为97.4% (an election by household representatives): with no
 * registered voters stated, the rate is of those expected (应到) and those present (实到) its sentence
 * states, one of each. Null when the text states registered voters, or the sentence no such pair, or
 * when a stated count of voters (or of ballots returned) differs from those present: the rate could be
 * of either, and stays a share of registered voters, whose count is not stated (unjudged, and said so).
 */
export function attendanceRate(
  attendance: Attendance,
  firstCounts: ReadonlyMap<string, CountFigure>,
): { part: ShareTerm; whole: ShareTerm } | null {
  const { expected: whole, present: part, count } = attendance;
  if (count !== 2 || !whole || !part || whole.kind !== 'group' || part.value > whole.value) return null;
  if (firstCounts.has('registered|')) return null;
  const cast = firstCounts.get('cast|') ?? firstCounts.get('returned|');
  if (cast !== undefined && cast.value !== part.value) return null;
  return { part: { kind: 'group', label: part.label }, whole: { kind: 'group', label: whole.label } };
}

/**
 * Keeps the first group of those expected and of those present, counted, so that a rate looks them up at
 * once. A registered count named by 应到 (应到户代表862户, 应到居民代表65人) is those expected too.
 */
export function noteAttendance(group: GroupFigure | CountFigure, attendance: AttendanceSoFar): void {
  if (group.kind === 'count') {
    if (group.meaning === 'registered' && ATTENDANCE_EXPECTED.test(group.origin.text)) {
      attendance.expected ??= group;
      attendance.count++;
    }
    return;
  }
  if (ATTENDANCE_EXPECTED.test(group.label)) {
    attendance.expected ??= group;
    attendance.count++;
  } else if (ATTENDANCE_PRESENT.test(group.label)) {
    attendance.present ??= group;
    attendance.count++;
  }
}

/** A meeting's rate standing alone in its clause: 到会率, 出席率, 实到率, 参会率 (为, 是, 达到). */
const RATE_ALONE = /^[\s,，]*(?:到会率|出席率|实到率|参会率)(?:为|是|达到?)?[\s:：]*$/;
/** Those expected at a meeting, by the words they were counted with: 应到会代表, 户代表会议应到, 应出席. */
const EXPECTED_WORDS = /应到|应出席/;
/** Those present: 实到会代表, 实际到会, 实际出席, 出席会议. */
const PRESENT_WORDS = /^(?:实到|实际到会|实际出席|出席|到会)/;

/**
 * 到会率 of a meeting whose numbers stand in its paragraph, those expected perhaps in an earlier sentence
 * (`本次村民代表会议应到会代表45人。实到会代表41人，到会率91.1%`): those present (the figure just read)
 * of those expected. Only when the rate stands alone in its clause right after those present, and the
 * paragraph states, before the rate, one count of those expected (a group, or the registered voters
 * counted as 应到) and one of those present, no more present than expected. Null otherwise: the rate
 * stays as before.
 */
export function meetingAttendance(
  label: string,
  lastFigure: AnnouncedFigure | null,
  paragraphFigures: readonly AnnouncedFigure[],
): { part: ShareTerm; whole: ShareTerm } | null {
  if (!RATE_ALONE.test(label) || lastFigure?.kind !== 'group') return null;
  const expected = paragraphFigures.filter(
    (figure) =>
      (figure.kind === 'group' && EXPECTED_WORDS.test(figure.label)) ||
      (figure.kind === 'count' && figure.meaning === 'registered' && EXPECTED_WORDS.test(figure.origin.text)),
  );
  const present = paragraphFigures.filter(
    (figure) => figure.kind === 'group' && PRESENT_WORDS.test(figure.label),
  );
  const [due] = expected;
  const [came] = present;
  if (expected.length !== 1 || present.length !== 1 || !due || came !== lastFigure) return null;
  if (came.kind !== 'group' || (due.kind !== 'group' && due.kind !== 'count')) return null;
  if (came.value > due.value || (due.origin.span?.[0] ?? 0) > (came.origin.span?.[0] ?? 0)) return null;
  return {
    part: { kind: 'group', label: came.label },
    whole:
      due.kind === 'group' ? { kind: 'group', label: due.label } : { kind: 'count', meaning: 'registered' },
  };
}
