import type { Finding, Lang } from '../model/finding.js';
import { makeFinding } from '../model/make-finding.js';
import type { BoxSheet, ElectionTally } from '../model/tally.js';
import { enCounts, englishCount } from '../text/english-count.js';
import { cellWords } from './cell-words.js';

/**
 * BALLOT_ACCOUNTING_MISMATCH of a box sheet: more void ballots than returned ones; and votes from a
 * box that has no sheet, when sheets are given (those ballots are in no turnout figure).
 */
export function checkBoxAccounting(sheets: readonly BoxSheet[], tally: ElectionTally, lang: Lang): Finding[] {
  const findings: Finding[] = [];
  for (const sheet of sheets) {
    if (sheet.returned === undefined || sheet.invalid === undefined || sheet.invalid <= sheet.returned)
      continue;
    const cell = cellWords(sheet.invalidCell);
    findings.push(
      makeFinding(
        {
          code: 'BALLOT_ACCOUNTING_MISMATCH',
          severity: 'error',
          box: sheet.box,
          expected: sheet.returned,
          found: sheet.invalid,
          messages: {
            zh:
              `票箱“${sheet.box}”无效票${sheet.invalid}张，多于收回的${sheet.returned}张` +
              (cell ? `（${cell.zh}）` : '') +
              `：此数不可能正确，有效票因而未知，依赖它的核对未进行（得票、弃权与有效票之比，全部有效票、无效票；得票改以收回选票为限核对）`,
            en:
              enCounts`box “${sheet.box}” has ${englishCount(sheet.invalid, 'void ballot')}, more than the ${sheet.returned} returned` +
              (cell ? ` (${cell.en})` : '') +
              `: that figure cannot be right, so the valid ballots are not known and the checks that depend on it were not run (votes and abstentions against the valid ballots, the valid and void ballots in all; the votes are held to the ballots returned instead)`,
          },
          ...(sheet.invalidCell ? { where: sheet.invalidCell } : {}),
        },
        lang,
      ),
    );
  }
  if (sheets.length === 0) return findings;
  const sheetBoxes = new Set(sheets.map((sheet) => sheet.box));
  for (const box of [...tally.boxes.keys()].sort()) {
    if (sheetBoxes.has(box)) continue;
    findings.push(
      makeFinding(
        {
          code: 'BALLOT_ACCOUNTING_MISMATCH',
          severity: 'error',
          box,
          messages: {
            zh: `票箱“${box}”有计票数据，却没有发出、收回选票的记录`,
            en: `box “${box}” has votes but no row of issued and returned ballots`,
          },
        },
        lang,
      ),
    );
  }
  return findings;
}
