import {
  partHolds,
  type AnnouncedFigure,
  type CountFigure,
  type PartitionPart,
  type PlaceBallotAccount,
  type StatedPartition,
  type UnreadFigure,
} from './announced-figures.js';
import { digitsValue, parseArabicNumber, parseChineseNumber, wholeNumber } from './parse-number.js';
import type { NumberToken } from './scan-numbers.js';
import type { Clause, Sentence } from './segment-text.js';
import {
  anyTokenAfter,
  enumerated,
  firstTokenFrom,
  indexHolding,
  lineStartAt,
  sentenceAndClauseAt,
  SpansReaching,
  tokensFrom,
  tokensStartingIn,
} from './text-places.js';
import { maxOf, pushAll } from '../model/long-lists.js';
import { boxListsUnderHeading, OTHER_WAYS_OF_VOTING } from './box-list-heading.js';

/** Where the notice states the whole's registered voters (no contest's). */
function registeredSpans(figures: readonly AnnouncedFigure[]): SpansReaching {
  return new SpansReaching(
    figures.flatMap((figure) =>
      figure.kind === 'count' &&
      figure.meaning === 'registered' &&
      figure.contest === null &&
      figure.origin.span
        ? [figure.origin.span]
        : [],
    ),
  );
}

/**
 * The counts of the polling places (中心会场, 分会场, 第N投票站, 流动票箱) summed by the total that follows
 * them (合计, 共计, 总计): each voter votes, and each ballot is issued and returned, at one place. Two
 * shapes, both read only where plain: the places one after another in the total's own sentence, or on
 * lines of their own right before it. Each place is named once, and nothing else stands between.
 */
export function pollingPlacePartitions(
  folded: string,
  original: string,
  sentences: readonly Sentence[],
  figures: readonly AnnouncedFigure[],
  taken: ReadonlySet<AnnouncedFigure>,
): StatedPartition[] {
  const partitions: StatedPartition[] = [];
  // Proxies or voters counted apart anywhere in the notice (委托投票20人, 另有…), looked for once.
  const votersApart = OTHER_WAYS_OF_VOTING.test(folded);
  const registered = registeredSpans(figures);
  for (const total of figures) {
    if (!total.origin.span) continue;
    // A total whose ways of voting were summed (中心会场812人，流动票箱392人 read as in person and the mobile
    // box) may still have its places summed after it: the places replace that reading (stated-partitions.ts).
    // A total after its places that says it holds more than them (共收回选票2200张（含委托投票46张）) sums
    // none of them; the places listed after a total's 其中 are its parts (stationsAfter).
    const before =
      taken.has(total) || holdsMore(folded, total)
        ? null
        : stationsBefore(folded, original, sentences, total, registered);
    const parts: PlacesSummed | null =
      before ?? stationsAfter(folded, original, sentences, total, votersApart);
    if (!parts) continue;
    const { invalid, ...partition } = parts;
    partitions.push({ total, ...partition });
    const invalidTotal = invalid ? invalidAfter(sentences, figures, total) : null;
    if (invalid && invalidTotal)
      partitions.push({ family: 'polling-stations', total: invalidTotal, parts: invalid, complete: true });
  }
  const summed = new Set([...taken, ...partitions.map((partition) => partition.total)]);
  pushAll(
    partitions,
    venueBallotPartitions(folded, original, sentences, figures).filter(
      (partition) => !summed.has(partition.total),
    ),
  );
  for (const partition of partitions) summed.add(partition.total);
  pushAll(
    partitions,
    boxBallotsAfter(folded, original, sentences, figures).filter((partition) => !summed.has(partition.total)),
  );
  for (const partition of partitions) summed.add(partition.total);
  // 中心会场参加投票612人，流动票箱参加投票489人，合计1,101人；另有委托投票87人: the places' own 合计, the proxies beside.
  // A bare 合计 summing the places listed before it, where no read total there sums them already.
  const summedSpans = partitions.flatMap((partition) =>
    partition.total.origin.span ? [partition.total.origin.span] : [],
  );
  const overlapsSummed = ([start, end]: readonly [number, number]): boolean =>
    summedSpans.some(([from, to]) => from < end && start < to);
  pushAll(
    partitions,
    placesTotalBesideProxies(folded, original, sentences, figures).filter(
      (partition) => !partition.total.origin.span || !overlapsSummed(partition.total.origin.span),
    ),
  );
  // 第一村民小组：登记选民312人，参加投票268人； … 全村共有1,567人参加投票: the groups' voters, when their
  // registered voters are every one of the whole's.
  pushAll(
    partitions,
    groupVotersBefore(folded, original, figures, votersApart).filter(
      (partition) => !summed.has(partition.total),
    ),
  );
  // 各投票箱收回选票：第1网格512张，…，合计3391张: the boxes under a heading that names their ballots.
  pushAll(
    partitions,
    boxListsUnderHeading(folded, original, sentences, figures).filter(
      (partition) => !summed.has(partition.total),
    ),
  );
  return partitions;
}

/**
 * Words right after a total that set a part within it (共收回选票2200张（含委托投票46张）, `，其中委托投票46张`,
 * `（包括…）`): the total may hold ballots cast in no place listed before it (by proxy, at a home), so
 * those places' sum is no check of it. Its own valid or invalid ballots (`（其中无效票18张）`, `，其中有效票…`) are none.
 */
