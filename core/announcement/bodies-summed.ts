import type { AnnouncedFigure, GroupFigure, StatedPartition } from './announced-figures.js';
import type { GroupReader } from './group-figure.js';
import type { NumberToken } from './scan-numbers.js';
import { bodyKey, isAttributeLabel, type GroupKind } from './summary-totals.js';

/**
 * Two bodies of people counted one after the other, then their sum with no noun of its own
 * (`村委会成员54名、社区居委会成员21名，共75名`): the members of both, a total whose parts after it
 * (`其中女性23名`) are of the 75, and which the two counts must make up.
 */

/** The words of a sum with no noun of its own: 共, 共有, 合计, 共计, 总计. */
export const SUM_ALONE = /^(?:合计|共计|总计|共有?)$/;
/** Between the two counts (、 ， 和), and between the second and the sum (， or nothing). */
export const BETWEEN_COUNTS = /^[^\S\n]*[、，,和及与][^\S\n]*$/;
export const BEFORE_SUM = /^[^\S\n]*(?:[，,][^\S\n]*)?$/;
/** A list mark right before the first count: it is the second item or later of a longer list. */
export const LISTED_BEFORE = /[、和及与][^\S\n]*$/;
/** A whole body of people (成员, 干部, 班子, 代表), not a post that several bodies share. */
const WHOLE_BODY = /(?:成员|干部|班子|代表)$/;

const PERSON_UNITS = new Set(['人', '名', '位']);

/** The label of the sum of two bodies, as the reader names it. */
const joined = (first: string, second: string) => `${first}、${second}`;

/**
 * Whether `first` and `second`, the last two groups of the sentence, stand as a list of exactly two
 * with the sum (its words from `sumStart`) right after: nothing but 、 ， 和 between them, no list mark
 * before the first.
 */
function twoThenSum(folded: string, first: GroupFigure, second: GroupFigure, sumStart: number): boolean {
  const [firstStart, firstEnd] = first.origin.span ?? [0, 0];
  const [secondStart, secondEnd] = second.origin.span ?? [0, 0];
  if (LISTED_BEFORE.test(folded.slice(Math.max(0, firstStart - 4), firstStart))) return false;
  if (!BETWEEN_COUNTS.test(folded.slice(firstEnd, secondStart))) return false;
  return secondEnd <= sumStart && BEFORE_SUM.test(folded.slice(secondEnd, sumStart));
}

/** Whether `before` is a count listed right before `first`, nothing but 、 ， 和 between them. */
function listedRightBefore(folded: string, before: GroupFigure, first: GroupFigure): boolean {
  const beforeEnd = before.origin.span?.[1];
  const firstStart = first.origin.span?.[0];
  if (beforeEnd === undefined || firstStart === undefined || beforeEnd > firstStart) return false;
  return BETWEEN_COUNTS.test(folded.slice(beforeEnd, firstStart));
}

/** Whether a group is a whole body of people stated as a total of its own (not a part, not an attribute). */
function wholeBody(group: GroupFigure): boolean {
  return (
    group.places !== true &&
    group.partOf === null &&
    group.implied !== true &&
    group.sumOf === undefined &&
    WHOLE_BODY.test(group.label) &&
    !isAttributeLabel(group.label)
  );
}

/**
 * 共75名 right after 村委会成员54名、社区居委会成员21名: the sum of the two bodies, read as a total of
 * people labelled by both (`村委会成员、社区居委会成员`). Null for any other count: words after the unit,
 * a body named twice, a third item listed before, a sum smaller than either count.
 */
export function bodiesSummed(
  reader: GroupReader,
  token: NumberToken,
  label: string,
  labelStart: number,
  trailer: string,
  value: bigint,
  groups: readonly GroupFigure[],
): GroupFigure | null {
  if (token.unit === null || !PERSON_UNITS.has(token.unit) || token.approximate) return null;
  if (trailer.trim() !== '' || !SUM_ALONE.test(label.replace(/[\s，,]/g, ''))) return null;
  const [first, second] = groups.slice(-2);
  const before = groups.length > 2 ? groups[groups.length - 3] : undefined;
  if (!first || !second || !wholeBody(first) || !wholeBody(second)) return null;
  // 一组推选村民代表5名，二组推选村民代表6名，三组推选村民代表4名，合计15名: a third count listed right
  // before the two (、 or ，) makes the sum of more than two; it is left unjudged.
  if (before && wholeBody(before) && listedRightBefore(reader.folded, before, first)) return null;
  if (bodyKey(first.label) === bodyKey(second.label)) return null;
  return sumAfterTwo(
    reader,
    token,
    label,
    labelStart,
    value,
    [first, second],
    joined(first.label, second.label),
    'people',
  );
}

/**
 * The sum with no noun of its own (its words `label` from `labelStart`) read as a total of `name`, the two
 * counts together, when it stands right after the two (twoThenSum) and is no less than either: the group
 * placed in the summary as a total of `kind`, or null.
 */
export function sumAfterTwo(
  reader: GroupReader,
  token: NumberToken,
  label: string,
  labelStart: number,
  value: bigint,
  [first, second]: readonly [GroupFigure, GroupFigure],
  name: string,
  kind: GroupKind,
): GroupFigure | null {
  const sumStart = labelStart + Math.max(0, label.search(/[^\s，,]/));
  if (!twoThenSum(reader.folded, first, second, sumStart)) return null;
  if (value < first.value || value < second.value) return null;
  reader.summary.add(name, kind, true, false);
  return {
    kind: 'group',
    label: name,
    partOf: null,
    value,
    ...(kind === 'places' ? { places: true } : {}),
    origin: reader.origin(reader.spanFrom(sumStart, token.end)),
  };
}

/**
 * A party body (村党组织成员, 党支部委员) and one that is not (村委会成员): the same person often sits on both
 * (交叉任职), so the people of both may be fewer than the two counts together.
 */
const PARTY = /党/;
function mayShareMembers(first: string, second: string): boolean {
  return PARTY.test(first) !== PARTY.test(second);
}

/**
 * The two bodies and their sum read by bodiesSummed(): the two counts must make it up exactly, unless
 * the bodies may share members, whose sum is then left unchecked (still the base of the shares after it).
 */
export function bodiesPartitions(figures: readonly AnnouncedFigure[]): StatedPartition[] {
  const found: StatedPartition[] = [];
  for (let index = 2; index < figures.length; index++) {
    const total = figures[index];
    const first = figures[index - 2];
    const second = figures[index - 1];
    if (total?.kind !== 'group' || first?.kind !== 'group' || second?.kind !== 'group') continue;
    if (total.places === true || total.partOf !== null) continue;
    if (total.label !== joined(first.label, second.label)) continue;
    if (mayShareMembers(first.label, second.label)) continue;
    const parts = [first, second].map((part) => ({
      kind: part.label,
      value: part.value,
      span: part.origin.span ?? ([0, 0] as const),
      text: part.origin.text,
    }));
    found.push({ family: 'bodies', total, parts, complete: true });
  }
  return found;
}
