import { voidBeyondReturned, type BoxSheet } from '../model/tally.js';
import type { BallotTotals } from '../recount/ballot-totals.js';

/** The ballots a set of votes must fit: one box, or all boxes together (`box` null). */
export interface BallotScope {
  readonly box: string | null;
  /** Valid ballots, as far as the sheets state them (returned minus the void ballots stated). */
  readonly valid: number;
  /** Whether `valid` is exact: false when the void ballots are not stated. */
  readonly validExact: boolean;
}

/** The scope of one box, or null when its sheet does not state how many ballots it returned. */
export function boxScope(sheet: BoxSheet | undefined): BallotScope | null {
  if (!sheet || sheet.returned === undefined) return null;
  return {
    box: sheet.box,
    valid: Math.max(0, sheet.returned - (sheet.invalid ?? 0)),
    validExact: sheet.invalid !== undefined,
  };
}

/** The scope of all boxes, or null when some box does not state its returned ballots. */
export function totalScope(sheets: readonly BoxSheet[], totals: BallotTotals): BallotScope | null {
  if (sheets.length === 0 || totals.boxesWithoutReturned.length > 0) return null;
  return { box: null, valid: totals.valid, validExact: sheets.every((sheet) => sheet.invalid !== undefined) };
}

export const scopeName = (scope: BallotScope): { zh: string; en: string } =>
  scope.box === null
    ? { zh: '全部票箱', en: 'all boxes' }
    : { zh: `票箱“${scope.box}”`, en: `box “${scope.box}”` };

/**
 * The sheets with every void count that exceeds its box's returned ballots taken as not stated: such a
 * count cannot be right (BALLOT_ACCOUNTING_MISMATCH names it), and what follows from it alone (fewer valid
 * ballots than votes or abstentions, in the box and in all) is not checked against it. The upper bounds,
 * votes within the ballots returned, still hold and are still checked.
 */
export function withVoidBeyondReturnedUnknown(sheets: readonly BoxSheet[]): readonly BoxSheet[] {
  if (!sheets.some(voidBeyondReturned)) return sheets;
  return sheets.map((sheet) => {
    if (!voidBeyondReturned(sheet)) return sheet;
    const { invalid: _invalid, invalidCell: _cell, ...rest } = sheet;
    return rest;
  });
}
