import { describe, expect, it } from 'vitest';
import { findings, unread } from './corpus/read-shapes.js';

/**
 * A share in a bracket that opens with the last term's words, beside its counts (`参选率83.66%（上届参加投票
 * 1,571人，参选率87.18%）`): a share of that earlier election, never of this one's counts. Every number and
 * name is invented.
 */
describe('a share in an aside of the last term’s figures', () => {
  const NOTICE = (aside: string, share = '83.66%') =>
    `本村本届登记选民1,915人。参加投票1,602人，参选率${share}${aside}。发出选票1,602张，收回选票1,600张，其中有效票1,589张，无效票11张。`;

  it('leaves the last term’s share unread, with its reason, and raises no alarm', () => {
    for (const aside of [
      '（上届参加投票1,571人，参选率87.18%）',
      '（上届：参加投票1,571人，参选率87.18%）',
      '(上一届参加投票1,571人，参选率87.18%)',
      '（2021年换届时参加投票1,571人，参选率87.18%）',
    ]) {
      expect(findings(NOTICE(aside))).toEqual([]);
      expect(unread(NOTICE(aside))).toContainEqual(['87.18%', 'last-term-aside']);
    }
    // A share named of the last term by its own words is left unjudged as before.
    expect(findings(NOTICE('（往届参选率87.18%）'))).toEqual([]);
  });

  it('still judges this term’s share before the aside', () => {
    // 1602 of 1915 is 83.6553…%: 83.56% is wrong.
    expect(findings(NOTICE('（上届参加投票1,571人，参选率87.18%）', '83.56%'))).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '参选率83.56%'],
    ]);
  });

  it('still judges a share in a bracket that speaks of this term, or after a change against the last', () => {
    for (const text of [
      '本村登记选民1,915人，参加投票1,602人（比上届增加31人），参选率83.56%。',
      '本村登记选民1,915人，参加投票1,602人（本届参选率83.56%）。',
    ])
      expect(findings(text)).toEqual([['ANNOUNCED_PERCENT_MISMATCH', expect.stringContaining('83.56%')]]);
  });
});

describe('a winner’s last-term votes in a bracket after this term’s (得票1,382票（上届得票1,375票）)', () => {
  const NOTICE = (last: string) =>
    `本村登记选民1,915人，参加投票1,602人。收回选票1,600张，其中有效票1,589张，无效票11张。\n主任：姚德华，得票1,382票（上届得票${last}票），连选连任。`;

  it('leaves the bracket’s votes unread as the last term’s, judging nothing on them', () => {
    expect(unread(NOTICE('1,375'))).toContainEqual(['1,375', 'last-term-aside']);
    // More than this term's valid ballots: the last term's, never held to them.
    expect(findings(NOTICE('1,675'))).toEqual([]);
  });
});
