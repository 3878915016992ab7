import type { AnnouncedFigures, CountFigure, GroupFigure } from './announced-figures.js';
import { committeeOf } from './comparable-mentions.js';
import { normalizeText } from './normalize-text.js';

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

/**
 * Whether the counts a pack judges are a township's totals of several elections of its committee (the
 * text names both committees' elections, and that committee's counts are kept: packCommitteeCounts), and
 * how many elections they sum when the text counts the committee's places one way only (全镇14个村, 3个社区;
 * null when it does not, or counts them two ways). So too a summary of blocks of several villages
 * (villageBlocks) whose voters judged (`cast`) are of none of them: the totals. Null for any other text.
 */
export function summaryOfElections(
  notice: AnnouncedFigures,
  packId: string,
  cast?: CountFigure,
): ElectionsSummed | null {
  const own = committeeOfPack(packId);
  if (own === '') return null;
  // 东湾村：参加投票1230人… 西岭村：… 全镇合计参加投票3120人: blocks of several villages, the voters judged of none.
  const blocks = notice.villageBlocks ?? [];
  const ofBlocks = blocks.length > 1 && cast !== undefined && !blocks.includes(cast.scope ?? '');
  if (!ofBlocks && !notice.figures.some((figure) => figure.kind === 'count' && committeeOf(figure) === own))
    return null;
  return electionsCounted(notice, own === '村委会' ? PLACES_OF_VILLAGES : PLACES_OF_COMMUNITIES);
}

/**
 * How many elections a summary's totals sum, and the counts of places that say so (全镇3个村): the one value
 * every count of the committee's places alone states, more than 1; null (and no count) when the text states
 * none, or states them of two values.
 */
export interface ElectionsSummed {
  readonly elections: number | null;
  /** The counts of places taken as the number of elections (each stating it), in text order; empty when null. */
  readonly countedBy: readonly GroupFigure[];
}

function electionsCounted(notice: AnnouncedFigures, kind: RegExp): ElectionsSummed {
  const places = notice.figures.filter(
    // The words as shown are the original's (全鎮３個村): read folded, as the reader reads them.
    (figure): figure is GroupFigure =>
      figure.kind === 'group' && kind.test(normalizeText(figure.origin.text)),
  );
  const counted = new Set(places.map((figure) => figure.value));
  const [elections] = [...counted];
  return counted.size === 1 && elections !== undefined && elections > 1n
    ? { elections: Number(elections), countedBy: places }
    : { elections: null, countedBy: [] };
}

/**
 * A count of villages alone, after the wider place, a township named or nothing (全镇14个村, 青松镇3个村,
 * 14个行政村): not 有12个村参选率….
 */
export const PLACES_OF_VILLAGES =
  /^(?:全(?:镇|乡|县|区|市|街道)|[\u4e00-\u9fff]{1,6}(?:镇|乡|街道))?[\d]{1,4}个(?:行政村|村)$/u;
/** A count of communities alone (全镇3个社区, 云溪街道5个社区, 3个城市社区). */
export const PLACES_OF_COMMUNITIES =
  /^(?:全(?:镇|乡|县|区|市|街道)|[\u4e00-\u9fff]{1,6}(?:镇|乡|街道))?[\d]{1,4}个(?:城市社区|社区)$/u;

/**
 * A township's totals of its villages' elections stated for the wider place alone, naming no committee
 * (全镇登记选民3,690人，参加投票1,720人), in a text of villages' elections only (villageElectionsOnly) judged
 * by a villagers' pack, or a street's of its communities' alone (communityElectionsOnly) judged by the
 * residents' pack of people: the registered and the voters, each stated once, with how many villages they sum
 * (summaryOfElections' count, null when the text counts them one way not). Were every village's voters half
 * its register, so would the totals be: totals short of it mean that one election at least was short of it.
 * Null for any other text (a summary of villages and communities too, blocks of villages, a register or
 * voters of any other place).
 */
export function townTotalsOfVillages(
  notice: AnnouncedFigures,
  packId: string,
): (ElectionsSummed & { readonly registered: number; readonly cast: number }) | null {
  // 云溪街道社区居民委员会换届…全街道登记选民8,120人: a street's totals of its communities' elections alone, so
  // too under the residents' pack of people (a pack counting households is not held to totals of people).
  const committee = committeeOfPack(packId);
  const villages = committee === '村委会' && notice.villageElectionsOnly !== undefined;
  const communities =
    committee === '居委会' && !packId.includes(':households') && notice.communityElectionsOnly !== undefined;
  if (!villages && !communities) return null;
  if ((notice.villageBlocks ?? []).length > 1) return null;
  const counts = notice.figures.filter(
    (figure): figure is CountFigure => figure.kind === 'count' && figure.contest === null,
  );
  const totals = counts.filter((figure) => figure.meaning === 'registered' || figure.meaning === 'cast');
  const scopes = new Set(totals.map((figure) => figure.scope ?? ''));
  const [scope] = [...scopes];
  if (scopes.size !== 1 || scope === undefined || !WIDER_PLACE.test(scope)) return null;
  if (totals.some((figure) => figure.among !== undefined || committeeOf(figure) !== '')) return null;
  const once = (meaning: 'registered' | 'cast'): number | null => {
    const values = new Set(
      totals.filter((figure) => figure.meaning === meaning).map((figure) => figure.value),
    );
    const [value] = [...values];
    return values.size === 1 && value !== undefined ? Number(value) : null;
  };
  const registered = once('registered');
  const cast = once('cast');
  if (registered === null || cast === null || cast > registered) return null;
  return {
    registered,
    cast,
    ...electionsCounted(notice, villages ? PLACES_OF_VILLAGES : PLACES_OF_COMMUNITIES),
  };
}
