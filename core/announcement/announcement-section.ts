import type { Bilingual } from '../model/finding.js';
import type {
  AnnouncementSection,
  AnnouncementUnreadFigure,
  AnnouncementJudgedFigure,
} from '../model/report.js';
import { electorateInHouseholds } from './household-counts.js';
import { statedCount, unreadCount, type AnnouncedFigures } from './announced-figures.js';
import type { ArithmeticWork } from './judged-figures.js';
import { unreadReasonWords } from './report-unread.js';
import { ownElectionFigures } from './own-election-figures.js';
import { packCommitteeCounts } from './pack-committee-counts.js';
import { blockOfSpan, unreadNamed, withBlocksNamed } from './village-block-scopes.js';

/** At most this many judged and unread figures are listed in a report; the counts are of all. */
export const ANNOUNCEMENT_LIST_LIMIT = 200;

/**
 * The `announcement` section of a report: what was read, every figure judged with its work, and every
 * stated figure left unjudged with its reason (the reader's unread numbers, then shares whose counts the
 * text does not state). Under a pack (`packId`), the counts stated are those it judged: of its own committee in
 * a township's summary of both (pack-committee-counts.ts).
 */
export function announcementSection(
  figures: AnnouncedFigures,
  work: ArithmeticWork,
  packId?: string,
): AnnouncementSection {
  const unread: AnnouncementUnreadFigure[] = [];
  for (const figure of figures.unread) {
    if (unread.length >= ANNOUNCEMENT_LIST_LIMIT) break;
    const reason = figure.reason ?? 'no-meaning';
    const words = unreadReasonWords(figure);
    // In a summary of several villages' blocks, the village whose block holds it (西岭村：…).
    const place = blockOfSpan(figures, figure.span[0]);
    unread.push({
      text: figure.text,
      span: figure.span,
      reason,
      work: unreadNamed(quotedReason(words, figure.context), place),
      ...(place === undefined ? {} : { place }),
      ...(figure.bases ? { bases: figure.bases } : {}),
    });
  }
  for (const figure of work.unjudged) {
    if (unread.length >= ANNOUNCEMENT_LIST_LIMIT) break;
    const place = blockOfSpan(figures, figure.span?.[0]);
    unread.push({
      ...ownLine(figure.text, figure.span),
      reason: figure.reason,
      work: unreadNamed(figure.work, place),
      ...(place === undefined ? {} : { place }),
      ...(figure.bases ? { bases: figure.bases } : {}),
    });
  }
  // The counts of the notice's own vote, as judged: not an earlier vote's it restates (当时全村登记选民1,820人).
  const own = ownElectionFigures(packId === undefined ? figures : packCommitteeCounts(figures, packId));
  const stated = (meaning: Parameters<typeof statedCount>[1]) => statedCount(own, meaning);
  const cast = stated('cast');
  const returned = stated('returned');
  return {
    figuresRead: figures.figures.length,
    judgedCount: work.judged.length,
    judged: withBlocksNamed(figures, work.judged.slice(0, ANNOUNCEMENT_LIST_LIMIT)).map(
      (figure): AnnouncementJudgedFigure => ({ ...figure, ...ownLine(figure.text, figure.span) }),
    ),
    unreadCount: unreadCount(figures) + work.unjudged.length,
    unread,
    stated: {
      registered: stated('registered'),
      cast,
      issued: stated('issued'),
      returned,
      valid: stated('valid'),
      invalid: stated('invalid'),
    },
    castFrom: cast !== null ? 'cast' : returned !== null ? 'returned' : null,
    ...(electorateInHouseholds(figures.figures) ? { unit: 'households' as const } : {}),
  };
}

function quotedReason(words: Bilingual, context: string): Bilingual {
  // A reason's English ends in no comma (report-unread.ts); one that did would stand alone before the context.
  return { zh: `${words.zh}（“${context}”）`, en: `${words.en.replace(/,$/, '')} (“${context}”)` };
}

/** A line break, or a space between two Chinese characters: a line break the copy turned into a space. */
const LINE_END = /[\n\r\u2028\u2029]|(?<=[\u3400-\u9fff\uff01-\uff5e、。])[ \t]+(?=[\u3400-\u9fff])/gu;

/**
 * A figure as written, from the start of its own line: a label read from the sentence's start may
 * reach back over the notice's title or a heading (某县…总结报告 一、基本情况 全县18个), which a reader
 * must not take for part of the figure. The span moves with the text, so that it still marks it.
 */
function ownLine(
  text: string,
  span: readonly [number, number] | undefined,
): { text: string; span?: readonly [number, number] } {
  let from = 0;
  for (const end of text.matchAll(LINE_END)) from = end.index + end[0].length;
  const kept = from > 0 && from < text.length ? text.slice(from) : text;
  const cut = text.length - kept.length;
  if (!span) return { text: kept };
  return { text: kept, span: cut > 0 && span[1] - span[0] === text.length ? [span[0] + cut, span[1]] : span };
}
