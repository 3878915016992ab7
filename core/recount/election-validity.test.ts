import { describe, expect, it } from 'vitest';
import { getRulePack } from '../rules/registry.js';
import { evaluateElection } from './evaluate-election.js';
import { electionFixture } from './testing/election-fixture.js';
import { verdictOf } from './verdict.js';

/** Two members' seats, 100 registered, 60 cast; the candidates as given, all of them with votes. */
function members(rules: string, candidates: [string, string][]) {
  const { election, sheets, tally } = electionFixture({
    rules,
    registeredVoters: 100,
    minWomen: 0,
    contests: [{ id: 'member', name: '委员', seats: 2, candidates }],
    boxes: [{ box: 'central', registered: 100, issued: 60, returned: 60, invalid: 0 }],
    votes: { central: { member: Object.fromEntries(candidates.map(([id], index) => [id, 40 - index])) } },
  });
  const pack = getRulePack(rules);
  if (!pack) throw new Error(rules);
  const evaluation = evaluateElection({ election, pack, sheets, tally, lang: 'zh' });
  const notCompetitive = evaluation.findings.filter((finding) => finding.code === 'NOT_COMPETITIVE');
  return { verdict: verdictOf(evaluation), evaluation, notCompetitive };
}

const TWO: [string, string][] = [
  ['c', '丙'],
  ['d', '丁'],
];
const THREE: [string, string][] = [...TWO, ['e', '戊']];

describe('a breach of 差额 that voids the election (Chongqing residents, 2025, art. 34 (4))', () => {
  it.each([
    'cn-residents-chongqing',
    'cn-residents-chongqing:households',
    'cn-residents-chongqing:representatives',
  ])('%s: as many candidates as seats voids it, elects no one, and says why', (rules) => {
    const { verdict, evaluation, notCompetitive } = members(rules, TWO);
    expect(verdict).toBe('void');
    expect(evaluation.contests[0]?.elected).toEqual([]);
    expect(notCompetitive.map((finding) => finding.severity)).toEqual(['error']);
    const reason = evaluation.findings.find((finding) => finding.code === 'ELECTION_VOID');
    expect(reason?.message).toContain('委员候选人不多于应选名额，违反差额选举原则');
  });

  it('one candidate more than seats is competitive: valid', () => {
    const { verdict, notCompetitive } = members('cn-residents-chongqing', THREE);
    expect(verdict).toBe('valid');
    expect(notCompetitive).toEqual([]);
  });

  it('under cn-residents the same election is valid, with a warning', () => {
    const { verdict, evaluation, notCompetitive } = members('cn-residents', TWO);
    expect(verdict).toBe('valid');
    expect(evaluation.contests[0]?.elected).toEqual(['c', 'd']);
    expect(notCompetitive.map((finding) => finding.severity)).toEqual(['warning']);
  });

  it('a contest without a candidate list is not a breach', () => {
    expect(members('cn-residents-chongqing', []).notCompetitive).toEqual([]);
  });
});
