import type { AnnouncedFigure, PercentFigure, TextSpan } from './announced-figures.js';
import { normalizeText } from './normalize-text.js';

/**
 * A candidate's share whose own words name its base as the households that voted, after 占 right before it
 * (占参加投票户数的80.51%, 占参加投票户代表的, 占实际参加投票户数的, 占投票户数的): its base is that count, and
 * neither the ballots returned nor the valid ones a share of votes may otherwise be of.
 */
const NAMES_VOTING_HOUSEHOLDS =
  /占(?:本次)?(?:实际)?(?:参加|参与)?投票(?:的)?(?:户数|户代表(?:户数|数|人数)?)(?:的)?[^\S\n]{0,3}\d{1,3}(?:\.\d{1,6})?[^\S\n]?[%％]$/;

/** How many values of the households that voted a notice may state for its shares still to be judged of each. */
const MOST_VALUES = 3;

/** A count of voters read in households (参加投票的户代表2,688户), as the reader noted it. */
export interface VotingHouseholds {
  readonly figure: AnnouncedFigure;
  readonly span: TextSpan;
}

/**
 * The candidates' shares naming the households that voted as their base, each with that count (`ownBase`),
 * where the notice states the households that voted in one value (restated alike is once), of no place,
 * group or contest. Stated in two or three values (截至上午11时901户 … 投票结束时968户), each share carries them
 * all (`values`): it is judged of every one, wrong only when wrong of all, else unread with what each gives.
 * None when not stated at all, or in more values (the share is read as before). Each share is tested once by its own words; the counts once.
 */
export function sharesOfNamedHouseholds(
  figures: readonly AnnouncedFigure[],
  households: readonly VotingHouseholds[],
): { at: number; figure: PercentFigure }[] {
  let only: VotingHouseholds | undefined;
  const values: bigint[] = [];
  for (const count of households) {
    const figure = count.figure;
    if (figure.kind !== 'count' || figure.meaning !== 'cast') continue;
    if (figure.contest !== null || figure.scope !== undefined || figure.among !== undefined) return [];
    only ??= count;
    if (!values.includes(figure.value)) values.push(figure.value);
    // More values than a count restated at a time or two: no count of one vote's households.
    if (values.length > MOST_VALUES) return [];
  }
  if (only === undefined || only.figure.kind !== 'count') return [];
  const value = only.figure.value;
  // 截至上午11时901户 … 投票结束时968户: stated in several values, the share is judged of each (wrong only when
  // wrong of every one), never of one of them on a guess.
  const several = values.length > 1 ? { values } : {};
  const replaced: { at: number; figure: PercentFigure }[] = [];
  figures.forEach((figure, at) => {
    if (figure.kind !== 'percent' || figure.part.kind !== 'votes') return;
    if (figure.everyBase !== undefined || figure.partSum !== undefined) return;
    if (!NAMES_VOTING_HOUSEHOLDS.test(normalizeText(figure.origin.text))) return;
    replaced.push({
      at,
      figure: { ...figure, ownBase: { value, unit: 'households', span: only.span, ...several } },
    });
  });
  return replaced;
}
