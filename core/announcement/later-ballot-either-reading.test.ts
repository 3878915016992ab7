import { describe, expect, it } from 'vitest';
import { findings } from './corpus/read-shapes.js';
import { judged, judgement } from './corpus/village-pack-shapes.js';

/**
 * A later ballot (`第二轮投票（选举委员）`) after a first that elected the same post (`第一轮投票（选举主任、委员）`):
 * a runoff (at least a third of its ballots cast) or a fresh ballot (more than half), the text does not say.
 * A winner short even of a third of that ballot's own ballots fails under both readings; the ballot's own
 * valid and invalid ballots make up its own ballots returned. Every number and name is invented.
 */

const NOTICE = (second: string, winner: string, tie = '') =>
  [
    '石桥村第十三届村民委员会选举结果公告',
    '2026年5月10日，石桥村召开选举大会，全村登记选民1680人。',
    `第一轮投票（选举主任、委员）：参加投票的选民1500人，发出选票1500张，收回选票1496张，其中有效票1480张，无效票16张。主任候选人孔德明得票1210票，当选为村民委员会主任；委员候选人余秀兰（女）得票960票，当选为委员。${tie}`,
    `第二轮投票（选举委员）：${second}${winner}`,
  ].join('\n');

const COUNTS = (voters: number, returned: number, valid: number, invalid: number) =>
  `参加投票的选民${voters}人，发出选票${voters}张，收回选票${returned}张，其中有效票${valid}张，无效票${invalid}张。`;
const WINNER = (votes: number) => `委员候选人顾建平得票${votes}票，当选为委员。`;

describe('a later ballot whose kind the notice leaves open', () => {
  it('flags a winner short of a third of that ballot’s own ballots, saying it fails under both readings', () => {
    // 900 voted, 898 returned: a third of 898 is 299 1/3, so 300 are needed.
    const text = NOTICE(COUNTS(900, 898, 890, 8), WINNER(290));
    expect(judged(text)).toEqual([['ANNOUNCED_WINNER_MISMATCH', '顾建平', 'error']]);
    const finding = judgement(text).findings[0]!;
    expect(finding.message).toContain('both readings');
    expect(finding.message).toContain('at least 300');
    expect(finding.message).toContain('at least 451');
  });

  it('takes the third of that ballot’s own ballots, never of the first ballot’s', () => {
    // 320 is under a third of the first ballot's 1,500 (500) but at least a third of the later 898 (300).
    expect(judged(NOTICE(COUNTS(900, 898, 890, 8), WINNER(320)))).toEqual([
      ['UNREAD_FIGURE', '顾建平', 'info'],
    ]);
    // A later ballot with more voters than the first: a third of its own 2,100 is 700.
    expect(judged(NOTICE(COUNTS(2100, 2100, 2090, 10), WINNER(690)))).toEqual([
      ['ANNOUNCED_WINNER_MISMATCH', '顾建平', 'error'],
    ]);
  });

  it('takes the fewer of the ballot’s voters and ballots returned, and a third is enough', () => {
    // 1,203 voted and 1,200 returned: 400 are a third of the ballots returned.
    expect(judged(NOTICE(COUNTS(1203, 1200, 1191, 9), WINNER(400)))).toEqual([
      ['UNREAD_FIGURE', '顾建平', 'info'],
    ]);
    expect(judged(NOTICE(COUNTS(1203, 1200, 1191, 9), WINNER(399)))).toEqual([
      ['ANNOUNCED_WINNER_MISMATCH', '顾建平', 'error'],
    ]);
    // Exactly a third of 1,101 is 367: at least a third, not more than a third.
    expect(judged(NOTICE(COUNTS(1101, 1101, 1092, 9), WINNER(367)))).toEqual([
      ['UNREAD_FIGURE', '顾建平', 'info'],
    ]);
  });

  it('leaves the winner unread where the ballot states no voters of its own', () => {
    expect(judged(NOTICE('', WINNER(380)))).toEqual([['UNREAD_FIGURE', '顾建平', 'info']]);
  });

  it('flags no winner of a re-vote between tied candidates (the most votes win it)', () => {
    const tie = '委员候选人顾建平、宋海波得票相等，就票数相等的候选人重新投票。';
    expect(judged(NOTICE(COUNTS(1250, 1248, 1240, 8), WINNER(300), tie))).not.toContainEqual([
      'ANNOUNCED_WINNER_MISMATCH',
      '顾建平',
      'error',
    ]);
  });
});

describe('a later ballot’s own account', () => {
  it('sums its own valid and invalid ballots against its own ballots returned', () => {
    expect(findings(NOTICE(COUNTS(900, 898, 890, 8), WINNER(320)))).toEqual([]);
    // 890 + 18 = 908, not 898.
    expect(findings(NOTICE(COUNTS(900, 898, 890, 18), WINNER(320)))).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '收回选票898张'],
    ]);
  });

  it('makes no sum of its valid and invalid where it states no ballots returned of its own', () => {
    const text = NOTICE('参加投票的选民1100人，有效票1088张，无效票9张。', WINNER(600));
    expect(findings(text)).toEqual([]);
  });
});
