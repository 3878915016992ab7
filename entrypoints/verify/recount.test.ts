import { describe, expect, it } from 'vitest';
import type { InputDigest, InputRole } from '../../core/index.js';
import type { InputCheck } from './match-inputs';
import { recountRequest, type HashedFile } from './recount';

function check(role: InputRole): InputCheck<HashedFile> {
  const signed: InputDigest = { name: `${role}.x`, sha256: 'ab'.repeat(32), size: 1, role };
  const file = new File(['x'], `${role}.x`);
  return { signed, file: { name: file.name, sha256: signed.sha256, file }, status: 'match' };
}

const contest = { id: 'chair', name: '主任', seats: 1 } as const;

describe('recountRequest', () => {
  it("recounts an election under the exact pack version the receipt names, in the receipt's language", () => {
    const request = recountRequest([check('election'), check('tallies')], {
      lang: 'en',
      rules: 'cn-village@2018',
      round: 'first',
      contests: [
        {
          ...contest,
          validBallots: 0,
          blank: 0,
          candidates: [],
          elected: [],
          unfilledSeats: 1,
          votesNeeded: null,
        },
      ],
    });
    expect(request.receiptRules).toBe('cn-village@2018');
    expect(request.lang).toBe('en');
    expect(request.announcementRules).toBeUndefined();
  });

  it('judges an announcement alone by its pack and round, and names no election version', () => {
    const request = recountRequest([check('announcement')], {
      lang: 'zh',
      rules: 'cn-village@2025',
      round: 'runoff',
      contests: [],
    });
    expect(request.announcementRules).toEqual({ pack: 'cn-village@2025', round: 'runoff' });
    expect(request.receiptRules).toBeUndefined();
  });
});
