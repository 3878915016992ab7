import type { Bilingual, Finding, Lang } from '../model/finding.js';
import type {
  AnnouncedFigure,
  AnnouncedFigures,
  StatedPartition,
  VillageBlockSpan,
} from './announced-figures.js';
import { BLOCK_COUNT_AHEAD } from './label-lines.js';
import { firstStartingAfter } from './text-places.js';

/**
 * A township's summary in prose, a block for each village (or community) opening a line with its name
 * (`西岭村：登记选民1,206人。东片投票站参加投票512人，…，合计988人，参选率81.92%。` ⏎ `南塘村：…全村参加投票784人。`):
 * the block's sentences after its first, which do not name the village again, are still that village's
 * own. A count or a candidate's votes there that its sentence gives no place (合计988人, 全村参加投票784人) is
 * scoped to the block's place, and a share there is said of that place (`place`): its terms are that
 * place's counts alone, never another block's. A block runs from its name to the line where the next
 * block's name opens; the last one to the end of its own line, where the summary's totals or closing
 * words may follow. The figures are left as they are unless every block's name opens a line, once, in
 * the order of `names`.
 */
export function withBlockScopes(
  figures: readonly AnnouncedFigure[],
  ranges: readonly BlockRange[] | null,
): readonly AnnouncedFigure[] {
  if (ranges === null) return figures;
  let changed = false;
  const scoped = figures.map((figure) => {
    const at = figure.origin.span?.[0];
    if (at === undefined) return figure;
    const block = blockAt(ranges, at);
    if (block === null) return figure;
    if ((figure.kind === 'count' || figure.kind === 'votes') && figure.scope === undefined) {
      changed = true;
      return { ...figure, scope: block.name };
    }
    if (figure.kind === 'percent' && figure.place === undefined) {
      changed = true;
      return { ...figure, place: block.name };
    }
    return figure;
  });
  return changed ? scoped : figures;
}

/**
 * Where each block runs (villageBlockRanges): read once by the reader and passed to withBlockScopes and
 * withStationsSummedVoters. Null when there are fewer than two names, or when the names do not each open a
 * line once, in their order.
 */
export function villageBlockRanges(folded: string, names: readonly string[]): readonly BlockRange[] | null {
  return names.length < 2 ? null : blockRanges(folded, names);
}

/** A block's reach: `from` the head of the line its name opens. */
export type BlockRange = VillageBlockSpan;

/**
 * Each block's reach, in text order, or null when a name opens no line, opens more than one, or the
 * names open lines out of order.
 */
function blockRanges(folded: string, names: readonly string[]): BlockRange[] | null {
  // A set of the names keeps a summary of many villages linear.
  const named = new Set(names);
  const opened = new Map<string, number>();
  for (const match of folded.matchAll(BLOCK_OPENING)) {
    const name = match[1] ?? match[2] ?? '';
    if (!named.has(name)) continue;
    if (opened.has(name)) return null;
    // From the line's head: a figure read with the name before it (`东坪村：全村登记选民…`) is the block's own.
    opened.set(name, match.index);
  }
  const starts = names.map((name) => opened.get(name) ?? -1);
  if (starts.some((start, index) => start < 0 || (index > 0 && start <= starts[index - 1]!))) return null;
  return names.map((name, index) => {
    const from = starts[index]!;
    const next = starts[index + 1];
    const lineEnd = folded.indexOf('\n', from);
    const to = next !== undefined ? folded.lastIndexOf('\n', next) : lineEnd < 0 ? folded.length : lineEnd;
    return { name, from: from, to: wholeOpeningIn(folded, from, to, next === undefined) };
  });
}

/**
 * Where a sentence of the block's reach after its first opens with words of the whole summary
 * (全乡合计…, 以上三村…, 各村…; after the last block also 合计…, 共计…, whose totals may be the summary's):
 * the block ends there. Else `to`.
 */
function wholeOpeningIn(folded: string, from: number, to: number, last: boolean): number {
  const reach = folded.slice(from, to);
  const opening = (last ? WHOLE_OR_TOTAL_OPENING : WHOLE_OPENING).exec(reach);
  return opening === null ? to : from + opening.index + opening[1]!.length;
}

/** A sentence opening with a wider place, the places above or all of them: 全镇…, 全乡合计…, 以上三村…, 各村…. */
const WHOLE_WORDS =
  '全(?:镇|乡|县|区|市|街道)|以上|上述|各(?:行政)?村|各社区|[\\d一二三四五六七八九十]+个(?:行政)?(?:村|社区)';
