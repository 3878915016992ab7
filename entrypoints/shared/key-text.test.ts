import { expect, test } from 'vitest';
import { sheetsWords } from '../sheets/sheets-words';
import { tallyWords } from '../tally/tally-words';
import { keyParts, keyPlainText } from './key-text';

test('an instruction is split into its words and its keys', () => {
  expect(keyParts('press [[.]] (full stop), then [[Enter]]')).toEqual([
    { text: 'press ' },
    { key: '.' },
    { text: ' (full stop), then ' },
    { key: 'Enter' },
  ]);
  expect(keyParts('[[/]] = void')).toEqual([{ key: '/' }, { text: ' = void' }]);
  expect(keyParts('no keys [here]')).toEqual([{ text: 'no keys [here]' }]);
  expect(keyPlainText('按 [[.]] 键')).toBe('按 . 键');
});

test('the live tally’s “find a name” help shows the . key as a key, in both languages', () => {
  for (const lang of ['zh', 'en'] as const) {
    const words = tallyWords(lang);
    expect(keyParts(words.findHelp)).toContainEqual({ key: '.' });
    expect(keyParts(words.keysHelpFind)[0]).toEqual({ key: '.' });
    expect(keyParts(words.keysHelp).filter((part) => 'key' in part)).toHaveLength(4);
    // No bare full stop stands for the key: each . that is a key is marked as one.
    expect(keyPlainText(words.findHelp)).not.toMatch(/\[\[|\]\]/u);
  }
});

test('the typed sheets’ keyboard help shows its keys as keys', () => {
  expect(keyParts(sheetsWords('zh').keysHelp).filter((part) => 'key' in part)).toEqual([
    { key: 'Tab' },
    { key: '回车' },
    { key: 'Shift+回车' },
  ]);
  expect(keyPlainText(sheetsWords('en').keysHelp)).toBe(
    'Keyboard: Tab or Enter goes to the next cell, Shift+Enter back to the previous one.',
  );
});

test('a long run of brackets is split in linear time', () => {
  const started = performance.now();
  keyParts('[['.repeat(50_000) + ']'.repeat(50_000));
  expect(performance.now() - started).toBeLessThan(2_000);
});
