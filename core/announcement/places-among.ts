import type { GroupFigure, ShareTerm, TextSpan } from './announced-figures.js';
import type { NumberToken } from './scan-numbers.js';
import type { SentenceState } from './sentence-state.js';
import { isAttributeLabel } from './summary-totals.js';

/** Places counted among others of their kind (在18个省辖市中，有10个省辖市…), for the rate after them. */

/** 在18个省辖市中: the places named, then 中, ending the clause. */
const PLACES_AMONG = /^\s*([\u4e00-\u9fff]{1,8}?)中\s*$/;
/** 达标率, 成功率 (为, 达到): a rate standing alone at the start of its clause. */
const PLACES_RATE = /^([\u4e00-\u9fff]{1,4})率\s*(?:为|达到?|是)?$/;

/** What people do in an election: a rate of them is no rate of places. */
const PEOPLE_ACTS = /当选|参选|投票|得票|参与|出席|到会|连任|留任/;

/** What reading places among others needs of the text reader. */
export interface SpanReader {
  origin(span: TextSpan): { span: TextSpan; text: string };
  spanFrom(start: number, end: number): TextSpan;
}

/**
 * 在18个省辖市中，有10个省辖市实现了…: places of one kind named by 在…中 (their total), then a count of the
 * same places in that sentence (a part of them), for the rate that follows (达标率55.6%). Kept to the
 * sentence; null for any other count.
 */
export function placesAmong(
  reader: SpanReader,
  token: NumberToken,
  label: string,
  labelStart: number,
  trailer: string,
  lastInClause: boolean,
  value: bigint,
  state: SentenceState,
): GroupFigure | null {
  if (token.unit !== '个') return null;
  const named = lastInClause && /在\s*$/.test(label) ? PLACES_AMONG.exec(trailer) : null;
  if (named?.[1] !== undefined) {
    const total: GroupFigure = {
      kind: 'group',
      label: named[1],
      partOf: null,
      value,
      places: true,
      origin: reader.origin([token.span[0], token.end + named[0].trimEnd().length]),
    };
    state.amongPlaces = { total, part: null };
    return total;
  }
  const among = state.amongPlaces;
  const words = trailer.trim();
  if (!among || among.part !== null || !/^有?\s*$/.test(label) || !words.startsWith(among.total.label))
    return null;
  if (words === among.total.label || value > among.total.value) return null;
  const part: GroupFigure = {
    kind: 'group',
    label: words,
    partOf: among.total.label,
    value,
    places: true,
    origin: reader.origin(reader.spanFrom(labelStart, token.end + trailer.trimEnd().length)),
  };
  among.part = part;
  return part;
}

/** 在18个省辖市中，有10个省辖市…，达标率55.6%: the rate of the part of those places, once; null otherwise. */
export function amongPlacesRate(
  label: string,
  state: SentenceState,
): { part: ShareTerm; whole: ShareTerm } | null {
  const among = state.amongPlaces;
  const rate = PLACES_RATE.exec(label.trim());
  // 达标率 after 有10个省辖市实现了目标: the rate of what the places were said to do. 女性当选率, 参选率
  // after them are rates of people (women among those elected, voters), whose counts are not given.
  const stem = rate?.[1] ?? '';
  const ofPeople = isAttributeLabel(stem) || PEOPLE_ACTS.test(stem);
  if (among?.part && rate && !ofPeople) {
    state.amongPlaces = null;
    return {
      part: { kind: 'group', label: among.part.label },
      whole: { kind: 'group', label: among.total.label },
    };
  }
  return null;
}
