import { digitsValue } from './parse-number.js';
import {
  partHolds,
  type AnnouncedFigure,
  type PartitionPart,
  type StatedPartition,
  type UnreadFigure,
} from './announced-figures.js';

/**
 * The kinds of invalid ballots stated as parts of them right after their count: `无效票10张（含作废票3张）`,
 * `废票12张（其中空白票5张）`, `无效票10张，其中空白票4张、多选票6张`. Each kind is some of the invalid ballots
 * counted just before it, never a count of the election's own: it comes to no more than them. Kinds that
 * cannot overlap (a blank ballot bears no mark, so it is neither overvoted nor illegible) come to no more
 * than them together, also within a longer list (空白 with 多选 and 空白 with 无法辨认 of 空白、多选、无法辨认);
 * other kinds are held to the whole one by one. Never summed exactly: a notice may
 * leave a kind unsaid (a ballot torn, marked with a name not on it), so parts short of the whole are right.
 *
 * Only the plainest shape: the whole a count in 张 named by 无效 or 废 that the reader read as the invalid
 * ballots; right after it a bracket opening with 其中, 含, 包含 or 包括, or a clause opening with 其中, then
 * nothing but kinds of ballot each with its count in 张, parted by 、，；. A bracket holding anything else
 * (其中流动票箱2张) sums nothing; a 其中 clause's list ends at its first clause of another kind.
 */

type Kind = 'blank' | 'overvoted' | 'illegible' | 'spoilt';

const BALLOT = String.raw`(?:的)?(?:选)?票(?:数)?(?:为|有|是|共)?`;
/** 票 may be left unsaid after words that name a kind alone: 无法辨认7张, 空白3张 (the count is in 张). */
const BALLOT_OR_NONE = String.raw`(?:(?:的)?(?:选)?票(?:数)?)?(?:为|有|是|共)?`;
const KINDS: readonly (readonly [Kind, RegExp])[] = [
  [
    'blank',
    new RegExp(String.raw`^(?:(?:空白|未填写|未划|未作任何标记)${BALLOT_OR_NONE}|(?:空|白)${BALLOT})$`),
  ],
  [
    'overvoted',
    new RegExp(
      String.raw`^(?:(?:多选|超选|选多|超过应选(?:人数|名额)|所选人数多于应选人数)${BALLOT_OR_NONE})$`,
    ),
  ],
  [
    'illegible',
    new RegExp(
      String.raw`^(?:字迹(?:模糊|不清)(?:无法辨认|无法识别|不能辨认)?|无法辨认|无法识别|不能辨认)${BALLOT_OR_NONE}$`,
    ),
  ],
  ['spoilt', new RegExp(String.raw`^(?:作废|废)${BALLOT}$`)],
];
/** Kinds no ballot can be of both: a blank ballot bears no mark. */
const APART: ReadonlySet<string> = new Set(['blank|overvoted', 'blank|illegible']);

