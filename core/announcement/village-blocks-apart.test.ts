import { describe, expect, it } from 'vitest';
import { quorumStatus } from '../report/quorum-status.js';
import { alarms, reportUnderPack, work } from './corpus/read-shapes.js';

// Written for these tests: invented townships, villages, communities, names and counts, in the shapes of
// township summaries written as a block per village.

/** Each check made, as its work in English. */
const checks = (text: string) =>
  work(text).judged.map((figure) => `${figure.right ? '✓' : '✗'} ${figure.work.en}`);

/** Each figure left unchecked, with why, in English. */
const notChecked = (text: string) => work(text).unjudged.map((figure) => `${figure.text}: ${figure.work.en}`);

/** The report checked alone under a pack. */
const report = (text: string, pack: string) => reportUnderPack(text, pack);

describe("a village's block holding another body's vote or a runoff: the committee's first vote checked within it", () => {
  const groups = (valid: string) =>
    `石湖镇村民委员会换届选举情况\n东坝村：参加投票960人，有效票941张，主任候选人钱立新得票720票，当选。\n北洼村：登记选民1,300人，参加投票1,105人，有效票${valid}张；村民小组长选举参加投票1,200人，有效票1,190张。\n石湖镇人民政府`;

  it("checks the committee's counts before the groups' heads' vote, and catches them wrong", () => {
    expect(checks(groups('1,088'))).toContain(
      '✓ 北洼村: 1,088 valid ballots, no more than the 1,105 voters who cast a ballot: right',
    );
    expect(checks(groups('1,118'))).toContain(
      '✗ 北洼村: more valid ballots (1,118) than voters who cast a ballot (1,105)',
    );
    expect(alarms(groups('1,118'), true)).toEqual(['ANNOUNCED_SUM_MISMATCH 1118/1105']);
  });

  it("never holds the committee's counts to the groups' heads' own", () => {
    const made = checks(groups('1,088'));
    expect(made.filter((line) => line.startsWith('✗'))).toEqual([]);
    expect(made.some((line) => /1,200|1,190/.test(line))).toBe(false);
    expect(alarms(groups('1,088'), true)).toEqual([]);
  });

  const runoff = (valid: string, votes: string) =>
    `石湖镇村民委员会换届选举情况\n东坝村：登记选民1,120人，参加投票960人，有效票941张，主任候选人钱立新得票720票，当选。\n上河村：登记选民880人，参加投票743人，有效票736张，无效票7张；委员未选足，另行选举委员，参加投票690人，有效票${valid}张，赵强得票${votes}票，当选委员。\n石湖镇人民政府`;

  it("checks the first vote within the block and the runoff's own ballots within the runoff", () => {
    const made = checks(runoff('684', '240'));
    expect(made).toContain(
      '✓ 上河村: 736 valid and 7 invalid make 743 ballots, no more than the 743 voters who cast a ballot: right',
    );
    expect(made.filter((line) => line.startsWith('✗'))).toEqual([]);
    expect(checks(runoff('694', '240')).filter((line) => line.startsWith('✗'))).toEqual([
      '✗ 上河村: 另行选举: more valid ballots (694) than voters who cast a ballot (690)',
    ]);
  });

  it("judges a runoff winner in a block by a third of the runoff's own voters, never by half", () => {
    expect(alarms(runoff('684', '240'), true)).toEqual([]);
    expect(
      report(runoff('684', '240'), 'cn-village').announcement?.judged.map((figure) => figure.work.en),
    ).toContain(
      '上河村 (另行选举): 赵强 240 votes; a seat needs at least one third of the 690 ballots cast, that is at least 230: met',
    );
    expect(alarms(runoff('684', '220'), true)).toEqual(['ANNOUNCED_WINNER_MISMATCH 220/230']);
  });
});

