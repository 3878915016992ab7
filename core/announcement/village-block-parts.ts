import type { AnnouncedFigures, CountFigure } from './announced-figures.js';
import { ofAnotherBody, settingOf } from './comparable-mentions.js';
import { COMMITTEE_NAMES } from './body-words.js';

/**
 * One village's (or community's) block of a township's summary (`villageBlocks`), by where its counts
 * stand: `firstVote`, the counts that are certainly the committee's first vote there (of the block's
 * place, before any count of a runoff, of another body or of another group in the block); `apart`, the
 * block's counts after them (另行选举…参加投票690人, 村民小组长选举参加投票1,200人, and whatever follows them in
 * the block), never part of the first vote's account.
 */
export interface VillageBlock {
  readonly name: string;
  readonly firstVote: readonly CountFigure[];
  readonly apart: readonly CountFigure[];
}

/**
 * A township's summary read as blocks in text order (东湾村：参加投票…。 西岭村：…。 全镇合计：登记选民…): each
 * block runs from its place's first count to the next block's, the last to the first count after it of
 * no place or of the wider place (全镇, 全乡 …) set in no round or body, where the `totals` begin. Null
 * where the blocks are not so laid out (a block's name with no count, names out of order, a count of one
 * block's place inside another's): the blocks are then read by their places alone.
 */
export function villageBlockParts(notice: AnnouncedFigures): {
  readonly blocks: readonly VillageBlock[];
  readonly totals: readonly CountFigure[];
  readonly totalsBefore: readonly CountFigure[];
} | null {
  const names = notice.villageBlocks ?? [];
  if (names.length < 2) return null;
  const counts = notice.figures
    .filter((figure): figure is CountFigure => figure.kind === 'count' && figure.origin.span !== undefined)
    .sort((a, b) => a.origin.span![0] - b.origin.span![0]);
  // Each place's first count found in one pass, and each count's block by a pointer that only moves on:
  // a summary of many villages stays linear.
  const named = new Set(names);
  const first = new Map<string, number>();
  counts.forEach((figure, index) => {
    const place = figure.scope ?? '';
    if (named.has(place) && !first.has(place)) first.set(place, index);
  });
  const starts = names.map((name) => first.get(name) ?? -1);
  if (starts.some((start, index) => start < 0 || (index > 0 && start <= starts[index - 1]!))) return null;
  const blocks = names.map((name) => ({ name, firstVote: [] as CountFigure[], apart: [] as CountFigure[] }));
  const totals: CountFigure[] = [];
  // How many counts of another body's vote open each block before its first vote (none but those set apart).
  const opened = blocks.map(() => 0);
  let at = 0;
  for (let index = starts[0]!; index < counts.length; index++) {
    const figure = counts[index]!;
    if (totals.length > 0) {
      totals.push(figure);
      continue;
    }
    while (at + 1 < blocks.length && starts[at + 1]! <= index) at++;
    const block = blocks[at]!;
    const place = figure.scope ?? '';
    // A count of another block's place inside this one: not the layout of blocks.
    if (place !== block.name && named.has(place)) return null;
    if (at === blocks.length - 1 && wholeOrNone(place) && plainOfCommittee(figure)) {
      totals.push(figure);
      continue;
    }
    // 东湾村：村务监督委员会…有效票29张；选举参加投票876人…: the other body's vote opening the block, its counts set
    // apart, then the committee's own counts, the first of them named as its by their words (committee-after-mark.ts).
    const opening = opened[at] ?? 0;
    if (
      place === block.name &&
      block.firstVote.length === 0 &&
      opening === block.apart.length &&
      opening > 0 &&
      plainOfCommittee(figure) &&
      namesTheCommittee(figure)
    )
      block.firstVote.push(figure);
    else if (place === block.name && block.apart.length === opening && plainOfCommittee(figure))
      block.firstVote.push(figure);
    else {
      if (
        place === block.name &&
        block.firstVote.length === 0 &&
        opening === block.apart.length &&
        ofAnotherBodysVote(figure)
      )
        opened[at] = opening + 1;
      block.apart.push(figure);
    }
  }
  return { blocks, totals, totalsBefore: totalsBefore(counts, starts[0]!) };
}

/**
 * The totals stated before the first block (`全镇3个村共有登记选民3,690人，参加投票3,120人` ⏎ `东湾村：…`): the counts
 * right before the first block's, each of the wider place (全镇, 全乡, 全街道: never of no place, which may be
 * the notice's own village) and of the committee's own vote. Any other count between them and the blocks
 * (of a group, a round, another body) leaves none: the lead is then no plain line of totals.
 */
function totalsBefore(counts: readonly CountFigure[], first: number): CountFigure[] {
  const before = counts.slice(0, first);
  const wide = (figure: CountFigure) =>
    /^全(?:镇|乡|县|区|市|街道)$/.test(figure.scope ?? '') && plainOfCommittee(figure);
  let from = before.length;
  while (from > 0 && wide(before[from - 1]!)) from -= 1;
  return from === before.length || before.slice(0, from).some((figure) => !wide(figure))
    ? []
    : before.slice(from);
}

/** A wider place than any one block's (全镇, 全乡, 全街道), or no place named. */
const wholeOrNone = (place: string): boolean => place === '' || /^全(?:镇|乡|县|区|市|街道)$/.test(place);

/**
 * A count of the committee's own vote: of no candidate's race, no group of the voters, no round or other
 * setting, and no other body (村务监督委员会, 村民小组长).
 */
function plainOfCommittee(figure: CountFigure): boolean {
  if (figure.contest !== null || figure.among !== undefined || settingOf(figure) !== '') return false;
  if (ofAnotherBody(figure)) return false;
  const bodies = figure.bodies ?? '';
  return bodies === '' || bodies.split('·').every((body) => COMMITTEE_NAMES.has(body));
}

/** A count of a sentence about another body's vote (its subject: 村务监督委员会由村民代表会议选举产生，…有效票29张). */
const ofAnotherBodysVote = (figure: CountFigure): boolean => (figure.subject ?? '') !== '';

/** A count whose words name the committee as the body it is of (bodies 村委会 or 居委会, none else). */
function namesTheCommittee(figure: CountFigure): boolean {
  const bodies = figure.bodies ?? '';
  return bodies !== '' && bodies.split('·').every((body) => COMMITTEE_NAMES.has(body));
}
