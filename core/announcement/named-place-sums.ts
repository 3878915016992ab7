import type { AnnouncedFigure, PartitionPart, StatedPartition } from './announced-figures.js';
import type { Sentence } from './segment-text.js';
import { sentenceAndClauseAt } from './text-places.js';

/**
 * The people of a summary's total given village by village after 其中 (`共选出村民委员会成员21人，其中东营村5人、
 * 西营村7人、南营村5人、北营村4人`): each person is of one village, so the villages listed come to no more than
 * the total; and where the notice counts its villages once (`全镇4个村`) and lists that many, all of them,
 * they come to it exactly. Read only where plain: 其中 right after the total, then to the sentence's end
 * nothing but places named once each (a name of one to six characters ending in 村 or 社区, no body or
 * group of people: 村委会, 村民, 全村), each with one count in 人 or 名 and nothing else.
 */

/** How far after the total its list may run. */
const LIST_REACH = 240;
/** 其中 right after the total: a comma, then 其中. */
const AMONG = /^[，,]\s*其中[：:]?/;
/** One place's piece: its name, its count and unit. */
const PIECE = /^([\u4e00-\u9fff]{1,6}?(?:村|社区))(\d{1,6})(人|名)$/u;
/** A name that is a body, a group of people or the whole place, no village named. */
const NOT_A_PLACE = /委|民|党|两|全|本|各|该|其|每|行政村|^村$|^社区$/u;
/** The pieces of the list: at 、，； or a half-width comma not inside a number. */
const SEPARATOR = /[、，；;]|,(?!\d)/;

export function namedPlacePartitions(
  folded: string,
  original: string,
  sentences: readonly Sentence[],
  figures: readonly AnnouncedFigure[],
  taken: ReadonlySet<AnnouncedFigure>,
): StatedPartition[] {
  // The villages (or communities) the notice counts: one count of one kind, else no list is all of them.
  const counted = figures.filter((figure) => figure.kind === 'group' && figure.places === true);
  const only = counted.length === 1 ? counted[0] : undefined;
  const placesCounted =
    only?.kind === 'group'
      ? /^(?:行政)?村$/.test(only.label)
        ? { kind: '村', value: only.value }
        : /^(?:城市)?社区$/.test(only.label)
          ? { kind: '社区', value: only.value }
          : null
      : null;
  const partitions: StatedPartition[] = [];
  for (const total of figures) {
    if (taken.has(total) || total.kind !== 'group' || !total.origin.span) continue;
    if (total.places === true || total.partOf !== null || total.setting !== undefined) continue;
    if (!/[人名]$/.test(total.origin.text)) continue;
    const [, end] = total.origin.span;
    const { sentence } = sentenceAndClauseAt(sentences, end - 1);
    if (!sentence || sentence.end - end > LIST_REACH) continue;
    const after = folded.slice(end, sentence.end);
    const among = AMONG.exec(after);
    if (!among) continue;
    const listStart = end + among[0].length;
    const list = withoutClosingMarks(folded.slice(listStart, sentence.end));
    const parts: PartitionPart[] = [];
    const names = new Set<string>();
    let at = listStart;
    let plain = true;
    for (const piece of list.split(SEPARATOR)) {
      const match = PIECE.exec(piece.trim());
      const name = match?.[1];
      if (!match || !name || NOT_A_PLACE.test(name) || names.has(name)) {
        plain = false;
        break;
      }
      names.add(name);
      const from = at + piece.indexOf(name);
      const to = from + match[0].length;
      parts.push({ kind: name, value: BigInt(match[2]!), span: [from, to], text: original.slice(from, to) });
      at += piece.length + 1;
    }
    if (!plain || parts.length < 2) continue;
    const complete =
      placesCounted !== null &&
      BigInt(parts.length) === placesCounted.value &&
      parts.every((part) => part.kind.endsWith(placesCounted.kind));
    partitions.push({ family: 'named-places', total, parts, complete });
  }
  return partitions;
}

/** The list without the stops and spaces that close its sentence, trimmed by a walk back, no regex. */
function withoutClosingMarks(list: string): string {
  let end = list.length;
  while (end > 0 && /[。；;\s]/.test(list[end - 1]!)) end -= 1;
  return list.slice(0, end);
}
