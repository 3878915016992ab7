import { describe, expect, it } from 'vitest';
import { judged, winners } from './corpus/village-pack-shapes.js';

/**
 * Village results notices of the 2026 换届 in shapes the earlier sets did not try. Each right (worked
 * with exact fractions) beside a variant with one error planted. Every number and name is invented.
 */

describe('a sentence that says no runoff is needed', () => {
  // 1011 voted; a seat needs 506 in a first round (a runoff's third would be 337).
  const NOTICE = (chair = 812, said = '不需另行选举') =>
    [
      '红旗村村民委员会选举结果公告',
      `2026年3月26日，红旗村举行第十二届村民委员会选举，应选职数一次全部选出，${said}，登记选民1108人，参加投票的选民1011人，收回选票1011张，有效票1005张，无效票6张。`,
      `红卫东得票${chair}票，当选为村民委员会主任；吴丽得票707票，当选为村民委员会副主任；赵强得票611票，当选为村民委员会委员。`,
    ].join('\n');

  it('judges the winners by a first round’s half, not a runoff’s third', () => {
    expect(winners(NOTICE())).toEqual([
      ['红卫东得票812票', true],
      ['吴丽得票707票', true],
      ['赵强得票611票', true],
    ]);
    expect(judged(NOTICE()).filter(([, , severity]) => severity !== 'info')).toEqual([]);
  });

  it.each(['不需另行选举', '无需另行选举', '未进行另行选举', '不需要进行另行选举'])(
    'flags a winner under half where the notice says %s',
    (said) => {
      expect(judged(NOTICE(412, said))).toEqual([['ANNOUNCED_WINNER_MISMATCH', '红卫东', 'error']]);
    },
  );
});
