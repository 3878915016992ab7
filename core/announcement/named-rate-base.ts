import type { AnnouncedFigure, CountMeaning } from './announced-figures.js';

/**
 * The base a candidate's 得票率 names in its own words: 得票率68.6%（以参加投票选民数为基数计算）, 得票率
 * （按有效票计算）65.0%, 84.7%（以有效票计）. A named base settles which count the share is of, so it is judged
 * of that count alone; a base named in words that match no count the reader reads (以户代表总数为基数)
 * leaves the share unread rather than judged of a presumed one. Null when the words name no base.
 */
export function namedRateBase(words: string): CountMeaning | 'other' | null {
  const named = NAMED_BASE.exec(words)?.[1];
  if (named === undefined) return null;
  return rateBaseMeaning(named);
}

/** The count a base named in words is (有效票数, 参加投票人数, 收回选票数), or `other`. */
export function rateBaseMeaning(named: string): CountMeaning | 'other' {
  return BASE_MEANINGS.find(([, pattern]) => pattern.test(named))?.[0] ?? 'other';
}

// (以|按|依) the base (为基数|为分母|计算|计): the base at most 16 characters, in one clause.
const NAMED_BASE = /(?:以|按|依)([^,，;；。()（）\d%]{1,16}?)(?:为基数|为分母|作为基数|计算|统计|计)/;

// 有效 before 投票 (以有效投票数计), 收回 before 选票. The registered voters too (÷登记选民数, 以登记选民数为基数,
// 占登记选民的): named in words, they are the base, judged as the others are; a table's header naming them
// (得票率（占登记选民数）) still leaves its column unread.
const BASE_MEANINGS: readonly (readonly [CountMeaning, RegExp])[] = [
  ['valid', /^(?:有效(?:选)?票|有效投票)(?:数|总数)?$/],
  ['returned', /^收回(?:的)?(?:选)?票(?:数|总数)?$/],
  ['cast', /^(?:实际)?(?:参加投票|投票)(?:的)?(?:选民)?(?:人数|数|总数|总人数)?$/],
  ['registered', /^(?:全村|本村)?(?:登记(?:的)?选民|选民登记)(?:数|总数|人数|总人数)?$/],
];

/**
 * The base a candidate's share names after 占 right before it: 获得1342票，占参加投票人数的65.37%, 占有效票
 * 的60.2%. Only a base the reader knows (the ballots cast, returned or valid) is returned; any other words
 * after 占 (占总数的) are left to the readers of shares as before: null.
 */
export function baseAfterZhan(label: string): CountMeaning | null {
  const named = BASE_AFTER_ZHAN.exec(label)?.[1];
  if (named === undefined) return null;
  return BASE_MEANINGS.find(([, pattern]) => pattern.test(named))?.[0] ?? null;
}

/**
 * 得票率92.0%（占参加投票人数的92.0%）: a bracket right after a share (its `trailer`) that states the same
 * digits (`written`, as the share writes them) of a base the reader knows says which count the share is
 * of. Null when the bracket names another base or another share (（占有效票的93.0%）: a second share).
 */
export function baseRestatedAfter(trailer: string, written: string): CountMeaning | null {
  const found = BASE_RESTATED.exec(trailer);
  const [, named, digits] = found ?? [];
  if (named === undefined || digits !== written) return null;
  return BASE_MEANINGS.find(([, pattern]) => pattern.test(named))?.[0] ?? null;
}
const BASE_RESTATED =
  /^[^\S\n]*[(（]即?占(?:本次)?([^,，;；。()（）\d%的\s]{1,16})的?[^\S\n]{0,3}(\d{1,3}(?:\.\d{1,6})?)[^\S\n]*%[)）]/;

/**
 * 得票率65.33%（占登记选民的比例）, （占有效票比例）: a bracket right after a share naming its base after 占, with
 * no number, that base (`other` when no count the reader knows: （占户代表的比例）). Null when the bracket is
 * anything else (（占有效票的93.0%）, a second share, is read by baseRestatedAfter).
 */
export function baseInBracketAfter(trailer: string): CountMeaning | 'other' | null {
  const named = BASE_IN_BRACKET.exec(trailer)?.[1];
  return named === undefined ? null : rateBaseMeaning(named);
}
const BASE_IN_BRACKET =
  /^[^\S\n]*[(（](?:即|系)?占(?:本次)?([^,，;；。()（）\d%的\s]{1,16}?)的?(?:比例|比率|比重|百分比)?[)）]/;

// 占 the base (的) at the label's end: the base at most 16 characters, in one clause.
const BASE_AFTER_ZHAN = /占(?:本次)?([^,，;；。()（）\d%的\s]{1,16})的?[^\S\n]{0,3}$/;

/**
 * A base named after 占 that is no count the reader knows by meaning (占在村选民的90.93%), but the label of
 * one group the text states exactly once with an exact count (在村选民2204人): that group. Null when no
 * such group is stated, or it is stated more than once (which statement is the base is then a guess), or
 * it is a count of places.
 *
 * The groups are indexed by label as the figures are read (the list only grows, and a figure replaced in
 * place keeps its kind and label), so that each share asks a map, not every figure read before it.
 */
export class GroupsStatedOnce {
  /** Where the first group of each label stands in the figures. */
  private readonly firstAt = new Map<string, number>();
  /** Labels of more than one group. */
  private readonly repeated = new Set<string>();
  /** How many of the figures are indexed. */
  private indexed = 0;

  constructor(private readonly figures: readonly AnnouncedFigure[]) {}

  /** The group `base` names, when stated exactly once and no count of places, total of parts or implied. */
  of(base: string): string | null {
    for (; this.indexed < this.figures.length; this.indexed++) {
      const figure = this.figures[this.indexed];
      if (figure?.kind !== 'group') continue;
      if (this.firstAt.has(figure.label)) this.repeated.add(figure.label);
      else this.firstAt.set(figure.label, this.indexed);
    }
    const at = this.firstAt.get(base);
    if (at === undefined || this.repeated.has(base)) return null;
    // Read where it stands now: a group made a total of its own (unattach) is a copy in its place.
    const only = this.figures[at];
    if (only?.kind !== 'group') return null;
    return only.places === true || only.implied === true || only.sumOf !== undefined ? null : base;
  }
}

/**
 * A base named after 占 by the qualifier its total opens with and the noun it ends with (占新当选成员总数的
 * 18.6% after 新当选的村（居）两委成员共312名，其中女性58名): that total, when the share's part was stated
 * as a part of it (其中) and not attached by its label alone. Null otherwise.
 */
export function totalNamedShort(
  base: string,
  partLabel: string,
  figures: readonly AnnouncedFigure[],
): string | null {
  const noun = SHORT_NOUN.exec(base)?.[0];
  const qualifier = noun === undefined ? '' : base.slice(0, base.length - noun.length);
  if (noun === undefined || qualifier.length < 2) return null;
  const part = [...figures].reverse().find((figure) => figure.kind === 'group' && figure.label === partLabel);
  if (part?.kind !== 'group' || part.partOf === null || part.implied === true) return null;
  const total = part.partOf;
  return total !== base && total.startsWith(qualifier) && total.endsWith(noun) ? total : null;
}

/** The noun of people a short name of a total ends with (成员, 干部, 代表). */
const SHORT_NOUN = /(?:成员|干部|代表|人员)$/;
