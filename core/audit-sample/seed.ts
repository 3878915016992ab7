import type { Bilingual } from '../model/finding.js';
import { enCounts } from '../text/english-count.js';

/** Dice give about 3.3 bits a digit: 20 digits are about 66 bits, more than anyone could try in advance. */
export const MIN_SEED_DIGITS = 20;
/** A seed is typed or read out: a longer one is a paste gone wrong. */
export const MAX_SEED_DIGITS = 200;

/**
 * Why a seed cannot be used, or null. The seed is hashed exactly as written, so only the digits 0–9 are
 * accepted: a space, a full-width digit or a letter would give another selection than the one the
 * people in the room expect from the digits they saw.
 */
export function seedProblem(seed: string): Bilingual | null {
  if (!/^[0-9]*$/.test(seed))
    return {
      zh: `随机种子只能由数字 0–9 组成（不要空格、全角数字或字母），至少 ${MIN_SEED_DIGITS} 位：例如当众掷十面骰子 ${MIN_SEED_DIGITS} 次所得`,
      en: enCounts`the seed must be the digits 0–9 only (no spaces, full-width digits or letters), at least ${MIN_SEED_DIGITS} of them: say, ${MIN_SEED_DIGITS} rolls of a ten-sided die in public`,
    };
  if (seed.length < MIN_SEED_DIGITS)
    return {
      zh: `随机种子只有 ${seed.length} 位，至少需要 ${MIN_SEED_DIGITS} 位数字（当众掷十面骰子所得）`,
      en: enCounts`the seed has ${seed.length} digits; at least ${MIN_SEED_DIGITS} are needed (ten-sided dice rolled in public)`,
    };
  if (seed.length > MAX_SEED_DIGITS)
    return {
      zh: `随机种子有 ${seed.length} 位，超过 ${MAX_SEED_DIGITS} 位上限`,
      en: enCounts`the seed has ${seed.length} digits, more than the limit of ${MAX_SEED_DIGITS}`,
    };
  return null;
}

/** Largest number of ticket digits accepted: 78 already shows a ticket number in full. */
export const MAX_TICKET_DIGITS = 100;
