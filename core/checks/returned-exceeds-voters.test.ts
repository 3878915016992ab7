import { describe, expect, it } from 'vitest';
import type { BoxSheet } from '../model/tally.js';
import { ballotTotals } from '../recount/ballot-totals.js';
import { evaluateElection } from '../recount/evaluate-election.js';
import { electionFixture } from '../recount/testing/election-fixture.js';
import { verdictOf } from '../recount/verdict.js';
import { getRulePack } from '../rules/registry.js';
import type { RulePack } from '../rules/rule-pack.js';
import { checkReturnedExceedsVoters } from './returned-exceeds-voters.js';

function pack(id: string): RulePack {
  const found = getRulePack(id);
  if (!found) throw new Error(`no pack ${id}`);
  return found;
}

/** A chair's contest, 100 registered, the given boxes; 甲 has every valid ballot. */
function audit(rules: string, boxes: BoxSheet[]) {
  const cast = boxes.reduce((sum, box) => sum + (box.returned ?? 0), 0);
  const { election, sheets, tally } = electionFixture({
    rules,
    registeredVoters: 100,
    minWomen: 0,
    contests: [
      {
        id: 'chair',
        name: '主任',
        seats: 1,
        candidates: [
          ['a', '甲'],
          ['b', '乙'],
        ],
      },
    ],
    boxes,
    votes: Object.fromEntries(
      boxes.map((box) => [box.box, { chair: { a: (box.returned ?? 0) - (box.invalid ?? 0) } }]),
    ),
  });
  expect(cast).toBeGreaterThan(50);
  const evaluation = evaluateElection({ election, pack: pack(rules), sheets, tally, lang: 'en' });
  return {
    evaluation,
    verdict: verdictOf(evaluation),
    codes: evaluation.findings.map((finding) => finding.code),
  };
}

const box = (name: string, issued: number, returned: number, voters?: number): BoxSheet => ({
  box: name,
  registered: 50,
  issued,
  returned,
  invalid: 0,
  ...(voters !== undefined ? { voters } : {}),
});

describe('ballots returned against the voters who signed in (投票人数)', () => {
  it.each(['cn-village-zhejiang', 'cn-village-zhejiang@2025', 'cn-village-beijing', 'cn-village-shanghai'])(
    '%s: one ballot more than voters in a box voids the election; as many does not',
    (rules) => {
      const asMany = audit(rules, [box('central', 40, 30, 30), box('mobile', 30, 30, 30)]);
      expect(asMany.verdict).toBe('valid');
      expect(asMany.codes).not.toContain('RETURNED_EXCEEDS_VOTERS');
      const oneMore = audit(rules, [box('central', 40, 31, 30), box('mobile', 30, 29, 30)]);
      expect(oneMore.verdict).toBe('void');
      expect(oneMore.codes).toEqual(expect.arrayContaining(['RETURNED_EXCEEDS_VOTERS', 'ELECTION_VOID']));
      // 31 > 30 in the central box, though 60 ≤ 60 in all: one box's surplus is not offset by another.
      const voidFinding = oneMore.evaluation.findings.find((finding) => finding.code === 'ELECTION_VOID');
      expect(voidFinding?.messages.zh).toContain('票箱“central”收回选票31张，多于投票人数30人');
    },
  );

  it('compares the total too, and names it', () => {
    const findings = checkReturnedExceedsVoters(
      [box('central', 40, 31, 31), box('mobile', 30, 30, 29)],
      ballotTotals([box('central', 40, 31, 31), box('mobile', 30, 30, 29)]),
      pack('cn-village-zhejiang'),
      'zh',
    );
    expect(findings.map((finding) => [finding.box, finding.expected, finding.found])).toEqual([
      ['mobile', 29, 30],
      [null, 60, 61],
    ]);
    expect(findings[1]?.message).toBe('共收回选票61张，多于投票人数60人');
  });

  it('does not use the ballots issued in place of the voters: more returned than issued is an error, not a void election', () => {
    const { verdict, codes } = audit('cn-village-zhejiang', [box('central', 59, 60, 60)]);
    expect(codes).toContain('RETURNED_EXCEEDS_ISSUED');
    expect(codes).not.toContain('ELECTION_VOID');
    expect(verdict).toBe('discrepancies');
  });

  it('says the check could not be made when the sheets do not state the voters, and does not void', () => {
    const none = audit('cn-village-zhejiang', [box('central', 40, 31), box('mobile', 30, 30)]);
    expect(none.verdict).toBe('valid');
    const unread = none.evaluation.findings.filter((finding) => finding.code === 'UNREAD_FIGURE');
    expect(unread.map((finding) => finding.messages.zh)).toEqual([
      expect.stringContaining('计票单未载明各票箱的投票人数'),
    ]);
    const some = audit('cn-village-zhejiang', [box('central', 40, 31, 30), box('mobile', 30, 30)]);
    expect(some.verdict).toBe('void');
    expect(
      some.evaluation.findings.find((finding) => finding.code === 'UNREAD_FIGURE')?.messages.en,
    ).toContain('for box “mobile”');
  });

  it('names the boxes without voters in the same words whatever their order', () => {
    const sheets = [box('z', 10, 10, 10), box('b', 10, 10), box('a', 10, 10)];
    const words = (order: BoxSheet[]) =>
      checkReturnedExceedsVoters(order, ballotTotals(order), pack('cn-village-zhejiang'), 'en').map(
        (finding) => finding.message,
      );
    expect(words(sheets)).toEqual(words([...sheets].reverse()));
    expect(words(sheets)[0]).toContain('for box “a”, “b”');
  });

  it('is not a rule of the national pack: there the ballots issued are the base, and voters are ignored', () => {
    const national = audit('cn-village', [box('central', 40, 31, 30), box('mobile', 30, 30, 30)]);
    expect(national.verdict).toBe('valid');
    expect(national.codes).toEqual([]);
  });
});
