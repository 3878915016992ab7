import type { AnnouncedFigure, StatedPartition, PartitionPart } from './announced-figures.js';
import type { NumberToken } from './scan-numbers.js';
import type { Sentence } from './segment-text.js';

/**
 * Totals whose stated parts provably make them up, so that their sum can be checked: men and women of
 * a count of voters (选民19720231人，其中男94834人，女…), the ways of voting of the voters who cast a
 * ballot (直接 or 现场, 委托, 流动票箱; 直接 may or may not count the mobile box), villages and communities of a count of both. Only parts stated
 * right after their total — in its sentence or the next, with or without 其中, with nothing between but
 * the total's own share (参选率达90.5%) — are taken; kinds that may overlap (党员, 妇女, 大专以上, kinds
 * of 代表) are never summed, and a run of parts stops at the first clause that is none of the kinds.
 * Men and women of a group of people are summed by the check of halves (check-announcement-arithmetic).
 */

type Family = StatedPartition['family'];

/** The kinds of each family, each recognised by the whole label of its clause (after 其中). */
const KINDS: Readonly<Record<Family, readonly (readonly [string, RegExp])[]>> = {
  sex: [
    ['men', /^男(?:性)?(?:选民)?(?:的)?(?:有|为|是)?$/],
    ['women', /^女(?:性)?(?:选民)?(?:的)?(?:有|为|是)?$/],
  ],
  'ways-of-voting': [
    [
      'in person',
      /^(?:直接|现场|到会|当场|在投票站|在选举大会(?:会场|现场)?)(?:参加)?(?:投票)?(?:选举)?(?:的)?(?:选民)?(?:有|为|是)?$/,
    ],
    ['by proxy', /^(?:委托(?:他人)?|由他人代为)(?:参加)?(?:投票)?(?:的)?(?:选民)?(?:有|为|是)?$/],
    ['mobile box', /^(?:用|通过|以)?流动(?:票箱|投票箱)(?:投票)?(?:的)?(?:选民)?(?:有|为|是)?$/],
  ],
  'villages-and-communities': [
    ['villages', /^(?:行政)?村(?:委会)?(?:有|为|是)?$/],
    ['communities', /^(?:城市)?社区(?:居委会)?(?:有|为|是)?$/],
  ],
};

/** Where a number stands: its sentence and clause. */
interface TokenPlace {
  readonly sentence: number;
  readonly clause: number;
  readonly token: NumberToken;
}

const PEOPLE_UNITS = new Set(['人', '名', '位']);
const PLACE_UNITS = new Set(['个']);

/** Which families a total can be split into, by what it counts. */
function familiesOf(total: AnnouncedFigure): readonly Family[] {
  if (total.kind === 'count' && total.contest === null) {
    if (total.meaning === 'cast') return ['sex', 'ways-of-voting'];
    if (total.meaning === 'registered') return ['sex'];
  }
  if (
    total.kind === 'group' &&
    total.places === true &&
    /村/.test(total.label) &&
    /社区|居/.test(total.label)
  )
    return ['villages-and-communities'];
  return [];
}

/** A clause's words before its number, without 其中 and marks: the kind's label. */
function clauseLabel(folded: string, from: number, to: number): string {
  return folded
    .slice(from, to)
    .replace(/[\s,:：、（）()]/g, '')
    .replace(/^其中/, '');
}

/**
 * The partitions the text states, each with its total (a figure the reader read), its parts as written
 * and whether the kinds stated are all the kinds of the family (then the parts must add up exactly).
 */
