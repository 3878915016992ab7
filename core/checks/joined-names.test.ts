import { describe, expect, it } from 'vitest';
import type { CandidateResult, ContestResult } from '../model/report.js';
import { checkWriteIns } from './write-ins.js';

const person = (id: string, name: string, votes: number, writeIn = false): CandidateResult => ({
  id,
  name,
  votes,
  writeIn,
  elected: false,
});
const members = (written: string): ContestResult => ({
  id: 'member',
  name: '委员',
  seats: 3,
  validBallots: 100,
  blank: 0,
  candidates: [
    person('li-hongmei', '李红梅', 60),
    person('wu-yongming', '吴永明', 40),
    person(written, written, 1, true),
  ],
  elected: [],
  unfilledSeats: 0,
  votesNeeded: null,
});
const findingFor = (written: string) => checkWriteIns([members(written)], 'en')[0];

describe('a write-in that is several candidates joined by the wrong separator', () => {
  it.each(['李红梅｜吴永明', 'li-hongmei｜wu-yongming', '李红梅¦wu-yongming', '李红梅|吴永明'])(
    'warns that %s names candidates, whose votes it does not count',
    (written) => {
      const finding = findingFor(written);
      expect(finding).toMatchObject({ code: 'WRITE_IN_LOOKALIKE', severity: 'warning' });
      expect(finding?.messages.en).toMatch(
        /looks like the candidates "李红梅", "吴永明" joined by a separator other than "\|"/,
      );
      expect(finding?.messages.zh).toMatch(/看起来是候选人“李红梅”、“吴永明”/);
    },
  );

  it('leaves a write-in whose parts are not all candidates as a plain write-in', () => {
    expect(findingFor('李红梅｜周建国')).toMatchObject({ code: 'WRITE_IN', severity: 'info' });
    expect(findingFor('周建国')).toMatchObject({ code: 'WRITE_IN', severity: 'info' });
  });
});
