import type {
  AnnouncedFigure,
  CountFigure,
  PartitionPart,
  StatedPartition,
  UnreadFigure,
} from './announced-figures.js';
import type { NumberToken } from './scan-numbers.js';
import type { Sentence } from './segment-text.js';

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
  for (const total of figures) {
    if (taken.has(total) || !total.origin.span) continue;
    const parts = stationsBefore(folded, original, sentences, total);
    if (parts) partitions.push({ total, ...parts });
  }
  const summed = new Set([...taken, ...partitions.map((partition) => partition.total)]);
  partitions.push(
    ...venueBallotPartitions(folded, original, sentences, figures).filter(
      (partition) => !summed.has(partition.total),
    ),
  );
  return partitions;
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
): Omit<StatedPartition, 'total'> | null {
  if (total.kind !== 'count' || total.contest !== null) return null;
  const verb = VERBS[total.meaning];
  if (!verb) return null;
  const [start] = total.origin.span ?? [0, 0];
  const sentence = sentences.find((one) => one.start <= start && start < one.end);
  const at = sentence?.clauses.findIndex((clause) => clause.start <= start && start < clause.end) ?? -1;
  const clause = sentence?.clauses[at];
  const first = clause?.tokens[0];
  if (!sentence || !clause || !first) return null;
  const opening = folded.slice(clause.start, first.span[0]).replace(/\s/g, '');
  if (!new RegExp(String.raw`^[,，、]*(?:合计|共计|总计)${verb.source}`).test(opening)) return null;
  const parts: PartitionPart[] = [];
  const named = new Set<string>();
  for (let index = at - 1; index >= 0; index--) {
    const candidate = sentence.clauses[index];
    if (!candidate) break;
    const [token, ...more] = candidate.tokens;
    const label = folded.slice(candidate.start, token?.span[0] ?? candidate.end).replace(/[\s,，、；;]/g, '');
    const station = STATION.exec(label);
    // The list starts after a clause that names no station (各投票站投票情况如下) — and counts none in the
    // total's unit: 委托投票100人 before the stations may be among what 合计 sums.
    if (!station?.[1]) {
      if (candidate.tokens.some((one) => one.unit === first.unit)) return null;
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
      token.unit === first.unit &&
      !named.has(station[1]) &&
      new RegExp(String.raw`^${verb.source}(?:的?选民|人数|数)?(?:有|为|是)?$`).test(
        label.slice(station[0].length),
      );
    if (!plain || !token) return null;
    named.add(station[1]);
    const from =
      candidate.start + Math.max(0, folded.slice(candidate.start, token.span[0]).search(/[^\s、，,；;]/));
    parts.unshift({
      kind: station[1],
      value: token.value.digits,
      span: [from, token.end],
      text: original.slice(from, token.end),
    });
  }
  if (parts.length < 2) return null;
  return { family: 'polling-stations', parts, complete: true };
}

/** A station, the venue or the mobile box, with a note in brackets after it: 第一投票站（中心会场）. */
const STATION =
  /^((?:第[一二三四五六七八九十\d]{1,3}(?:投票站|分会场|投票点|投票小组)|中心会场|主会场|流动票箱))(?:[（(][^）)]{0,8}[)）])?/;

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

/** A polling place: the central venue, a numbered sub-venue or station, the mobile box. */
const PLACE =
  /(?:中心会场|主会场|第[一二三四五六七八九十\d]+(?:分会场|投票站|投票点|投票箱)|分会场|流动票箱|流动投票箱)/g;
const PLACE_AT_LINE_START = new RegExp(`^[\\s、，,（(\\d一二三四五六七八九十.．]*${PLACE.source}`);
/** Words that open a total summing what was stated before it. */
const SUMS = /^[\s，,；;]*(?:全村|本村|全社区|本社区)?(?:合计|共计|总计)/;
const KIND_BEFORE: Readonly<Record<'issued' | 'returned', RegExp>> = {
  issued: /(?:发出|发放)(?:的)?(?:选票)?(?:共)?[\s：:]*$/,
  returned: /收回(?:的)?(?:选票)?(?:共)?[\s：:]*$/,
};

