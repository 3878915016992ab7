import type { AnnouncedFigure } from './announced-figures.js';
import { BALLOT_BRACKET } from './comparable-mentions.js';
import { normalizeText } from './normalize-text.js';

/**
 * A place above the village or community (全镇, 全乡, 青山镇, 全街道, 全县): never the place whose election a
 * village's or community's notice reports.
 */
const WIDER_PLACE = /(?:镇|乡|街道|县|市|省)$|^全区$/;

/**
 * A count of a wider place in the bracket after a ballot's name (`第一次投票（全镇当天参加投票19,870人）：本村登记
 * 选民1,630人…`): the township's figure beside the ballot's name, while the village's own counts follow the
 * bracket. It sets no place for the notice's ballot account: the counts after it are the village's, and are
 * summed and judged as such (before, the township's place set the account's and the village's own counts
 * were left unchecked). It still enters the account when the notice states no count of its own.
 */
export function widerPlaceInBallotBracket(figure: AnnouncedFigure): boolean {
  if (figure.kind !== 'count' || figure.scope === undefined || !figure.origin.span) return false;
  if (!WIDER_PLACE.test(normalizeText(figure.scope))) return false;
  return BALLOT_BRACKET.test(normalizeText(figure.origin.text).toLowerCase());
}
