/**
 * Text typed on a page kept for the tab's session, so that a reload does not lose it. Storage that
 * refuses (private mode, full) only means the text is not kept: the page works on.
 */
export function readSessionText(key: string): string {
  try {
    return sessionStorage.getItem(key) ?? '';
  } catch {
    return '';
  }
}

export function keepSessionText(key: string, text: string): void {
  try {
    if (text) sessionStorage.setItem(key, text);
    else sessionStorage.removeItem(key);
  } catch {
    // Not kept; the page works on.
  }
}
