import type { Bilingual } from '../model/finding.js';
import type { AnnouncedFigure, PercentFigure } from './announced-figures.js';
import { decimalText } from './announced-figures.js';
import { indexAtOrAfter } from './sorted-positions.js';

/**
 * A text that states turnouts of different values (a report of a whole round of village elections:
 * `其中33,055人投票，整體投票率為百分之56.4。原居民代表選舉的總投票率為53.80%…投票率75.84%`) speaks of several
 * elections, or of parts of one, and the counts of voters it states are of one of them at most. A
 * turnout is then judged only where it is the first turnout after the count of voters (the one that
 * count's sentence states); every other is unjudged (`ambiguous-base`): of which election, the text
 * does not say. A text with one turnout, or the same value stated twice, is judged as before.
 *
 * Returns why the turnout is not judged, or null when it may be.
 */
export function turnoutAmongSeveral(
  figure: PercentFigure,
  figures: readonly AnnouncedFigure[],
): Bilingual | null {
  if (!isTurnout(figure)) return null;
  const turnouts = turnoutsOf(figures);
  const value = decimalText(figure.value);
  // 参选率为85.4%（占登记选民的86.4%）: of the election the share it restates is of, judged where that one is.
  if (figure.restates !== undefined) {
    const restated = turnouts.shareAt.get(figure.restates);
    return restated ? turnoutAmongSeveral(restated, figures) : null;
  }
  // One value stated, however often: every turnout has it.
  if (turnouts.values.length === 0 || (turnouts.values.length === 1 && turnouts.values[0] === value))
    return null;
  const at = figure.origin.span?.[0];
  if (at === undefined) return null;
  // The last count of voters before the share, and no other turnout between them.
  const voters = lastBefore(turnouts.voterStarts, at);
  const turnoutBefore = lastBefore(turnouts.turnoutStarts, at);
  if (voters !== undefined && (turnoutBefore === undefined || turnoutBefore <= voters)) return null;
  const values = turnouts.listed;
  return {
    zh: `文中有几个不同的投票率（${values}），所列的参加投票人数只属于其中一次选举：${value}%是哪一次的，文中没有说明`,
    en: `the text states several different turnouts (${values}), and the voters it counts are of one election at most: which one ${value}% is of, the text does not say`,
  };
}

/** What every turnout of a text is judged against, gathered once per text: each turnout's own scan of every figure was quadratic. */
interface Turnouts {
  /** The turnouts' different values, in the order they first appear. */
  readonly values: readonly string[];
  /** The values written out once (12.5%, 60%), for the reason of every turnout left unjudged. */
  readonly listed: string;
  /** Where each turnout and each count of voters (of no one post) starts, ascending. */
  readonly turnoutStarts: readonly number[];
  readonly voterStarts: readonly number[];
  /** Every share by where it starts, to find the one a restatement restates without a scan each time. */
  readonly shareAt: ReadonlyMap<number, PercentFigure>;
}

const gathered = new WeakMap<readonly AnnouncedFigure[], Turnouts>();

function turnoutsOf(figures: readonly AnnouncedFigure[]): Turnouts {
  const known = gathered.get(figures);
  if (known) return known;
  // A restatement in brackets (restates) is no turnout of another election.
  const turnouts = figures.filter(
    (other): other is PercentFigure =>
      other.kind === 'percent' && isTurnout(other) && other.restates === undefined,
  );
  const starts = (list: readonly AnnouncedFigure[]) =>
    list.flatMap((other) => (other.origin.span ? [other.origin.span[0]] : [])).sort((a, b) => a - b);
  const values = [...new Set(turnouts.map((other) => decimalText(other.value)))];
  const result: Turnouts = {
    values,
    listed: values.map((other) => `${other}%`).join(', '),
    turnoutStarts: starts(turnouts),
    voterStarts: starts(
      figures.filter(
        (other) => other.kind === 'count' && VOTERS.has(other.meaning) && other.contest === null,
      ),
    ),
    shareAt: new Map(
      figures.flatMap((other) =>
        other.kind === 'percent' && other.origin.span ? [[other.origin.span[0], other] as const] : [],
      ),
    ),
  };
  gathered.set(figures, result);
  return result;
}

/** The greatest of the ascending `starts` below `at`. */
function lastBefore(starts: readonly number[], at: number): number | undefined {
  return starts[indexAtOrAfter(starts, at) - 1];
}

/** The voters, or the ballots returned that stand for them where no voters are stated. */
const VOTERS: ReadonlySet<string> = new Set(['cast', 'returned']);

const isTurnout = (figure: PercentFigure): boolean =>
  figure.part.kind === 'count' &&
  figure.part.meaning === 'cast' &&
  figure.whole.kind === 'count' &&
  figure.whole.meaning === 'registered';
