import { expect, test } from 'vitest';
import { smallReport } from '../dashboard/testing/small-report';
import { messagesFor } from './i18n';
import { verdictWords } from './verdict-words';

test('a receipt whose records cannot decide the outcome says "undecided", not only "discrepancies"', () => {
  const base = smallReport({ lang: 'en' });
  const undecided = {
    ...base,
    verdict: 'discrepancies' as const,
    contests: base.contests.map((contest) => ({ ...contest, undecided: true as const })),
  };
  expect(verdictWords(undecided, 'zh', messagesFor('zh'))).toBe('结果待定：根据这些记录，无法确定谁当选');
  expect(verdictWords(undecided, 'en', messagesFor('en'))).toBe(
    'Undecided: these records cannot tell who is elected',
  );
  // Decided: the verdict's own words.
  expect(verdictWords(base, 'en', messagesFor('en'))).toBe(messagesFor('en').verdicts.valid);
});
