import { describe, expect, it } from 'vitest';
import { counts, reportUnderPack, unread, work } from './corpus/read-shapes.js';

/**
 * A count in 万 whose bracket's exact count does not round to it (9.84万人（89,437人）): a share resting on
 * the pair is judged of both readings. A rule for winning stated with its votes (须过半数（即738票）方可当选):
 * a threshold, never a count of voters nor anyone's votes. Every number and name is invented; shares
 * worked with exact fractions.
 */

/** The warnings and errors of a text checked alone under a pack, by code. */
const alarms = (text: string, pack = 'cn-residents') =>
  reportUnderPack(text, pack)
    .findings.filter((finding) => finding.severity !== 'info')
    .map((finding) => finding.code);

/** The unjudged shares' texts with their reasons. */
const unjudged = (text: string) => work(text).unjudged.map((figure) => [figure.text, figure.reason]);

describe('a share resting on a count in 万 and a bracket that disagrees with it', () => {
  // 86,912 of 98,437 is 88.29%; the exact counts agree with 9.84万 and 8.69万.
  const SUMMARY = (registered: string, cast: string, rate: string) =>
    `东城区2026年社区居民委员会换届选举工作情况通报\n\n全区登记选民${registered}，参加投票${cast}，参选率${rate}%。\n`;

  it('leaves a share right of the count in 万 and wrong of the bracket unread, with both readings', () => {
    const text = SUMMARY('9.84万人（89,437人）', '8.69万人（86,912人）', '88.29');
    expect(alarms(text)).toEqual(['ANNOUNCED_SUM_MISMATCH']);
    expect(unjudged(text)).toContainEqual(['参选率88.29%', 'ambiguous-base']);
    const listed = work(text).unjudged.find((figure) => figure.text === '参选率88.29%');
    expect(listed?.work.zh).toContain('若是占以万为单位写出的登记选民数');
    expect(listed?.work.zh).toContain('括号内的登记选民数89437');
  });

  it('leaves a share right of the bracket and wrong of the count in 万 unread', () => {
    const text = SUMMARY('9.48万人（98,437人）', '8.69万人（86,912人）', '88.29');
    expect(alarms(text)).toEqual(['ANNOUNCED_SUM_MISMATCH']);
    expect(unjudged(text)).toContainEqual(['参选率88.29%', 'ambiguous-base']);
  });

  it('leaves a share of voters in such a pair unread when right of one reading', () => {
    const text = SUMMARY('9.84万人（98,437人）', '8.69万人（68,912人）', '88.29');
    expect(alarms(text)).toEqual(['ANNOUNCED_SUM_MISMATCH']);
    expect(unjudged(text)).toContainEqual(['参选率88.29%', 'ambiguous-base']);
  });

  it('flags a share wrong of both readings', () => {
    expect(alarms(SUMMARY('9.84万人（96,437人）', '8.69万人（86,912人）', '88.92'))).toEqual([
      'ANNOUNCED_PERCENT_MISMATCH',
      'ANNOUNCED_SUM_MISMATCH',
    ]);
    expect(alarms(SUMMARY('9.84万人（98,437人）', '8.69万人（68,912人）', '88.92'))).toEqual([
      'ANNOUNCED_PERCENT_MISMATCH',
      'ANNOUNCED_SUM_MISMATCH',
    ]);
  });

  it('still judges a share of pairs that agree by the exact counts', () => {
    const text = SUMMARY('9.84万人（98,437人）', '8.69万人（86,912人）', '88.29');
    expect(alarms(text)).toEqual([]);
    expect(alarms(SUMMARY('9.84万人（98,437人）', '8.69万人（86,912人）', '88.31'))).toEqual([
      'ANNOUNCED_PERCENT_MISMATCH',
    ]);
  });
});

describe('a rule for winning stated with its votes', () => {
  const POST = (rule: string, votes = '730') =>
    [
      '红旗村村委会换届选举结果',
      '',
      '2026年4月18日，红旗村第十三届村民委员会选举大会举行。',
      '登记选民：1,702人',
      '参加投票：1,475人（参选率86.66%）',
      rule,
      '',
      '当选名单',
      '主任：唐志勇 1,290票（87.46%）',
      '委员：韦春花（女）1,163票（78.85%）',
      `委员：覃建华 ${votes}票（${votes === '730' ? '49.49' : '66.44'}%）`,
      '',
    ].join('\n');

  const SHAPES = [
    '按规定，候选人得票须过参加投票人数的半数（即738票）方可当选',
    '候选人获得参加投票村民过半数的选票（即738票）始得当选',
    '候选人得票数不少于738票方可当选',
    '本次选举当选票数为738票',
  ];

  it('never reads the threshold as a count of voters', () => {
    for (const rule of SHAPES) {
      expect(counts(POST(rule))).toEqual(['registered 1702', 'cast 1475']);
    }
    expect(unread(POST(SHAPES[0]!))).toContainEqual(['738', 'threshold-stated']);
  });

  it('judges the winners by the rules, the threshold apart', () => {
    for (const rule of SHAPES) {
      expect(alarms(POST(rule, '980'), 'cn-village')).toEqual([]);
      expect(alarms(POST(rule), 'cn-village')).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
    }
  });

  it('takes the threshold stated after the winners', () => {
    const text =
      '北苑社区登记选民3,406人，参加投票2,987人，参选率87.70%。郑海燕得票1,702票，当选为主任。' +
      '当选人所得票数均超过参加投票选民的半数（1,494票），选举有效。';
    expect(unread(text)).toContainEqual(['1,494', 'threshold-stated']);
    expect(counts(text)).toEqual(['registered 3406', 'cast 2987']);
  });

  it("keeps a winner's own votes after 过半数 when no rule is stated", () => {
    const text =
      '河西社区登记选民3,406人，参加投票2,987人，参选率87.70%。王林得票过半数（1,702票），当选为主任。';
    expect(unread(text).map(([, reason]) => reason)).not.toContain('threshold-stated');
  });
});
