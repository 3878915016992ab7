import type { AnnouncedFigure, GroupFigure, StatedPartition, PartitionPart } from './announced-figures.js';
import { bodiesPartitions } from './bodies-summed.js';
import { BREAKDOWN_HEADING } from './figure-words.js';
import { namedPlacePartitions } from './named-place-sums.js';
import { numberedGroupPartitions } from './numbered-group-sums.js';
import { outcomePartitions } from './places-elided.js';
import { pollingPlacePartitions } from './polling-place-sums.js';
import type { NumberToken } from './scan-numbers.js';
import type { Clause, Sentence } from './segment-text.js';
import { bodyKey, isAttributeLabel } from './summary-totals.js';
import { anyTokenAfter, enumerated, sentenceAndClauseAt } from './text-places.js';
import { pushAll } from '../model/long-lists.js';

/**
 * Totals whose stated parts provably make them up, so that their sum can be checked — the one place
 * where parts are added up (docs/announcement.md, “When two mentions are compared”): men and women of a
 * count of voters or of a group of people (选民19720231人，其中男94834人，女…; 共选出成员64名，其中男性48名，
 * 女性17名), re-elected and newly elected of a group (连任的39名，新当选的24名), the ways of voting of the
 * voters who cast a ballot (直接 or 现场, 委托, 流动票箱; 直接 may or may not count the mobile box),
 * villages and communities of a count of both. Each holds because every voter or member is a man or a
 * woman, re-elected or new, voted in one way only, and every place is a village or a community.
 *
 * One set of preconditions for all: the parts stand right after their total — in its sentence or the
 * next, with or without 其中, or after `X中，` naming it again — with nothing between but the total's own
 * share and, after 其中, attributes of the same people (党员, 35岁以下) that are not summed; each part's
 * label is its kind's word alone or with the total's own noun (女性, 女性成员 of 村委会成员; not 男性主任,
 * 男性候选人, 上届男性); the run ends at the first clause of another kind (a body among the parts, 村委会成员
 * 70人, whose halves the next parts may be). Kinds that may overlap (党员, 妇女, 大专以上, kinds of 代表) are
 * never summed.
 */

// The rows of a summary table's column are partitioned by the table itself (read-summary-table.ts), and
// age bands by the ages they cover (age-band-partitions.ts), and the ballots of polling stations and
// places by the places named (polling-place-sums.ts), a village's numbered groups by their numbers
// (numbered-group-sums.ts), a recall's ballots by what a ballot can be
// (recall-ballots.ts), the ballots an English sentence opens with by the people they went to
// (english-ballots-split.ts), a register's changes by their reasons (register-changes.ts), and the
// invalid ballots by the kinds listed right after them (kinds-of-invalid.ts), and the chair's ballot by what
// each ballot gave the post (chair-ballot-parts.ts), not by words of a kind.
type Family = Exclude<
  StatedPartition['family'],
  | 'table-column'
  | 'age-bands'
  | 'schooling-levels'
  | 'polling-stations'
  | 'numbered-groups'
  | 'named-places'
  | 'recall-ballots'
  | 'ballots-split'
  | 'kinds-of-invalid'
  | 'register-changes'
  | 'places-by-outcome'
  | 'bodies'
  | 'post-choices'
  | 'candidate-choices'
>;