const HOLDS_MORE = /^[张人票]?[^\S\n]*(?:[（(]|[,，][^\S\n]*)(?:含|包括|包含|其中(?!(?:有效|无效|废)))/;

/** Whether the words right after a total set a part within it that is not its valid or invalid ballots. */
function holdsMore(folded: string, total: AnnouncedFigure): boolean {
  const end = total.origin.span?.[1];
  return end !== undefined && HOLDS_MORE.test(folded.slice(end, end + 12));
}

/** The places' counts a total sums, and each box's invalid ballots in brackets where every box states them. */
type PlacesSummed = Omit<StatedPartition, 'total'> & { readonly invalid?: readonly PartitionPart[] };

/**
 * A box's invalid ballots in brackets right after its ballots returned (收回选票688张（其中无效票5张）): a part
 * of that box's ballots, its own. The bracket's words before its count; after it, only 张 and the close.
 */
const BOX_INVALID_OPEN = /^[^\S\n]*[（(]其中(?:无效(?:选)?票|废票)(?:为|有)?$/;
const BOX_INVALID_CLOSE = /^张?[)）]/;

/**
 * The count in brackets after a box's ballots returned that is the box's invalid ballots (其中无效票5张),
 * or null: the bracket opens right after the returned count, names the invalid ballots alone, and closes
 * right after its one count.
 */
function boxInvalid(folded: string, returned: NumberToken, inner: NumberToken): NumberToken | null {
  if (!isBallotCount(inner) || !isBallotCount(returned)) return null;
  if (!BOX_INVALID_OPEN.test(folded.slice(returned.end, inner.span[0]))) return null;
  return BOX_INVALID_CLOSE.test(folded.slice(inner.span[1], inner.span[1] + 2)) ? inner : null;
}

/** A box's invalid ballots as a term of the whole's: the box named, then the bracket's words (第一网格投票箱…其中无效票5张). */
function boxInvalidPart(
  folded: string,
  original: string,
  place: string,
  returned: NumberToken,
  inner: NumberToken,
): PartitionPart {
  const from = returned.end + Math.max(0, folded.slice(returned.end, inner.span[0]).indexOf('其中'));
  const part = placePart(original, place, inner, from);
  return { ...part, text: `${place}…${part.text}` };
}

/**
 * The whole election's invalid ballots stated after the boxes' ballots returned are summed
 * (共收回选票2002张，有效票1987张，无效票15张): the one count of invalid ballots of the whole election in the
 * total's sentence after it. Null when none, or more than one.
 */
function invalidAfter(
  sentences: readonly Sentence[],
  figures: readonly AnnouncedFigure[],
  total: AnnouncedFigure,
): AnnouncedFigure | null {
  const [, end] = total.origin.span ?? [0, 0];
  const sentence = sentences[indexHolding(sentences, end - 1)];
  if (!sentence) return null;
  const found = figures.filter(
    (figure) =>
      figure.kind === 'count' &&
      figure.meaning === 'invalid' &&
      figure.contest === null &&
      !figure.scope &&
      figure.origin.span !== undefined &&
      figure.origin.span[0] >= end &&
      figure.origin.span[1] <= sentence.end,
  );
  return found.length === 1 ? found[0]! : null;
}

/**
 * The polling stations' counts stated one after another, then their sum (第一投票站参加投票1315人，第二投票站
 * 参加投票742人，流动票箱参加投票97人，合计参加投票2154人): each voter votes at one station or box, and
 * 合计 says the total is of the stations listed, so they must add up to it exactly. Each clause before
 * the total must hold one count of a station not named yet, with the total's own verb (参加投票, 发出,
 * 收回); a clause naming no station ends the list. Null when there are not two such stations, or when a
 * station is named twice or counted otherwise (the list is then not the one the total sums).
 */
function stationsBefore(
  folded: string,
  original: string,
  sentences: readonly Sentence[],
  total: AnnouncedFigure,
  registered: SpansReaching,
): PlacesSummed | null {
  if (total.kind !== 'count' || total.contest !== null) return null;
  const verb = VERBS[total.meaning];
  if (!verb) return null;
  const [start] = total.origin.span ?? [0, 0];
  const { sentence, clause: at } = sentenceAndClauseAt(sentences, start);
  const clause = sentence?.clauses[at];
  const first = clause?.tokens[0];
  if (!sentence || !clause || !first) return null;
  const opening = folded.slice(clause.start, first.span[0]).replace(/\s/g, '');
  // The voters named after their count (共有2081名选民参加投票, 合计1401人参加投票): the verb follows it.
  const votedAfter =
    total.meaning === 'cast' &&
    VOTED_AFTER.test(
      folded.slice(first.span[1], Math.min(clause.end, first.span[1] + VOTED_AFTER_REACH)).replace(/\s/g, ''),
    );
  const summing =
    new RegExp(String.raw`^[,，、]*(?:合计|共计|总计)${verb.source}`).test(opening) ||
    (votedAfter && /^[,，、]*(?:合计|共计|总计)有?$/.test(opening));
  const shared =
    new RegExp(String.raw`^[,，、]*共${verb.source}`).test(opening) ||
    (votedAfter && /^[,，、]*共有?$/.test(opening));
  if (!summing && !shared) return null;
  const parts: PartitionPart[] = [];
  // Each box's invalid ballots in brackets after its ballots returned (收回选票688张（其中无效票5张）).
  const invalid: PartitionPart[] = [];
  const named = new Set<string>();
  for (let index = at - 1; index >= 0; index--) {
    const candidate = sentence.clauses[index];
    if (!candidate) break;
    const [token, ...rest] = candidate.tokens;
    const inner =
      total.meaning === 'returned' && token && rest.length === 1 && rest[0]
        ? boxInvalid(folded, token, rest[0])
        : null;
    const more = inner ? [] : rest;
    const label = folded.slice(candidate.start, token?.span[0] ?? candidate.end).replace(/[\s,，、；;]/g, '');
    const station = STATION.exec(label);
    // A station's own 其中 (第一投票站参加投票688人，其中委托投票12人；第二投票站…): a part of the station
    // named in the clause right before it, counted in it, naming no place and nothing else: the list
    // goes on before it. The station's clause must be next, or nothing is summed; only under 合计, 共计 or
    // 总计, which say the total is of the stations listed (a bare 共 is the whole's, summed only where the
    // stations are certainly all, and a list broken so is not read as all).
    if (!station && summing && ownPartOfStation(folded, sentence.clauses[index - 1], candidate, label, first))
      continue;
    // The list starts after a clause that names no station (各投票站投票情况如下) — and counts none in the
    // total's unit: 委托投票100人 before the stations may be among what 合计 sums. The registered voters
    // (登记选民2300人) are never among the votes or ballots summed: they end the list too.
    if (!station?.[1]) {
      if (
        candidate.tokens.some((one) => one.unit === first.unit && !registered.some(one.span[0], one.span[1]))
      )
        return null;
      break;
    }
    // A station named twice, counted in another way or with another verb: the stations are not
    // listed as the total sums them, and nothing is summed.
    const plain =
      token !== undefined &&
      more.length === 0 &&
      !token.percent &&
      token.value.decimals === 0 &&
      !token.approximate &&
      !token.age &&
      !token.inExpression &&
      !token.garbled &&
      sameUnit(token.unit, first.unit) &&
      !named.has(station[1]) &&
      new RegExp(String.raw`^[：:]?${verb.source}(?:的?选民|人数|数)?(?:有|为|是)?$`).test(
        label.slice(station[0].length),
      );
    if (!plain || !token) return null;
    // Nothing after the bracket in the box's clause.
    if (
      inner &&
      !/^张?[)）][^\S\n]*$/.test(folded.slice(inner.span[1], candidate.end).replace(/[,，、；;]/g, ''))
    )
      return null;
    named.add(station[1]);
    parts.unshift(placePart(original, station[1], token, firstWordAt(folded, candidate.start, token)));
    if (inner) invalid.unshift(boxInvalidPart(folded, original, station[1], token, inner));
  }
  if (parts.length < 2) return null;
  if (
    !summing &&
    !allPlacesListed(
      folded,
      parts.map((part) => part.kind),
    )
  )
    return null;
  // The boxes' invalid ballots are summed only where every box states its own.
  return {
    family: 'polling-stations',
    parts,
    complete: true,
    ...(invalid.length === parts.length ? { invalid } : {}),
  };
}

/** 其中委托投票12人, 其中流动投票8人: a kind of voting, no place, in the total's unit, after 其中. */
const OWN_PART = /^其中(?:委托投票|委托|代投|流动投票|流动票箱外投票)?(?:的?选民|人数)?(?:有|为)?$/;

/**
 * Whether a clause opening with 其中 is the own part of the station stated in the clause right before it:
 * its words name a way of voting and no place, it holds one plain count in the total's unit, no more
 * than the station's count, and the clause before names a station with one count of that unit.
 */
function ownPartOfStation(
  folded: string,
  before: Clause | undefined,
  clause: Clause,
  label: string,
  first: NumberToken,
): boolean {
  const [token, ...rest] = clause.tokens;
  if (!before || !token || rest.length > 0 || !OWN_PART.test(label)) return false;
  if (!sameUnit(token.unit, first.unit) || token.percent || token.value.decimals !== 0 || token.approximate)
    return false;
  if (folded.slice(token.span[1], clause.end).replace(/[\s,，、；;人名]/g, '') !== '') return false;
  const [own, ...more] = before.tokens;
  if (!own || more.length > 0 || !sameUnit(own.unit, first.unit)) return false;
  const stationLabel = folded.slice(before.start, own.span[0]).replace(/[\s,，、；;]/g, '');
  return STATION.test(stationLabel) && token.value.digits <= own.value.digits;
}

/**
 * The polling places' counts after their total, opened by 其中 (实际参加投票选民1301人，其中第一投票站688人，
 * 第二投票站540人，流动票箱73人，参选率52.3%; 共有1204名选民参加投票，其中中心会场812人、分会场298人、流动票箱94人),
 * in the next sentence when it opens with 其中 and only the total's share stands between
 * (参加投票1968人，参选率90.28%。其中中心会场投票1102人，…), or in a bracket right after the total
 * (参加投票的选民1204人（中心会场812人，流动票箱392人）), or after the election declared valid (参选率90.00%，
 * 选举有效。其中：第1投票站投票412人，…; then only with the total's verb in every piece): each voter voted at one place, so the places listed
 * are no more than the total, and exactly the total where the list runs to the end of its sentence (or
 * bracket) and the places are certainly all the places (allPlacesListed), and, for voters, the notice speaks
 * nowhere of proxies or voters counted apart (OTHER_WAYS_OF_VOTING). Each piece from 其中 (or the
 * bracket) on, cut at commas and at 、 after a count, holds one plain count of a place not named yet, in
 * the total's unit, with the total's verb or none; the list ends at the first piece naming no place.
 * Null when fewer than two places, or when a place is named twice or counted otherwise.
 */