const WHOLE_OPENING = new RegExp(`([。！？!?\\n][^\\S\\n]*)(?:${WHOLE_WORDS})`, 'u');
/** The same, or a sentence opening with a total (合计…, 共计…, 总计…, 汇总…). */
const WHOLE_OR_TOTAL_OPENING = new RegExp(
  `([。！？!?\\n][^\\S\\n]*)(?:${WHOLE_WORDS}|合计|总计|共计|汇总)`,
  'u',
);

/**
 * A village's or community's name opening a line, perhaps numbered, with its colon (`南塘村：`, `一、东坪村：`)
 * or, without one, right before a count (`二、西坪村本村登记选民…`, `西坪村登记选民…`), or in lenticular brackets
 * (`【西岭村】登记选民…`).
 */
const BLOCK_OPENING = new RegExp(
  `^[ \\t\\u3000]{0,8}(?:(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\\d]{1,3}[)）]|\\d{1,2}[、.．])?([\\u4e00-\\u9fff]{1,8}?(?:村|社区))(?:[^\\S\\n]*[：:]|[，,]?[^\\S\\n]*${BLOCK_COUNT_AHEAD})|【([\\u4e00-\\u9fff]{1,8}?(?:村|社区))】)`,
  'gmu',
);

/** The block whose reach holds `at`, found by a binary search so a summary of many villages stays linear. */
function blockAt(ranges: readonly BlockRange[], at: number): BlockRange | null {
  const block = ranges[firstStartingAfter(ranges, at, (range) => range.from) - 1];
  return block !== undefined && at < block.to ? block : null;
}

/**
 * The judged lines of a summary's blocks, each named by its place (`西坪村：有效票896加无效票4等于收回选票900：正确`):
 * a line of a figure of a block's place (its count's or votes' scope, its share's place), or of a figure
 * standing inside a block's reach in the text (妇女委员1人, a places' 合计 not read as voters) and said of no
 * other place, whose work names that place nowhere gets it before its work, once, in both languages; a line
 * opening with a label of its own (主任选票：…, 另行选举：…) gets it before that label. A line whose label
 * already names a village or community of the summary (北洼村（另行选举）：…), a line named by its reach whose
 * work names another block, a line of a figure of no block (全镇合计…), and any line of a notice of fewer than
 * two blocks are left as they are. The figures' places are gathered once, so that a long summary stays linear.
 */
export function withBlocksNamed<
  T extends { readonly span?: readonly [number, number]; readonly work: Bilingual },
>(notice: AnnouncedFigures, judged: readonly T[]): T[] {
  const placeAt = blockPlaces(notice);
  if (placeAt === null) return [...judged];
  return judged.map((line) => {
    const work = namedAt(placeAt, line.span?.[0], line.work);
    return work === line.work ? line : { ...line, work };
  });
}

/**
 * The findings of a summary's blocks named by their places as their judged lines are (withBlocksNamed): a
 * finding at a figure of a block's place, or inside a block's reach, whose messages do not name it.
 */
export function findingsWithBlocksNamed(
  notice: AnnouncedFigures,
  findings: readonly Finding[],
  lang: Lang,
): Finding[] {
  const placeAt = blockPlaces(notice);
  if (placeAt === null) return [...findings];
  return findings.map((finding) => {
    const messages = namedAt(placeAt, finding.where?.span?.[0], finding.messages);
    return messages === finding.messages ? finding : { ...finding, messages, message: messages[lang] };
  });
}

/**
 * The village or community whose block of a summary in prose holds `at` (villageBlockSpans), unless a
 * figure starting there is said of another place (全镇…, 两村…, another village); else undefined. For a
 * number left unread, which no figure's place names: `参加投票1203人` left unread in 西岭村's block is 西岭村's.
 */
export function blockOfSpan(notice: AnnouncedFigures, at: number | undefined): string | undefined {
  const placeAt = blockPlaces(notice);
  return placeAt === null ? undefined : placeOf(placeAt, at)?.place;
}

/**
 * Words of an unread number or a note about one named by the block holding it (blockOfSpan): the place
 * before them, once, in both languages (`西岭村：读不出是选举的哪一项（“合计988张”）`, `西岭村: could not be read
 * as …`), unless they open with it already. The words quote the text around the number, which may name any
 * village, so only their opening is looked at.
 */
export function unreadNamed(words: Bilingual, place: string | undefined): Bilingual {
  if (place === undefined) return words;
  const zh = words.zh.startsWith(`${place}：`) ? words.zh : `${place}：${words.zh}`;
  const en = words.en.startsWith(`${place}: `) ? words.en : `${place}: ${lowerFirst(words.en)}`;
  return { zh, en };
}