export function statedPartitions(
  folded: string,
  original: string,
  sentences: readonly Sentence[],
  figures: readonly AnnouncedFigure[],
): StatedPartition[] {
  // The numbers in text order, and the totals in text order: one pass pairs each with its number.
  const places: TokenPlace[] = [];
  sentences.forEach((sentence, s) =>
    sentence.clauses.forEach((clause, c) => {
      for (const token of clause.tokens) places.push({ sentence: s, clause: c, token });
    }),
  );
  const totals = figures
    .filter((figure) => familiesOf(figure).length > 0 && figure.origin.span !== undefined)
    .sort((a, b) => (a.origin.span?.[0] ?? 0) - (b.origin.span?.[0] ?? 0));
  const partitions: StatedPartition[] = [];
  let next = 0;
  for (const total of totals) {
    const [start, end] = total.origin.span ?? [0, 0];
    while (next < places.length && (places[next]?.token.span[0] ?? 0) < start) next++;
    let at = places[next];
    while (at && at.token.percent && at.token.span[1] <= end) at = places[++next];
    if (!at || at.token.span[1] > end) continue;
    const parts = partsAfter(folded, original, sentences, at, Math.max(at.token.end, end), familiesOf(total));
    if (parts) partitions.push({ total, ...parts });
  }
  return partitions;
}

function partsAfter(
  folded: string,
  original: string,
  sentences: readonly Sentence[],
  { sentence: sentenceIndex, clause: clauseIndex, token: totalToken }: TokenPlace,
  totalEnd: number,
  families: readonly Family[],
): Omit<StatedPartition, 'total'> | null {
  const sentence = sentences[sentenceIndex];
  const clause = sentence?.clauses[clauseIndex];
  if (!sentence || !clause) return null;
  // Nothing after the total in its clause: 19720231人，其中男… but not 19720231人的党员，…
  if (clause.tokens.some((token) => token.span[0] > totalToken.span[0])) return null;
  if (!/^[^\S\n]*$/.test(folded.slice(totalEnd, clause.end))) return null;
  // The clauses after it: the rest of its sentence, or, when nothing counted follows in it, the next
  // sentence of the same paragraph (or of the next line, when it starts with 其中).
  const following = sentences[sentenceIndex + 1];
  const clauses = function* () {
    yield* sentence.clauses.slice(clauseIndex + 1);
    // 其中 at the start of the next line still points back at the total.
    const pointsBack = /^\s*其中/.test(folded.slice(following?.start ?? 0, following?.end ?? 0));
    if (following && (!following.paragraphStart || pointsBack)) yield* following.clauses;
  };
  const parts: PartitionPart[] = [];
  let family: Family | null = null;
  const kinds = new Set<string>();
  for (const candidate of clauses()) {
    // The total's own share between it and its parts (参选率达90.5%): no other body.
    if (parts.length === 0 && candidate.tokens.length > 0 && candidate.tokens.every((t) => t.percent))
      continue;
    const [token, ...more] = candidate.tokens;
    if (!token && clauseLabel(folded, candidate.start, candidate.end) === '') continue;
    if (!token || more.length > 0 || token.percent || token.approximate || token.age || token.inExpression)
      break;
    // 村12个 or 12个村: a count of places names its kind before or after it.
    const before = clauseLabel(folded, candidate.start, token.span[0]);
    const label = before === '' ? clauseLabel(folded, token.end, candidate.end) : before;
    const kind = kindOf(label, family === null ? families : [family], token);
    if (!kind || kinds.has(kind.kind) || token.value.decimals !== 0) break;
    family = kind.family;
    kinds.add(kind.kind);
    const start = candidate.start + Math.max(0, folded.slice(candidate.start, token.span[0]).search(/\S/));
    parts.push({
      kind: kind.kind,
      value: token.value.digits,
      span: [start, token.end],
      text: original.slice(start, token.end),
    });
  }
  if (family === null || parts.length < 2) return null;
  const direct = parts.find((part) => part.kind === 'in person' && /直接/.test(part.text));
  const mobile = parts.some((part) => part.kind === 'mobile box');
  return {
    family,
    parts,
    complete: parts.length === KINDS[family].length,
    ...(direct && mobile ? { mayHold: { outer: 'in person', inner: 'mobile box' } } : {}),
  };
}

function kindOf(
  label: string,
  families: readonly Family[],
  token: NumberToken,
): { family: Family; kind: string } | null {
  for (const family of families) {
    const units = family === 'villages-and-communities' ? PLACE_UNITS : PEOPLE_UNITS;
    if (token.unit === null || !units.has(token.unit)) continue;
    for (const [kind, pattern] of KINDS[family]) if (pattern.test(label)) return { family, kind };
  }
  return null;
}