function stationsAfter(
  folded: string,
  original: string,
  sentences: readonly Sentence[],
  total: AnnouncedFigure,
  votersApart: boolean,
): Omit<StatedPartition, 'total'> | null {
  if (total.kind !== 'count' || total.contest !== null) return null;
  const verb = VERBS[total.meaning];
  if (!verb) return null;
  const [start, end] = total.origin.span ?? [0, 0];
  const { sentence, clause: at } = sentenceAndClauseAt(sentences, start);
  const clause = sentence?.clauses[at];
  const own = clause && firstTokenFrom(clause.tokens, start);
  if (!sentence || !clause || !own || own.span[1] > end) return null;
  const list = listAfter(folded, sentences, sentence, at, Math.max(own.end, end));
  if (!list) return null;
  const parts: PartitionPart[] = [];
  const named = new Set<string>();
  let ended = false;
  for (const [index, piece] of list.pieces.entries()) {
    const [token, ...more] = piece.tokens;
    let label = folded.slice(piece.start, token?.span[0] ?? piece.end).replace(/[\s,，、；;]/g, '');
    if (index === 0) label = label.replace(/^[（(]/, '').replace(/^其中[：:]?/, '');
    const station = STATION.exec(label);
    if (!station?.[1]) {
      ended = true;
      break;
    }
    const plain =
      token !== undefined &&
      more.length === 0 &&
      isPlainCount(token) &&
      sameUnit(token.unit, own.unit) &&
      !named.has(station[1]) &&
      new RegExp(
        String.raw`^(?:${verb.source})${list.far ? '' : '?'}(?:的?选民)?(?:人数|数)?(?:有|为|是)?$`,
      ).test(label.slice(station[0].length)) &&
      // Nothing after the count but the bracket's close, where the list is in brackets.
      /^[^\S\n]*(?:[）)][^\S\n]*)?$/.test(folded.slice(token.end, piece.end));
    if (!plain || !token) return null;
    named.add(station[1]);
    const from = piece.start + folded.slice(piece.start).indexOf(station[1]);
    parts.push(placePart(original, station[1], token, from));
  }
  if (parts.length < 2) return null;
  const names = parts.map((part) => part.kind);
  // A bracket right after the total with no 其中 (参加投票的选民1204人（中心会场812人，流动票箱392人）) breaks the
  // total down; after 其中 the places are among it, and are all of it only where they are enumerated.
  const opening = list.pieces[0] ? folded.slice(list.pieces[0].start, list.pieces[0].end) : '';
  const breakdown = /^[\s,，、；;]*[（(](?!其中)/.test(opening);
  return {
    family: 'polling-stations',
    parts,
    // Proxies or voters counted apart anywhere in the notice (委托投票20人, 另有…) may have voted at no place
    // listed: the places' voters are then held to no more than the voters.
    complete:
      !ended &&
      !(total.meaning === 'cast' && votersApart) &&
      allPlacesListed(folded, names) &&
      (breakdown || placesEnumerated(folded, names)),
  };
}

/**
 * The ballots of each polling place listed after 其中 once the whole's ballots are stated, in the clauses
 * before 其中 in its sentence or, where 其中 opens the sentence, in the sentence before
 * (共发出选票1620张，收回选票1598张，有效票1590张，无效票8张。其中中心会场收回1102张，第一分会场收回321张，
 * 流动票箱收回175张; 其中中心会场发出1110张、收回1102张，…): every ballot is issued and returned at one place,
 * so each measure's places come to no more than its total, and exactly to it where the list runs to the
 * end of its sentence and the places are certainly all the places (allPlacesListed). Read only where
 * plain: each place named once, opening its piece, and each of its counts a whole count of ballots with
 * its measure's word before it (发出, 发放, 收回, 回收) and nothing after it; every place states the same
 * measures, each once; each measure stated has exactly one count of the whole election before 其中.
 * The list ends at the first piece that is neither a place nor its next measure. Null otherwise.
 */
function boxBallotsAfter(
  folded: string,
  original: string,
  sentences: readonly Sentence[],
  figures: readonly AnnouncedFigure[],
): StatedPartition[] {
  const result: StatedPartition[] = [];
  for (const [s, sentence] of sentences.entries()) {
    for (const [c, clause] of sentence.clauses.entries()) {
      const opening = /^[\s,，;；]*其中[：:]?[^\S\n]*/.exec(folded.slice(clause.start, clause.end));
      if (!opening || !STATION.test(folded.slice(clause.start + opening[0].length, clause.end))) continue;
      // Where the totals stand: the clauses before 其中, or the sentence before where 其中 opens this one.
      const holder = c > 0 ? sentence : sentences[s - 1];
      if (!holder) continue;
      const [from, to] = c > 0 ? [sentence.start, clause.start] : [holder.start, holder.end];
      const totals = new Map<'issued' | 'returned', AnnouncedFigure[]>();
      for (const figure of figures) {
        const span = figure.origin.span;
        if (figure.kind !== 'count' || !span || span[0] < from || span[1] > to) continue;
        if (figure.meaning !== 'issued' && figure.meaning !== 'returned') continue;
        totals.set(figure.meaning, [...(totals.get(figure.meaning) ?? []), figure]);
      }
      const found = boxList(folded, original, sentence, c, clause.start + opening[0].length);
      if (!found) continue;
      const kinds = [...found.byKind.keys()];
      const own = kinds.map((kind) => totals.get(kind));
      // Each measure the places state has one plain total of the whole election.
      if (
        own.some(
          (list) =>
            list?.length !== 1 ||
            list[0]!.kind !== 'count' ||
            list[0]!.contest !== null ||
            list[0]!.scope !== undefined ||
            list[0]!.setting !== undefined,
        )
      )
        continue;
      const complete =
        !found.ended && allPlacesListed(folded, found.names) && placesEnumerated(folded, found.names);
      for (const [index, kind] of kinds.entries())
        result.push({
          family: 'polling-stations',
          total: own[index]![0]!,
          parts: found.byKind.get(kind)!,
          complete,
        });
    }
  }
  return result;
}

/**
 * The places and their counts of each measure, from `start` (past 其中) in clause `at` to the end of the
 * sentence, cut at commas and at 、 after a count. Null when a place is named twice, a count is not plain,
 * or the places do not all state the same measures.
 */
function boxList(
  folded: string,
  original: string,
  sentence: Sentence,
  at: number,
  start: number,
): {
  readonly names: readonly string[];
  readonly byKind: ReadonlyMap<'issued' | 'returned', PartitionPart[]>;
  readonly ended: boolean;
} | null {
  const first = sentence.clauses[at]!;
  const pieces: Clause[] = [];
  for (let index = at; index < sentence.clauses.length; index++) {
    const clause = index === at ? { ...first, start } : sentence.clauses[index]!;
    pieces.push(...enumerated(folded, clause));
  }
  const names: string[] = [];
  const kindsOf: Set<'issued' | 'returned'>[] = [];
  const byKind = new Map<'issued' | 'returned', PartitionPart[]>();
  let ended = false;
  for (const piece of pieces) {
    const [token, ...more] = piece.tokens;
    const lead = piece.start + (/^[\s,，、;；]*/.exec(folded.slice(piece.start, piece.end))?.[0].length ?? 0);
    let label = folded.slice(lead, token?.span[0] ?? piece.end).replace(/\s/g, '');
    const station = STATION.exec(label);
    if (station?.[1]) {
      if (names.includes(station[1])) return null;
      names.push(station[1]);
      kindsOf.push(new Set());
      label = label.slice(station[0].length).replace(/^[：:]/, '');
    } else if (names.length === 0 || !token) {
      ended = true;
      break;
    }
    const kind = BOX_KIND.issued.test(label) ? 'issued' : BOX_KIND.returned.test(label) ? 'returned' : null;
    if (kind === null) {
      // A piece naming neither a place nor a measure ends the list (有效票1590张); a place with other words
      // (流动票箱未使用, 中心会场投票1102人) or a measure stated twice for one place reads nothing.
      if (station?.[1]) return null;
      ended = true;
      break;
    }
    const stated = kindsOf[kindsOf.length - 1]!;
    if (!token || more.length > 0 || !isBallotCount(token) || stated.has(kind)) return null;
    // Nothing after the count in its piece.
    if (!/^[^\S\n]*(?:[;；。.][^\S\n]*)?$/.test(folded.slice(token.end, piece.end))) return null;
    stated.add(kind);
    const place = names[names.length - 1]!;
    const part = placePart(original, place, token, lead);
    byKind.set(kind, [
      ...(byKind.get(kind) ?? []),
      station?.[1] ? part : { ...part, text: `${place}…${part.text}` },
    ]);
  }
  if (names.length < 2) return null;
  const kinds = kindsOf[0]!;
  if (
    kinds.size === 0 ||
    kindsOf.some((one) => one.size !== kinds.size || [...one].some((k) => !kinds.has(k)))
  )
    return null;
  return { names, byKind, ended };
}

/**
 * The pieces a list of places after a total may stand in: from a bracket right after the total to the
 * clause that closes it (the rest of the total's sentence must then be empty); or, after the total's
 * clause (and its share, 参选率90.28%), from a clause opening with 其中 to the end of the sentence — in the
 * next sentence when the total's ends first and the next opens with 其中. Each clause is cut at 、 after a
 * count. Null when neither opens the list.
 */
function listAfter(
  folded: string,
  sentences: readonly Sentence[],
  sentence: Sentence,
  at: number,
  after: number,
): { readonly pieces: readonly Clause[]; readonly far?: boolean } | null {
  const clause = sentence.clauses[at]!;
  // Only a bracket right after the total opens a list here: its opening is read, not the clause's rest.
  const rest = folded.slice(after, Math.min(clause.end, after + BRACKET_AFTER_REACH));
  if (/^[^\S\n]*[（(]/.test(rest)) {
    const pieces: Clause[] = [];
    const opening = after + rest.search(/[（(]/);
    // The bracket closes the list, and nothing counted may follow it in the sentence: a list reaching
    // farther than BRACKET_LIST_REACH is not read, so that one long sentence is not read for each total.
    const limit = opening + BRACKET_LIST_REACH;
    if (lastTokenStart(sentence) > limit) return null;
    for (let index = at; index < sentence.clauses.length; index++) {
      const one = sentence.clauses[index]!;
      const piece = index === at ? { ...one, start: opening, tokens: tokensFrom(one.tokens, opening) } : one;
      for (const item of enumerated(folded, piece)) {
        pieces.push(item);
        const close = folded.slice(item.start, Math.min(item.end, limit)).search(/[）)]/);
        if (close < 0 && item.end >= limit) return null;
        if (close < 0) continue;
        const closing = item.start + close;
        const later = lastTokenStart(sentence) >= (sentence.clauses[index + 1]?.start ?? Infinity);
        const restEnd = Math.min(one.end, closing + 1 + BRACKET_LIST_REACH);
        if (later || restEnd < one.end || folded.slice(closing + 1, restEnd).trim() !== '') return null;
        return { pieces };
      }
    }
    return null;
  }
  // Only the total's own words may stand after it in its clause (名选民参加投票).
  if (anyTokenAfter(clause.tokens, after)) return null;
  let index = at + 1;
  // The total's share between (参选率90.28%).
  while (sentence.clauses[index]?.tokens.length && sentence.clauses[index]!.tokens.every((t) => t.percent))
    index++;
  // The election declared valid between (参选率90.00%，选举有效。其中：…): the list is then read only where
  // each place states the total's own measure (stationsAfter).
  const declared = sentence.clauses[index];
  const far =
    declared !== undefined &&
    declared.tokens.length === 0 &&
    DECLARED_VALID.test(folded.slice(declared.start, declared.end));
  if (far) index++;
  let holder = sentence;
  if (index >= sentence.clauses.length) {
    const next = sentences[indexHolding(sentences, sentence.start) + 1];
    if (!next || !/^\s*其中/.test(folded.slice(next.start, next.end))) return null;
    holder = next;
    index = 0;
  }
  const first = holder.clauses[index];
  if (!first || !/^[\s,，]*其中/.test(folded.slice(first.start, first.end))) return null;
  const pieces: Clause[] = [];
  for (let i = index; i < holder.clauses.length; i++) pieces.push(...enumerated(folded, holder.clauses[i]!));
  return { pieces, far };
}

/** A clause that only declares the election valid (选举有效, 本次选举合法有效). */
const DECLARED_VALID = /^[\s,，]*(?:本次|此次)?选举(?:结果)?(?:合法)?有效[\s。.；;]*$/;

/** A whole count, exactly stated, in any unit. */
const isPlainCount = (token: NumberToken): boolean =>
  !token.percent &&
  token.value.decimals === 0 &&
  !token.approximate &&
  !token.age &&
  !token.inExpression &&
  !token.garbled;

/**
 * A polling place, the one list of them both shapes read: the central venue, a numbered sub-venue,
 * station, point, group or box, a sub-venue named by the grid, group, building or courtyard it stands in
 * (第2网格分会场, 第三居民小组分会场, 18号楼分会场, 3号院分会场), a sub-venue alone (分会场, where there is
 * one), the mobile box, a numbered mobile box (1号流动票箱, 第2流动票箱, 第3号流动投票箱: a 共 alone never sums
 * these, allPlacesListed knowing nothing of how many boxes there were), a group's or a quarter's station
 * named without 第 (一组投票站, 三村民小组投票点, 东片投票站, 西片区投票点: unnumbered, summed only under 合计,
 * 共计 or 总计, never by a 共 alone).
 */
const PLACE_WORD = String.raw`(?:第[一二三四五六七八九十\d]{1,3}(?:网格|居民小组|村民小组|小组)(?:分会场|投票箱|投票站|投票点)|(?<![第\d一二三四五六七八九十])[一二三四五六七八九十]{1,3}(?:村民小组|小组|组)(?:投票站|投票点)|(?<![\u4e00-\u9fff])[东南西北中](?:片|片区)(?:投票站|投票点)|\d{1,3}号(?:楼|院)分会场|(?:第[一二三四五六七八九十\d]{1,3}号?|[一二三四五六七八九十\d]{1,3}号)流动(?:投)?票箱|中心(?:投票)?会场|主会场|第[一二三四五六七八九十\d]{1,3}(?:分会场|投票站|投票点|投票小组|投票箱)|分会场|流动票箱|流动投票箱)`;

/** A place, with a note in brackets after it: 第一投票站（中心会场）. */
const STATION = new RegExp(String.raw`^(${PLACE_WORD})(?:[（(][^）)]{0,8}[)）])?`);

/** After the voters' count, the words that say they voted: 名选民参加投票, 人参加了投票. */
/** How far a bracketed list of places after a total may reach, and the words after it in its clause. */
const BRACKET_LIST_REACH = 600;
/** Where the last number of each sentence starts (-1 where it has none): found once per sentence. */
const LAST_TOKEN_START = new WeakMap<Sentence, number>();
function lastTokenStart(sentence: Sentence): number {
  let found = LAST_TOKEN_START.get(sentence);
  if (found === undefined) {
    found = -1;
    for (let index = sentence.clauses.length - 1; index >= 0 && found < 0; index--)
      found = sentence.clauses[index]!.tokens.at(-1)?.span[0] ?? -1;
    LAST_TOKEN_START.set(sentence, found);
  }
  return found;
}
/** How far after a total a bracket opening its list of places is looked for. */
const BRACKET_AFTER_REACH = 64;
/** How far after the first count VOTED_AFTER's words are read: the longest, letter-spaced, fits within it. */
const VOTED_AFTER_REACH = 64;
const VOTED_AFTER = /^(?:名|人|位)(?:选民|村民|居民)?参加(?:了)?(?:本次|这次)?投票/;

/** People counted in 人 and in 名 are counted alike (中心会场投票1206人 … 共有2081名选民参加投票). */
const sameUnit = (a: string | null, b: string | null): boolean =>
  a === b || (a !== null && b !== null && /^[人名]$/.test(a) && /^[人名]$/.test(b));

/** The total's verb, which each station's count repeats. */
const VERBS: Partial<Record<string, RegExp>> = {
  cast: /(?:参加投票|投票)/,
  issued: /(?:发出|发放)(?:选票)?/,
  returned: /(?:收回|回收)(?:选票)?/,
};

/**
 * The ballots of each polling place stated before the village's total that says it sums them
 * (中心会场发出选票1020张，收回选票1018张；第一分会场…收回选票409张；流动票箱…收回选票95张。全村合计发出选票1526张，
 * 收回选票1522张): every ballot issued or returned was issued or returned at one place, so the places
 * listed right before 合计 make up its total. Read only where that is plain: the total opens with
 * 合计, 共计 or 总计 (共 alone also opens a plain statement of the whole); the places stand right before
 * it, on its line or on lines of their own that each open with a place; each place is named once and
 * states one count of the total's kind; nothing else stands between.
 */

/** A place named, not counted (共设1个中心会场 names none). */
const PLACE = new RegExp(`(?<![个只])${PLACE_WORD}`, 'g');
const PLACE_AT_LINE_START = new RegExp(`^[\\s、，,（(\\d一二三四五六七八九十.．]*${PLACE.source}`);
/** Words that open a total summing what was stated before it. */
const SUMS = /^[\s，,；;]*(?:全村|本村|全社区|本社区)?(?:合计|共计|总计)/;
/** The words of ballots issued and returned, the one list each of the place's counts is read by. */
const KIND_WORDS: Readonly<Record<'issued' | 'returned', string>> = {
  issued: String.raw`(?:发出|发放)(?:的)?(?:选票)?(?:共)?`,
  returned: String.raw`(?:收回|回收)(?:的)?(?:选票)?(?:共)?`,
};
const KIND_BEFORE: Readonly<Record<'issued' | 'returned', RegExp>> = {
  issued: new RegExp(String.raw`${KIND_WORDS.issued}[\s：:]*$`),
  returned: new RegExp(String.raw`${KIND_WORDS.returned}[\s：:]*$`),
};

/** A measure's words before a place's count in a list after 其中: 收回, 收回选票, 发出的选票共, 发放. */
const BOX_KIND: Readonly<Record<'issued' | 'returned', RegExp>> = {
  issued: new RegExp(`^${KIND_WORDS.issued}(?:为|有)?$`),
  returned: new RegExp(`^${KIND_WORDS.returned}(?:为|有)?$`),
};

function venueBallotPartitions(
  folded: string,
  original: string,
  sentences: readonly Sentence[],
  figures: readonly AnnouncedFigure[],
): StatedPartition[] {
  const partitions: StatedPartition[] = [];
  // The numbers of the text in order, each with its clause, gathered once for every total.
  const tokens = sentences.flatMap((one) => one.clauses.flatMap((clause) => clause.tokens));
  const clauses = new Map(
    sentences.flatMap((one) =>
      one.clauses.flatMap((clause) => clause.tokens.map((token) => [token, clause] as const)),
    ),
  );
  for (const total of figures) {
    if (total.kind !== 'count' || total.contest !== null || total.scope) continue;
    if (total.meaning !== 'issued' && total.meaning !== 'returned') continue;
    if (holdsMore(folded, total)) continue;
    const found = placesBefore(folded, original, sentences, total, tokens, clauses);
    if (!found) continue;
    partitions.push({ family: 'polling-stations', total, parts: found.parts, complete: true });
    const invalidTotal = found.invalid ? invalidAfter(sentences, figures, total) : null;
    if (found.invalid && invalidTotal)
      partitions.push({
        family: 'polling-stations',
        total: invalidTotal,
        parts: found.invalid,
        complete: true,
      });
  }
  return partitions;
}

function placesBefore(
  folded: string,
  original: string,
  sentences: readonly Sentence[],
  total: CountFigure,
  numbers: readonly NumberToken[],
  clauses: ReadonlyMap<NumberToken, Clause>,
): { readonly parts: PartitionPart[]; readonly invalid?: PartitionPart[] } | null {
  const start = total.origin.span?.[0];
  if (start === undefined) return null;
  const sentence = sentences[indexHolding(sentences, start)];
  if (!sentence) return null;
  // The total's sentence opens with 合计 (or 共, for all the places) — or its line does, the places'
  // lines before it ending in ； (a list's lines, which go on one sentence) — and holds nothing but
  // ballot counts up to the total.
  const opened = totalOpening(folded, sentence, start);
  if (opened === null) return null;
  const { at: opening, summing } = opened;
  const region = regionBefore(folded, opening);
  if (region === null) return null;
  // The numbers within [region, opening): a number ends after it starts.
  const tokens = tokensStartingIn(numbers, region, opening + 1).filter((token) => token.span[1] <= opening);
  const places = [...folded.slice(region, opening).matchAll(PLACE)].map((match) => ({
    name: match[0],
    at: region + match.index,
  }));
  // The region opens with a place, and each place is named once.
  if (places.length < 2 || places[0]!.at !== region + leadingSpace(folded.slice(region))) return null;
  // A place counted within another (中心会场收回选票812张（其中流动票箱收回选票133张）): the places are not
  // listed side by side, and the sum would count its ballots twice.
  // A box's own invalid ballots in brackets after its ballots returned (收回选票1102张（其中无效票7张）) count
  // no place within another: they are set aside here and summed against the whole's invalid ballots.
  if (NESTED.test(folded.slice(region, opening).replace(OWN_INVALID, '$1'))) return null;
  const invalid: PartitionPart[] = [];
  if (new Set(places.map((place) => place.name)).size !== places.length) return null;
  const parts: PartitionPart[] = [];
  for (let p = 0; p < places.length; p++) {
    const place = places[p]!;
    const end = places[p + 1]?.at ?? opening;
    const inPlace = tokensStartingIn(tokens, place.at, end + 1)
      .filter((token) => token.span[1] <= end)
      .map((token) => ({ token, clause: clauses.get(token)! }));
    const ofKind = inPlace.filter(
      ({ token, clause }) =>
        isBallotCount(token) &&
        KIND_BEFORE[total.meaning as 'issued' | 'returned'].test(
          folded.slice(Math.max(clause.start, place.at), token.span[0]),
        ),
    );
    if (ofKind.length !== 1 || inPlace.some(({ token }) => !isBallotCount(token))) return null;
    const { token, clause } = ofKind[0]!;
    // 中心会场发出选票1020张，收回选票1018张: the returned count quoted with its place, not the issued between.
    const from =
      Math.max(clause.start, place.at) + leadingSpace(folded.slice(Math.max(clause.start, place.at)));
    const named = original.slice(place.at, place.at + place.name.length);
    const part = placePart(original, place.name, token, from);
    parts.push(from === place.at ? part : { ...part, text: `${named}…${part.text}` });
    // The returned ballots' bracket of invalid ones right after them (发出选票860张，收回选票858张（其中无效票6张）).
    const after = inPlace[inPlace.findIndex((one) => one.token === token) + 1]?.token;
    const inner = total.meaning === 'returned' && after ? boxInvalid(folded, token, after) : null;
    if (inner) invalid.push(boxInvalidPart(folded, original, place.name, token, inner));
  }
  if (
    !summing &&
    !allPlacesListed(
      folded,
      places.map((place) => place.name),
    )
  )
    return null;
  // The boxes' invalid ballots are summed only where every place states its own.
  return invalid.length === parts.length ? { parts, invalid } : { parts };
}

/** A box's invalid ballots in brackets right after its ballots returned, set aside before NESTED is tested. */
const OWN_INVALID =
  /((?:收回|回收)(?:的)?(?:选票)?(?:共)?[\s：:]*\d+张)[^\S\n]*[（(]其中(?:无效(?:选)?票|废票)(?:为|有)?\d+张?[)）]/g;

/** Words or brackets that set one place's count within another's: 其中, 含, 包括, a bracket. */
const NESTED = /其中|含|包括|[（(][^（()）\d]{0,40}\d/;

/**
 * 共 alone before the ballots (中心会场收回选票812张；第一分会场…；流动票箱…。共收回选票1400张): the whole,
 * which is the places' sum only where the places listed are all the places (allPlacesListed).
 */
/** How far from its sentence's or line's start the words opening a total (SUMS, SUMS_ALL) are read. */
const TOTAL_OPENING_REACH = 40;
const SUMS_ALL =
  /^[\s，,；;]*(?:全村|本村|全社区|本社区)?(?:(?:经统计|经汇总|经清点)[，,]?)?共(?:发出|发放|收回|回收)/;

/**
 * Whether the places listed are certainly all the places of the vote, so that a total stated with 共
 * alone is theirs: the numbered places of each kind run from the first without a gap (第一、第二、第三投票站);
 * a 分会场 has its 中心会场 (or 主会场) listed; an unnumbered 分会场 or 投票站 is none; no other place is named
 * anywhere in the notice; and a count of places the notice states (设3个分会场, 共设4个投票站) is the number
 * listed. 合计, 共计 and 总计 say the sum themselves and need none of this.
 */
/** 设3个分会场, 共设4个投票站; 设中心会场1个、分会场2个、流动票箱1个: how many places of a kind there are. */
const PLACES_COUNTED =
  /设(?:立|置)?了?([一二三四五六七八九十\d]{1,3})个(分会场|投票站|投票点|会场)|(中心会场|主会场|分会场|投票站|投票点|流动票箱|流动投票箱)([一二三四五六七八九十\d]{1,3})个/g;

function allPlacesListed(folded: string, names: readonly string[]): boolean {
  const numbered = new Map<string, number[]>();
  for (const name of names) {
    // 第一网格投票箱, 第二网格投票箱: a box of each numbered grid or group, numbered as the grids are.
    const match =
      /^第([一二三四五六七八九十\d]{1,3})(分会场|投票站|投票点|投票箱|(?:网格|居民小组|村民小组|小组)(?:投票箱|投票站|投票点))$/.exec(
        name,
      );
    if (match?.[1] && match[2]) {
      numbered.set(match[2], [...(numbered.get(match[2]) ?? []), stationCount(match[1])]);
    } else if (!/^(?:中心会场|主会场|流动票箱|流动投票箱)$/.test(name)) return false;
  }
  for (const numbers of numbered.values()) {
    const sorted = [...numbers].sort((a, b) => a - b);
    if (sorted.some((number, index) => number !== index + 1)) return false;
  }
  const centre = names.some((name) => name === '中心会场' || name === '主会场');
  if (numbered.has('分会场') && !centre) return false;
  const listed = new Set(names);
  // A count of places (设3个分会场, 设中心会场1个、分会场2个) names no place of its own: it is checked below.
  const counted = [...folded.matchAll(PLACES_COUNTED)];
  const inCount = (at: number) =>
    counted.some((match) => match.index <= at && at < match.index + match[0].length);
  const elsewhere = [...folded.matchAll(PLACE)].filter(
    (match) =>
      !/[（(]/.test(folded.charAt(match.index - 1)) && !listed.has(match[0]) && !inCount(match.index),
  );
  if (elsewhere.length > 0) return false;
  for (const stated of counted) {
    const count = stationCount((stated[1] ?? stated[4])!);
    const kind = (stated[2] ?? stated[3])!;
    const listedOfKind =
      kind === '会场'
        ? (centre ? 1 : 0) + (numbered.get('分会场')?.length ?? 0)
        : kind === '中心会场' || kind === '主会场'
          ? centre
            ? 1
            : 0
          : kind === '流动票箱' || kind === '流动投票箱'
            ? names.filter((name) => name === kind).length
            : (numbered.get(kind)?.length ?? 0);
    if (count !== listedOfKind) return false;
  }
  return true;
}

/**
 * Whether places listed after 其中 are given as the whole list: 其中 says only that they are among the total,
 * so the list is all the places only where it numbers its places (第一分会场, 第一投票站) or the notice counts
 * them (设中心会场1个、流动票箱1个). 中心会场 and 流动票箱 alone, unnumbered and uncounted, may be the places the
 * notice singles out beside stations it leaves unnamed: they come to no more than the total, not exactly to it.
 */
function placesEnumerated(folded: string, names: readonly string[]): boolean {
  return names.some((name) => name.startsWith('第')) || [...folded.matchAll(PLACES_COUNTED)].length > 0;
}

/**
 * Where the words that open the total (合计…, or 共… for all the places: `summing` false) stand: at the
 * start of its sentence, or at the start of its line inside the sentence. Null when neither opens so.
 */
function totalOpening(
  folded: string,
  sentence: Sentence,
  start: number,
): { readonly at: number; readonly summing: boolean } | null {
  const opensAt = (at: number) => {
    // Only the opening words are read (合计, 经统计，共收回): not the sentence's rest, for each total in it.
    const words = folded.slice(at, Math.min(sentence.end, at + TOTAL_OPENING_REACH));
    return SUMS.test(words) ? { at, summing: true } : SUMS_ALL.test(words) ? { at, summing: false } : null;
  };
  const whole = opensAt(sentence.start);
  if (whole) return whole;
  const lineStart = lineStartAt(folded, start - 1);
  return lineStart <= sentence.start ? null : opensAt(lineStart);
}

/**
 * Where the places may stand: from the start of the total's line when the line holds sentences before
 * it; else from the first of the lines right before it that each open with a place. Null when neither.
 */
function regionBefore(folded: string, opening: number): number | null {
  const lineStart = folded.lastIndexOf('\n', opening - 1) + 1;
  if (folded.slice(lineStart, opening).trim() !== '') return lineStart;
  let from: number | null = null;
  let end = lineStart - 1;
  while (end > 0) {
    const begin = folded.lastIndexOf('\n', end - 1) + 1;
    if (!PLACE_AT_LINE_START.test(folded.slice(begin, end))) {
      // A box's figures on the line under its name standing alone (`中心会场：` then `收回选票1386张`).
      const above = begin > 0 ? folded.lastIndexOf('\n', begin - 2) + 1 : -1;
      if (above < 0 || !PLACE_ALONE.test(folded.slice(above, begin - 1))) break;
      if (!BOX_FIGURES_ALONE.test(folded.slice(begin, end))) break;
      from = above;
      end = above - 1;
      continue;
    }
    from = begin;
    end = begin - 1;
  }
  return from;
}

/** A line that is only a polling place's name (`中心会场：`, `分会场（二组）：`, `流动投票箱`). */
const PLACE_ALONE = new RegExp(
  String.raw`^[^\S\n]*(?:[一二三四五六七八九十\d]{1,3}[、.．])?${PLACE_WORD}(?:[（(][^）)\d]{0,8}[)）])?[^\S\n]*(?:[：:][^\S\n]*)?$`,
);
/** The line of that place's ballots under it: counts of ballots issued or returned, nothing else. */
const BOX_FIGURES_ALONE =
  /^[^\S\n]*(?:(?:发出|发放|收回|回收)(?:选票)?[^\S\n]*\d+[^\S\n]*张(?:[（(][^）)]{0,20}[)）])?[，,；;。]?[^\S\n]*)+$/;

/**
 * Each polling place's own ballots, on a line that opens with the place (第一投票站：发出选票451张，收回选票445张；).
 * Read only where plain: after the place's name its line (up to the next place named on it) holds
 * nothing but its ballots issued and its ballots returned, each once, in either order. A place named
 * twice in the notice, or any other word or number between, leaves its counts unread.
 */
export function placeBallotAccounts(
  folded: string,
  original: string,
  sentences: readonly Sentence[],
): PlaceBallotAccount[] {
  const tokens = sentences.flatMap((one) => one.clauses.flatMap((clause) => clause.tokens));
  const accounts: PlaceBallotAccount[] = [];
  const named = new Map<string, number>();
  let lineStart = 0;
  for (const line of folded.split('\n')) {
    const lineEnd = lineStart + line.length;
    // 第一投票站（中心会场）: the venue in brackets is a note on the station, no place of its own.
    const places = [...line.matchAll(PLACE)]
      .filter((match) => !/[（(]/.test(line.charAt(match.index - 1)))
      .map((match) => ({ name: match[0], at: lineStart + match.index }));
    for (const place of places) named.set(place.name, (named.get(place.name) ?? 0) + 1);
    if (places.length > 0 && PLACE_AT_LINE_START.test(line)) {
      for (let p = 0; p < places.length; p++) {
        const place = places[p]!;
        const end = places[p + 1]?.at ?? lineEnd;
        const account = placeAccount(folded, original, place, end, tokens);
        if (account) accounts.push(account);
      }
    }
    lineStart = lineEnd + 1;
  }
  return accounts.filter((account) => named.get(account.place) === 1);
}

/** Ballots issued, then those returned (or the other way round), and nothing else after the place. */
function placeAccount(
  folded: string,
  original: string,
  place: { readonly name: string; readonly at: number },
  end: number,
  tokens: readonly NumberToken[],
): PlaceBallotAccount | null {
  const from = place.at + place.name.length;
  const own = tokensStartingIn(tokens, from, end);
  const [first, second] = own;
  if (own.length !== 2 || !first || !second || !isBallotCount(first) || !isBallotCount(second)) return null;
  if (first.end > second.span[0] || second.end > end) return null;
  const words = (a: number, b: number): string => folded.slice(a, b).replace(/\s/g, '');
  const opening = words(from, first.span[0]);
  const between = words(first.end, second.span[0]);
  if (!PLACE_NOTE.test(opening) || !/^[,，、；;]/.test(between) || !LINE_END.test(words(second.end, end)))
    return null;
  const firstKind = kindOf(opening.replace(PLACE_NOTE_HEAD, ''));
  const secondKind = kindOf(between.slice(1));
  if (firstKind === null || secondKind === null || firstKind === secondKind) return null;
  const part = (token: NumberToken, at: number): PartitionPart =>
    placePart(original, place.name, token, firstWordAt(folded, at, token));
  const issuedFirst = firstKind === 'issued';
  const a = part(first, place.at);
  const b = part(second, first.end);
  return { place: place.name, issued: issuedFirst ? a : b, returned: issuedFirst ? b : a };
}

/** What may stand between a place and its first count: a note in brackets, a colon. */
const PLACE_NOTE_HEAD = /^(?:[（(][^）)]{0,8}[)）])?[：:，,]?/;
const PLACE_NOTE = /^(?:[（(][^）)]{0,8}[)）])?[：:，,]?(?:发出|发放|收回|回收)/;
/** After the second count: only the end of its clause. */
const LINE_END = /^[；;。，,]?$/;

const KIND_ALONE: Readonly<Record<'issued' | 'returned', RegExp>> = {
  issued: new RegExp(`^${KIND_WORDS.issued}$`),
  returned: new RegExp(`^${KIND_WORDS.returned}$`),
};

function kindOf(label: string): 'issued' | 'returned' | null {
  if (KIND_ALONE.issued.test(label)) return 'issued';
  if (KIND_ALONE.returned.test(label)) return 'returned';
  return null;
}

/**
 * The stations' own ballots summed by the notice's whole account in a later paragraph (本次选举共设3个投票站
 * … 第一投票站：发出选票900张，收回选票896张；… 经汇总，共发出选票1788张，收回选票1776张): every ballot is issued
 * and returned at one station. Only where the list is plainly the whole: the stations counted (共设3个投票站,
 * or 共设1个中心会场、2个投票站和1个流动票箱 with the venue and boxes) are the places listed, each of them read as its own account, and no place is named elsewhere; the
 * total, of the notice's own election, stands after the list in a sentence with 共 (or 合计, 总计) before
 * it, and is the notice's only count of its kind, with no round or other time set on any count.
 */
export function stationsSummedLater(
  folded: string,
  original: string,
  sentences: readonly Sentence[],
  figures: readonly AnnouncedFigure[],
  accounts: readonly PlaceBallotAccount[],
  partitions: readonly StatedPartition[],
): StatedPartition[] {
  if (accounts.length < 2) return [];
  // 共设3个投票站, or with the venue and the mobile boxes counted too (共设1个中心会场、2个投票站和1个流动票箱):
  // each kind of place listed as many times as counted, and no kind listed that is not counted.
  const counted = KINDS_COUNTED.exec(folded);
  if (!counted?.[2]) return [];
  const listed = (kind: RegExp) => accounts.filter((account) => kind.test(account.place)).length;
  const venues = counted[1] ? stationCount(counted[1]) : 0;
  const boxes = counted[3] ? stationCount(counted[3]) : 0;
  if (
    listed(/^第.+投票站$/) !== stationCount(counted[2]) ||
    listed(/^中心会场$/) !== venues ||
    listed(/^流动(?:投)?票箱$/) !== boxes ||
    stationCount(counted[2]) + venues + boxes !== accounts.length
  )
    return [];
  // Every place the notice names stands on the stations' own lines.
  const named = [...folded.matchAll(PLACE)].filter((match) => !/[（(]/.test(folded.charAt(match.index - 1)));
  if (named.length !== accounts.length) return [];
  if (figures.some((figure) => 'setting' in figure && figure.setting)) return [];
  const listEnd = maxOf(
    accounts.map((account) => Math.max(account.issued.span[1], account.returned.span[1])),
  );
  const result: StatedPartition[] = [];
  for (const meaning of ['issued', 'returned'] as const) {
    const ofKind = figures.filter((figure) => figure.kind === 'count' && figure.meaning === meaning);
    const total = ofKind[0];
    const start = total?.origin.span?.[0];
    if (ofKind.length !== 1 || !total || total.kind !== 'count' || start === undefined) continue;
    if (total.contest !== null || total.scope || start < listEnd) continue;
    if (partitions.some((partition) => partition.total.origin.span?.[0] === start)) continue;
    const sentence = sentences.find((one) => one.start <= start && start < one.end);
    // In a later paragraph, and said to be the whole: 共 (合计, 总计) before it in its sentence.
    if (!sentence || !folded.slice(listEnd, sentence.start).includes('\n')) continue;
    const label = total.origin.text.replace(/(?<![\d,，])[\d,，]+张.*$/s, '');
    if (!/(?:共|合计|总计)/.test(folded.slice(sentence.start, start) + label)) continue;
    result.push({
      family: 'polling-stations',
      total,
      parts: accounts.map((account) => account[meaning]),
      complete: true,
    });
  }
  return result;
}

/** The places counted: 共设3个投票站, 共设1个中心会场、2个投票站和1个流动票箱. */
const KINDS_COUNTED =
  /共设(?:([一1])个中心会场[、，,和及]?)?([一二三四五六七八九十\d]{1,3})个投票站(?:[、，,和及]([一二三四五六七八九十\d]{1,2})个流动(?:投)?票箱)?/;

/** 3, 三 or 十二 stations; -1 when the count is not a plain whole number. */
function stationCount(written: string): number {
  const value = /^\d+$/.test(written) ? parseArabicNumber(written) : parseChineseNumber(written);
  const whole = value === null ? null : wholeNumber(value);
  return whole === null ? -1 : Number(whole);
}

/** A place's count as a term of its total: the place's words from `from` to the count's end. */
function placePart(original: string, kind: string, token: NumberToken, from: number): PartitionPart {
  return { kind, value: token.value.digits, span: [from, token.end], text: original.slice(from, token.end) };
}

/** Where the words before a count start at or after `at`: past the spaces and separators of its clause. */
const firstWordAt = (folded: string, at: number, token: NumberToken): number =>
  at + Math.max(0, folded.slice(at, token.span[0]).search(/[^\s、，,；;]/));

const leadingSpace = (text: string): number => text.length - text.trimStart().length;

/** A whole count of ballots, exactly stated. */
const isBallotCount = (token: NumberToken): boolean =>
  token.unit === '张' &&
  !token.percent &&
  token.value.decimals === 0 &&
  !token.approximate &&
  !token.age &&
  !token.inExpression &&
  !token.garbled;

/**
 * The reader's unread numbers without the polling places' counts a partition above sums, a recall's
 * ballots summed (recall-ballots.ts), ballots split among people (english-ballots-split.ts), or a place's
 * own account holds: those are checked (as terms of
 * their total or of the place's account), no longer figures nothing checks.
 */
export function withoutSummedPlaces(
  unread: readonly UnreadFigure[],
  partitions: readonly StatedPartition[],
  accounts: readonly PlaceBallotAccount[] = [],
): readonly UnreadFigure[] {
  const parts = [
    ...partitions
      .filter(
        (partition) =>
          partition.family === 'polling-stations' ||
          partition.family === 'recall-ballots' ||
          partition.family === 'ballots-split',
      )
      .flatMap((p) => p.parts),
    ...accounts.flatMap((account) => [account.issued, account.returned]),
  ];
  // A total that is no figure read (合计3391张 under 各投票箱收回选票：) is judged as the boxes' sum.
  const totals = partitions
    .filter((partition) => partition.family === 'polling-stations' && partition.total.origin.span)
    .map((partition) => ({
      kind: '',
      value: partition.total.kind === 'count' ? partition.total.value : -1n,
      span: partition.total.origin.span!,
      text: partition.total.origin.text,
    }));
  pushAll(parts, totals);
  if (parts.length === 0) return unread;
  return unread.filter((figure) => !parts.some((part) => partHolds(part, figure)));
}

/**
 * A village's or community's name opening a township's line before its places (西岭村：中心会场…): not a
 * word for the notice's own place (全村, 本社区).
 */
const VILLAGE_OPENING =
  /^(?!(?:农村|行政村|自然村|全村|本村|各村|该村|城市社区|城镇社区|本社区|各社区|全社区)[：:])([\u4e00-\u9fff]{1,8}?(?:村|社区))[：:]/;

/** A bare total of people after the places (合计1,101人): 合计, 共计 or 总计 and nothing else before the count. */
const BARE_TOTAL = /^[,，、；;]*(?:合计|共计|总计)(?:为|有)?$/;
/** The proxies listed among the places before their bare total (委托投票40人, 另有委托投票40人). */
const PROXIES_LISTED = /^(?:另有)?委托(?:他人)?投票(?:的?选民|人数)?(?:有|为)?$/;
/** A place's own voters in the clause: its name, then 参加投票 or 投票, then the count (中心会场参加投票612人). */
const PLACE_VOTED = /^(?:参加)?投票(?:的?选民|人数)?(?:有|为)?$/;
/**
 * A place's own ballots in the clause, in 张: its name, then 收回 (or 发出) and the count (中心会场收回选票1,000张,
 * 流动票箱收回203张). Every place of one list names the same act; the bare total sums that act's ballots.
 */
const PLACE_BALLOTS: readonly { readonly meaning: 'returned' | 'issued'; readonly words: RegExp }[] = [
  { meaning: 'returned', words: /^收回(?:的)?(?:选票|票)?(?:数)?(?:有|为|共)?$/ },
  { meaning: 'issued', words: /^(?:发出|发放)(?:的)?(?:选票|票)?(?:数)?(?:有|为|共)?$/ },
];
/**
 * What follows the places' bare total: the proxies counted apart (另有委托投票87人), then, where stated, the
 * whole's voters (全村共有1,188人参加投票, 共有1,188名选民参加投票; 参加投票共1,188人 is not read as it):
 * the two groups, the proxies' count and the whole's.
 */
const PROXIES_THEN_WHOLE =
  /^[^\S\n]*[；;，,。][^\S\n]*另有?委托(?:投票)?(?:的?选民)?(?:有|为)?[^\S\n]*(\d{1,3}(?:,\d{3})+|\d{1,6})[^\S\n]*[人名](?:[^\S\n]*[，,；;][^\S\n]*(?:全村|本村|全社区|本社区)?(?:共有|共计|合计|总计|共)[^\S\n]*(\d{1,3}(?:,\d{3})+|\d{1,6})[^\S\n]*[人名](?:选民)?参加(?:了)?投票(?=[^\S\n]*[。；;，,\n]|$))?/;

/**
 * The places' voters summed by a bare 合计 (共计, 总计) in their sentence (东片投票站参加投票612人，西片投票站参加投票
 * 618人，合计1,230人), with proxies listed among them (…，委托投票40人，共计1,230人) or counted apart after it
 * (中心会场参加投票612人，流动票箱参加投票489人，合计1,101人；另有委托投票87人，全村共有1,188人参加投票): the 合计 is of
 * what is listed right before it, and is read only as their sum (never the whole's voters: more may have
 * voted elsewhere); where the 另有委托 group follows it at once, the whole, where stated, is the 合计 and the
 * proxies. Each place is named once, with 参加投票 or 投票 and its count in the total's unit, the proxies at
 * most once and only where none follow apart, two places at least, and the list starts the sentence or
 * follows the registered voters only.
 */
export function placesTotalBesideProxies(
  folded: string,
  original: string,
  sentences: readonly Sentence[],
  figures: readonly AnnouncedFigure[],
): StatedPartition[] {
  const partitions: StatedPartition[] = [];
  const registered = registeredSpans(figures);
  for (const sentence of sentences) {
    sentence.clauses.forEach((clause, at) => {
      const [total, ...others] = clause.tokens;
      if (!total || others.length > 0 || !isPlainCount(total)) return;
      // 中心会场收回选票1,000张，流动票箱收回选票203张，合计1,203张: the places' ballots, in 张, summed the same way
      // (no proxies among them or after: those are voters).
      const ballots = total.unit === '张';
      if (!ballots && !/^[人名]$/.test(total.unit ?? '')) return;
      if (!BARE_TOTAL.test(folded.slice(clause.start, total.span[0]).replace(/\s/g, ''))) return;
      if (folded.slice(total.end, clause.end).trim() !== '') return;
      const after = ballots ? null : PROXIES_THEN_WHOLE.exec(folded.slice(total.end, total.end + 120));
      // The act the places' ballots were counted at (收回 or 发出): the first place's, and every one's.
      let act: (typeof PLACE_BALLOTS)[number] | null = null;
      const parts: PartitionPart[] = [];
      const named = new Set<string>();
      // 中心会场参加投票1,004人，流动票箱参加投票186人，委托投票40人，共计1,230人: the proxies listed among the
      // places, once, summed by the bare total with them (only where no proxies follow it apart).
      let proxiesListed = false;
      // 西岭村：中心会场参加投票840人，…: a township's line opened by its village, whose places these are.
      let village = '';
      for (let index = at - 1; index >= 0; index--) {
        const candidate = sentence.clauses[index]!;
        const [token, ...rest] = candidate.tokens;
        const written = folded
          .slice(candidate.start, token?.span[0] ?? candidate.end)
          .replace(/[\s,，、；;]/g, '');
        const opening = index === 0 ? VILLAGE_OPENING.exec(written) : null;
        if (opening?.[1]) village = opening[1];
        const label = opening ? written.slice(opening[0].length) : written;
        const proxies = ballots || after?.[1] || proxiesListed || !token ? null : PROXIES_LISTED.exec(label);
        if (proxies) {
          if (
            rest.length > 0 ||
            !isPlainCount(token!) ||
            !sameUnit(token!.unit, total.unit) ||
            folded.slice(token!.end, candidate.end).trim() !== ''
          )
            return;
          proxiesListed = true;
          parts.unshift(
            placePart(original, '委托投票', token!, firstWordAt(folded, candidate.start, token!)),
          );
          continue;
        }
        const station = STATION.exec(label);
        if (!station?.[1]) {
          // The list opens the sentence, or follows the registered voters' clause only.
          if (candidate.tokens.some((one) => !registered.some(one.span[0], one.span[1]))) return;
          break;
        }
        const words = label.slice(station[0].length);
        if (ballots) act ??= PLACE_BALLOTS.find((one) => one.words.test(words)) ?? null;
        if (
          !token ||
          rest.length > 0 ||
          !isPlainCount(token) ||
          !sameUnit(token.unit, total.unit) ||
          named.has(station[1]) ||
          !(ballots ? act !== null && act.words.test(words) : PLACE_VOTED.test(words)) ||
          folded.slice(token.end, candidate.end).trim() !== ''
        )
          return;
        named.add(station[1]);
        parts.unshift(placePart(original, station[1], token, firstWordAt(folded, candidate.start, token)));
      }
      if (parts.length - (proxiesListed ? 1 : 0) < 2) return;
      const from = firstWordAt(folded, clause.start, total);
      const placesTotal: CountFigure = {
        kind: 'count',
        meaning: act?.meaning ?? 'cast',
        contest: null,
        scope: `${village === '' ? '' : `${village} `}${parts.map((part) => part.kind).join('、')}`,
        value: total.value.digits,
        origin: { span: [from, total.end], text: original.slice(from, total.end) },
      };
      partitions.push({ family: 'polling-stations', total: placesTotal, parts, complete: true });
      if (!after?.[1]) return;
      // The whole's voters stated after the proxies, read as the whole's: the places and the proxies make it.
      const wholeAt = after[2] === undefined ? -1 : total.end + after[0].lastIndexOf(after[2]);
      const whole = figures.find(
        (figure) =>
          figure.kind === 'count' &&
          figure.meaning === 'cast' &&
          figure.contest === null &&
          figure.scope === undefined &&
          figure.origin.span !== undefined &&
          figure.origin.span[0] <= wholeAt &&
          wholeAt < figure.origin.span[1],
      );
      if (!whole || whole.kind !== 'count') return;
      const proxiesAt = total.end + after[0].indexOf(after[1], after[0].indexOf('委托'));
      // The proxies may stand in the next sentence (after ；).
      const proxies = sentences
        .flatMap((one) => one.clauses.flatMap((inner) => inner.tokens))
        .find((token) => token.span[0] === proxiesAt);
      if (!proxies || !sameUnit(proxies.unit, total.unit)) return;
      const proxiesFrom = folded.lastIndexOf('另', proxiesAt);
      partitions.push({
        family: 'ways-of-voting',
        total: whole,
        parts: [
          {
            kind: placesTotal.scope!,
            value: placesTotal.value,
            span: placesTotal.origin.span!,
            text: placesTotal.origin.text,
          },
          {
            kind: '委托投票',
            value: proxies.value.digits,
            span: [proxiesFrom, proxies.end],
            text: original.slice(proxiesFrom, proxies.end),
          },
        ],
        complete: true,
      });
    });
  }
  return partitions;
}

/**
 * The voters of each numbered group on a line of its own (第一村民小组：登记选民312人，参加投票268人；), then the
 * whole's voters on the next line (全村共有1,567人参加投票, 合计参加投票…): every registered voter is of one
 * group, and votes at most once, so where the groups' registered voters add up to the whole's exactly, the
 * groups' voters are every voter and add up to the whole's voters exactly (family `numbered-groups`).
 * Read only where plain: each line holds only the group's name, its registered voters and its voters, in
 * that order; the groups are numbered from the first without a gap, each once; the whole's registered
 * voters are stated once and are the groups' sum; the line of the whole opens with 全村 / 本村 / 全社区 /
 * 本社区, 共, 共有, 合计, 共计 or 总计 and no number before its voters, or with 全村 (本村, 全社区, 本社区) and the
 * whole's registered voters right before them (全村登记选民1,480人，参加投票1,230人); and the notice speaks nowhere of proxies
 * or of voters counted apart (OTHER_WAYS_OF_VOTING: those may be no group's). Groups stated with their
 * registered voters only, or whose registered voters are not the whole's, are left as they are.
 */
const GROUP_VOTERS_LINE = new RegExp(
  String.raw`^[ \t\u3000]*(第([一二三四五六七八九十\d]{1,3})(?:村民小组|居民小组|小组|组))[：:][ \t\u3000]*登记选民(\d{1,3}(?:,\d{3})+|\d+)人[，,][ \t\u3000]*(参加投票)(\d{1,3}(?:,\d{3})+|\d+)人[ \t\u3000]*(?:[；;。][ \t\u3000]*)?$`,
  'u',
);
/** The longest line opening before a whole's voters that WHOLE_VOTERS_OPENING or WHOLE_REGISTER_THEN_VOTERS fits. */
const WHOLE_OPENING_REACH = 80;
const WHOLE_VOTERS_OPENING =
  /^[ \t\u3000]*(?:全村|本村|全社区|本社区)?(?:共有|共计|合计|总计|共)[^\d\n]{0,8}$/;
/**
 * The line of the whole that states its registered voters before its voters, with no 合计 word
 * (全村登记选民1,480人，参加投票1,230人): the whole's own, named so (全村, 本村, 全社区, 本社区), its registered
 * voters the count caught here, which must be the whole's registered voters stated once.
 */
const WHOLE_REGISTER_THEN_VOTERS =
  /^[ \t\u3000]*(?:全村|本村|全社区|本社区)(?:共有|共计|合计|总计|共)?登记选民(?:共|有|为)?(\d{1,3}(?:,\d{3})+|\d+)人[，,][ \t\u3000]*(?:参加投票)?(?:的?选民)?(?:共有|共计|合计|总计|共|有|为)?$/;

/**
 * Places or boxes where any group's voters may have voted, which a notice may count apart from the groups'
 * (流动票箱, 中心会场, 投票站): where the whole's line has no 合计 word, its voters are held to the groups' sum
 * only in a notice that names none of them.
 */
const PLACES_APART = /流动|票箱|会场|投票站|投票点|投票箱|巡回/;
/** Words after the whole's voters that set a part within them (（含…）, 其中, 包括). */
const PART_WITHIN = /含|其中|包括/;
const lineEndAt = (text: string, at: number): number => {
  const end = text.indexOf('\n', at);
  return end === -1 ? text.length : end;
};

function groupVotersBefore(
  folded: string,
  original: string,
  figures: readonly AnnouncedFigure[],
  votersApart: boolean,
): StatedPartition[] {
  if (votersApart || !/登记选民/.test(folded)) return [];
  const own = (figure: AnnouncedFigure): figure is CountFigure =>
    figure.kind === 'count' && figure.contest === null && !figure.scope && figure.among === undefined;
  const registered = figures.filter((figure) => own(figure) && figure.meaning === 'registered');
  const whole = registered[0];
  if (registered.length !== 1 || whole?.kind !== 'count') return [];
  const partitions: StatedPartition[] = [];
  for (const total of figures) {
    if (!own(total) || total.meaning !== 'cast' || !total.origin.span) continue;
    const [start] = total.origin.span;
    const lineStart = lineStartAt(folded, start - 1);
    // Both openings read are short lines' whole openings: a longer one is neither, and is not sliced.
    if (start - lineStart > WHOLE_OPENING_REACH) continue;
    const opening = folded.slice(lineStart, start);
    const register = WHOLE_REGISTER_THEN_VOTERS.exec(opening);
    if (
      !WHOLE_VOTERS_OPENING.test(opening) &&
      !(
        register?.[1] &&
        digitsValue(register[1]) === whole.value &&
        !PLACES_APART.test(folded) &&
        !PART_WITHIN.test(folded.slice(total.origin.span[1], lineEndAt(folded, start)))
      )
    )
      continue;
    const parts: PartitionPart[] = [];
    const numbers: number[] = [];
    let registeredSum = 0n;
    let end = lineStart - 1;
    while (end > 0) {
      const begin = folded.lastIndexOf('\n', end - 1) + 1;
      const line = GROUP_VOTERS_LINE.exec(folded.slice(begin, end));
      if (!line?.[1] || !line[2] || !line[3] || !line[4] || !line[5]) break;
      numbers.unshift(stationCount(line[2]));
      registeredSum += digitsValue(line[3]);
      const from = begin + line.index + folded.slice(begin, end).indexOf(line[4], line[0].indexOf(line[3]));
      const to = from + line[4].length + line[5].length + 1;
      parts.unshift({
        kind: line[1],
        value: digitsValue(line[5]),
        span: [from, to],
        text: `${original.slice(begin + folded.slice(begin, end).indexOf(line[1]), begin + folded.slice(begin, end).indexOf(line[1]) + line[1].length)}…${original.slice(from, to)}`,
      });
      end = begin - 1;
    }
    if (parts.length < 2 || numbers.some((number, index) => number !== index + 1)) continue;
    if (registeredSum !== whole.value) continue;
    partitions.push({ family: 'numbered-groups', total, parts, complete: true });
  }
  return partitions;
}