const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d+)`;
/** The whole: invalid ballots named by 无效 or 废, with their number captured. */
const WHOLE = new RegExp(String.raw`(?:无效|废)${BALLOT}[：:]?[^\S\n]*${NUMBER}[^\S\n]*张`, 'g');
/**
 * A list of kinds opening right after the whole: a bracket opening with 其中, 含, 包含 or 包括 (（含, （其中), its
 * bracket captured, or a clause opening with 其中 (，其中). The reader tells by it too whether spoilt ballots
 * after the invalid ones are a kind of them (read-announcement-text.ts).
 */
export const KINDS_LIST_OPENS = String.raw`[^\S\n]*(?:([（(])[^\S\n]*(?:其中|含|包含|包括)|[，,][^\S\n]*其中)`;
/** Such an opening with the mark after it, up to the first part: （含, （其中：, ，其中. */
const OPENS = new RegExp(String.raw`${KINDS_LIST_OPENS}[^\S\n]*[：:，,]?[^\S\n]*`, 'y');
/** One part: its words, then its count in 张. */
const PART = new RegExp(
  String.raw`([^\d\s（）()，,、；;。：:]{1,12}?)[：:]?[^\S\n]*${NUMBER}[^\S\n]*张`,
  'y',
);
const BETWEEN = /[^\S\n]*[、，,；;][^\S\n]*/y;
const BRACKET_CLOSES = /[^\S\n]*[）)]/y;
/** What may end a 其中 clause's list: the sentence's or the clause's end. */
const CLAUSE_ENDS = /[^\S\n]*(?:[。；;！!\n，,]|$)/y;
/** A notice states few such lists; past these, nothing more is read. */
const MAX_WHOLES = 24;
const MAX_PARTS = 8;

/** Parts of invalid ballots found: the partitions of those whose whole was read, and every part's span. */
export interface KindsOfInvalid {
  readonly partitions: readonly StatedPartition[];
  readonly parts: readonly PartitionPart[];
}

export function kindsOfInvalid(
  folded: string,
  original: string,
  figures: readonly AnnouncedFigure[],
): KindsOfInvalid {
  if (!folded.includes('票')) return { partitions: [], parts: [] };
  const partitions: StatedPartition[] = [];
  const all: PartitionPart[] = [];
  let wholes = 0;
  for (const whole of folded.matchAll(WHOLE)) {
    const after = whole.index + whole[0].length;
    const parts = partsAt(folded, original, after);
    if (parts === null) continue;
    if (++wholes > MAX_WHOLES) break;
    all.push(...parts.map(([, part]) => part));
    const number = whole[1] ?? '';
    const numberAt = whole.index + whole[0].indexOf(number, whole[0].search(/\d/));
    const total = figures.find(
      (figure) =>
        figure.kind === 'count' &&
        figure.meaning === 'invalid' &&
        figure.origin.span !== undefined &&
        figure.origin.span[0] <= numberAt &&
        numberAt < figure.origin.span[1] &&
        figure.value === digitsValue(number),
    );
    if (total === undefined) continue;
    for (const group of groupsApart(parts.map(([kind]) => kind)))
      partitions.push({
        family: 'kinds-of-invalid',
        total,
        parts: group.map((i) => parts[i]?.[1]).filter((p) => p !== undefined),
        complete: false,
      });
  }
  return { partitions, parts: all };
}

function apart(one: Kind, other: Kind): boolean {
  return APART.has(`${one}|${other}`) || APART.has(`${other}|${one}`);
}

/**
 * The kinds listed, as groups of kinds no ballot can be of two of, each held to the whole together:
 * 空白票19张，多选票12张，无法辨认7张 gives 空白 with 多选 and 空白 with 无法辨认 (an overvoted ballot may be
 * illegible too, so those two are never summed). Each group is grown from one kind by every later kind
 * apart from all in it; a group within another is dropped. At most MAX_PARTS kinds, so bounded.
 */
function groupsApart(kinds: readonly Kind[]): number[][] {
  const groups: number[][] = [];
  for (let start = 0; start < kinds.length; start++) {
    const group = [start];
    for (let i = 0; i < kinds.length; i++) {
      const kind = kinds[i];
      if (i === start || kind === undefined) continue;
      if (group.every((j) => kinds[j] !== undefined && apart(kind, kinds[j]))) group.push(i);
    }
    group.sort((a, b) => a - b);
    groups.push(group);
  }
  const within = (small: number[], big: number[]) =>
    small.length < big.length && small.every((i) => big.includes(i));
  const seen = new Set<string>();
  return groups.filter((group) => {
    const key = group.join(',');
    if (seen.has(key) || groups.some((other) => within(group, other))) return false;
    seen.add(key);
    return true;
  });
}

/** The kinds listed from `at` with their parts, or null when no list of kinds stands there. */
function partsAt(folded: string, original: string, at: number): (readonly [Kind, PartitionPart])[] | null {
  OPENS.lastIndex = at;
  const opens = OPENS.exec(folded);
  if (opens === null) return null;
  const bracket = opens[1] !== undefined;
  let from = OPENS.lastIndex;
  const parts: (readonly [Kind, PartitionPart])[] = [];
  for (;;) {
    PART.lastIndex = from;
    const part = PART.exec(folded);
    const kind = part?.[1] === undefined ? undefined : KINDS.find(([, words]) => words.test(part[1] ?? ''));
    if (part === null || kind === undefined || part[2] === undefined) {
      // A bracket of anything but kinds sums nothing; a 其中 clause's list ends before another kind.
      if (bracket || parts.length === 0) return null;
      return parts;
    }
    const span: [number, number] = [from, from + part[0].length];
    parts.push([
      kind[0],
      { kind: kind[0], value: digitsValue(part[2]), span, text: original.slice(...span) },
    ]);
    from = span[1];
    if (bracket) {
      BRACKET_CLOSES.lastIndex = from;
      if (BRACKET_CLOSES.test(folded)) return parts;
    } else {
      CLAUSE_ENDS.lastIndex = from;
      const end = CLAUSE_ENDS.exec(folded);
      if (end !== null && !/[，,]/.test(end[0])) return parts;
    }
    if (parts.length === MAX_PARTS) return null;
    BETWEEN.lastIndex = from;
    if (!BETWEEN.test(folded)) return bracket ? null : parts;
    from = BETWEEN.lastIndex;
  }
}

/**
 * The reader's unread numbers without the kinds of invalid ballots a partition above holds (they are
 * judged as its parts), and with those of a whole not read given their reason (`kind-of-invalid`) where
 * the reader had found them no meaning.
 */
export function withKindsOfInvalid(
  unread: readonly UnreadFigure[],
  found: KindsOfInvalid,
): readonly UnreadFigure[] {
  if (found.parts.length === 0) return unread;
  const summed = found.partitions.flatMap((partition) => partition.parts);
  return unread.flatMap((figure) => {
    if (summed.some((part) => partHolds(part, figure))) return [];
    if (
      (figure.reason === undefined || figure.reason === 'no-meaning' || figure.reason === 'doubtful-label') &&
      found.parts.some((part) => partHolds(part, figure))
    )
      return [{ ...figure, reason: 'kind-of-invalid' as const }];
    return [figure];
  });
}
