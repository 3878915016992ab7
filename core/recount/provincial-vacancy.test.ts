import { describe, expect, it } from 'vitest';
import type { ElectedMember, Round } from '../model/election.js';
import { getRulePack } from '../rules/registry.js';
import { evaluateElection } from './evaluate-election.js';
import { electionFixture, type ElectionSpec } from './testing/election-fixture.js';
import { verdictOf } from './verdict.js';

/** 100 registered, 60 cast; a chair's seat and `memberSeats` members' seats, all in one box. */
function committee(
  rules: string,
  round: Round,
  memberSeats: number,
  chairVotes: Record<string, number> | null,
  memberVotes: Record<string, number>,
): ElectionSpec {
  const contests: ElectionSpec['contests'] = [
    ...(chairVotes
      ? [
          {
            id: 'chair',
            name: '主任',
            seats: 1,
            candidates: [
              ['a', '甲'],
              ['b', '乙'],
            ] as [string, string][],
          },
        ]
      : []),
    {
      id: 'member',
      name: '委员',
      seats: memberSeats,
      candidates: ['c', 'd', 'e', 'f', 'g'].map((id) => [id, id.toUpperCase()] as [string, string]),
    },
  ];
  return {
    rules,
    round,
    registeredVoters: 100,
    minWomen: 0,
    contests,
    boxes: [{ box: 'central', registered: 100, issued: 60, returned: 60, invalid: 0 }],
    votes: { central: { ...(chairVotes ? { chair: chairVotes } : {}), member: memberVotes } },
  };
}

function unfilledMessages(spec: ElectionSpec, lang: 'zh' | 'en' = 'zh') {
  const { election, sheets, tally } = electionFixture(spec);
  const pack = getRulePack(election.rules);
  if (!pack) throw new Error(`no pack ${election.rules}`);
  const evaluation = evaluateElection({ election, pack, sheets, tally, lang });
  const messages = evaluation.findings
    .filter((finding) => finding.code === 'SEAT_UNFILLED')
    .map((finding) => finding.message);
  return { evaluation, messages };
}

describe('Shanghai: open seats after the first vote (上海第二十一条)', () => {
  // Chair 40 of 60 elected; members need 31: c and d elected, e not.
  const threeElected = committee(
    'cn-village-shanghai',
    'first',
    3,
    { a: 40, b: 20 },
    { c: 40, d: 35, e: 20 },
  );
  // Chair 30 of 60 is not more than half: two elected in all.
  const twoElected = committee('cn-village-shanghai', 'first', 3, { a: 30, b: 25 }, { c: 40, d: 35, e: 20 });

  it('with three elected, the meeting decides whether the seat stays vacant', () => {
    const { evaluation, messages } = unfilledMessages(threeElected);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('已选出村民委员会成员3人');
    expect(messages[0]).toContain('由村民会议或者村民代表会议决定');
    expect(messages[0]).toContain('否则需在30日内另行选举');
    // Seats are still open until the meeting decides: the verdict does not change.
    expect(verdictOf(evaluation)).toBe('runoff-needed');
  });

  it('with two elected, a runoff within thirty days is required', () => {
    const { messages } = unfilledMessages(twoElected);
    expect(messages).toHaveLength(2);
    for (const message of messages) {
      expect(message).toContain('已选出2人，未达到3人，所缺名额不能暂缺');
      expect(message).toContain('需在30日内另行选举');
    }
  });

  it('says it in English too', () => {
    const { messages } = unfilledMessages(threeElected, 'en');
    expect(messages[0]).toContain('3 committee members are elected');
    expect(messages[0]).toContain('otherwise a runoff is needed within 30 days');
  });

  it('is not what the national pack says of the same count', () => {
    const { messages } = unfilledMessages({ ...threeElected, rules: 'cn-village' });
    expect(messages[0]).not.toContain('暂缺');
    expect(messages[0]).toContain('，需另行选举');
  });
});

describe('Zhejiang: open posts after the runoff (浙江第三十条)', () => {
  // Runoff of four open members' seats, 60 cast: one third is 20.
  const runoff = (e: number) =>
    committee('cn-village-zhejiang', 'runoff', 4, null, { c: 30, d: 25, e, f: 19 });

  it('with three elected in the runoff, the open post may stay vacant', () => {
    const { evaluation, messages } = unfilledMessages(runoff(20));
    expect(evaluation.contests[0]?.elected).toEqual(['c', 'd', 'e']);
    expect(messages[0]).toContain('经另行选举仍未选足；已选出村民委员会成员3人');
    expect(messages[0]).toContain('所缺名额可以空缺（村民委员会选举（浙江省））');
    expect(messages[0]).not.toContain('村民会议');
  });

  it('with two elected in the runoff, it depends on those elected in the first vote', () => {
    const { evaluation, messages } = unfilledMessages(runoff(19));
    expect(evaluation.contests[0]?.elected).toEqual(['c', 'd']);
    expect(messages[0]).toContain('连同此前当选者，村民委员会成员达到3人的，所缺名额可以空缺');
  });

  it('gives thirty days for the runoff after a first vote, with no vacancy yet', () => {
    const { messages } = unfilledMessages(
      committee('cn-village-zhejiang', 'first', 3, { a: 40, b: 20 }, { c: 40, d: 35, e: 20 }),
    );
    expect(messages[0]).toContain('需在30日内另行选举');
    expect(messages[0]).not.toContain('空缺');
  });
});

