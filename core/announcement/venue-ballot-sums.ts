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

export function venueBallotPartitions(
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
    if (parts) partitions.push({ family: 'polling-places', total, parts, complete: true });
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
    .filter((partition) => partition.family === 'polling-places')
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
