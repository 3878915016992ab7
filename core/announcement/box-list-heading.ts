import type { AnnouncedFigure, CountFigure, PartitionPart, StatedPartition } from './announced-figures.js';
import type { NumberToken } from './scan-numbers.js';
import type { Sentence } from './segment-text.js';
import { listedVoters, placesVotersListed, VOTERS_HEADING } from './headed-voters-list.js';

/**
 * The boxes' ballots listed under a heading that says what every count is (各投票箱收回选票：第1网格512张，第2网格
 * 486张，…，中心投票站266张，合计3391张): each box, grid or station states its count in 张 alone, and the
 * heading gives the meaning — the ballots returned (收回, 回收) or issued (发出, 发放) at that box. Every
 * ballot is returned at one box, so the boxes make up the 合计 (or 共计, 总计) that closes the list, and
 * come to no more than the whole's own count of that kind where the notice states one alone.
 *
 * Read only where plain: the sentence opens with the heading, 各 before the boxes (each box, so all of
 * them) and one kind of ballot (not 发出和收回); every item after the colon is a place named once and its
 * count in 张, nothing else (no 其中, no bracket, no 含, no 等, no 部分); the list runs to the end of its
 * sentence, closed by its total or by nothing; the notice says nowhere that one box was counted in
 * another (计入, 并入, 归入, 合并). Any item of another shape leaves the whole list unread.
 */
export function boxListsUnderHeading(
  folded: string,
  original: string,
  sentences: readonly Sentence[],
  figures: readonly AnnouncedFigure[],
): StatedPartition[] {
  if (COUNTED_IN_ANOTHER.test(folded)) return [];
  const result: StatedPartition[] = [];
  for (const sentence of sentences) {
    const text = folded.slice(sentence.start, sentence.end);
    const heading = HEADING.exec(text);
    if (!heading?.[1]) {
      const voters = votersListed(folded, original, sentence, text, figures);
      if (voters) result.push(...voters);
      continue;
    }
    const kind: 'issued' | 'returned' = /发/.test(heading[1]) ? 'issued' : 'returned';
    const tokens = sentence.clauses.flatMap((clause) => clause.tokens);
    const found = itemsOf(folded, original, sentence.start + heading[0].length, sentence.end, kind, tokens);
    if (!found) continue;
    // A figure read inside the list: some item means more than the heading says; nothing is summed.
    const [from, to] = [found.parts[0]!.span[0], found.total?.span[1] ?? found.parts.at(-1)!.span[1]];
    if (figures.some((figure) => within(figure, from, to))) continue;
    if (found.total) {
      const total: CountFigure = {
        kind: 'count',
        meaning: kind,
        contest: null,
        value: found.total.value,
        origin: { span: found.total.span, text: found.total.text },
      };
      result.push({ family: 'polling-stations', total, parts: found.parts, complete: true });
    }
    // The whole election's own count of that kind, stated once and of no other place, time or body.
    const whole = figures.filter(
      (figure) =>
        figure.kind === 'count' &&
        figure.meaning === kind &&
        figure.contest === null &&
        figure.origin.span !== undefined,
    );
    const own = whole[0];
    if (
      whole.length === 1 &&
      own?.kind === 'count' &&
      own.scope === undefined &&
      own.setting === undefined &&
      own.section === undefined &&
      own.bodies === undefined &&
      own.subject === undefined &&
      own.among === undefined
    )
      result.push({
        family: 'polling-stations',
        total: own,
        parts: found.parts,
        complete: found.total !== null,
      });
  }
  return result;
}

/** One box counted in another (流动票箱选票计入中心投票站): the boxes listed may count some ballots twice. */
export const COUNTED_IN_ANOTHER = /计入|并入|归入|合并|包含在/;

/**
 * Words of voters counted apart from the places, or of a place counted in another (委托投票, 代投, 另计,
 * 计入): the places' voters listed may then not be every voter, or count some twice.
 */
export const OTHER_WAYS_OF_VOTING =
  /委托|代投|代为投票|代写|另有|另计|另行统计|单独统计|计入|并入|归入|合并|包含在/;

/**
 * Words of registered voters counted apart from the places, or of a place counted in another (另有外出务工
 * 人员…登记选民30人, 第四组并入第三组): the places' registered voters listed may then not be every one.
 */
export const OTHER_REGISTERS = /另有|另计|另行统计|单独统计|计入|并入|归入|合并|包含在/;

