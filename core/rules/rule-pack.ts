import type { Bilingual } from '../model/finding.js';

/**
 * A rule pack is data: the thresholds and choices a law or practice fixes, with the article it
 * encodes. The recount reads these fields; nothing about a particular law is hard-coded elsewhere.
 */

/** A share of some base, compared exactly: `count * den > num * base` (strict) or `>=`. */
export interface Threshold {
  readonly num: number;
  readonly den: number;
  readonly strict: boolean;
}

export interface RulePack {
  readonly id: string;
  readonly name: Bilingual;
  /** The law or practice, article by article, this pack encodes. */
  readonly sources: readonly Bilingual[];
  /** What happens to a ballot that chooses more names than a contest has seats. */
  readonly overvote: 'void-ballot' | 'void-contest';
  // The remaining fields (quorum, thresholds for each round, ties, women, competitiveness …)
  // are defined by core/rules alongside the packs.
}
