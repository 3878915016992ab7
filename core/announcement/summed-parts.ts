import type { GroupFigure, ShareTerm } from './announced-figures.js';
import { labelsNamedTogether } from './parts-named-together.js';
import type { SentenceState } from './sentence-state.js';

/**
 * A share the words say is of two or more groups just stated, together (issue #15):
 *
 *     其中大专学历12人，本科学历8人，两者合计占44.4%        (两者, 二者: the last two groups read)
 *     其中大专学历12人、本科学历8人，共计占成员总数的44.4%  (合计, 共计 after a list joined by 、和及与)
 *     大专学历12人、本科学历8人，分别占26.7%和17.8%，合计占44.4%  (the groups just given respectively)
 *     大专和本科学历合计占44.4%                            (the groups named, each stated before)
 *
 * Its part is their sum. The groups must be parts of one total, stated exactly; which groups the words
 * mean must be certain, else the share is refused (`ambiguous-base`) rather than taken as of the last
 * group alone. A share after such a list with no word saying “together” (大专学历12人、本科学历8人，占44.4%)
 * is of the list too, or of its last group: `listBefore` gives the list, and the check judges it only
 * where both readings agree.
 */

/** The words before 占 saying the groups are taken together: 合计, 共计, 总计, 一共, 加起来, 共. */
const TOGETHER = /(?:合计|共计|总计|一共|加起来|共)$/;
/** Words naming the two groups just read: 两者, 二者, 两项, 以上两项, 上述两类. */
const BOTH = /^(?:以上|上述|这)?(?:两者|二者|两项|两类|二项|两种)$/;
/** What joins the groups of one list: 、, 和, 及, 与, 以及 (nothing else between them). */
const LIST_JOINER = /^\s*(?:、|和|及|与|以及)\s*$/;

export type SummedParts =
  | { readonly groups: readonly GroupFigure[]; readonly whole: string }
  | { readonly refusal: 'ambiguous-base' };

/**
 * The groups the words before 占 (`before`, after the figure read last) say the share is of together,
 * with the total they are parts of; a refusal when the words say “together” but which groups is not
 * certain; null when the words say no such thing.
 */
export function summedParts(
  before: string,
  folded: string,
  state: SentenceState,
  known: (label: string) => boolean,
  clean: (piece: string) => string,
): SummedParts | null {
  const words = before.trim().replace(/^[，,、；;\s]+/, '');
  if (words === '') return null;
  const together = TOGETHER.exec(words);
  const rest = together ? words.slice(0, together.index) : words;
  let groups: readonly GroupFigure[] | null;
  if (BOTH.test(rest)) groups = lastGroups(state, 2);
  else if (together && rest === '') groups = listJustRead(folded, state);
  else if (together) {
    const labels = labelsNamedTogether(rest, known, clean);
    if (labels === null) return null;
    const found = labels.map((label) => [...state.groups].reverse().find((group) => group.label === label));
    groups = found.every((group) => group !== undefined) ? found : null;
  } else return null;
  if (groups === null || groups.length < 2) return { refusal: 'ambiguous-base' };
  const whole = groups[0]?.partOf ?? null;
  if (whole === null || groups.some((group) => group.partOf !== whole)) return { refusal: 'ambiguous-base' };
  return { groups, whole };
}

/**
 * 大专学历12人、本科学历8人，占44.4%: the groups of the list joined by 、和及与 that the figure read last
 * closes, two or more, each a part of one total; null when it is no such list.
 */
export function listBefore(folded: string, state: SentenceState): readonly GroupFigure[] | null {
  const last = state.lastFigure;
  if (last?.kind !== 'group') return null;
  const list = joinedList(folded, state.groups);
  if (list.length < 2 || list.at(-1) !== last) return null;
  const whole = list[0]?.partOf ?? null;
  return whole !== null && list.every((group) => group.partOf === whole) ? list : null;
}

/**
 * The last `count` groups of the sentence, when they are all the parts of their total it states and
 * the figure read last is the last of them or a share of theirs (两者 after three parts: which two?).
 */
function lastGroups(state: SentenceState, count: number): readonly GroupFigure[] | null {
  const groups = state.groups.slice(-count);
  if (groups.length !== count) return null;
  const whole = groups[0]?.partOf ?? null;
  if (state.groups.filter((group) => group.partOf === whole).length !== count) return null;
  const last = state.lastFigure;
  if (last === groups.at(-1)) return groups;
  // 大专学历12人，本科学历8人，分别占26.7%和17.8%，两者合计占44.4%.
  return last?.kind === 'percent' && last.part.kind === 'group' && last.part.label === groups.at(-1)?.label
    ? groups
    : null;
}

/** The list the figure read last closes (大专学历12人、本科学历8人), or the one its shares were given of. */
function listJustRead(folded: string, state: SentenceState): readonly GroupFigure[] | null {
  const last = state.lastFigure;
  const list = joinedList(folded, state.groups);
  if (list.length < 2) return null;
  if (last === list.at(-1)) return list;
  return last?.kind === 'percent' && last.part.kind === 'group' && last.part.label === list.at(-1)?.label
    ? list
    : null;
}

/** The groups at the end of the sentence's, each joined to the next by 、和及与 alone. */
function joinedList(folded: string, groups: readonly GroupFigure[]): GroupFigure[] {
  const list: GroupFigure[] = [];
  for (let index = groups.length - 1; index >= 0; index--) {
    const group = groups[index];
    if (!group) break;
    const next = list[0];
    if (next !== undefined) {
      const end = group.origin.span?.[1];
      const start = next.origin.span?.[0];
      if (end === undefined || start === undefined || start < end) break;
      if (!LIST_JOINER.test(folded.slice(end, start))) break;
    }
    list.unshift(group);
  }
  return list;
}

/** The part term of groups taken together: their labels joined by 、 (or `and`). */
export function summedTerm(groups: readonly GroupFigure[]): ShareTerm {
  const english = groups.some((group) => /[A-Za-z]/.test(group.label));
  return { kind: 'group', label: groups.map((group) => group.label).join(english ? ' and ' : '、') };
}
