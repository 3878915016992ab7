import type { AnnouncedFigure, CountFigure, PartitionPart, StatedPartition } from './announced-figures.js';
import type { NumberToken } from './scan-numbers.js';
import type { Sentence } from './segment-text.js';

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
    if (!heading?.[1]) continue;
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
const COUNTED_IN_ANOTHER = /计入|并入|归入|合并|包含在/;

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
  for (const piece of body.split(/[，,、；;]/)) {
    const from = at;
    at += piece.length + 1;
    const words = piece.trim();
    const lead = from + piece.indexOf(words);
    if (total) return null;
    const sum = TOTAL.exec(words);
    if (sum?.[2]) {
      if (sum[1] && /发/.test(sum[1]) !== (kind === 'issued')) return null;
      const token = countAt(tokens, lead + words.length - 1 - sum[2].length);
      if (!token) return null;
      total = { value: token.value.digits, span: [lead, token.end], text: original.slice(lead, token.end) };
      continue;
    }
    const item = ITEM.exec(words);
    if (!item?.[1] || !item[2] || names.has(item[1])) return null;
    const token = countAt(tokens, lead + words.length - 1 - item[2].length);
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

/** The whole count of ballots starting at `at`, exactly stated. */
function countAt(tokens: readonly NumberToken[], at: number): NumberToken | undefined {
  const token = tokens.find((one) => one.span[0] === at);
  return token &&
    token.unit === '张' &&
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
