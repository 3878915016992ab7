import { getRulePack, isCalendarDate, type AnnouncementRules } from '../../core/index.js';

/**
 * The rules a notice is judged by (pack, round, day of the vote) as kept in a page's storage, read back:
 * only a pack this build knows, a round it knows and a day that is one are taken; anything else (an
 * older build's pack, a value edited by hand, text that is not JSON) is no choice, never a guess.
 */
export function rulesFromKept(text: string | null): AnnouncementRules | undefined {
  try {
    const kept = JSON.parse(text || 'null') as Partial<Record<keyof AnnouncementRules, unknown>> | null;
    if (!kept || typeof kept !== 'object' || typeof kept.pack !== 'string' || !getRulePack(kept.pack))
      return undefined;
    if (kept.round !== 'first' && kept.round !== 'runoff') return undefined;
    return {
      pack: kept.pack,
      round: kept.round,
      ...(typeof kept.date === 'string' && isCalendarDate(kept.date) ? { date: kept.date } : {}),
    };
  } catch {
    return undefined;
  }
}

/** The rules as kept: only what `rulesFromKept` reads back; empty for no rules. */
export const keptRulesText = (rules: AnnouncementRules | undefined): string =>
  rules
    ? JSON.stringify({ pack: rules.pack, round: rules.round, ...(rules.date ? { date: rules.date } : {}) })
    : '';

/**
 * The side panel's choice, kept in this browser (the extension's own localStorage, as the election
 * form's draft and the language are: no permission is needed) so that it outlives a reload, and the
 * panel's closing, which ends its session storage. It is the latest choice, for whichever capture.
 */
const SIDE_PANEL_RULES_KEY = 'tallywitness.sidePanelRules';

export function loadSidePanelRules(): AnnouncementRules | undefined {
  try {
    return rulesFromKept(localStorage.getItem(SIDE_PANEL_RULES_KEY));
  } catch {
    return undefined;
  }
}

export function keepSidePanelRules(rules: AnnouncementRules | undefined): void {
  try {
    const text = keptRulesText(rules);
    if (text) localStorage.setItem(SIDE_PANEL_RULES_KEY, text);
    else localStorage.removeItem(SIDE_PANEL_RULES_KEY);
  } catch {
    // Storage refused (full, or turned off): the choice holds while the panel is open, unkept.
  }
}
