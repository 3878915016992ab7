import { sha256Hex } from '../../core/index.js';
import type { Capture } from './capture-store.js';

export interface CaptureInit {
  readonly id: string;
  readonly text: string;
  readonly url: string;
  readonly title: string;
  readonly capturedAt: Date;
}

/** A capture with its time in ISO 8601 and the SHA-256 of its text (UTF-8). */
export function makeCapture(init: CaptureInit): Capture {
  return {
    id: init.id,
    text: init.text,
    url: init.url,
    title: init.title,
    capturedAt: init.capturedAt.toISOString(),
    sha256: sha256Hex(new TextEncoder().encode(init.text)),
  };
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** How much of the menu's text must open the page's selection for the two to be the same selection. */
const COMPARED_PREFIX = 200;

/**
 * The text to keep: the page's own selection (line breaks intact) when it is the selection the menu was
 * opened on, else the menu's `selectionText`, which browsers hand over with whitespace collapsed.
 * They are the same selection when, whitespace aside, the page's text starts with the menu's.
 */
export function chooseCapturedText(
  menuText: string | undefined,
  pageText: string | null | undefined,
): string {
  const fromMenu = menuText ?? '';
  if (!pageText || collapse(pageText) === '') return fromMenu;
  const expected = collapse(fromMenu).slice(0, COMPARED_PREFIX);
  return collapse(pageText).startsWith(expected) ? pageText : fromMenu;
}
