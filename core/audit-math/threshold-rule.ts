import type { Election } from '../model/election.js';
import type { Bilingual } from '../model/finding.js';
import type { InputError } from '../model/result.js';
import { voidBeyondReturned, type BoxSheet } from '../model/tally.js';
import { location } from '../spreadsheet/sheet-csv.js';
import { englishCount, groupedCount } from '../text/english-count.js';
import { choosePack, RULE_PACKS } from '../rules/index.js';
import { ratio } from './ratio.js';
import type { SupermajorityRule } from './supermajority.js';

/**
 * The share of the ballots a winner needs in this election's round under its rule pack (the first
 * round's threshold, or the runoff's), when ballot polling can test it; else why not.
 */
export function thresholdRuleOf(
  election: Election,
  today: string,
):
  | { readonly ok: true; readonly rule: SupermajorityRule }
  | { readonly ok: false; readonly reason: Bilingual } {
  const choice = choosePack(RULE_PACKS, {
    rules: election.rules,
    ...(election.date ? { date: election.date } : {}),
    today,
  });
  if (!choice.ok) return { ok: false, reason: choice.message };
  const threshold = election.round === 'runoff' ? choice.pack.runoff : choice.pack.firstRound;
  if (!threshold || threshold.base === 'registered')
    return {
      ok: false,
      reason: {
        zh: `规则 ${choice.pack.id} 在本轮没有按投票数计的得票门槛，无法做得票门槛的审计`,
        en: `rules ${choice.pack.id} set no share of the ballots for this round: nothing for a threshold audit to test`,
      },
    };
  return { ok: true, rule: { share: ratio(threshold.num, threshold.den), base: threshold.base } };
}

/**
 * Why a share of the valid ballots cannot be audited on these sheets: a box whose void count exceeds its
 * returned ballots (turnout.validUnknown) leaves the valid ballots unknown, so neither who reaches the
 * share nor what a void ballot weighs is known. One error per such box, at its void count as the readers
 * name a cell (line and column of a CSV file, a workbook's sheet and cell, a JSON path; `boxesFile` when
 * no cell is known); none for a share of the ballots cast, which void ones are part of.
 */
export function unknownThresholdBase(
  rule: SupermajorityRule,
  sheets: readonly BoxSheet[],
  boxesFile: string,
): InputError[] {
  if (rule.base !== 'valid') return [];
  return sheets.filter(voidBeyondReturned).map((sheet) => {
    const words: Bilingual = {
      zh: `票箱“${sheet.box}”无效票${sheet.invalid}张，多于收回的${sheet.returned}张：有效票因而未知，无法审计得票是否达到有效票的规定比例；请先改正此数`,
      en: `box “${sheet.box}” has ${englishCount(sheet.invalid!, 'void ballot')}, more than the ${groupedCount(sheet.returned!)} returned: the valid ballots are not known, so a share of them cannot be audited; correct that figure first`,
    };
    const cell = sheet.invalidCell;
    const file = cell?.file ?? boxesFile;
    if (cell?.sheet !== undefined) {
      const at = location(cell.sheet, cell.line, cell.column);
      return { file, message: { zh: `${at.zh}：${words.zh}`, en: `${at.en}: ${words.en}` } };
    }
    if (cell?.path !== undefined) return { file, path: cell.path, message: words };
    return {
      file,
      ...(cell?.line !== undefined ? { line: cell.line } : {}),
      ...(cell?.column !== undefined ? { column: cell.column } : {}),
      message: words,
    };
  });
}
