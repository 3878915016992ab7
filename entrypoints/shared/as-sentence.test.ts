import { describe, expect, it } from 'vitest';
import { asSentence } from './as-sentence.js';

describe('asSentence', () => {
  it('starts an English phrase with a capital letter', () => {
    expect(asSentence('could not be read as any figure of the election', 'en')).toBe(
      'Could not be read as any figure of the election',
    );
    expect(asSentence('is approximate or a bound (多, 近, 约)', 'en')).toBe(
      'Is approximate or a bound (多, 近, 约)',
    );
  });

  it('leaves what already starts with a capital, a figure or a quote as it is', () => {
    for (const text of ['Not compared: “13,000 turned out”', '1309 valid and 13 invalid', '“a” is', ''])
      expect(asSentence(text, 'en')).toBe(text);
  });

  it('leaves Chinese as it is', () => {
    const text = 'is 未能读出是选举的哪一项';
    expect(asSentence(text, 'zh')).toBe(text);
    expect(asSentence('未能读出是选举的哪一项', 'zh')).toBe('未能读出是选举的哪一项');
  });
});
