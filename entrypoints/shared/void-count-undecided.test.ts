import { expect, test } from 'vitest';
import { smallReport } from '../dashboard/testing/small-report';
import { blankWords } from './blank-words';
import { messagesFor } from './i18n';
import { noticeHeadline, noticeTally } from './notice-outcome';
import { verdictWords } from './verdict-words';

/**
 * A box's void count above its returned ballots, under a pack whose threshold is of the valid ballots:
 * the winners are withheld. The dashboard and the receipt say so, and name the void count as what to
 * correct, not repeated ballot records.
 */
function withheld() {
  const base = smallReport({ lang: 'en' });
  return {
    ...base,
    rules: 'majority',
    verdict: 'discrepancies' as const,
    turnout: { ...base.turnout, validUnknown: true as const },
    contests: base.contests.map((contest) => ({
      ...contest,
      blank: 0,
      elected: [],
      candidates: contest.candidates.map((candidate) => ({ ...candidate, elected: false })),
      unfilledSeats: 1,
      votesNeeded: null,
      undecided: true as const,
    })),
  };
}

test('the headline names the tally sheets, not ballot records, in both languages', () => {
  const report = withheld();
  expect(verdictWords(report, 'en', messagesFor('en'))).toBe(
    'Undecided: these tally sheets cannot tell who is elected',
  );
  expect(verdictWords(report, 'zh', messagesFor('zh'))).toBe('结果待定：根据这些计票单，无法确定谁当选');
  expect(noticeHeadline(noticeTally(report), 'en')).toBe(
    'Undecided: these tally sheets cannot tell who is elected',
  );
});

test('abstentions are not inferred from valid ballots that are not known', () => {
  const report = withheld();
  const contest = report.contests[0]!;
  // 118 valid as stated, 70 + 45 votes: 3 would be inferred.
  expect(blankWords(contest, 'en', messagesFor('en'))).not.toBe('0');
  expect(blankWords(contest, 'en', messagesFor('en'), true)).toBe('0');
});
