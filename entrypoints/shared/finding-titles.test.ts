import { expect, test } from 'vitest';
import { FINDING_CODES } from '../../core/index.js';
import { FIGURE_LABELS, FINDING_TITLES } from './finding-titles';

test('every finding code has a title in Chinese and in English, and no title is left over', () => {
  expect(Object.keys(FINDING_TITLES).sort()).toEqual([...FINDING_CODES].sort());
  for (const code of FINDING_CODES) {
    const { zh, en } = FINDING_TITLES[code];
    expect(zh, code).toMatch(/\p{Script=Han}/u);
    expect(en, code).toMatch(/^[A-Z]/);
    // A title is words for a reader, never the code itself.
    expect(zh, code).not.toMatch(/(?<![A-Z])[A-Z]{2,}_/);
    expect(en, code).not.toContain(code);
  }
});

test('no two codes share a title, so a reader can tell them apart', () => {
  for (const lang of ['zh', 'en'] as const) {
    const titles = FINDING_CODES.map((code) => FINDING_TITLES[code][lang]);
    expect(new Set(titles).size, lang).toBe(titles.length);
  }
});

test('figure labels name both figures of a finding, in both languages', () => {
  for (const [code, labels] of Object.entries(FIGURE_LABELS)) {
    expect(new Set(labels.map(([which]) => which)), code).toEqual(new Set(['expected', 'found']));
    for (const [, name] of labels) expect(name.zh && name.en, code).toBeTruthy();
  }
});
