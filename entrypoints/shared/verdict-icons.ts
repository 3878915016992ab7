import type { Verdict } from '../../core/index.js';

/** Icons repeat what the verdict's words say, so that no meaning rests on colour alone. */
export const VERDICT_ICONS: Record<Verdict, string> = {
  valid: '✔',
  void: '✖',
  'runoff-needed': '↻',
  discrepancies: '⚠',
};
