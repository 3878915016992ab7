import type {
  AnnouncedFigure,
  PartitionPart,
  StatedPartition,
  TextSpan,
  UnreadFigure,
  WrittenCalculation,
} from './announced-figures.js';

/**
 * The reasons a register of voters changed, stated in brackets right after the change:
 *
 *     新增选民52人（年满18周岁38人，迁入14人）    删除选民46人（死亡33人，迁出13人）
 *     新增选民87名（年满十八周岁的61名，户籍迁入的26名）
 *
 * Each voter added turned 18, moved in or had the right restored; each struck off died, moved out or lost
 * the right: one reason each. A bracket listing such reasons and nothing else, in the change's own measure
 * word, gives the change's parts, and they must make it up exactly. With 其中 (新增选民64人（其中年满18周岁49人，
 * 迁入10人）) or 等 after the last, the bracket lists only some: they must come to no more than the change.
 *
 * Only where every part names a reason of the change's own direction (a voter added never died) and each
 * reason once, two parts at least (one part alone is judged as a part no more than its total), and the
 * change is a figure the reader read. A part of another kind (女性, 党员: people of any reason) leaves the
 * bracket unsummed.
 */

const INT = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)`;
/** A change of the register with its count, its measure word and the bracket opening right after it. */
const CHANGE = new RegExp(
  String.raw`(新增|增加|新登记|减少|删除|注销|核减)(?:的)?选民(?:共|为)?(${INT})(人|名)([^\S\n]{0,2}[（(])`,
  'g',
);
/** One part: its words, its count and its measure word (the piece is short: a bracket's item). */
const PART = new RegExp(String.raw`^([^（）()]{1,16}?)(${INT})(人|名)$`);

/**
 * The reason a part names, one per reason (年满18周岁 and 年满十八周岁的 are one): added for turning 18,
 * moving in, the right restored or returning; struck off for dying, moving out or losing the right. Null
 * for words of no reason of that direction.
 */
function reasonOf(label: string, added: boolean): string | null {
  const words = label.replace(/^(?:户籍|因|其中|的)+/, '');
  if (added) {
    if (/^(?:年满|满|新满|已满)(?:18|十八)(?:周岁|岁)/.test(words)) return 'turned 18';
    if (/迁入|转入|回迁/.test(words)) return 'moved in';
    if (/恢复/.test(words)) return 'restored';
    if (/返回|回村/.test(words)) return 'returned';
    return null;
  }
  if (/死亡|去世|病故|亡故/.test(words)) return 'died';
  if (/迁出|转出|外迁/.test(words)) return 'moved out';
  if (/剥夺|丧失/.test(words)) return 'right lost';
  return null;
}

/** How far the bracket's closing mark may stand: a few reasons. */
const BRACKET_REACH = 120;

export function registerChanges(
  folded: string,
  original: string,
  figures: readonly AnnouncedFigure[],
  unread: readonly UnreadFigure[] = [],
): StatedPartition[] {
  if (!/选民/.test(folded)) return [];
  const found: StatedPartition[] = [];
  let byEnd: Map<number, AnnouncedFigure> | null = null;
  for (const change of folded.matchAll(CHANGE)) {
    const added = /新增|增加|新登记/.test(change[1] ?? '');
    const unit = change[3] ?? '';
    const open = change.index + change[0].length;
    const countEnd = open - (change[4] ?? '').length;
    const rest = folded.slice(open, open + BRACKET_REACH);
    const close = rest.search(/[）)]/);
    if (close < 0 || /[（(\n]/.test(rest.slice(0, close))) continue;
    let inner = rest.slice(0, close);
    let offset = open;
    const among = /^[^\S\n]*其中[，,：:]?/.exec(inner);
    if (among) {
      inner = inner.slice(among[0].length);
      offset += among[0].length;
    }
    const some = /等[^\S\n]*$/.exec(inner);
    if (some) inner = inner.slice(0, some.index);
    const parts: PartitionPart[] = [];
    const reasons = new Set<string>();
    let at = offset;
    let ok = true;
    for (const piece of inner.split(/[，,、；;]/)) {
      const start = at + (piece.length - piece.trimStart().length);
      at += piece.length + 1;
      const part = PART.exec(piece.trim());
      const reason = part ? reasonOf(part[1] ?? '', added) : null;
      if (!part || part[3] !== unit || reason === null || reasons.has(reason)) {
        ok = false;
        break;
      }
      reasons.add(reason);
      const end = start + piece.trim().length;
      parts.push({
        kind: reason,
        value: BigInt((part[2] ?? '').replace(/,/g, '')),
        span: [start, end],
        text: original.slice(start, end),
      });
    }
    if (!ok || parts.length < 2) continue;
    byEnd ??= new Map(
      figures.flatMap((figure) =>
        (figure.kind === 'count' || figure.kind === 'group') && figure.origin.span
          ? [[figure.origin.span[1], figure] as const]
          : [],
      ),
    );
    const value = BigInt((change[2] ?? '').replace(/,/g, ''));
    // 减少选民40名（死亡28名，户籍迁出12名）: a change the reader took against the last term and left unread
    // (its number alone) is the total of the reasons in its bracket, read here.
    const total: AnnouncedFigure | undefined =
      byEnd.get(countEnd) ??
      (unreadNumberAt(unread, folded, change.index, countEnd, value)
        ? {
            kind: 'group',
            label: `${change[1]}选民`,
            partOf: null,
            value,
            origin: { span: [change.index, countEnd], text: original.slice(change.index, countEnd) },
          }
        : undefined);
    if (!total || (total.kind !== 'count' && total.kind !== 'group') || total.value !== value) continue;
    found.push({ family: 'register-changes', total, parts, complete: !among && !some });
  }
  return found;
}

/** Whether the change's number alone was listed unread, read as nothing else (a change against the last term). */
function unreadNumberAt(
  unread: readonly UnreadFigure[],
  folded: string,
  from: number,
  to: number,
  value: bigint,
): boolean {
  return unread.some(
    (figure) =>
      figure.reason === 'change' &&
      from <= figure.span[0] &&
      figure.span[1] <= to &&
      /^[\d,]+$/.test(folded.slice(figure.span[0], figure.span[1])) &&
      BigInt(folded.slice(figure.span[0], figure.span[1]).replace(/,/g, '')) === value,
  );
}

/**
 * The unread numbers without the changes whose reasons were summed against them (registerChanges read
 * them as the totals of their brackets): judged, no longer unread.
 */
export function withoutSummedChanges(
  unread: readonly UnreadFigure[],
  partitions: readonly StatedPartition[],
): readonly UnreadFigure[] {
  const totals = partitions
    .filter((partition) => partition.family === 'register-changes')
    .map((partition) => partition.total)
    .filter((total) => total.kind === 'group' && total.origin.span !== undefined);
  if (totals.length === 0) return unread;
  return unread.filter(
    (figure) =>
      figure.reason !== 'change' ||
      !totals.some((total) => {
        const [from, to] = total.origin.span ?? [0, 0];
        return from <= figure.span[0] && figure.span[1] <= to;
      }),
  );
}

/**
 * A register's balance stated in one run of clauses: the last term's voters, the voters added and those
 * struck off, and this term's voters (上届选民2300人，本届新增52人，删除46人，本届选民2306人): this term's are
 * the last term's with those added and without those struck off (2300 + 52 − 46). Judged as a
 * calculation of the text (rule `calculation`) only where all four stand so, in that order, in one
 * measure word, each once, with nothing else between them but a clause mark: any other word or count
 * (迁入, 其中, a share) leaves them as they were read. A change may carry the bracket of its own reasons
 * (删除选民41人（其中死亡29人，迁出12人）): each voter added or struck off is one of them, so the change is still
 * what the balance adds or takes away. Only a bracket of nothing but reasons of the change's own direction,
 * in its measure word (`reasonsOnly`): any other note (不含…, 女性…, a share) leaves the balance unread.
 */
/** A bracket right after a change's count: its words are tested by `reasonsOnly`. */
const NOTE = String.raw`[^\S\n]{0,2}[（(][^（）()\n]{1,60}[）)]`;
const BALANCE = new RegExp(
  String.raw`上一?届(?:登记)?选民(?:总数|人数)?(?:为|共|有)?(?<last>${INT})(?<unit>人|名)[，,；;](?:本届|本次)?(?:选民)?(?<firstWord>新增|增加|删除|减少|注销|核减)(?:选民)?(?<first>${INT})\k<unit>(?<firstNote>${NOTE})?[，,；;、](?:本届|本次)?(?<secondWord>新增|增加|删除|减少|注销|核减)(?:选民)?(?<second>${INT})\k<unit>(?<secondNote>${NOTE})?[，,；;](?:本届|本次)(?:登记)?选民(?:总数|人数)?(?:为|共|有)?(?<now>${INT})\k<unit>`,
  'g',
);

const ADDS = /新增|增加/;

/**
 * Whether a bracket after a change (`（其中死亡29人，迁出12人）`, `（年满18周岁38人，迁入14人）`) lists nothing but
 * the change's reasons, of its direction, each once, in its measure word: then it only breaks the change down.
 */
function reasonsOnly(note: string, added: boolean, unit: string): boolean {
  const inner = note
    .trim()
    .slice(1, -1)
    .replace(/^[^\S\n]*其中[，,：:]?/, '');
  const reasons = new Set<string>();
  for (const piece of inner.split(/[，,、；;]/)) {
    const part = PART.exec(piece.trim());
    const reason = part ? reasonOf(part[1] ?? '', added) : null;
    if (!part || part[3] !== unit || reason === null || reasons.has(reason)) return false;
    reasons.add(reason);
  }
  return reasons.size > 0;
}

export function registerBalances(folded: string, original: string): WrittenCalculation[] {
  if (!/上一?届/.test(folded)) return [];
  const found: WrittenCalculation[] = [];
  for (const match of folded.matchAll(BALANCE)) {
    const groups = match.groups ?? {};
    const adds = [groups.firstWord, groups.secondWord].map((word) => ADDS.test(word ?? ''));
    // One change added, the other struck off.
    if (adds[0] === adds[1]) continue;
    const unit = groups.unit ?? '';
    if (
      (groups.firstNote !== undefined && !reasonsOnly(groups.firstNote, adds[0] === true, unit)) ||
      (groups.secondNote !== undefined && !reasonsOnly(groups.secondNote, adds[1] === true, unit))
    )
      continue;
    const number = (text: string | undefined) => BigInt((text ?? '').replace(/,/g, ''));
    const [added, struck] = adds[0] ? [groups.first, groups.second] : [groups.second, groups.first];
    const last = number(groups.last);
    const span: TextSpan = [match.index, match.index + match[0].length];
    found.push({
      span,
      text: original.slice(span[0], span[1]),
      numerator: last + number(added) - number(struck),
      denominator: 1n,
      result: { digits: number(groups.now), decimals: 0 },
      resultPercent: false,
      statedOf: `${last} + ${number(added)} − ${number(struck)}`,
    });
  }
  return found;
}
