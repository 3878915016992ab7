import type { Bilingual } from '../model/finding.js';
import type { AnnouncedFigure, PercentFigure } from './announced-figures.js';
import { decimalText } from './announced-figures.js';

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
  const turnouts = figures.filter(
    (other): other is PercentFigure => other.kind === 'percent' && isTurnout(other),
  );
  const value = decimalText(figure.value);
  if (turnouts.every((other) => decimalText(other.value) === value)) return null;
  const at = figure.origin.span?.[0];
  if (at === undefined) return null;
  // The last count of voters before the share, and no other turnout between them.
  let voters = -1;
  for (const other of figures) {
    const start = other.origin.span?.[0];
    if (start === undefined || start >= at) continue;
    if (other.kind === 'count' && VOTERS.has(other.meaning) && other.contest === null)
      voters = Math.max(voters, start);
  }
  const between = turnouts.some((other) => {
    const start = other.origin.span?.[0];
    return other !== figure && start !== undefined && start > voters && start < at;
  });
  if (voters >= 0 && !between) return null;
  const values = [...new Set(turnouts.map((other) => `${decimalText(other.value)}%`))].join(', ');
  return {
    zh: `文中有几个不同的投票率（${values}），所列的参加投票人数只属于其中一次选举：${value}%是哪一次的，文中没有说明`,
    en: `the text states several different turnouts (${values}), and the voters it counts are of one election at most: which one ${value}% is of, the text does not say`,
  };
}

/** The voters, or the ballots returned that stand for them where no voters are stated. */
const VOTERS: ReadonlySet<string> = new Set(['cast', 'returned']);

const isTurnout = (figure: PercentFigure): boolean =>
  figure.part.kind === 'count' &&
  figure.part.meaning === 'cast' &&
  figure.whole.kind === 'count' &&
  figure.whole.meaning === 'registered';