describe('Beijing: no further runoff by decision of the meeting (北京第三十条)', () => {
  it('with the chair and three members elected in the runoff (more than three), the meeting may decide', () => {
    const { messages } = unfilledMessages(
      committee('cn-village-beijing', 'runoff', 4, { a: 25, b: 20 }, { c: 22, d: 21, e: 20, f: 10 }),
    );
    expect(messages[0]).toContain('已选出村民委员会成员4人');
    expect(messages[0]).toContain('且已选出主任');
    expect(messages[0]).toContain('由村民会议或者村民代表会议决定');
  });

  it('with exactly three, it depends on those elected in the first vote', () => {
    const { messages } = unfilledMessages(
      committee('cn-village-beijing', 'runoff', 4, { a: 25, b: 20 }, { c: 22, d: 21, e: 19, f: 10 }),
    );
    expect(messages[0]).toContain('连同此前当选者，村民委员会成员达到4人且已选出主任的');
  });

  it('without a chair, a further runoff is needed however many members are elected', () => {
    const { messages } = unfilledMessages(
      committee('cn-village-beijing', 'runoff', 5, { a: 19, b: 18 }, { c: 22, d: 21, e: 20, f: 20, g: 10 }),
    );
    expect(messages).toHaveLength(2);
    for (const message of messages) expect(message).toContain('主任未选出，所缺名额不能暂缺');
  });

  it('gives fifteen days for the runoff after a first vote', () => {
    const { messages } = unfilledMessages(
      committee('cn-village-beijing', 'first', 3, { a: 40, b: 20 }, { c: 40, d: 35, e: 20 }),
    );
    expect(messages[0]).toContain('需在15日内另行选举');
  });
});

/** Members elected in the first vote, as a runoff's definition lists them. */
const earlier = (count: number, contest = 'member'): ElectedMember[] =>
  Array.from({ length: count }, (_, index) => ({ contest, name: `此前当选${index + 1}` }));

describe('runoffs that list the members elected in the first vote (alreadyElected)', () => {
  // One open member's seat in the runoff, 60 cast: c with 20 (a third) is elected, with 19 not.
  const zhejiang = (c: number, alreadyElected: ElectedMember[]) => ({
    ...committee('cn-village-zhejiang', 'runoff', 2, null, { c, d: 10 }),
    alreadyElected,
  });

  it('Zhejiang: two elected earlier and one in the runoff make three, so the open post may stay vacant', () => {
    const { evaluation, messages } = unfilledMessages(zhejiang(20, earlier(2)));
    expect(evaluation.contests[0]?.elected).toEqual(['c']);
    expect(messages).toEqual([
      expect.stringContaining('已选出村民委员会成员3人，不少于3人：所缺名额可以空缺'),
    ]);
    // Without the list the same runoff leaves it to the reader.
    const unlisted = unfilledMessages(committee('cn-village-zhejiang', 'runoff', 2, null, { c: 20, d: 10 }));
    expect(unlisted.messages[0]).toContain('连同此前当选者');
  });

  it('Zhejiang: two elected earlier and none in the runoff are two: the post may not stay vacant', () => {
    const { messages } = unfilledMessages(zhejiang(19, earlier(2)));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('已选出2人，未达到3人，所缺名额不能暂缺');
    expect(unfilledMessages(zhejiang(19, earlier(2)), 'en').messages[0]).toContain(
      '2 elected, fewer than 3: the open seats may not stay vacant',
    );
  });

  describe('Beijing needs four, the chair among them', () => {
    // Runoff: the chair's seat (a needs 20 of 60) and three members' seats.
    const beijing = (chairVotes: Record<string, number>, e: number, alreadyElected: ElectedMember[]) => ({
      ...committee('cn-village-beijing', 'runoff', 3, chairVotes, { c: 30, d: 10, e, f: 5 }),
      alreadyElected,
    });

    it('the chair and one member in the runoff, with two members earlier: four, the meeting may decide', () => {
      const { messages } = unfilledMessages(beijing({ a: 25, b: 20 }, 10, earlier(2)));
      expect(messages).toHaveLength(1);
      expect(messages[0]).toContain('已选出村民委员会成员4人且已选出主任');
      expect(messages[0]).toContain('由村民会议或者村民代表会议决定');
    });

    it('the chair and one member in the runoff, with one member earlier: three, not enough', () => {
      const { messages } = unfilledMessages(beijing({ a: 25, b: 20 }, 10, earlier(1)));
      expect(messages[0]).toContain('已选出3人，未达到4人，所缺名额不能暂缺');
    });

    it('four without the chair are not enough', () => {
      const { messages } = unfilledMessages(beijing({ a: 19, b: 18 }, 25, earlier(2)));
      expect(messages).toHaveLength(2);
      for (const message of messages) expect(message).toContain('主任未选出，所缺名额不能暂缺');
    });

    it('a chair listed as elected earlier counts as the chair', () => {
      const { messages } = unfilledMessages(
        beijing({ a: 19, b: 18 }, 10, [...earlier(2), ...earlier(1, 'chair')]),
      );
      expect(messages.some((message) => message.includes('已选出村民委员会成员4人且已选出主任'))).toBe(true);
    });
  });
});
