import { describe, expect, it } from 'vitest';
import type { ElectedMember, Gender, Round } from '../model/election.js';
import { evaluateElection } from '../recount/evaluate-election.js';
import { electionFixture } from '../recount/testing/election-fixture.js';
import { getRulePack } from '../rules/registry.js';

interface Post {
  id: string;
  name: string;
  seats: number;
  candidates: [string, string, Gender][];
  votes: Record<string, number>;
}

const CHAIR: Post = {
  id: 'chair',
  name: '主任',
  seats: 1,
  candidates: [
    ['a', '甲', 'male'],
    ['b', '乙', 'male'],
  ],
  votes: { a: 40, b: 20 },
};
const WOMAN: Post = {
  id: 'women-member',
  name: '妇女委员',
  seats: 1,
  candidates: [
    ['w', '王芳', 'female'],
    ['x', '李娟', 'female'],
  ],
  votes: { w: 40, x: 20 },
};

/** 100 registered, 60 cast, one box; the posts as given. */
function findings(rules: string, round: Round, posts: Post[], alreadyElected?: ElectedMember[]) {
  const { election, sheets, tally } = electionFixture({
    rules,
    round,
    registeredVoters: 100,
    contests: posts.map(({ id, name, seats, candidates }) => ({ id, name, seats, candidates })),
    ...(alreadyElected ? { alreadyElected } : {}),
    boxes: [{ box: 'central', registered: 100, issued: 60, returned: 60, invalid: 0, voters: 60 }],
    votes: { central: Object.fromEntries(posts.map((post) => [post.id, post.votes])) },
  });
  const pack = getRulePack(rules);
  if (!pack) throw new Error(rules);
  return evaluateElection({ election, pack, sheets, tally, lang: 'zh' }).findings.filter(
    (finding) => finding.code === 'WOMEN_MEMBER_POST',
  );
}

describe('Zhejiang: the separate post of a woman member (妇女委员)', () => {
  it('is quiet when the ballot lists the post and it is filled', () => {
    expect(findings('cn-village-zhejiang', 'first', [CHAIR, WOMAN])).toEqual([]);
  });

  it('warns when a first round lists no such post (art. 21)', () => {
    const [finding, ...rest] = findings('cn-village-zhejiang', 'first', [CHAIR]);
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe('warning');
    expect(finding?.message).toContain('选票应当单列妇女委员职位');
  });

  it('is not a rule of the national pack', () => {
    expect(findings('cn-village', 'first', [CHAIR])).toEqual([]);
  });

  it('warns of a man stated as a candidate for the post', () => {
    const withMan: Post = {
      ...WOMAN,
      candidates: [
        ['w', '王芳', 'female'],
        ['m', '张强', 'male'],
      ],
      votes: { w: 40, m: 20 },
    };
    const [finding] = findings('cn-village-zhejiang', 'first', [CHAIR, withMan]);
    expect([finding?.contest, finding?.candidate, finding?.severity]).toEqual([
      'women-member',
      'm',
      'warning',
    ]);
  });

  it('keeps the post in the runoff while no woman is elected (art. 29), and not once one is', () => {
    const open: Post = { ...WOMAN, votes: { w: 30, x: 30 } };
    const [keep] = findings('cn-village-zhejiang', 'first', [CHAIR, open]);
    expect([keep?.severity, keep?.contest]).toEqual(['info', 'women-member']);
    expect(keep?.message).toContain('已当选成员中没有妇女，另行选举时选票应当继续单列妇女委员职位');
    const womanChair: Post = {
      ...CHAIR,
      candidates: [
        ['a', '甲', 'female'],
        ['b', '乙', 'male'],
      ],
    };
    const [apart] = findings('cn-village-zhejiang', 'first', [womanChair, open]);
    expect(apart?.message).toContain('已当选成员中已有妇女，另行选举时不必再单列妇女委员职位');
  });

  it('warns of a runoff without the post when the members elected earlier hold no woman', () => {
    const members: Post = {
      id: 'member',
      name: '委员',
      seats: 1,
      candidates: [
        ['c', '丙', 'male'],
        ['d', '丁', 'male'],
      ],
      votes: { c: 40, d: 20 },
    };
    const men: ElectedMember[] = [{ contest: 'chair', name: '甲', gender: 'male' }];
    const [finding] = findings('cn-village-zhejiang', 'runoff', [members], men);
    expect(finding?.severity).toBe('warning');
    expect(finding?.message).toContain('此前当选的1名成员中没有妇女');
    const woman: ElectedMember[] = [{ contest: 'chair', name: '甲', gender: 'female' }];
    expect(findings('cn-village-zhejiang', 'runoff', [members], woman)).toEqual([]);
    // Members elected earlier not listed: unknown, so nothing is said.
    expect(findings('cn-village-zhejiang', 'runoff', [members])).toEqual([]);
  });

  it('says nothing of a runoff when the election is void', () => {
    const open: Post = { ...WOMAN, votes: { w: 30, x: 30 } };
    const { election, sheets, tally } = electionFixture({
      rules: 'cn-village-zhejiang',
      registeredVoters: 100,
      contests: [open].map(({ id, name, seats, candidates }) => ({ id, name, seats, candidates })),
      boxes: [{ box: 'central', registered: 100, issued: 60, returned: 60, invalid: 0, voters: 59 }],
      votes: { central: { 'women-member': open.votes } },
    });
    const pack = getRulePack('cn-village-zhejiang');
    if (!pack) throw new Error('pack');
    const codes = evaluateElection({ election, pack, sheets, tally, lang: 'zh' }).findings.map((f) => f.code);
    expect(codes).toContain('ELECTION_VOID');
    expect(codes).not.toContain('WOMEN_MEMBER_POST');
  });
});
