import type { Bilingual } from '../model/finding.js';
import { BLANK, type Election } from '../model/election.js';
import { csvField } from '../tallies/csv-field.js';
import { BOX_FIGURES } from './typed-box.js';
import type { TypedBoxReading } from './read-typed-box.js';
import { enCounts } from '../text/english-count.js';

/** What keeps typed sheets from being written out, box by box (null: the whole set). */
export interface SheetsNotReady {
  readonly box: string | null;
  readonly message: Bilingual;
}

export type TypedSheetsCsv =
  | { readonly ok: true; readonly boxes: string; readonly tallies: string }
  | { readonly ok: false; readonly notReady: readonly SheetsNotReady[] };

const line = (cells: readonly (string | number)[]) => cells.map((cell) => csvField(String(cell))).join(',');

/**
 * The typed sheets as boxes.csv and tallies.csv (contract §2), to be read back by the recount as any
 * other sheets: boxes in the order typed, contests by id, candidates by id in the definition's order,
 * then `#blank` where typed, then the write-ins as written. Every box must be whole (no cell missing
 * or unreadable), named, and named once; the `voters` column is written when every box states it, and
 * refused when only some do (the contract has every cell of a column filled).
 */
export function typedSheetsCsv(election: Election, readings: readonly TypedBoxReading[]): TypedSheetsCsv {
  const notReady: SheetsNotReady[] = [];
  if (readings.length === 0)
    notReady.push({ box: null, message: { zh: '还没有票箱', en: 'there is no box yet' } });
  const seen = new Set<string>();
  for (const reading of readings) {
    const box = reading.sheet.box;
    if (box === '') notReady.push({ box, message: { zh: '有一个票箱没有名称', en: 'a box has no name' } });
    else if (seen.has(box))
      notReady.push({ box, message: { zh: `票箱“${box}”重复`, en: `box “${box}” appears twice` } });
    seen.add(box);
    if (reading.missing.length > 0)
      notReady.push({
        box,
        message: {
          zh: `票箱“${box}”还有${reading.missing.length}格未填`,
          en: enCounts`box “${box}” has ${reading.missing.length} ${reading.missing.length === 1 ? 'cell' : 'cells'} still to type`,
        },
      });
    if (reading.problems.length > 0)
      notReady.push({
        box,
        message: {
          zh: `票箱“${box}”有${reading.problems.length}格无法读取`,
          en: enCounts`box “${box}” has ${reading.problems.length} ${reading.problems.length === 1 ? 'cell' : 'cells'} that cannot be read`,
        },
      });
  }
  const withVoters = readings.filter((reading) => reading.sheet.voters !== undefined);
  if (withVoters.length > 0 && withVoters.length < readings.length)
    for (const reading of readings.filter((each) => each.sheet.voters === undefined))
      notReady.push({
        box: reading.sheet.box,
        message: {
          zh: `票箱“${reading.sheet.box}”没有填投票人数，而其他票箱填了：请都填或都不填`,
          en: `box “${reading.sheet.box}” has no voters figure while other boxes have one: fill it for all boxes or none`,
        },
      });
  if (notReady.length > 0) return { ok: false, notReady };

  const figures = BOX_FIGURES.filter((figure) => figure !== 'voters' || withVoters.length > 0);
  const boxes = [
    line(['box', ...figures]),
    ...readings.map((reading) =>
      line([reading.sheet.box, ...figures.map((figure) => reading.sheet[figure]!)]),
    ),
  ];
  const tallies = [line(['box', 'contest', 'candidate', 'votes'])];
  for (const reading of readings) {
    for (const contest of election.contests) {
      const counts = reading.votes.contests.get(contest.id)!;
      const row = (choice: string) => line([reading.sheet.box, contest.id, choice, counts.get(choice)!]);
      for (const candidate of contest.candidates) tallies.push(row(candidate.id));
      if (counts.has(BLANK)) tallies.push(row(BLANK));
      for (const writeIn of reading.writeInNames.get(contest.id) ?? []) tallies.push(row(writeIn.name));
    }
  }
  return { ok: true, boxes: boxes.join('\n') + '\n', tallies: tallies.join('\n') + '\n' };
}
