import type { GroupFigure } from './announced-figures.js';
import { SHARE_OF, countMeaningOf, groupLabel } from './figure-words.js';
import { trailingWordsStart } from './linear-scans.js';

/** The base a share names in its own words (占总数的, 占村委会成员的, of all members). */

/** A base named only as “the total” (分别占总数的): the total of the parts, when this sentence states it. */
export const THE_TOTAL = /总数|总人数|总量/;
/** `total`, `total number`, `total number of people`: the whole a part is of, named by no body. */
export const THE_TOTAL_IN_ENGLISH = /^\s*total(?:\s+number)?(?:\s+of\s+(?:people|persons))?\s*(?:\.\s*)?$/i;

/** Words after the base's name (女性成员的比例为, 总人数的): `(的|总数|…)+$`. */
const BASE_TAIL = [
  '的',
  '总数',
  '总人数',
  '人数',
  '比例',
  '比重',
  '为',
  '达到',
  '达',
  '是',
  '约',
  '近',
  '超过',
];

/**
 * The base a share names in words, if any: after 占 (占女性成员的 → 女性成员, 占收回选票的 → 收回选票), or
 * after the percentage in English (26.6% of all members → members); '' when it names none (占, 占比).
 */
export function namedBase(afterShareWord: string, trailer: string): string {
  // Spaces beside a Chinese character are a copy's, no word boundary (占村委会干部总数的 11.7%).
  const cut = afterShareWord
    .replace(/(?<!\s)\s+(?=[\u3000-\u9fff\uff00-\uffef])|(?<=[\u3000-\u9fff\uff00-\uffef])\s+/g, '')
    .replace(
      /^(占的?比例|占的?比重|占比|占|比例|比重|accounting for|accounted for|accounts? for|making up|made up|makes? up|or)/i,
      '',
    )
    .replace(/^(分别|各|为|达到|达|是|约)+/, '');
  const chinese = cut.slice(0, trailingWordsStart(cut, BASE_TAIL));
  const named = /^\s*of\s+(?:the\s+|all\s+)*([^,;()]+)/i.exec(trailer)?.[1] ?? '';
  // `of the total`, `of the total number of people`: the total, as 占总数的 (no body named).
  const english = THE_TOTAL_IN_ENGLISH.test(named) ? '' : named;
  const words = chinese.trim() !== '' ? chinese : english;
  return countMeaningOf(words) ? words : groupLabel(words);
}

/**
 * Whether a share names its base in its own words: after 占 (占总数的, 占村委会成员的, 占投票总数的) or after
 * the percentage in English (of the total, of all members). 占, 占比, 比例 alone name none.
 */
export function namesItsBase(label: string, trailer: string): boolean {
  const at = label.search(SHARE_OF);
  if (at < 0) return false;
  const after = label.slice(at);
  const english = /^\s*of\s+(?:the\s+|all\s+)*([^,;()]+)/i.exec(trailer)?.[1] ?? '';
  return THE_TOTAL.test(after) || namedBase(after, trailer) !== '' || english.trim() !== '';
}

/**
 * The total stated in this sentence of which every one of `parts` was stated as a part (其中 …), not
 * attached by its label alone; null when there is none.
 */
export function sentenceTotalOf(
  parts: readonly GroupFigure[],
  sentenceGroups: readonly GroupFigure[],
): string | null {
  const [first] = parts;
  if (!first || parts.some((part) => part.implied === true || part.partOf !== first.partOf)) return null;
  const total = sentenceGroups.find((group) => group.partOf === null && group.label === first.partOf);
  return total && total.places !== true ? total.label : null;
}

/** Villages and communities named together (村（社区）, 村（居）, 村和社区, 村、社区). */
const BOTH_KINDS_OF_PLACE = /村[（(](?:社区|居)[)）]|村[和与及、]社区/;

/**
 * Whether a base names villages and communities together (占村（社区）总数的) while the group it was matched
 * to names only one kind (the 14 村 of 14个村、2个社区): that group is a part of the base, never the base.
 */
export function oneKindForBoth(base: string, matched: string): boolean {
  return BOTH_KINDS_OF_PLACE.test(base) && !BOTH_KINDS_OF_PLACE.test(matched);
}