/**
 * The places' voters listed under a heading (各投票站参加投票人数：第一组412人，…，合计1,188人; 参加投票：中心投票站
 * 1,040人，第一分站128人，流动票箱120人，共1,288人): every voter votes at one place, so the places make up the
 * total closing the list (合计, 共计, 总计 or 共), and come to no more than the whole's own voters where the
 * notice states them once (never exactly: the whole's may be stated of another count of voters). The
 * total, where the places sum to it, is read as the whole's voters (list-total.ts); here the places are
 * summed against it whether or not they do. Read only where plain: each item a place named once and its
 * count in 人 or 名 up to the sentence's end, the list closed by its total or, under 各, by nothing; the
 * notice speaks nowhere of proxies or of a place counted in another (OTHER_WAYS_OF_VOTING).
 */
function votersListed(
  folded: string,
  original: string,
  sentence: Sentence,
  text: string,
  figures: readonly AnnouncedFigure[],
): StatedPartition[] | null {
  const heading = VOTERS_HEADING.exec(text);
  if (!heading) return null;
  // Proxies and voters counted apart (委托, 另有) leave the places' voters short of every voter.
  const meaning = listedVoters(heading);
  if ((meaning === 'cast' ? OTHER_WAYS_OF_VOTING : OTHER_REGISTERS).test(folded)) return null;
  const tokens = sentence.clauses.flatMap((clause) => clause.tokens);
  const found = votersOf(folded, original, sentence.start + heading[0].length, sentence.end, tokens);
  if (!found) return null;
  // Without 各 the places may be some of them only: summed only against the total that closes them.
  const each = heading[0].includes('各');
  if (!found.total && !each) return null;
  const stated = found.total
    ? figures.find((figure) => figure.origin.span?.[1] === found.total?.span[1])
    : undefined;
  // A figure read inside the list, other than its total: some item means more than the heading says.
  const [from, to] = [found.parts[0]!.span[0], found.total?.span[1] ?? found.parts.at(-1)!.span[1]];
  // An item read as that place's own (第二组388人 as a group of 388) is the item itself.
  const ends = new Set(found.parts.map((part) => part.span[1]));
  const itself = (figure: AnnouncedFigure) =>
    figure === stated ||
    (figure.kind === 'group' && figure.origin.span !== undefined && ends.has(figure.origin.span[1]));
  if (figures.some((figure) => !itself(figure) && within(figure, from, to))) return null;
  // The total read as another count, or as some place's, is not the places' sum.
  if (stated && !(stated.kind === 'count' && stated.meaning === meaning && stated.scope === undefined))
    return null;
  const result: StatedPartition[] = [];
  if (found.total)
    result.push({
      family: 'polling-stations',
      total: stated ?? {
        kind: 'count',
        meaning,
        contest: null,
        value: found.total.value,
        origin: { span: found.total.span, text: found.total.text },
      },
      parts: found.parts,
      complete: true,
    });
  // The whole's own voters, stated once, of no place, time or body: the places are no more than them.
  // The registered voters are summed against their own 合计 only: a group's register may hold voters
  // registered in no group of the whole's count (寄居, 户籍在外), as the text does not say.
  if (meaning === 'registered') return result;
  const whole = figures.filter(
    (figure) =>
      figure !== stated &&
      figure.kind === 'count' &&
      figure.meaning === 'cast' &&
      figure.contest === null &&
      figure.origin.span !== undefined &&
      figure.scope === undefined &&
      figure.setting === undefined &&
      figure.section === undefined &&
      figure.bodies === undefined &&
      figure.subject === undefined &&
      figure.among === undefined,
  );
  const own = whole[0];
  const others = figures.filter(
    (figure) =>
      figure !== stated && figure.kind === 'count' && figure.meaning === 'cast' && !whole.includes(figure),
  );
  if (whole.length === 1 && own && (others.length === 0 || othersAreTheListsOwn(others, sentence)))
    result.push({ family: 'polling-stations', total: own, parts: found.parts, complete: false });
  return result;
}

/** The other voters read are the list's first item only (各投票站参加投票人数：第一组412人, read as that place's). */
function othersAreTheListsOwn(others: readonly AnnouncedFigure[], sentence: Sentence): boolean {
  return others.every((figure) => {
    const span = figure.origin.span;
    return span !== undefined && span[0] >= sentence.start && span[1] <= sentence.end;
  });
}

/**
 * The heading: 各 and the boxes (投票箱, 网格投票箱, 投票站, 投票点, 会场), then one kind of ballot and a colon
 * (各投票箱收回选票：, 各投票站发出选票情况如下：). Only at the sentence's start.
 */
const HEADING =
  /^[^\S\n]*(?:全村|本村|全社区|本社区)?各(?:网格)?(?:投票箱|投票站|投票点|票箱|会场|分会场|投票站点)(收回|回收|发出|发放)(?:的)?选票(?:情况|数)?(?:如下|分别为|为)?[：:][^\S\n]*/;

