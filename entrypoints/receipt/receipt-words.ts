import type { Messages } from '../shared/i18n.js';

/** The one line that says whether a receipt file can be relied on, and why not. */
export function signatureWords(t: Messages, signatureValid: boolean, layoutIntact: boolean): string {
  if (!signatureValid) return t.signatureInvalid;
  return layoutIntact ? t.signatureValid : t.fileChanged;
}
