import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The extension's APIs as the background sees them: no side panel, a tab whose selection is read.
const fake = vi.hoisted(() => ({
  runtime: { sendMessage: vi.fn(), getURL: (path: string) => `chrome-extension://x${path}` },
  tabs: { create: vi.fn() },
  scripting: { executeScript: vi.fn() },
}));
vi.mock('wxt/browser', () => ({ browser: fake }));

const { onCaptureMenuClick, unsavedCaptures, isUnsavedCapture } = await import('./capture-selection');
const { getCapture } = await import('./capture-store');

const click = { menuItemId: 'tallywitness-check', selectionText: '青山村选举结果公告', frameId: 0 };
const tab = { id: 7, url: 'https://example.gov.cn/notice', title: '公告' } as never;

beforeEach(() => {
  fake.runtime.sendMessage.mockResolvedValue(undefined);
  fake.tabs.create.mockResolvedValue({});
  fake.scripting.executeScript.mockResolvedValue([{ result: '青山村选举结果公告\n张三 得票 412' }]);
});
afterEach(() => vi.restoreAllMocks());

describe('onCaptureMenuClick', () => {
  it('stores the capture and tells the panel', async () => {
    const capture = await onCaptureMenuClick(click, tab);
    expect(capture?.text).toBe('青山村选举结果公告\n张三 得票 412');
    expect(await getCapture(capture!.id)).toEqual(capture);
    expect(fake.runtime.sendMessage).toHaveBeenCalledWith({
      type: 'tallywitness/capture-saved',
      id: capture!.id,
    });
    expect(unsavedCaptures().some((one) => one.capture.id === capture!.id)).toBe(false);
  });

  it('keeps a capture the full storage refused, hands it to the panel and says why', async () => {
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const capture = await onCaptureMenuClick(click, tab);
    expect(capture).not.toBeNull();
    expect(await getCapture(capture!.id)).toBeUndefined();

    const message = fake.runtime.sendMessage.mock.calls.at(-1)?.[0] as Record<string, unknown>;
    expect(message.type).toBe('tallywitness/capture-unsaved');
    expect(message.capture).toEqual(capture);
    expect(isUnsavedCapture(message)).toBe(true);
    const problem = message.problem as { zh: string; en: string };
    expect(problem.zh).toContain('存储空间已满');
    expect(problem.en).toContain('storage for this extension is full');

    // A panel still loading asks the background for it.
    expect(unsavedCaptures().find((one) => one.capture.id === capture!.id)).toEqual({
      capture,
      problem,
    });
    // No side panel here: the panel page opens in a tab, on this capture.
    expect(fake.tabs.create).toHaveBeenLastCalledWith({
      url: `chrome-extension://x/sidepanel.html?capture=${capture!.id}`,
    });
  });

  it('names any other failure of the store and still keeps the capture', async () => {
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('broken', 'UnknownError');
    });
    const capture = await onCaptureMenuClick(click, tab);
    const kept = unsavedCaptures().find((one) => one.capture.id === capture!.id);
    expect(kept?.capture.text).toBe(capture!.text);
    expect(kept?.problem.en).toContain('(UnknownError)');
  });
});
