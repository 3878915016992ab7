import { describe, expect, it } from 'vitest';
import { readAnnouncementText } from './read-announcement-text.js';
import { workAnnouncementArithmetic } from './check-announcement-arithmetic.js';

/** Every number and name here is invented. */
const work = (text: string) => {
  const checked = workAnnouncementArithmetic(readAnnouncementText(text), 'en');
  return {
    wrong: checked.judged.filter((figure) => !figure.right).map((figure) => [figure.rule, figure.text]),
    unjudged: checked.unjudged.map((figure) => [figure.reason, figure.text, figure.work.en]),
  };
};

const ACCOUNT = '共发出选票1,987张，收回选票1,983张，其中有效票1,971张，无效票12张。';

describe('a turnout after a list of the places’ voters whose total the places do not make', () => {
  it('flags the sum once, and leaves the turnout unjudged, right of the total as written', () => {
    const { wrong, unjudged } = work(
      `本村登记选民2,316人。\n参加投票：中心会场1,506人，分会场326人，流动票箱119人，合计1,987人，参选率85.79%。\n${ACCOUNT}`,
    );
    expect(wrong).toEqual([['partition', '合计1,987人']]);
    expect(unjudged).toEqual([
      [
        'ambiguous-base',
        '参选率85.79%',
        'which count of voters 85.79% is taken of is uncertain: the notice states “合计1,987人”, but its places add up to 1,951 (the two disagree: see the check of the total); 1,987 voters give 85.79%, 1,951 give 84.24% (with 2,316 registered voters)',
      ],
    ]);
  });

  it('judges the turnout as before where the places make their total', () => {
    const { wrong, unjudged } = work(
      `本村登记选民2,316人。\n参加投票：中心会场1,506人，分会场362人，流动票箱119人，合计1,987人，参选率85.79%。\n${ACCOUNT}`,
    );
    expect(wrong).toEqual([]);
    expect(unjudged).toEqual([]);
  });

  it('still flags a turnout wrong of both the total and the places’ sum', () => {
    const { wrong } = work(
      `本村登记选民2,316人。\n参加投票：中心会场1,506人，分会场326人，流动票箱119人，合计1,987人，参选率88.10%。\n${ACCOUNT}`,
    );
    expect(wrong.map(([rule]) => rule)).toEqual(['partition', 'share']);
  });
});
