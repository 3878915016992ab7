import type { AnnouncedFigures, CountMeaning } from '../../announcement/announced-figures.js';

/** An announcement stating whole-election counts only, as read from `announcement.txt`. */
export function announcedCounts(counts: Partial<Record<CountMeaning, bigint>>): AnnouncedFigures {
  const origin = { text: '' };
  return {
    file: 'announcement.txt',
    figures: Object.entries(counts).map(([meaning, value]) => ({
      kind: 'count' as const,
      meaning: meaning as CountMeaning,
      contest: null,
      value: value!,
      origin,
    })),
    unread: [],
  };
}
