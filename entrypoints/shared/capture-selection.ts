import { browser, type Browser } from 'wxt/browser';
import type { Bilingual } from '../../core/index.js';
import { saveCapture, type Capture } from './capture-store';
import { chooseCapturedText, makeCapture } from './capture-text';
import { storageProblem } from './storage-failure';

export const CAPTURE_MENU_ID = 'tallywitness-check';

/** Sent to the side panel (and any open extension page) once a capture is stored. */
export interface CaptureSavedMessage {
  readonly type: 'tallywitness/capture-saved';
  readonly id: string;
}

/**
 * A capture the browser's storage refused (full, or failing otherwise): it is still checked and shown,
 * held in the background's memory only, with what went wrong in both languages.
 */
export interface UnsavedCapture {
  readonly capture: Capture;
  readonly problem: Bilingual;
}

/** Sent to the side panel (and any open extension page) when a capture could not be stored. */
export interface CaptureUnsavedMessage extends UnsavedCapture {
  readonly type: 'tallywitness/capture-unsaved';
}

/** Asked by a page as it opens: the background answers with every capture it holds unsaved. */
export interface UnsavedCapturesRequest {
  readonly type: 'tallywitness/unsaved-captures';
}

export type CaptureClick = Pick<
  Browser.contextMenus.OnClickData,
  'menuItemId' | 'selectionText' | 'frameId' | 'pageUrl'
>;

export function isCaptureSavedMessage(message: unknown): message is CaptureSavedMessage {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { type?: unknown }).type === 'tallywitness/capture-saved' &&
    typeof (message as { id?: unknown }).id === 'string'
  );
}

export function isCaptureUnsavedMessage(message: unknown): message is CaptureUnsavedMessage {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { type?: unknown }).type === 'tallywitness/capture-unsaved' &&
    isUnsavedCapture(message)
  );
}

export function isUnsavedCapturesRequest(message: unknown): message is UnsavedCapturesRequest {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { type?: unknown }).type === 'tallywitness/unsaved-captures'
  );
}

export function isUnsavedCapture(value: unknown): value is UnsavedCapture {
  if (typeof value !== 'object' || value === null) return false;
  const { capture, problem } = value as { capture?: unknown; problem?: unknown };
  const strings = (object: unknown, keys: readonly string[]) =>
    typeof object === 'object' &&
    object !== null &&
    keys.every((key) => typeof (object as Record<string, unknown>)[key] === 'string');
  return (
    strings(capture, ['id', 'text', 'url', 'title', 'capturedAt', 'sha256']) && strings(problem, ['zh', 'en'])
  );
}

const CAPTURE_NAMED: Bilingual = { zh: '这次截取的公告', en: 'This captured notice' };

/** Captures the store refused, kept for the pages that ask while the background lives (not beyond). */
const unsaved: UnsavedCapture[] = [];

/** What the background answers an {@link UnsavedCapturesRequest} with. */
export const unsavedCaptures = (): readonly UnsavedCapture[] => unsaved;

/** The page where captures are shown: the side panel, or the same page in a tab where there is none. */
export const capturePanelUrl = (id?: string): string =>
  browser.runtime.getURL(
    id === undefined ? '/sidepanel.html' : `/sidepanel.html?capture=${encodeURIComponent(id)}`,
  );

/**
 * Handles a click on the context-menu item. `sidePanel.open` is only honoured inside the user gesture,
 * so it is called first, before anything is awaited; the capture is read and stored meanwhile, and the
 * panel learns of it by a message. Where the panel cannot open (no side panel API, no gesture, no tab),
 * the panel page opens in a new tab instead.
 */
export function onCaptureMenuClick(
  click: CaptureClick,
  tab: Browser.tabs.Tab | undefined,
): Promise<Capture | null> {
  const panelOpened = openSidePanel(tab);
  return (async () => {
    const capture = await captureSelection(click, tab);
    if (!capture) return null;
    const message = await store(capture);
    // No page listening is normal (the panel is still loading and will read the store itself).
    await browser.runtime.sendMessage(message).catch(() => undefined);
    if (!(await panelOpened)) await browser.tabs.create({ url: capturePanelUrl(capture.id) });
    return capture;
  })();
}

/**
 * Stores the capture; where the store refuses it (a full disk, a failing database), nothing is lost:
 * it stays in memory for the panel, which checks it as usual and says it was not kept.
 */
async function store(capture: Capture): Promise<CaptureSavedMessage | CaptureUnsavedMessage> {
  try {
    await saveCapture(capture);
    return { type: 'tallywitness/capture-saved', id: capture.id };
  } catch (error) {
    const kept: UnsavedCapture = { capture, problem: storageProblem(error, CAPTURE_NAMED) };
    unsaved.push(kept);
    return { type: 'tallywitness/capture-unsaved', ...kept };
  }
}

function openSidePanel(tab: Browser.tabs.Tab | undefined): Promise<boolean> {
  if (!browser.sidePanel?.open || tab?.id === undefined || tab.id < 0) return Promise.resolve(false);
  try {
    return browser.sidePanel.open({ tabId: tab.id }).then(
      () => true,
      () => false,
    );
  } catch {
    return Promise.resolve(false);
  }
}

/**
 * What the user selected, where and when. The page's selection is read (in the clicked frame only)
 * under the activeTab grant the click gives; where that is refused (browser pages, PDF viewer,
 * cross-site frames), the menu's own `selectionText` is kept.
 */
export async function captureSelection(
  click: CaptureClick,
  tab: Browser.tabs.Tab | undefined,
  now: Date = new Date(),
): Promise<Capture | null> {
  const pageText =
    tab?.id !== undefined && tab.id >= 0 ? await readPageSelection(tab.id, click.frameId ?? 0) : null;
  const text = chooseCapturedText(click.selectionText, pageText);
  if (text.trim() === '') return null;
  return makeCapture({
    id: crypto.randomUUID(),
    text,
    url: tab?.url ?? click.pageUrl ?? '',
    title: tab?.title ?? '',
    capturedAt: now,
  });
}

async function readPageSelection(tabId: number, frameId: number): Promise<string | null> {
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [frameId] },
      func: () => window.getSelection()?.toString() ?? '',
    });
    return typeof result?.result === 'string' ? result.result : null;
  } catch {
    return null;
  }
}
