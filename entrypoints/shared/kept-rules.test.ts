import { afterEach, describe, expect, it, vi } from 'vitest';
import { keepSidePanelRules, keptRulesText, loadSidePanelRules, rulesFromKept } from './kept-rules';

/** A page's localStorage, as the side panel has it (the unit tests run in Node, which has none). */
function fakeLocalStorage() {
  const items = new Map<string, string>();
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  });
  return items;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the rules kept for a notice', () => {
  it('reads back the pack, the round and the day as they were kept', () => {
    const rules = { pack: 'cn-village', round: 'runoff', date: '2026-04-18' } as const;
    expect(rulesFromKept(keptRulesText(rules))).toEqual(rules);
    expect(rulesFromKept(keptRulesText({ pack: 'cn-residents', round: 'first' }))).toEqual({
      pack: 'cn-residents',
      round: 'first',
    });
    expect(keptRulesText(undefined)).toBe('');
  });

  it('takes no pack it does not know, no round it does not know, and no day that is not one', () => {
    for (const text of [
      null,
      '',
      'not json',
      '"cn-village"',
      '{"pack":"cn-city","round":"first"}',
      '{"pack":"cn-village","round":"second"}',
      '{"pack":7,"round":"first"}',
    ])
      expect(rulesFromKept(text), String(text)).toBeUndefined();
    // A day that is not one is left out, never guessed at: the pack and round stand without it.
    expect(rulesFromKept('{"pack":"cn-village","round":"first","date":"2026-02-30"}')).toEqual({
      pack: 'cn-village',
      round: 'first',
    });
  });
});

describe("the side panel's kept choice", () => {
  it('outlives a reload: kept on each change, read back when the panel opens', () => {
    const items = fakeLocalStorage();
    expect(loadSidePanelRules()).toBeUndefined();
    keepSidePanelRules({ pack: 'cn-village', round: 'first', date: '2025-12-30' });
    expect(loadSidePanelRules()).toEqual({ pack: 'cn-village', round: 'first', date: '2025-12-30' });
    keepSidePanelRules({ pack: 'cn-village', round: 'runoff' });
    expect(loadSidePanelRules()).toEqual({ pack: 'cn-village', round: 'runoff' });
    // No pack chosen: nothing is kept.
    keepSidePanelRules(undefined);
    expect(items.size).toBe(0);
    expect(loadSidePanelRules()).toBeUndefined();
  });

  it('works on, unkept, where storage refuses', () => {
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    });
    expect(() => keepSidePanelRules({ pack: 'cn-village', round: 'first' })).not.toThrow();
    expect(loadSidePanelRules()).toBeUndefined();
  });
});