/** A place of the list: a numbered grid, group, box or station, the central station or venue, the mobile box. */
const PLACE = String.raw`(?:第[一二三四五六七八九十\d]{1,3}(?:网格|居民小组|村民小组|小组|投票站|投票点|投票箱|分会场)(?:投票箱|投票站|投票点)?|中心(?:投票站|会场|投票点)|主会场|流动(?:投)?票箱)`;

const ITEM = new RegExp(String.raw`^(${PLACE})[：:]?(\d[\d,]*)张$`);
const TOTAL = /^(?:合计|共计|总计)(收回|回收|发出|发放)?(?:选票)?[：:]?(\d[\d,]*)张$/;
const TURNOUT_AFTER = /^(?:参选率|投票率)(?:为)?\d{1,3}(?:\.\d{1,4})?%$/;

interface Listed {
  readonly parts: PartitionPart[];
  readonly total: { readonly value: bigint; readonly span: [number, number]; readonly text: string } | null;
}

/** The items from `start` to the sentence's end, or null when any is not a place and its count in 张 alone. */
function itemsOf(
  folded: string,
  original: string,
  start: number,
  end: number,
  kind: 'issued' | 'returned',
  tokens: readonly NumberToken[],
): Listed | null {
  const parts: PartitionPart[] = [];
  const names = new Set<string>();
  let total: Listed['total'] = null;
  let at = start;
  let stop = end;
  while (stop > start && /[。.；;，,\s]/.test(folded.charAt(stop - 1))) stop--;
  const body = folded.slice(start, stop);
  // Parted at the commas between items, never at those grouping a count's thousands (1,188张).
  for (const piece of body.split(/[，、；;]|,(?!\d{3}(?:\D|$))/)) {
    const from = at;
    at += piece.length + 1;
    const words = piece.trim();
    const lead = from + piece.indexOf(words);
    if (total) return null;
    const sum = TOTAL.exec(words);
    if (sum?.[2]) {
      if (sum[1] && /发/.test(sum[1]) !== (kind === 'issued')) return null;
      const token = countAt(tokens, lead + words.length - 1 - sum[2].length, kind);
      if (!token) return null;
      total = { value: token.value.digits, span: [lead, token.end], text: original.slice(lead, token.end) };
      continue;
    }
    const item = ITEM.exec(words);
    if (!item?.[1] || !item[2] || names.has(item[1])) return null;
    const token = countAt(tokens, lead + words.length - 1 - item[2].length, kind);
    if (!token) return null;
    names.add(item[1]);
    parts.push({
      kind: item[1],
      value: token.value.digits,
      span: [lead, token.end],
      text: original.slice(lead, token.end),
    });
  }
  return parts.length >= 2 ? { parts, total } : null;
}

/**
 * The places' voters from `start` to the sentence's end (headed-voters-list.ts), each count exactly
 * stated; after the total only its turnout (共1,288人，参选率92.00%). Null when any of this does not hold.
 */
function votersOf(
  folded: string,
  original: string,
  start: number,
  end: number,
  tokens: readonly NumberToken[],
): Listed | null {
  const found = placesVotersListed(folded.slice(start, end));
  if (!found || found.after.some((words) => !TURNOUT_AFTER.test(words))) return null;
  const parts: PartitionPart[] = [];
  for (const place of found.places) {
    const token = countAt(tokens, start + place.count, 'cast');
    if (!token) return null;
    const from = start + place.start;
    parts.push({
      kind: place.name,
      value: token.value.digits,
      span: [from, token.end],
      text: original.slice(from, token.end),
    });
  }
  let total: Listed['total'] = null;
  if (found.total) {
    const token = countAt(tokens, start + found.total.count, 'cast');
    if (!token) return null;
    const from = start + found.total.start;
    total = { value: token.value.digits, span: [from, token.end], text: original.slice(from, token.end) };
  }
  return { parts, total };
}

/** The whole count of ballots (of voters) starting at `at`, exactly stated. */
function countAt(
  tokens: readonly NumberToken[],
  at: number,
  kind: 'issued' | 'returned' | 'cast',
): NumberToken | undefined {
  const token = tokens.find((one) => one.span[0] === at);
  return token &&
    (kind === 'cast' ? token.unit === '人' || token.unit === '名' : token.unit === '张') &&
    !token.percent &&
    token.value.decimals === 0 &&
    !token.approximate &&
    !token.inExpression &&
    !token.garbled
    ? token
    : undefined;
}

const within = (figure: AnnouncedFigure, from: number, to: number): boolean => {
  const span = figure.origin.span;
  return span !== undefined && span[0] >= from && span[1] <= to;
};
