import { describe, expect, it } from 'vitest';
import { alarms, judged, reportAlone, work } from './corpus/read-shapes.js';

/**
 * Notices of the 换届 that are not a plain general election: a recall and the by-election after it in one
 * notice, and representatives or group heads chosen by each 村民小组 in a notice of their own election.
 * Every figure is invented and worked exactly.
 */

describe('a by-election whose sentence names the recall only as its cause', () => {
  const NOTICE = [
    '云岭村村民委员会委员补选结果公告',
    '2026年2月，经村民投票表决，罢免通过，原村民委员会委员林宏伟的职务终止。因罢免产生的委员空缺，本村于2026年3月29日进行补选，全村登记选民1430人，参加投票的选民1210人，发出选票1210张，收回选票1208张。',
    '其中有效票1196张，无效票12张，选举有效。',
    '苏建明得票803票，超过参加投票选民的半数，当选为村民委员会委员。',
    '云岭村村民选举委员会',
  ].join('\n');

  it("takes the counts after 补选 as the by-election's own, so they are checked", () => {
    // Before, 罢免 anywhere before them made them the recall's: voters against the register and the
    // ballots returned against the voters were “not compared: of different votes”.
    expect(alarms(NOTICE, true)).toEqual([]);
    expect(judged(NOTICE)).toContainEqual(['ballots', '参加投票的选民1210人', true]);
  });
});

describe('a recall reported beside the by-election it led to', () => {
  const NOTICE = (byElectionInvalid: number) =>
    [
      '南湖村罢免及补选结果公告',
      '2026年10月15日，南湖村召开村民会议，先就是否罢免村民委员会委员马东升进行投票，后补选村民委员会委员一名。',
      '一、罢免表决结果',
      '全村登记选民1980人，参加投票的选民1060人。收回表决票1060张，其中赞成罢免700票，反对罢免342票，弃权11票，无效票7张。赞成罢免的票数超过参加投票选民的半数，罢免通过。',
      '二、补选结果',
      `发出选票1060张，收回选票1058张，有效票1049张，无效票${byElectionInvalid}张。高秀英（女）得票688票，当选为村民委员会委员；林平得票361票。`,
      '南湖村村民选举委员会',
    ].join('\n');

  it("does not add the recall's invalid ballots to the by-election's valid ones", () => {
    // 1,049 + 9 = 1,058: right. Before, the recall's 7 were taken: 1,049 + 7 = 1,056, “not 1,058”.
    expect(alarms(NOTICE(9), true)).toEqual([]);
    expect(judged(NOTICE(9))).toContainEqual(['ballots', '收回选票1058张', true]);
  });

  it("still checks the by-election's own account", () => {
    // 1,049 + 8 = 1,057, not the 1,058 returned.
    expect(alarms(NOTICE(8), true)).toEqual(['ANNOUNCED_SUM_MISMATCH 1057/1058']);
  });

  it('says the two counts are of different votes, and keeps the recall out of the quorum', () => {
    // Before: “speak of different times (terms, years)”.
    expect(work(NOTICE(9)).unjudged).toContainEqual(
      expect.objectContaining({
        text: '无效票9张',
        work: expect.objectContaining({
          en: 'Not compared: the two figures are of different votes (a recall and an election)',
        }),
      }),
    );
    const report = reportAlone(NOTICE(9), true);
    const unread = report.findings.filter((finding) => finding.code === 'UNREAD_FIGURE');
    expect(unread.some((finding) => finding.message.includes('reports a recall vote'))).toBe(true);
    expect(report.findings.some((finding) => finding.code === 'ELECTION_VOID')).toBe(false);
  });

  it("keeps a recall-only notice's counts as its own: its ballots still sum", () => {
    const recall = [
      '柳林村罢免表决结果公告',
      '全村有选举权的村民1980人，参加投票的村民1100人。收回表决票1100张，其中同意罢免480票，不同意罢免586票，弃权16票，无效票8张。',
    ].join('\n');
    expect(alarms(recall, true)).toEqual(['ANNOUNCED_SUM_MISMATCH 1090/1100']);
  });
});

describe('representatives and group heads chosen by each group', () => {
  it("does not judge a group's representative against the whole village's voters", () => {
    const text = [
      '前进村村民代表选举结果公告',
      '全村登记选民2100人，参加投票的选民1800人。',
      '各村民小组推选村民代表结果如下：张家明得票60票，当选为第一村民小组村民代表；刘玉兰（女）得票52票，当选为第二村民小组村民代表。',
    ].join('\n');
    // Before: 张家明 60 votes, “a seat needs at least 901” of the village's 1,800.
    expect(alarms(text, true)).toEqual([]);
    const unread = reportAlone(text, true).findings.filter(
      (finding) => finding.code === 'UNREAD_FIGURE' && finding.found === '张家明',
    );
    expect(unread.map((finding) => finding.message)).toEqual([
      "The notice declares 张家明 elected to a post chosen by a group or by households (村民代表), not by the whole village's ballots: the rules' threshold for a seat does not apply, and 张家明's votes were not judged by it",
    ]);
  });

  it("does not judge a group's head by a committee's threshold", () => {
    const text = [
      '红旗村第五村民小组组长选举结果公告',
      '本组应到户代表78户，实到63户。发出选票63张，收回选票63张，有效票62张，无效票1张。',
      '陈伟得票30票，当选为第五村民小组组长；刘冬得票29票。',
    ].join('\n');
    // 30 of 63 is no majority, but no law of the committee sets how a group's head is chosen.
    expect(alarms(text, true)).toEqual([]);
    expect(
      reportAlone(text, true).findings.some(
        (finding) => finding.code === 'UNREAD_FIGURE' && finding.found === '陈伟',
      ),
    ).toBe(true);
  });

  it("still judges the committee's winners of a notice that names group heads too", () => {
    const text = [
      '金桥村村民委员会选举结果公告',
      '全村登记选民1900人，参加投票的选民1536人，发出选票1536张，收回选票1536张，有效票1520张，无效票16张。',
      '周建平得票700票，当选为村民委员会主任。',
    ].join('\n');
    expect(alarms(text, true)).toEqual(['ANNOUNCED_WINNER_MISMATCH 700/769']);
  });
});
