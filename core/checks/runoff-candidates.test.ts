import { describe, expect, it } from 'vitest';
import type { ElectedMember } from '../model/election.js';
import { evaluateElection } from '../recount/evaluate-election.js';
import { electionFixture } from '../recount/testing/election-fixture.js';
import { getRulePack } from '../rules/registry.js';

/**
 * 村民委员会组织法 art. 15 para. 2 (art. 18 para. 2 as amended in 2025), 城市居民委员会组织法 art. 19 para. 2
 * (2025): “另行选举的，第一次投票未当选的人员得票多的为候选人”. A runoff listing as a candidate someone
 * named as elected in the first vote is a warning citing it.
 */
function runoff(rules: string, alreadyElected: readonly ElectedMember[] | undefined) {
  const { election, sheets, tally } = electionFixture({
    rules,
    round: 'runoff',
    registeredVoters: 100,
    contests: [
      {
        id: 'member',
        name: '委员',
        seats: 1,
        candidates: [
          ['wang', '王林', 'male'],
          ['li', '李红', 'female'],
        ],
      },
    ],
    ...(alreadyElected ? { alreadyElected } : {}),
    boxes: [{ box: 'central', registered: 100, issued: 60, returned: 60, invalid: 0 }],
    votes: { central: { member: { wang: 35, li: 25, '#blank': 0 } } },
  });
  const pack = getRulePack(rules);
  if (!pack) throw new Error(rules);
  return evaluateElection({ election, pack, sheets, tally, lang: 'zh' }).findings.filter(
    (finding) => finding.code === 'RUNOFF_CANDIDATE_ELECTED',
  );
}
const CHAIR_WANG: ElectedMember = { contest: 'chair', name: '王林', gender: 'male' };

describe('a runoff candidate named as elected in the first vote', () => {
  it('is a warning under cn-village that cites the article of the text in force', () => {
    const found = runoff('cn-village@2018', [CHAIR_WANG]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', contest: 'member', candidate: 'wang' });
    expect(found[0]!.messages.zh).toContain('另行选举的委员候选人“王林”与此前已当选的主任同名');
    expect(found[0]!.messages.zh).toContain(
      '第十五条第二款：“另行选举的，第一次投票未当选的人员得票多的为候选人”',
    );
    expect(found[0]!.messages.en).toContain('has the name of the chair elected earlier');
    expect(runoff('cn-village@2025', [CHAIR_WANG])[0]!.messages.zh).toContain('第十八条第二款');
    expect(runoff('cn-residents@2025', [CHAIR_WANG])[0]!.messages.zh).toContain(
      '《城市居民委员会组织法》（2025年修订）第十九条第二款',
    );
  });

  it('is not said where no cited text sets the rule, nor without the members elected earlier', () => {
    expect(runoff('cn-residents@2018', [CHAIR_WANG])).toEqual([]);
    expect(runoff('cn-party-branch', [CHAIR_WANG])).toEqual([]);
    expect(runoff('plurality', [CHAIR_WANG])).toEqual([]);
    expect(runoff('cn-village@2018', undefined)).toEqual([]);
    expect(runoff('cn-village@2018', [{ contest: 'chair', name: '赵敏', gender: 'female' }])).toEqual([]);
  });
});
