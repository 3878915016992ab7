import { expect, test } from 'vitest';
import { messagesFor } from '../shared/i18n';
import { tallyWords } from './tally-words';

/** Every message as the text a reader sees, functions called with sample arguments. */
const texts = (words: object): [string, string][] =>
  Object.entries(words as Record<string, unknown>).map(([key, value]) => {
    if (typeof value === 'function') {
      const say = value as (...a: unknown[]) => unknown;
      // Most take a box's name and numbers; a few take a list of boxes.
      try {
        return [key, String(say('Box 1', 2, 3, 4))];
      } catch {
        return [key, String(say(['Box 1', 'Box 2']))];
      }
    }
    if (typeof value === 'string') return [key, value];
    // A group of messages: its texts, without the quotes JSON puts around each.
    return [key, JSON.stringify(value).replace(/\\"/g, 'QUOTE').replace(/"/g, '')];
  });

test('the live tally in English quotes a box’s name and a button’s words with “ ”, never straight quotes', () => {
  expect(tallyWords('en').box('Box 1 (village hall)')).toBe('Box “Box 1 (village hall)”');
  expect(texts(tallyWords('en')).filter(([, text]) => /"|QUOTE/.test(text))).toEqual([]);
  // The shared hint the page shows when no election file is chosen yet.
  expect(messagesFor('en').noElectionThen).not.toContain('"');
});
