import type { AnnouncedFigures, CountFigure } from './announced-figures.js';
import { committeeOf } from './comparable-mentions.js';

/**
 * The committee a rule pack is about (村委会 for the villagers' packs, 居委会 for the residents'); '' for a
 * pack of neither (a party branch's, plurality).
 */
function committeeOfPack(packId: string): string {
  if (packId.startsWith('cn-village')) return '村委会';
  if (packId.startsWith('cn-residents')) return '居委会';
  return '';
}

/**
 * A township's summary of both its villages' and its communities' elections (村委会选举登记选民18,204人…；
 * 社区居委会选举登记选民6,120人…: counts under a committee, mention-settings.ts `committee`) is judged under a
 * pack by the counts of the committee the pack is about alone: its quorum is never held to the other
 * committee's counts, nor to the town's total of both. With none of that committee's counts stated, no count
 * is left and no quorum is judged (the counts are the town's, of no one election). A text whose counts stand
 * under no committee is returned as it is. `packId`: the pack's id or family (cn-village@2025, cn-residents:households).
 */
export function packCommitteeCounts(notice: AnnouncedFigures, packId: string): AnnouncedFigures {
  if (!notice.figures.some((figure) => figure.kind === 'count' && committeeOf(figure) !== '')) return notice;
  const own = committeeOfPack(packId);
  return {
    ...notice,
    figures: notice.figures
      .filter((figure) => figure.kind !== 'count' || (own !== '' && committeeOf(figure) === own))
      .map((figure) => (figure.kind === 'count' ? withoutWiderPlace(figure) : figure)),
  };
}

/** A wider place than any one committee's (全镇, 全乡, 全街道): a township's, county's or district's whole. */
const WIDER_PLACE = /^全(?:镇|乡|县|区|市|街道)$/;

/**
 * A committee's count of the wider place (（一）村委会换届。全镇14个村登记选民18,204人): all of that committee's
 * elections there together, the committee's own count in the summary, as a count naming no place under it is
 * (村委会选举登记选民18,204人).
 */
function withoutWiderPlace(figure: CountFigure): CountFigure {
  if (figure.scope === undefined || !WIDER_PLACE.test(figure.scope)) return figure;
  const { scope: _scope, ...rest } = figure;
  return rest;
}