function venueBallotPartitions(
  folded: string,
  original: string,
  sentences: readonly Sentence[],
  figures: readonly AnnouncedFigure[],
): StatedPartition[] {
  const partitions: StatedPartition[] = [];
  for (const total of figures) {
    if (total.kind !== 'count' || total.contest !== null || total.scope) continue;
    if (total.meaning !== 'issued' && total.meaning !== 'returned') continue;
    const parts = placesBefore(folded, original, sentences, total);
    if (parts) partitions.push({ family: 'polling-stations', total, parts, complete: true });
  }
  return partitions;
}

function placesBefore(
  folded: string,
  original: string,
  sentences: readonly Sentence[],
  total: CountFigure,
): PartitionPart[] | null {
  const start = total.origin.span?.[0];
  if (start === undefined) return null;
  const index = sentences.findIndex((sentence) => sentence.start <= start && start < sentence.end);
  const sentence = sentences[index];
  if (!sentence) return null;
  // The total's sentence opens with 合计, and holds nothing but ballot counts up to the total.
  if (!SUMS.test(folded.slice(sentence.start, sentence.end))) return null;
  const region = regionBefore(folded, sentences, index);
  if (region === null) return null;
  const tokens = sentences
    .flatMap((one) => one.clauses.flatMap((clause) => clause.tokens.map((token) => ({ token, clause }))))
    .filter(({ token }) => token.span[0] >= region && token.span[1] <= sentence.start);
  const places = [...folded.slice(region, sentence.start).matchAll(PLACE)].map((match) => ({
    name: match[0],
    at: region + match.index,
  }));
  // The region opens with a place, and each place is named once.
  if (places.length < 2 || places[0]!.at !== region + leadingSpace(folded.slice(region))) return null;
  if (new Set(places.map((place) => place.name)).size !== places.length) return null;
  const parts: PartitionPart[] = [];
  for (let p = 0; p < places.length; p++) {
    const place = places[p]!;
    const end = places[p + 1]?.at ?? sentence.start;
    const inPlace = tokens.filter(({ token }) => token.span[0] >= place.at && token.span[1] <= end);
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
    const own = original.slice(from, token.end);
    parts.push({
      kind: place.name,
      value: token.value.digits,
      span: [from, token.end],
      text: from === place.at ? own : `${original.slice(place.at, place.at + place.name.length)}…${own}`,
    });
  }
  return parts;
}

/**
 * Where the places may stand: from the start of the total's line when the line holds sentences before
 * it; else from the first of the lines right before it that each open with a place. Null when neither.
 */
function regionBefore(folded: string, sentences: readonly Sentence[], index: number): number | null {
  const sentence = sentences[index]!;
  const lineStart = folded.lastIndexOf('\n', sentence.start - 1) + 1;
  if (folded.slice(lineStart, sentence.start).trim() !== '') return lineStart;
  let from: number | null = null;
  let end = lineStart - 1;
  while (end > 0) {
    const begin = folded.lastIndexOf('\n', end - 1) + 1;
    if (!PLACE_AT_LINE_START.test(folded.slice(begin, end))) break;
    from = begin;
    end = begin - 1;
  }
  return from;
}

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
 * The reader's unread numbers without the polling places' counts a partition above sums: those are
 * checked (as terms of their total), no longer figures nothing checks.
 */
export function withoutSummedPlaces(
  unread: readonly UnreadFigure[],
  partitions: readonly StatedPartition[],
): readonly UnreadFigure[] {
  const parts = partitions
    .filter((partition) => partition.family === 'polling-stations')
    .flatMap((p) => p.parts);
  if (parts.length === 0) return unread;
  return unread.filter(
    (figure) =>
      !parts.some(
        (part) =>
          part.span[0] <= figure.span[0] &&
          figure.span[1] <= part.span[1] &&
          figure.text.replace(/[,，\s]/g, '') === part.value.toString(),
      ),
  );
}
