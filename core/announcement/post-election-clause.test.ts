import { describe, expect, it } from 'vitest';
import { findings, rows } from './corpus/read-shapes.js';

/**
 * A clause naming a post's election alone (主任选举，冯志强得票1544票，王伟得票141票) opens that post's
 * contest for the rest of its sentence, as `主任：` does (docs/announcement.md, “Candidates' votes and
 * winners”). Invented numbers.
 */

const notice = (opening: string, other: number) =>
  `全村登记选民1826名，参加投票的选民1703人。${opening}冯志强得票1544票，王伟得票${other}票，冯志强当选为村民委员会主任。`;

/** The votes read, as [candidate, contest]. */
const votes = (text: string) => rows(text).flatMap((row) => (row[0] === 'votes' ? [[row[1], row[2]]] : []));

describe('a clause naming a post’s election', () => {
  for (const opening of ['主任选举，', '村委会主任选举中，', '在村民委员会主任选举中，']) {
    it(`takes the votes after “${opening}” as the chair’s`, () => {
      expect(votes(notice(opening, 141))).toEqual([
        ['冯志强', '主任'],
        ['王伟', '主任'],
      ]);
      expect(findings(notice(opening, 141))).toEqual([]);
      // One seat: 1544 + 241 votes are more than the 1703 voters.
      expect(findings(notice(opening, 241)).map(([code]) => code)).toEqual(['ANNOUNCED_SUM_MISMATCH']);
    });
  }

  it('opens no contest for the committee’s election as a whole or for a clause with more words', () => {
    for (const opening of ['村民委员会选举，', '本次主任选举工作顺利，'])
      expect(votes(notice(opening, 141))).toEqual([
        ['冯志强', null],
        ['王伟', null],
      ]);
  });
});
