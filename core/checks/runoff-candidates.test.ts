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
function runoff(rules: string, alreadyElected: readonly ElectedMember[] | undefined, date?: string) {
  const { election, sheets, tally } = electionFixture({
    rules,
    ...(date !== undefined ? { date } : {}),
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

  it('cites, under a provincial version built on the 2018 national text, the article in force on the election day', () => {
    for (const rules of ['cn-village-beijing@2012', 'cn-village-shanghai@2020', 'cn-village-zhejiang@2025']) {
      const after = runoff(rules, [CHAIR_WANG], '2026-03-15')[0]!.messages;
      expect(after.zh).toContain('《村民委员会组织法》（2025年修正）第十八条第二款');
      expect(after.zh).not.toContain('第十五条');
      expect(after.en).toContain('art. 18 para. 2');
      const before = runoff(
        rules === 'cn-village-zhejiang@2025' ? 'cn-village-zhejiang@2020' : rules,
        [CHAIR_WANG],
        '2024-06-01',
      );
      expect(before[0]!.messages.zh).toContain('《村民委员会组织法》（2018年修正）第十五条第二款');
      expect(before[0]!.messages.zh).not.toContain('第十八条');
    }
    expect(runoff('cn-village-zhejiang@2025', [CHAIR_WANG], '2025-12-01')[0]!.messages.zh).toContain(
      '第十五条第二款',
    );
  });

  it('names a post elected earlier in words, never by a raw id in the Chinese message', () => {
    const woman = runoff('cn-village@2018', [{ contest: 'women-member', name: '王林', gender: 'female' }]);
    expect(woman[0]!.messages.zh).toContain('与此前已当选的妇女委员同名');
    const other = runoff('cn-village@2018', [{ contest: 'secretary-x', name: '王林' }]);
    expect(other[0]!.messages.zh).toContain('与此前已当选的成员同名');
    expect(other[0]!.messages.zh).not.toContain('secretary-x');
  });
});
