import type { AnnouncedFigure } from './announced-figures.js';
import { roundNamed } from './round-words.js';

/** The counts of ballots a round's turnout is stated by: two rounds stating one of them are two turnouts. */
const TURNOUT_MEANINGS = new Set(['cast', 'issued', 'returned', 'valid']);

/**
 * The votes of a vote table that names no round of its own (no caption 第一次投票得票情况 or 另行选举结果
 * above it), after text that states the turnout of more than one round (第一次投票参加投票1320人…；另行选举中
 * 参加投票1100人…。现将选举结果公告如下：): the text before does not say which round's the table is, and the
 * round named last there is no more its round than the other. Their indices in `figures` (in text order,
 * the prose's figures with their settings beside the table's votes); `ofTable` tells the table's votes.
 * One pass: the words between figures are read once, so a long table stays linear.
 */
export function votesOfUnstatedRound(
  readable: string,
  figures: readonly AnnouncedFigure[],
  ofTable: ReadonlySet<AnnouncedFigure>,
): Set<number> {
  const unstated = new Set<number>();
  /** The rounds each kind of count is stated in since the last votes of prose: '' for none named. */
  let rounds = new Map<string, Set<string>>();
  /** Whether the words since the last figure of prose name a round (the table's own caption). */
  let captioned = false;
  let wordsFrom = 0;
  /** Whether the last figure was the table's. */
  let afterTable = false;
  figures.forEach((figure, index) => {
    const span = figure.origin.span;
    if (span === undefined) return;
    if (span[0] > wordsFrom) {
      if (roundNamed(readable.slice(wordsFrom, span[0])) !== null) captioned = true;
      wordsFrom = Math.max(wordsFrom, span[1]);
    }
    if (ofTable.has(figure)) {
      const several = [...rounds.values()].some((named) => named.size > 1);
      if (figure.kind === 'votes' && several && !captioned) unstated.add(index);
      afterTable = true;
      return;
    }
    captioned = false;
    // A report form's blocks (第一次投票 ⏎ counts ⏎ its table ⏎ 另行选举 ⏎ counts ⏎ its table): the counts after a
    // table begin the next block's account, so the rounds before the table are not the next table's.
    if (figure.kind === 'votes' || afterTable) rounds = new Map();
    afterTable = false;
    if (figure.kind !== 'count' || figure.contest !== null || !TURNOUT_MEANINGS.has(figure.meaning)) return;
    const setting = 'setting' in figure && typeof figure.setting === 'string' ? figure.setting : '';
    const named = rounds.get(figure.meaning) ?? new Set<string>();
    named.add(roundNamed(setting) ?? '');
    rounds.set(figure.meaning, named);
  });
  return unstated;
}