/** Each figure's block by where it starts, the blocks' names and where they run in the text. */
interface BlockPlaces {
  /** A block's name, or null where two figures starting there are of different blocks. */
  readonly places: Map<number, string | null>;
  /** Where a figure said of a place that is no block starts (全镇, 两村, another village). */
  readonly elsewhere: ReadonlySet<number>;
  readonly blocks: ReadonlySet<string>;
  readonly ranges: readonly VillageBlockSpan[];
}

/** The block of a line at `at`: by its figure's place, else by the block's reach holding it (`reach`). */
function placeOf(found: BlockPlaces, at: number | undefined): { place: string; reach: boolean } | undefined {
  if (at === undefined) return undefined;
  const place = found.places.get(at);
  if (place !== undefined) return place === null ? undefined : { place, reach: false };
  if (found.elsewhere.has(at)) return undefined;
  const block = blockAt(found.ranges, at);
  return block === null ? undefined : { place: block.name, reach: true };
}

/** The words named by the block of `at` (placeOf), or the same words. */
function namedAt(found: BlockPlaces, at: number | undefined, words: Bilingual): Bilingual {
  const of = placeOf(found, at);
  if (of === undefined) return words;
  // Named by its reach alone: never where its words name another block (a comparison with 西岭村).
  if (of.reach && namesAnotherBlock(words.zh, of.place, found.blocks)) return words;
  return named(words, of.place, found.blocks);
}

/** Whether the words name a block other than `place`; at most BLOCKS_LOOKED_AT blocks are looked for. */
function namesAnotherBlock(words: string, place: string, blocks: ReadonlySet<string>): boolean {
  if (blocks.size > BLOCKS_LOOKED_AT) return true;
  for (const block of blocks) if (block !== place && words.includes(block)) return true;
  return false;
}

/** Beyond this many blocks a line is named by its figure's place only, so that a long summary stays linear. */
const BLOCKS_LOOKED_AT = 64;

/**
 * Each figure's block by where it starts (null where two figures there are of different blocks), and the
 * blocks' names; null for a notice of fewer than two blocks.
 */
function blockPlaces(notice: AnnouncedFigures): BlockPlaces | null {
  const names = notice.villageBlocks ?? [];
  if (names.length < 2) return null;
  const known = placesFound.get(notice);
  if (known) return known;
  const blocks = new Set(names);
  const places = new Map<number, string | null>();
  const elsewhere = new Set<number>();
  for (const figure of notice.figures) {
    const at = figure.origin.span?.[0];
    if (at === undefined) continue;
    const place =
      figure.kind === 'count' || figure.kind === 'votes'
        ? figure.scope
        : figure.kind === 'percent'
          ? figure.place
          : undefined;
    if (place === undefined) continue;
    if (!blocks.has(place)) {
      if (otherPlace(place)) elsewhere.add(at);
      continue;
    }
    const before = places.get(at);
    places.set(at, before === undefined || before === place ? place : null);
  }
  const found = { places, elsewhere, blocks, ranges: notice.villageBlockSpans ?? [] };
  placesFound.set(notice, found);
  return found;
}

/**
 * A place that is not a block's own part: a wider one (全镇, 全乡, 本县, 各村, 两村, 以上三村) or another village
 * or community. A group, a polling station or 全村, 本村 of the block's own village is not.
 */
const otherPlace = (place: string): boolean =>
  !OWN_PLACE.has(place) && (WIDER_START.test(place) || PLACE_END.test(place));
const OWN_PLACE: ReadonlySet<string> = new Set(['全村', '本村', '该村', '全社区', '本社区', '该社区']);
const WIDER_START = /^(?:全|各|以上|上述|两|[二三四五六七八九十\d]+个)/u;
const PLACE_END = /(?:村|社区|镇|乡|街道|县|区|市)$/u;

/** Found once for a notice (blockPlaces). */
const placesFound = new WeakMap<AnnouncedFigures, BlockPlaces>();

/** The words with the place before them, unless they name it already or open with a label naming a block. */
function named(words: Bilingual, place: string, blocks: ReadonlySet<string>): Bilingual {
  const label = LABELLED.exec(words.zh)?.[0] ?? '';
  const labelPlace = LABEL_PLACE.exec(label)?.[1];
  if (labelPlace !== undefined && blocks.has(labelPlace)) return words;
  const zh = words.zh.includes(place) ? words.zh : `${place}：${words.zh}`;
  const en = words.en.includes(place) ? words.en : `${place}: ${lowerFirst(words.en)}`;
  return zh === words.zh && en === words.en ? words : { zh, en };
}

