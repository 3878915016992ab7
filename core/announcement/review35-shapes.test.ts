import { describe, expect, it } from 'vitest';
import { reportUnderPack } from './corpus/read-shapes.js';

/** Shapes of notices written for an outside review (corpus-written/review35*): figures invented. */
const alarmsUnder = (text: string, pack: string) =>
  reportUnderPack(text, pack)
    .findings.filter((finding) => finding.severity !== 'info')
    .map((finding) => finding.code);

describe('a township summary whose villages head their blocks with the day each voted in a bracket', () => {
  const block = (heading: string, registered: string, voted: string, rate: string) =>
    `${heading}\n登记选民${registered}人，参加投票${voted}人，参选率${rate}。\n`;
  const text = (note: (day: string) => string, eastVoted = '1,187', eastRate = '88.45%') =>
    '××镇第十三届村民委员会换届选举结果汇总公示\n\n' +
    block(`一、东湖村${note('4月19日')}`, '1,342', eastVoted, eastRate) +
    block(`二、西岭村${note('4月19日')}`, '1,106', '964', '87.16%') +
    block(`三、南溪村${note('2026年4月20日')}`, '1,528', '1,301', '85.14%') +
    '\n××镇人民政府\n2026年4月21日';

  it('reads each block as its own village, with no count said twice', () => {
    expect(
      alarmsUnder(
        text((day) => `（${day}选举）`),
        'cn-village',
      ),
    ).toEqual([]);
    expect(
      alarmsUnder(
        text((day) => `（${day}）`),
        'cn-village',
      ),
    ).toEqual([]);
    expect(
      alarmsUnder(
        text((day) => `（${day}选举）：`),
        'cn-village',
      ),
    ).toEqual([]);
  });

  it('still judges each village’s own turnout', () => {
    expect(
      alarmsUnder(
        text((day) => `（${day}选举）`, '1,187', '84.88%'),
        'cn-village',
      ),
    ).toContain('ANNOUNCED_PERCENT_MISMATCH');
  });

  it('is no heading when the bracket holds a count, not a day', () => {
    const counted =
      '××镇村民委员会选举情况\n一、东湖村（登记选民1,342人）\n参加投票1,187人，参选率88.45%。\n二、西岭村（登记选民1,106人）\n参加投票964人，参选率87.16%。';
    expect(alarmsUnder(counted, 'cn-village')).not.toContain('ANNOUNCED_PERCENT_MISMATCH');
  });
});

describe('全村 opening the first line under a village’s heading in a summary', () => {
  const block = (heading: string, registered: string, voted: string, rate: string) =>
    `${heading}\n全村登记选民${registered}人，参加投票${voted}人，参选率${rate}。\n`;
  const text = (westRate = '85.79%') =>
    '××乡村民委员会换届选举结果公示\n' +
    block('1.桃源村（2026年4月25日）', '1,253', '1,102', '87.95%') +
    block('2.杏林村', '2,478', '2,126', westRate) +
    block('3.沙坪村', '737', '640', '86.84%');

  it('is that village’s own, so no count is said twice', () => {
    expect(alarmsUnder(text(), 'cn-village')).toEqual([]);
  });

  it('still judges that village’s turnout', () => {
    expect(alarmsUnder(text('85.97%'), 'cn-village')).toContain('ANNOUNCED_PERCENT_MISMATCH');
  });

  it('stays the whole after the block’s own lines (natural villages of one village summed)', () => {
    const natural = (whole: string) =>
      `大坪村第十三届村民委员会选举情况\n一、张家村\n登记选民300人，参加投票260人。\n二、李家村\n登记选民400人，参加投票350人。\n全村登记选民${whole}人，参加投票610人，参选率87.14%。`;
    expect(alarmsUnder(natural('700'), 'cn-village')).toEqual([]);
    expect(alarmsUnder(natural('710'), 'cn-village')).toContain('ANNOUNCED_PERCENT_MISMATCH');
  });
});

describe('a committee elected 由居民代表 (by the representatives), who are the voters, not a body elected', () => {
  const text = (due: string) =>
    `新港社区第十三届居民委员会选举结果公告\n2026年5月14日，新港社区召开居民代表会议，由居民代表选举第十三届居民委员会。\n本社区应到居民代表${due}名，实到61名，超过居民代表总数的三分之二，选举有效。共发出选票61张，收回61张，有效票60张，无效票1张。\n选举结果：\n主任：冯建业，得57票，得票率93.44%；\n委员：丁美娟（女），得52票，得票率85.25%；\n委员：顾长林，得46票。\n以上人员得票均超过到会居民代表的半数，当选为新港社区第十三届居民委员会成员。`;

  it('reads the representatives due and present, and holds the meeting to two thirds', () => {
    expect(alarmsUnder(text('68'), 'cn-residents:representatives')).toEqual([]);
    expect(alarmsUnder(text('98'), 'cn-residents:representatives')).toContain('TURNOUT_BELOW_QUORUM');
  });

  it('judges the winners as the committee’s, not as representatives elected', () => {
    const report = reportUnderPack(text('68'), 'cn-residents:representatives');
    expect(report.findings.filter((finding) => finding.messages.en.includes('another body'))).toEqual([]);
  });
});