/** The kinds of each family, each recognised by the whole label of its clause (after 其中). */
const KINDS: Readonly<Record<Family, readonly (readonly [string, RegExp])[]>> = {
  sex: [
    ['men', /^(?:男(?:性)?(?:选民)?(?:的)?(?:有|为|是)?|men|male)$/i],
    ['women', /^(?:女(?:性)?(?:选民)?(?:的)?(?:有|为|是)?|women|female)$/i],
  ],
  'ways-of-voting': [
    [
      'in person',
      // 中心会场及各投票站投票2315人: the venue and the stations are both voting in person.
      /^(?:直接|现场|到会|当场|在选举大会(?:会场|现场)?|(?:在)?(?:(?:中心|主)(?:投票)?会场(?:(?:及|和|与|、)(?:各)?(?:分会场|投票站|投票点))?|(?:各)?投票站))(?:参加)?(?:投票)?(?:选举)?(?:的)?(?:选民)?(?:有|为|是)?$/,
    ],
    ['by proxy', /^(?:委托(?:他人)?|由他人代为)(?:参加)?(?:投票)?(?:的)?(?:选民)?(?:有|为|是)?$/],
    ['mobile box', /^(?:用|通过|以)?流动(?:票箱|投票箱)(?:投票)?(?:的)?(?:选民)?(?:有|为|是)?$/],
  ],
  // 登记选民955人，其中户籍选民948人，非户籍选民7人: every voter on the register is registered as a
  // resident (户籍) of the place or not — the word and its negation, nothing else (外来人口 may not be all
  // of the others).
  residence: [
    ['registered here', /^(?:本(?:村|社区|居|网格))?户籍(?:登记)?(?:的)?(?:选民)?(?:有|为|是)?$/],
    ['not registered here', /^非(?:本(?:村|社区|居|网格))?户籍(?:登记)?(?:的)?(?:选民)?(?:有|为|是)?$/],
  ],
  tenure: [
    ['re-elected', /^(?:(?:连选连任|连任|留任)(?:的)?(?:有|为|是)?|re-?elected)$/i],
    ['newly elected', /^(?:(?:新当选|新进|新任)(?:的)?(?:有|为|是)?|newly elected|new)$/i],
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

const PEOPLE_UNITS = new Set([
  '人',
  '名',
  '位',
  'men',
  'women',
  'members',
  'people',
  'persons',
  'voters',
  'villagers',
]);
const PLACE_UNITS = new Set(['个']);

/** Which families a total can be split into, by what it counts. */
function familiesOf(total: AnnouncedFigure): readonly Family[] {
  if (total.kind === 'count' && total.contest === null) {
    if (total.meaning === 'cast') return ['sex', 'ways-of-voting'];
    if (total.meaning === 'registered') return ['sex', 'residence'];
  }
  // 236个村和社区中有230个完成换届，其中村187个、社区59个: the places of both kinds after a part of the
  // whole may be the whole's own (187 + 59 = 246, not 230), so a part of both kinds has no kinds read.
  if (
    total.kind === 'group' &&
    total.places === true &&
    /村/.test(total.label) &&
    /社区|居/.test(total.label) &&
    !(total.partOf !== null && /村/.test(total.partOf) && /社区|居/.test(total.partOf))
  )
    return ['villages-and-communities'];
  // A body of people stated as a total: not a part of another, not an attribute of people (党员900人
  // among the voters) unless it names a body (新当选的社区居委会班子成员共76人).
  if (
    total.kind === 'group' &&
    total.places !== true &&
    total.partOf === null &&
    (!isAttributeLabel(total.label) || /(?:成员|干部|班子|委员|代表|人员)$/.test(total.label))
  )
    return ['sex', 'tenure'];
  return [];
}

/** 全部完成换届, 均已完成换届选举, 都已按期完成: every place of the count said to have done it. */
const ALL_PLACES_DONE =
  /^[^\S\n]*(?:已经?)?(?:全部|均|都)(?:已经?)?(?:按期|顺利|依法)?完成(?:了)?(?:村（社区）|村\(社区\))?(?:“两委”|两委)?(?:换届|换届选举|选举)?(?:工作)?[^\S\n]*$/;

/**
 * The words after a total to its clause's end, read only as far as AFTER_TOTAL_REACH: what is read of them
 * is a short opening (a bracket, 中, 全部完成换届, `were elected`); beyond, a cut mark (`…`) so that nothing
 * read to the clause's end matches. Unbounded, one long clause would be read again for each total in it.
 */
function wordsAfterTotal(folded: string, from: number, clauseEnd: number): string {
  return clauseEnd - from > AFTER_TOTAL_REACH
    ? `${folded.slice(from, from + AFTER_TOTAL_REACH)}…`
    : folded.slice(from, clauseEnd);
}
const AFTER_TOTAL_REACH = 80;

/** A bracket opening with 其中 right after a total: its parts follow inside it. */
const BRACKETED_AMONG = /^[^\S\n]*[（(](?=其中)/;

/** An English part's kind after its verb: `1,098 are men`, `18 were women`. */
const KIND_AFTER_VERB = /^[^\S\n]+(?:are|were)[^\S\n]+(men|women)\b/i;

/** A count of voters in households (实际参加投票1376户): the ways of voting may be counted in 户 too. */
const countsHouseholds = (total: AnnouncedFigure): boolean =>
  total.kind === 'count' && /户\s*$/.test(total.origin.text);

/** A clause's words before its number, without 其中 and marks: the kind's label. */
function clauseLabel(folded: string, from: number, to: number): string {
  return (
    folded
      .slice(from, to)
      .replace(/^[\s,:：、]*(?:其中|including|of whom|of them|among them)/i, '')
      // 按性别分：男性选民851人: the breakdown's heading is no word of its first part.
      .replace(BREAKDOWN_HEADING, '')
      .replace(/[\s,:：、（）()]/g, '')
  );
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
    // A committee stated by its posts (主任1名，副主任1名，委员3名): its parts follow the last post.
    if (total.kind === 'group' && total.sumOf)
      for (let last = next; (places[last]?.token.span[1] ?? Infinity) <= end; last++) at = places[last];
    if (!at || at.token.span[1] > end) continue;
    const clause = sentences[at.sentence]?.clauses[at.clause];
    if (!clause) continue;
    const after = wordsAfterTotal(folded, Math.max(at.token.end, end), clause.end);
    // 1902人（其中委托投票86人，流动票箱投票120人）: parts in brackets opening with 其中 right after the total.
    const bracket = BRACKETED_AMONG.exec(after);
    const inner = bracket ? Math.max(at.token.end, end) + bracket[0].length : null;
    const opening: Clause | null =
      inner === null
        ? null
        : {
            start: inner,
            end: clause.end,
            tokens: clause.tokens.filter((token) => token.span[0] >= inner),
            colons: clause.colons.filter((colon) => colon >= inner),
          };
    if (!opening) {
      // Nothing after the total in its clause: 19720231人，其中男… but not 19720231人的党员，…
      if (anyTokenAfter(clause.tokens, at.token.span[0])) continue;
      // …成员58人 or 58 committee members were elected: nothing but its verb after it. 164个村（社区）中，
      // 村130个、社区34个: the villages and communities among all of them, 中 closing the total's clause.
      const among =
        /^[^\S\n]*中[^\S\n]*$/.test(after) && familiesOf(total).includes('villages-and-communities');
      // 236个村和社区全部完成换届，其中村187个、社区49个: all of them said to have done it, the 其中 still
      // parts the places whole.
      const allDone = ALL_PLACES_DONE.test(after) && familiesOf(total).includes('villages-and-communities');
      if (!among && !allDone && !/^[^\S\n]*(?:(?:were|was) elected[^\S\n]*)?$/i.test(after)) continue;
    }
    for (const parts of partsAfter(folded, original, sentences, at, familiesOf(total), total, opening))
      partitions.push({ total, ...parts });
  }
  for (const total of totals) {
    const before = partsBefore(folded, original, sentences, total) ?? placesBefore(folded, original, total);
    if (before) partitions.push({ total, ...before });
  }
  const summed = new Set(partitions.map((partition) => partition.total));
  const placeSums = pollingPlacePartitions(folded, original, sentences, figures, summed);
  // 其中中心会场812人、流动票箱392人: the places after the total, read as ways of voting too (in person, the
  // mobile box), are summed once, as places, which also tells when they are all of them.
  const asPlaces = (partition: StatedPartition) =>
    partition.family === 'ways-of-voting' &&
    placeSums.some(
      (place) =>
        place !== partition &&
        place.family === 'polling-stations' &&
        place.total === partition.total &&
        partition.parts.every((part) => place.parts.some((one) => one.span[1] === part.span[1])),
    );
  pushAll(partitions, placeSums);
  for (let index = partitions.length - 1; index >= 0; index--)
    if (asPlaces(partitions[index]!)) partitions.splice(index, 1);
  const summedSoFar = new Set(partitions.map((partition) => partition.total));
  pushAll(partitions, numberedGroupPartitions(folded, original, sentences, figures, summedSoFar));
  pushAll(
    partitions,
    namedPlacePartitions(
      folded,
      original,
      sentences,
      figures,
      new Set(partitions.map((partition) => partition.total)),
    ),
  );
  pushAll(
    partitions,
    outcomePartitions(
      folded,
      sentences,
      figures.filter((figure): figure is GroupFigure => figure.kind === 'group'),
      new Set(partitions.map((partition) => partition.total)),
    ),
  );
  pushAll(partitions, bodiesPartitions(figures));
  const taken = new Set(partitions.map((partition) => partition.parts[0]?.span[0]));
  pushAll(
    partitions,
    namedAgain(folded, original, sentences, figures).filter(
      (partition) => !taken.has(partition.parts[0]?.span[0]),
    ),
  );
  return partitions
    .filter((partition) => !countedInBoth(folded, partition))
    .sort((a, b) => (a.total.origin.span?.[0] ?? 0) - (b.total.origin.span?.[0] ?? 0));
}

/**
 * Villages and communities the text says are counted in both kinds (`村172个、社区41个，其中5个涉农社区同时
 * 统计为村`, 村改居社区重复计入, 既是村也是社区): the two counts overlap, so they are no partition of the whole
 * (213 of 208 is no error). Looked for after the last part, up to the end of its sentence (at most
 * COUNTED_IN_BOTH_REACH characters).
 */
function countedInBoth(folded: string, partition: StatedPartition): boolean {
  if (partition.family !== 'villages-and-communities') return false;
  const end = Math.max(...partition.parts.map((part) => part.span[1]));
  const rest = folded.slice(end, end + COUNTED_IN_BOTH_REACH);
  const stop = rest.search(/[。\n]/);
  return COUNTED_IN_BOTH.test(stop < 0 ? rest : rest.slice(0, stop));
}

const COUNTED_IN_BOTH_REACH = 60;
/** 同时统计为村, 重复计入, 两头统计, 既是社区也是村, 也计入村: one place counted as a village and a community. */
const COUNTED_IN_BOTH =
  /同时(?:统计|计入|计为|算作|列入)|重复(?:统计|计算|计入|计数)|两头(?:统计|计算)|既是[^，。；]{0,8}(?:也|又)是|[也均]计入(?:村|社区)/;

/**
 * `X中，` naming a group stated before (村主任中，连选连任的343人，新当选的91人): the parts right after it
 * are of that group, as the reader attached them (their `partOf`), and are summed as right after it.
 */
function namedAgain(
  folded: string,
  original: string,
  sentences: readonly Sentence[],
  figures: readonly AnnouncedFigure[],
): StatedPartition[] {
  const groupAt = new Map<number, GroupFigure>();
  for (const figure of figures)
    if (figure.kind === 'group' && figure.origin.span) groupAt.set(figure.origin.span[1], figure);
  const found: StatedPartition[] = [];
  sentences.forEach((sentence, s) =>
    sentence.clauses.forEach((clause, c) => {
      if (clause.tokens.length > 0 || !/中[\s:：]*$/.test(folded.slice(clause.start, clause.end))) return;
      const after = sentence.clauses[c + 1]?.tokens[0];
      const part = after ? groupAt.get(after.end) : undefined;
      if (!after || !part?.partOf || part.first !== true) return;
      const total = lastGroupBefore(figures, part.partOf, clause.start);
      if (!total || total.places === true) return;
      // X must name the total itself (村主任中 of 村（居）委主任), not a body or post among it
      // (村委会主任中 after 村委会成员64名: the halves are the chairs').
      const named = folded
        .slice(clause.start, clause.end)
        .replace(/[\s,，:：]/g, '')
        .replace(/^(?:其中|在)/, '')
        .replace(/中$/, '');
      if (bodyKey(named) !== bodyKey(total.label)) return;
      const at = { sentence: s, clause: c, token: after };
      for (const parts of partsAfter(folded, original, sentences, at, ['sex', 'tenure'], total))
        found.push({ total, ...parts });
    }),
  );
  return found;
}

function lastGroupBefore(
  figures: readonly AnnouncedFigure[],
  label: string,
  before: number,
): GroupFigure | undefined {
  let found: GroupFigure | undefined;
  for (const figure of figures)
    if (figure.kind === 'group' && figure.label === label && (figure.origin.span?.[1] ?? 0) <= before)
      found = figure;
  return found;
}

/** The parts stated right after a total (from the clause after `at`), one partition per family found. */
function partsAfter(
  folded: string,
  original: string,
  sentences: readonly Sentence[],
  at: TokenPlace,
  families: readonly Family[],
  total: AnnouncedFigure,
  opening: Clause | null = null,
): Omit<StatedPartition, 'total'>[] {
  const { sentence: sentenceIndex, clause: clauseIndex } = at;
  const sentence = sentences[sentenceIndex];
  if (!sentence) return [];
  // The clauses after it: the rest of its sentence, or, when nothing counted follows in it, the next
  // sentence of the same paragraph (or of the next line, when it starts with 其中).
  const following = sentences[sentenceIndex + 1];
  const clauses = function* () {
    // Parts in brackets after the total: from 其中 to the clause that closes the bracket, in its sentence.
    // The clauses are walked by index, never sliced: a copy of the rest of a sentence for each total made
    // a page-long sentence of many counts (a page pasted with no full stop) quadratic.
    if (opening) {
      for (let index = clauseIndex; index < sentence.clauses.length; index++) {
        const clause = index === clauseIndex ? opening : sentence.clauses[index];
        if (!clause) continue;
        for (const piece of enumerated(folded, clause)) {
          yield piece;
          if (/[）)]/.test(folded.slice(piece.start, piece.end))) return;
        }
      }
      return;
    }
    for (let index = clauseIndex + 1; index < sentence.clauses.length; index++) {
      const clause = sentence.clauses[index];
      if (clause) yield* enumerated(folded, clause);
    }
    // 其中 at the start of the next line still points back at the total.
    const pointsBack = /^\s*其中/.test(folded.slice(following?.start ?? 0, following?.end ?? 0));
    if (following && (!following.paragraphStart || pointsBack))
      for (const clause of following.clauses) yield* enumerated(folded, clause);
  };
  // The total's own noun, which a part may repeat (女性成员 of 村委会成员).
  const noun = total.kind === 'group' ? total.label : '';
  const found = new Map<Family, PartitionPart[]>();
  const kinds = new Set<string>();
  let marked = false;
  for (const candidate of clauses()) {
    // The share of the count before, between it and the next part (参选率达90.5%, 占3.5%、高中…29人).
    const leading = candidate.tokens.findIndex((t) => !t.percent);
    if (candidate.tokens.length > 0 && leading < 0) continue;
    const from = leading > 0 ? (candidate.tokens[leading - 1]?.end ?? candidate.start) : candidate.start;
    const [token, ...more] = candidate.tokens.slice(Math.max(leading, 0));
    const words = clauseLabel(folded, from, token?.span[0] ?? candidate.end);
    const among = /^\s*(?:[，,]\s*)?其中/.test(folded.slice(candidate.start, candidate.end));
    if (found.size === 0 && among) marked = true;
    // A second 其中 after a part (中心会场812人，流动票箱392人，其中委托投票31人) parts what stands before it,
    // not the total: the run ends there.
    if (among && kinds.size > 0) break;
    if (!token && words === '') continue;
    // A part's own share may follow it in its clause: 15 women (25.9%).
    if (
      !token ||
      !more.every((t) => t.percent) ||
      token.percent ||
      token.approximate ||
      token.age ||
      token.inExpression ||
      token.garbled
    )
      break;
    // 村12个 or 12个村: a count of places names its kind before or after it.
    // 15 women: in English the unit is the kind.
    const label =
      words !== ''
        ? words
        : clauseLabel(
            folded,
            /^[a-z]/i.test(token.unit ?? '') ? token.span[1] : token.end,
            more[0]?.span[0] ?? candidate.end,
          );
    // of whom 1,098 are men: in English a verb may stand between the count and its kind.
    const verbed = words === '' && token.unit === null ? KIND_AFTER_VERB.exec(folded.slice(token.end)) : null;
    const kind = verbed?.[1]
      ? kindOf(verbed[1], families, { ...token, unit: verbed[1].toLowerCase() }, noun)
      : kindOf(label, families, token, noun, countsHouseholds(total));
    if (!kind || kinds.has(kind.kind) || token.value.decimals !== 0) {
      // After 其中, an attribute of the same people (党员70人, 35岁以下的21人) stands between, not summed.
      if (
        !kind &&
        marked &&
        total.kind === 'group' &&
        isAttributeLabel(label) &&
        !/成员|干部|班子|代表|委员/.test(label)
      )
        continue;
      break;
    }
    kinds.add(kind.kind);
    const start = from + Math.max(0, folded.slice(from, token.span[0]).search(/[^\s、，,]/));
    const parts = found.get(kind.family) ?? [];
    found.set(kind.family, parts);
    parts.push({
      kind: kind.kind,
      value: token.value.digits,
      span: [start, token.end],
      text: original.slice(start, token.end),
    });
  }
  return [...found]
    .filter(([, parts]) => parts.length >= 2)
    .map(([family, parts]) => {
      const direct = parts.find((part) => part.kind === 'in person' && /直接/.test(part.text));
      const mobile = parts.some((part) => part.kind === 'mobile box');
      return {
        family,
        parts,
        complete: parts.length === KINDS[family].length,
        ...(direct && mobile ? { mayHold: { outer: 'in person', inner: 'mobile box' } } : {}),
      };
    });
}

/**
 * The ways of voting stated before their total, in the clauses right before it in its sentence
 * (中心会场投票812人，流动票箱投票96人，委托投票58人，合计参加投票966人): the total must say it sums them
 * (合计, 共计, 总计, 共), and each clause hold one count of people of a kind not stated yet.
 */
function partsBefore(
  folded: string,
  original: string,
  sentences: readonly Sentence[],
  total: AnnouncedFigure,
): Omit<StatedPartition, 'total'> | null {
  if (total.kind !== 'count' || total.meaning !== 'cast' || total.contest !== null) return null;
  const [start] = total.origin.span ?? [0, 0];
  const { sentence, clause: at } = sentenceAndClauseAt(sentences, start);
  const clause = sentence?.clauses[at];
  if (!sentence || !clause) return null;
  const first = clause.tokens[0];
  if (!first || !SUMS_BEFORE.test(folded.slice(clause.start, first.span[0]))) return null;
  const parts: PartitionPart[] = [];
  const kinds = new Set<string>();
  for (let index = at - 1; index >= 0; index--) {
    const candidate = sentence.clauses[index];
    const [token, ...more] = candidate?.tokens ?? [];
    if (!candidate || !token || more.length > 0 || token.percent || token.value.decimals !== 0) break;
    if (token.approximate || token.age || token.inExpression || token.garbled) break;
    // 选举日中心会场投票812人: the day of the election names no kind.
    const label = clauseLabel(folded, candidate.start, token.span[0]).replace(ELECTION_DAY, '');
    const kind = kindOf(label, ['ways-of-voting'], token, '', countsHouseholds(total));
    if (!kind || kinds.has(kind.kind)) break;
    kinds.add(kind.kind);
    const from =
      candidate.start + Math.max(0, folded.slice(candidate.start, token.span[0]).search(/[^\s、，,]/));
    parts.unshift({
      kind: kind.kind,
      value: token.value.digits,
      span: [from, token.end],
      text: original.slice(from, token.end),
    });
  }
  if (parts.length < 2) return null;
  return {
    family: 'ways-of-voting',
    parts,
    complete: parts.length === KINDS['ways-of-voting'].length,
  };
}

/**
 * Villages and communities counted right before the count of both that sums them (`辖15个村、3个社区，共18个
 * 村（社区）`): 共 (合计, 共计, 总计) must open the total, and the two counts, each in 个 with its noun right
 * after it, stand next to each other with only 、 ， 和 between them.
 */
function placesBefore(
  folded: string,
  original: string,
  total: AnnouncedFigure,
): Omit<StatedPartition, 'total'> | null {
  if (total.kind !== 'group' || total.places !== true) return null;
  const [start, end] = total.origin.span ?? [0, 0];
  const from = Math.max(0, start - PLACES_BEFORE_REACH);
  const window = folded.slice(from, end);
  const countFirst = TWO_KINDS_THEN_SUM.exec(window);
  // 村1,204个、社区216个，共: each noun before its count; the groups as (count, noun) either way.
  const nounFirst = countFirst ? null : NOUNS_FIRST_THEN_SUM.exec(window);
  const matched = countFirst ?? nounFirst;
  const [first, firstNoun, second, secondNoun] = nounFirst
    ? [nounFirst[2], nounFirst[1], nounFirst[4], nounFirst[3]]
    : [countFirst?.[1], countFirst?.[2], countFirst?.[3], countFirst?.[4]];
  if (
    !matched ||
    first === undefined ||
    second === undefined ||
    firstNoun === undefined ||
    secondNoun === undefined
  )
    return null;
  const found = { index: matched.index, 0: matched[0] };
  // The sum mark opens the total's own words: 共18个村（社区）, 共有18个.
  const rest = window.slice(found.index + found[0].length);
  if (!/^(?:有|为)?\d/.test(rest) || from + found.index + found[0].length < start) return null;
  const firstAt = nounFirst
    ? from + nounFirst.index + firstNoun.length
    : from + found.index + found[0].indexOf(first);
  const secondAt = nounFirst
    ? firstAt + first.length + 2 + secondNoun.length
    : from + found.index + found[0].indexOf(second, found[0].indexOf(firstNoun) + firstNoun.length);
  // The first count's words run from its clause's start (平川镇辖15个村), as the reader read its figure.
  const clauseStart =
    from +
    Math.max(0, ...[...'，,；;。\n、'].map((mark) => window.lastIndexOf(mark, firstAt - from - 1) + 1));
  const part = (at: number, digits: string, noun: string, opens = at): PartitionPart => {
    const end = nounFirst ? at + digits.length + 1 : at + digits.length + 1 + noun.length;
    return {
      kind: /社区/.test(noun) ? 'communities' : 'villages',
      value: BigInt(digits.replace(/,/g, '')),
      span: [opens, end],
      text: original.slice(opens, end),
    };
  };
  const parts = [
    part(firstAt, first, firstNoun, clauseStart),
    part(secondAt, second, secondNoun, nounFirst ? secondAt - secondNoun.length : secondAt),
  ];
  if (parts[0]?.kind === parts[1]?.kind) return null;
  return { family: 'villages-and-communities', parts, complete: true };
}

const PLACES_BEFORE_REACH = 48;
/** A count of places in digits, grouped by thousands or not (1,204, 216). */
const PLACE_DIGITS = String.raw`(\d{1,3}(?:,\d{3})+|\d{1,6})(?![\d,])`;
/** 村1,204个、社区216个，共: each noun before its count (not 涉农社区: the noun opens its clause or follows 全县, 辖). */
const NOUNS_FIRST_THEN_SUM = new RegExp(
  String.raw`(?<=^|[、，,；;：:\s辖有县镇乡市区省])((?:行政)?村|(?:城市)?社区)${PLACE_DIGITS}个[、，,和及与]((?:行政)?村|(?:城市)?社区)${PLACE_DIGITS}个[，,]?(?:合计|共计|总计|共)`,
);
/** 15个村、3个社区，共 (or 3个社区和15个行政村，合计): two counts of places of each kind, then the mark of their sum. */
const TWO_KINDS_THEN_SUM =
  /(?<![\d.])(\d{1,6})个((?:行政)?村(?![（(民委代])|(?:城市)?社区)[、，,和及与](\d{1,6})个((?:行政)?村(?![（(民委代])|(?:城市)?社区)[，,]?(?:合计|共计|总计|共)/;

// 选举日中心会场投票812人, 投票方式：中心会场…: the day or the heading names no kind.
const ELECTION_DAY = /^(?:选举日|选举当日|选举当天|当日|当天|投票方式|投票情况)/;
/** Words that open a total summing what was stated before it: 合计参加投票, 共1256人参加投票. */
const SUMS_BEFORE = /^[\s,，、]*(?:合计|共计|总计|共)/;

function kindOf(
  label: string,
  families: readonly Family[],
  token: NumberToken,
  noun: string,
  households = false,
): { family: Family; kind: string } | null {
  for (const family of families) {
    const units = family === 'villages-and-communities' ? PLACE_UNITS : PEOPLE_UNITS;
    // 实际参加投票1376户，其中现场投票1288户: households that voted, each one way, by a total in 户.
    const inHouseholds = households && family === 'ways-of-voting' && token.unit === '户';
    if (!inHouseholds && (token.unit === null || !units.has(token.unit))) continue;
    for (const [kind, pattern] of KINDS[family])
      if (pattern.test(ofTotal(label, noun))) return { family, kind };
  }
  return null;
}

/**
 * A part's label with the total's own noun cut from its end (女性成员 of 村委会成员 → 女性): what is left
 * must be the kind's word alone. 男性主任 keeps 主任 (a body of chairs, not all the men).
 */
function ofTotal(label: string, noun: string): string {
  const bare = label.replace(/(?:有|为|是)$/, '').replace(/的$/, '');
  for (let cut = 1; cut < bare.length; cut++) {
    const tail = bare.slice(cut);
    if (
      noun.endsWith(tail) &&
      /^[男女]性?$|^(?:连选连任|连任|留任|新当选|新进|新任)的?$/.test(bare.slice(0, cut))
    )
      return bare.slice(0, cut).replace(/的$/, '');
  }
  return label;
}