/** English words going on after a place's name: their first letter lower-cased (`东湾村: the notice's…`). */
const lowerFirst = (words: string) => `${words.charAt(0).toLowerCase()}${words.slice(1)}`;

/** A line of work opening with a label of its own (东湾村：…, 另行选举：…, 北洼村（另行选举）：…), no figure in it. */
const LABELLED = /^[^，,：:“”「」\s\d]{1,16}(?:[（(][^（()）]{0,40}[）)])?[：:]/u;
/** The village or community a label opens with (北洼村（另行选举）：). */
const LABEL_PLACE = /^([\u4e00-\u9fff]{1,8}?(?:村|社区))/u;

/**
 * A block's voters stated only as its polling places' sum (`东湾村：登记选民1,206人。中心会场参加投票612人，流动票箱
 * 投票376人，合计988人，参选率81.92%。`): the 合计 is the block's voters who cast a ballot, a count of its place, so
 * that its share is judged as voters / register. Only where plain: a complete list of the places
 * (polling-stations) whose every part is its place's voters (参加投票612人, 投票376人: never votes, ballots or
 * seats), its total a count of people (合计988人) of no contest, all of them in one block, in it before the total no word
 * of another vote or body (另行选举, 重新, 补选, 监督委员会, 小组), and the block stating no voters of its own
 * and no count of another round or setting. Else the figures are left as they are.
 */
export function withStationsSummedVoters(
  figures: readonly AnnouncedFigure[],
  partitions: readonly StatedPartition[],
  folded: string,
  ranges: readonly BlockRange[] | null,
): readonly AnnouncedFigure[] {
  if (ranges === null) return figures;
  // Each block's own counts, gathered once, so that many partitions do not each scan every figure.
  const countsOf = new Map<string, AnnouncedFigure[]>();
  for (const figure of figures)
    if (figure.kind === 'count' && figure.scope !== undefined)
      countsOf.set(figure.scope, [...(countsOf.get(figure.scope) ?? []), figure]);
  const added: AnnouncedFigure[] = [];
  for (const partition of partitions) {
    const total = partition.total;
    const span = total.origin.span;
    if (partition.family !== 'polling-stations' || !partition.complete || span === undefined) continue;
    if (total.kind !== 'count' || total.meaning !== 'cast' || total.contest !== null) continue;
    if (!STATIONS_TOTAL.test(total.origin.text)) continue;
    if (!partition.parts.every((part) => STATION_VOTERS.test(part.text))) continue;
    const block = blockAt(ranges, span[0]);
    const first = partition.parts[0]?.span[0];
    if (block === null || first === undefined || first > span[0]) continue;
    if (partition.parts.some((part) => blockAt(ranges, part.span[0]) !== block)) continue;
    // 5月16日另行选举主任，中心会场参加投票612人…合计988人: a runoff's voters. Looked for from the block's start, at
    // most LOOK_BACK characters before the places, so that a long block stays linear.
    if (ANOTHER_VOTE.test(folded.slice(Math.max(block.from, first - LOOK_BACK), span[1]))) continue;
    const own = countsOf.get(block.name) ?? [];
    if (own.some((figure) => figure.origin.span?.[0] === span[0])) continue;
    if (
      own.some(
        (figure) => figure.kind === 'count' && (figure.meaning === 'cast' || figure.setting !== undefined),
      )
    )
      continue;
    added.push({ ...total, scope: block.name });
  }
  if (added.length === 0) return figures;
  return [...figures, ...added].sort((a, b) => (a.origin.span?.[0] ?? 0) - (b.origin.span?.[0] ?? 0));
}

/** A total of people after the places: 合计988人, 共计988人, 总计988人. */
const STATIONS_TOTAL = /^(?:合计|共计|总计)[^\S\n]*[\d,，]+[^\S\n]*人$/u;
/** A place's voters: 中心会场参加投票612人, 流动票箱投票376人 (never 得票, 选票, 张). */
const STATION_VOTERS =
  /^(?:(?!得票|选票)[^\d\n，,。；;]){0,12}?(?:参加投票|投票)(?:的?选民|人数)?[^\S\n]*[\d,，]+[^\S\n]*人$/u;
/** How far before a block's places their vote's words are looked for. */
const LOOK_BACK = 200;
/** Words of another vote or body in a block before its places' total. */
const ANOTHER_VOTE = /另行选举|重新选举|再次选举|补选|第二轮|第二次|监督委员会|监委会|小组|代表/u;
