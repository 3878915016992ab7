import type { AnnouncedFigure, PartitionPart, StatedPartition } from './announced-figures.js';
import type { Sentence } from './segment-text.js';

/**
 * The polling stations' counts stated one after another, then their sum (第一投票站参加投票1315人，第二投票站
 * 参加投票742人，流动票箱参加投票97人，合计参加投票2154人): each voter votes at one station or box, and
 * 合计 says the total is of the stations listed, so they must add up to it exactly. Each clause before
 * the total must hold one count of a station not named yet, with the total's own verb (参加投票, 发出,
 * 收回); a clause naming no station ends the list. Null when there are not two such stations, or when a
 * station is named twice or counted otherwise (the list is then not the one the total sums).
 */
export function stationsBefore(
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
