import type { AnnouncedFigure, CountFigure, TextSpan } from './announced-figures.js';
import type { ShortOfHalfRow } from './read-vote-table.js';
import { RUNOFF_WORDS } from './round-words.js';

/** A row marked short of half, with the voters of its own round where the form's headings say it plainly. */
export interface ShortOfHalfRowRead extends ShortOfHalfRow {
  /**
   * The first round's voters (参加投票人数 under the heading 第一次投票), for a row standing between that heading
   * and the runoff's (另行选举): the mark is of that round's vote (short-of-half-claim.ts).
   */
  readonly firstRoundVoters?: { readonly value: bigint; readonly span: TextSpan };
  /**
   * The runoff's voters (参加投票人数 under the heading 另行选举), for a row standing after them in the runoff's
   * block: the mark is of the runoff's vote, and over half of its voters it says what the votes are not.
   */
  readonly runoffVoters?: { readonly value: bigint; readonly span: TextSpan };
}

/** A line (trimmed) numbered or not that is only a heading naming a round (第一次投票, 二、另行选举, 第二轮投票结果：). */
const NUMBERING = String.raw`(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[、.．])?`;
const FIRST_HEADING = new RegExp(
  String.raw`^${NUMBERING}[^\S\n]?(?:第一次投票|第一轮投票|第一轮|首轮投票)(?:结果|情况)?[：:]?$`,
);
const RUNOFF_HEADING = new RegExp(
  String.raw`^${NUMBERING}[^\S\n]?(?:另行选举|第二轮投票|第二次投票|第二轮)(?:投票)?(?:结果|情况)?[：:]?$`,
);
/** A heading naming a round after the runoff (第三轮投票, 第二次另行选举, 再次另行选举): the runoff's block ends. */
const LATER_HEADING = new RegExp(
  String.raw`^${NUMBERING}[^\S\n]?(?:第[三四五]轮|第[三四五]次投票|第[二三]次另行选举|再次另行选举|再次投票)(?:投票)?(?:结果|情况)?[：:]?$`,
);

/** Words naming the voters who cast a ballot in a form's account (参加投票人数, 实际投票人数, 投票人数). */
const VOTERS_NAMED = /参加投票|参与投票|实际投票|投票人数|参选人数/g;

/**
 * 第一次投票 ⏎ 参加投票人数 ⏎ 1,318 … 郑海涛 ⏎ 700 ⏎ 未过半数 ⏎ 另行选举 ⏎ 参加投票人数 ⏎ 1,100 …: a form whose round
 * headings split it plainly. A row marked short of half that stands between the one heading naming the first
 * round and the first heading naming a runoff after it is of the first round, and is held to that round's
 * voters: the one count of voters stated between the heading and the row. Only where the text names the first
 * round in exactly one heading line and no runoff before it; every other count of voters stands after the
 * runoff's heading in a runoff's setting; no count or votes stand in any other setting (上届, a re-vote), nor
 * any between the two headings; and the row's votes stand in no setting. A row marked so after the runoff's own
 * count of voters is of the runoff, and is held to that count: only where the runoff's block states its voters
 * once (one count, named once), all its figures in one setting and of no place, and no heading names a later
 * round. Otherwise the rows are as read (the mark then listed unread where it is over half of a count). One
 * pass over the lines and one over the figures.
 */
export function shortOfHalfRounds(
  folded: string,
  figures: readonly AnnouncedFigure[],
  rows: readonly ShortOfHalfRow[],
): readonly ShortOfHalfRowRead[] {
  let first: TextSpan | null = null;
  let runoff: TextSpan | null = null;
  let secondRunoff = false;
  let at = 0;
  while (at <= folded.length) {
    const end = folded.indexOf('\n', at);
    const stop = end < 0 ? folded.length : end;
    // The line without the spaces around it, so that the headings' patterns need none at their ends.
    const line = folded.slice(at, stop).trim();
    if (line.length <= 24) {
      if (FIRST_HEADING.test(line)) {
        if (first !== null || runoff !== null) return rows;
        first = [at, stop];
      } else if (RUNOFF_HEADING.test(line)) {
        if (first === null) return rows;
        // A second runoff heading: the runoff's block is not one.
        if (runoff !== null) secondRunoff = true;
        runoff ??= [at, stop];
      } else if (LATER_HEADING.test(line)) secondRunoff = true;
    }
    if (end < 0) break;
    at = end + 1;
  }
  if (first === null || runoff === null) return rows;
  const [, firstEnd] = first;
  const [runoffStart] = runoff;
  let voters: CountFigure | null = null;
  const runoffCounts: CountFigure[] = [];
  let runoffSetting: string | null = null;
  for (const figure of figures) {
    if (figure.kind !== 'count' && figure.kind !== 'votes') continue;
    const span = figure.origin.span;
    if (span === undefined) continue;
    const setting = figure.setting;
    if (setting !== undefined && (span[0] < runoffStart || !RUNOFF_WORDS.test(setting))) return rows;
    // Every figure of the runoff's block in one setting: else two runoffs' figures may stand in it.
    if (setting !== undefined) {
      runoffSetting ??= setting;
      if (setting !== runoffSetting) secondRunoff = true;
    }
    if (figure.kind !== 'count' || figure.meaning !== 'cast' || figure.contest !== null) continue;
    if (span[0] >= runoffStart) {
      if (setting === undefined) return rows;
      if (figure.scope !== undefined || figure.among !== undefined) secondRunoff = true;
      runoffCounts.push(figure);
      continue;
    }
    // Voters before the first round's heading, or stated twice in its block: whose the row's votes are of is
    // not plain.
    if (span[0] < firstEnd || voters !== null) return rows;
    if (figure.scope !== undefined || figure.among !== undefined) return rows;
    voters = figure;
  }
  const votersSpan = voters?.origin.span;
  if (voters === null || votersSpan === undefined) return rows;
  // Voters named again in the block, though that statement was not read (a second 参加投票人数 taken back as
  // garbled): the block states them more than once.
  if ((folded.slice(firstEnd, runoffStart).match(VOTERS_NAMED) ?? []).length !== 1) return rows;
  // The runoff's voters: one count, named once in its block, and no round after it.
  const [ofRunoff] = runoffCounts;
  const runoffSpan = ofRunoff?.origin.span;
  const runoffPlain =
    !secondRunoff &&
    runoffCounts.length === 1 &&
    (folded.slice(runoff[1]).match(VOTERS_NAMED) ?? []).length === 1;
  return rows.map((row) => {
    if (row.votesAt > votersSpan[1] && row.votesAt < runoffStart)
      return { ...row, firstRoundVoters: { value: voters.value, span: votersSpan } };
    if (runoffPlain && ofRunoff && runoffSpan && row.votesAt > runoffSpan[1])
      return { ...row, runoffVoters: { value: ofRunoff.value, span: runoffSpan } };
    return row;
  });
}
