import { expect, test } from 'vitest';
import { smallReport } from '../dashboard/testing/small-report';
import { messagesFor } from './i18n';
import { verdictWords } from './verdict-words';
import { announcementVerdict } from '../../core/index.js';
import { reportAlone } from '../../core/announcement/corpus/read-shapes.js';

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

test('a receipt of a notice checked alone repeats its own verdict line, never "the count agrees with the rules"', () => {
  const text =
    '本村登记选民1500人，参加投票1320人，发出选票1320张，收回选票1318张，有效票1300张，无效票18张。张建华得票1021票，当选为主任；李梅、赵强当选为委员。';
  const report = reportAlone(text, true);
  expect(report.verdict).toBe('valid');
  const en = verdictWords(report, 'en', messagesFor('en'));
  const zh = verdictWords(report, 'zh', messagesFor('zh'));
  expect(en).not.toBe(messagesFor('en').verdicts.valid);
  expect(en).toBe(announcementVerdict(report, 'en'));
  expect(en).toContain('no tally sheets recounted');
  expect(en).toContain('the votes of 1 of the 3 winners declared reach what a seat needs');
  expect(zh).not.toBe(messagesFor('zh').verdicts.valid);
  expect(zh).toContain('未复核计票单');
  // Without a pack: no law claimed either.
  expect(verdictWords(reportAlone(text), 'en', messagesFor('en'))).toContain('no law applied');
});
