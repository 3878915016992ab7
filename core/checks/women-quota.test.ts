import { describe, expect, it } from 'vitest';
import type { CandidateResult, ContestResult } from '../model/report.js';
import { checkWomenQuota } from './women-quota.js';

/** A runoff's members' contest: its winners as [name, gender?], and the seats still open. */
function members(
  elected: readonly (readonly [string, ('female' | 'male')?])[],
  unfilledSeats = 0,
): ContestResult {
  const candidates: CandidateResult[] = elected.map(([name, gender]) => ({
    id: name,
    name,
    votes: 30,
    writeIn: false,
    elected: true,
    ...(gender && { gender }),
  }));
  return {
    id: 'member',
    name: '委员',
    seats: elected.length + unfilledSeats,
    validBallots: 60,
    blank: 0,
    candidates,
    elected: candidates.map((candidate) => candidate.id),
    unfilledSeats,
    votesNeeded: 20,
  };
}

describe('checkWomenQuota', () => {
  it('counts a woman elected earlier together with the runoff’s winners', () => {
    const runoff = [members([['丙', 'male']])];
    expect(checkWomenQuota(runoff, 1, 'zh', [])).toEqual([
      expect.objectContaining({ code: 'WOMEN_QUOTA_UNMET', severity: 'warning', expected: 1, found: 0 }),
    ]);
    const earlier = [
      { contest: 'chair', name: '陈建华', gender: 'male' as const },
      { contest: 'member', name: '刘洋', gender: 'female' as const },
    ];
    expect(checkWomenQuota(runoff, 1, 'zh', earlier)).toEqual([]);
  });

  it('says how many of the women were elected earlier when still short', () => {
    const runoff = [members([['丁', 'female']], 1)];
    const earlier = [
      { contest: 'member', name: '刘洋', gender: 'female' as const },
      { contest: 'member', name: '王强' },
    ];
    const [zh] = checkWomenQuota(runoff, 3, 'zh', earlier);
    expect(zh).toMatchObject({ expected: 3, found: 2 });
    expect(zh?.message).toBe(
      '当选成员中妇女2名（含此前当选的2名成员中的妇女1名），少于应有的3名；尚有1个名额待另行选举',
    );
    const [en] = checkWomenQuota(runoff, 3, 'en', earlier);
    expect(en?.message).toContain(
      '2 women among the elected members (1 of them among the 2 members elected earlier)',
    );
  });

  it('does not count members elected earlier of unstated gender as women', () => {
    expect(checkWomenQuota([members([])], 1, 'zh', [{ contest: 'member', name: '刘洋' }])).toHaveLength(1);
  });

  it('does not call the quota unmet in a runoff whose earlier members are not listed: it says what is unknown', () => {
    const runoff = [members([['丙', 'male']], 1)];
    const [zh] = checkWomenQuota(runoff, 1, 'zh', 'unknown');
    expect(zh).toMatchObject({ code: 'WOMEN_QUOTA_UNMET', severity: 'info', expected: 1, found: 0 });
    expect(zh?.message).toBe(
      '本次另行选举当选成员中妇女0名；此前当选的成员未列出（alreadyElected），无法判断委员会成员中妇女是否达到应有的1名',
    );
    const [en] = checkWomenQuota(runoff, 1, 'en', 'unknown');
    expect(en?.message).toBe(
      '0 women among the members this runoff elects; the members elected earlier are not listed (alreadyElected), so whether the committee has the 1 woman required is not known',
    );
    expect(checkWomenQuota([members([['丁', 'female']])], 1, 'en', 'unknown')).toEqual([]);
  });
});