describe("a township's totals after its villages' blocks: summed from the blocks only where they are all the villages", () => {
  const town = (opening: string, total: string, southRegistered = '登记选民1,190人，') =>
    `青松镇第十二届村民委员会选举情况通报\n${opening}\n东湾村：登记选民1,480人，参加投票1,230人，有效票1,200张。\n西岭村：登记选民1,020人，参加投票880人，有效票860张。\n南塘村：${southRegistered}参加投票1,010人，有效票998张。\n${total}\n青松镇人民政府`;

  it('checks the totals against the sum of the blocks where the text names as many villages', () => {
    const text = town(
      '全镇3个村于2026年5月9日同日选举。',
      '全镇合计登记选民3,690人，参加投票3,120人，有效票3,058张。',
    );
    const made = checks(text);
    expect(made).toContain(
      '✓ the blocks of 东湾村, 西岭村 and 南塘村: 1,480, 1,020 and 1,190 registered voters make the 3,690 of the total: right',
    );
    expect(made).toContain(
      '✓ the blocks of 东湾村, 西岭村 and 南塘村: 1,200, 860 and 998 valid ballots make the 3,058 of the total: right',
    );
    expect(alarms(text, true)).toEqual([]);
  });

  it('catches totals that are not the sum of the blocks', () => {
    const text = town(
      '全镇3个村于2026年5月9日同日选举。',
      '全镇合计登记选民3,690人，参加投票3,210人，有效票3,058张。',
    );
    expect(checks(text)).toContain(
      '✗ the blocks of 东湾村, 西岭村 and 南塘村: 1,230, 880 and 1,010 voters who cast a ballot add up to 3,120, not the 3,210 of the total',
    );
    expect(alarms(text, true)).toEqual(['ANNOUNCED_SUM_MISMATCH 3120/3210']);
  });

  it('sums the blocks under a total that says it is of them (三村合计)', () => {
    const text = town('', '三村合计登记选民3,690人，参加投票3,120人，有效票3,058张。');
    expect(checks(text).filter((line) => line.includes('of the total'))).toHaveLength(3);
  });

  it('leaves the totals not compared, saying why, where the blocks may not be all the villages', () => {
    const more = town(
      '全镇12个村于2026年5月9日同日选举。',
      '全镇合计登记选民3,690人，参加投票3,120人，有效票3,058张。',
    );
    expect(checks(more).some((line) => line.includes('of the total'))).toBe(false);
    expect(notChecked(more)).toContain(
      '有效票3,058张: Not compared: the total may not be of these blocks alone (the text names 12 villages, and 3 blocks)',
    );
    const bare = town('', '全镇合计登记选民3,690人，参加投票3,120人，有效票3,058张。');
    expect(checks(bare).some((line) => line.includes('of the total'))).toBe(false);
  });

  it('leaves a total not compared where a block does not state that count', () => {
    const text = town(
      '全镇3个村于2026年5月9日同日选举。',
      '全镇合计登记选民3,690人，参加投票3,120人，有效票3,058张。',
      '',
    );
    expect(checks(text).some((line) => line.includes('registered voters make'))).toBe(false);
    expect(checks(text)).toContain(
      '✓ the blocks of 东湾村, 西岭村 and 南塘村: 1,230, 880 and 1,010 voters who cast a ballot make the 3,120 of the total: right',
    );
    expect(alarms(text, true)).toEqual([]);
  });

  it("leaves a total not compared where a block holds a runoff's count of the same kind", () => {
    const text =
      '石湖镇村民委员会换届选举情况\n全镇2个村于5月9日同日选举。\n东坝村：参加投票960人，有效票941张。\n北洼村：参加投票1,105人，有效票1,088张。主任候选人均未过半数，5月16日另行选举，参加投票1,012人，有效票1,001张，吴海得票590票，当选主任。\n合计参加投票1,972人，有效票1,942张。';
    expect(checks(text).some((line) => line.includes('of the total'))).toBe(false);
    expect(alarms(text, true)).toEqual([]);
  });
});

describe("a street's summary of its communities alone, judged as a summary under the residents' pack", () => {
  const street = (title: string, cast: string) =>
    `${title}\n云溪街道3个社区于2026年6月6日同日选举，全街道登记选民8,120人，参加投票${cast}人。\n云溪街道办事处\n2026年6月9日`;

  it('says the totals meet the quorum, of no one election, and warns when they fall short', () => {
    const met = report(street('云溪街道社区居民委员会换届选举情况通报', '6,904'), 'cn-residents');
    expect(quorumStatus(met)).toBe('summary-met');
    expect(met.turnout.quorumSummary).toEqual({ elections: 3, totalsMet: true });
    const short = report(street('云溪街道社区居民委员会换届选举情况通报', '3,904'), 'cn-residents');
    expect(quorumStatus(short)).toBe('summary-not-met');
    expect(
      short.findings.filter((finding) => finding.code === 'TURNOUT_BELOW_QUORUM').map((f) => f.severity),
    ).toEqual(['warning']);
    expect(short.findings.some((finding) => finding.code === 'ELECTION_VOID')).toBe(false);
  });

  it('leaves a summary naming villages too, or a community put off, unjudged as before', () => {
    for (const text of [
      street('云溪街道村（居）民委员会换届选举情况通报', '3,904'),
      street('云溪街道社区居民委员会换届选举情况通报', '3,904').replace(
        '同日选举',
        '同日选举，另有1个社区延期选举',
      ),
    ])
      expect(quorumStatus(report(text, 'cn-residents'))).toBe('counts-apart');
    expect(
      quorumStatus(report(street('云溪街道社区居民委员会换届选举情况通报', '3,904'), 'cn-village')),
    ).toBe('counts-apart');
  });
});
