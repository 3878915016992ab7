import { describe, expect, it } from 'vitest';
import { findings } from './corpus/read-shapes.js';
import { readAnnouncementText } from './read-announcement-text.js';
import { judged, judgement, winners } from './corpus/village-pack-shapes.js';

/**
 * Notices of a first ballot and a runoff (另行选举) as villages publish them under the 2025 text of the
 * 村民委员会组织法 (a runoff's winner needs at least a third of the ballots cast), each right beside a
 * variant with one error planted. Every number and name is invented.
 */

describe('rounds named by a label opening each line (第二轮投票（另行选举）：)', () => {
  // The runoff: 1066 voted; a third is 356 (rounded up). 龚德明's 498 meet it, 350 would not.
  const NOTICE = (votes = 498) =>
    [
      '竹溪村第十三届村民委员会选举结果公告',
      '2026年4月25日，竹溪村进行村民委员会换届选举，全村登记选民1270人。',
      '第一轮投票：参加投票的选民1138人，发出选票1138张，收回选票1136张，其中有效票1127张，无效票9张。主任候选人郝建新得票905票，当选为村民委员会主任；委员候选人钟小红（女）得票741票，当选为委员。',
      `第二轮投票（另行选举）：参加投票的选民1066人，发出选票1066张，收回选票1064张，其中有效票1057张，无效票7张。委员候选人龚德明得票${votes}票，当选为委员。`,
    ].join('\n');

  it('sets the runoff winner’s votes in the setting of the runoff’s counts before them', () => {
    const figures = readAnnouncementText(NOTICE()).figures;
    const votes = figures.find((figure) => figure.kind === 'votes' && figure.candidate === '龚德明');
    const cast = figures.find(
      (figure) => figure.kind === 'count' && figure.meaning === 'cast' && figure.value === 1066n,
    );
    expect(votes && 'setting' in votes ? votes.setting : undefined).toBe(
      cast && 'setting' in cast ? cast.setting : null,
    );
  });

  it('judges the runoff winner by the runoff’s own voters', () => {
    expect(winners(NOTICE())).toEqual(
      expect.arrayContaining([
        ['郝建新得票905票', true],
        ['龚德明得票498票', true],
      ]),
    );
    expect(judged(NOTICE())).toEqual([]);
  });

  it('flags a runoff winner under a third of the runoff’s ballots cast', () => {
    expect(judged(NOTICE(350))).toEqual([['ANNOUNCED_WINNER_MISMATCH', '龚德明', 'error']]);
    const finding = judgement(NOTICE(350)).findings[0];
    expect(finding?.message).toContain('1,066');
  });
});

describe('a runoff whose notice states only the first ballot’s voters', () => {
  // 1214 voted, stated once before the first ballot's results; the runoff's own voters are not stated.
  // 鲁志明's 398 are under a third of 1214 (405), which is not the runoff's base: not judged, and why.
  const NOTICE = [
    '柳塘村第十三届村民委员会选举结果公告',
    '2026年4月9日，柳塘村进行村民委员会换届选举。全村登记选民1380人，参加投票的选民1214人，收回选票1214张，其中有效票1205张，无效票9张。',
    '经第一次投票，主任候选人程海涛得票906票，当选为村民委员会主任；委员候选人葛红霞（女）得票733票，当选为委员。',
    '不足的1名委员于4月9日下午另行选举，委员候选人鲁志明得票398票，得票最多，当选为委员。',
  ].join('\n');

  it('leaves the runoff winner unjudged, saying the runoff’s ballots are not stated', () => {
    const { findings } = judgement(NOTICE);
    expect(findings.filter((finding) => finding.severity !== 'info')).toEqual([]);
    const why = findings.find((finding) => finding.candidate === '鲁志明');
    expect(why?.code).toBe('UNREAD_FIGURE');
    expect(why?.message).toContain('states no voters or ballots of the runoff');
    expect(why?.message).toContain('1,214 voters');
  });
});

describe('a 补选 notice that restates the term’s election beside its own figures', () => {
  // The by-election: 1036 voted, 1025 valid; 江海波's 652 are more than half (519). The term's election
  // restated: 孙国华's 1101 of its 1268 voters, more than the by-election's 1025 valid ballots.
  const OPENING = (votes = 652) =>
    [
      '桃源村村民委员会委员补选结果公告',
      '本届村民委员会于2026年3月20日选举产生，登记选民1410人，参加投票的选民1268人，主任孙国华得票1101票当选。因委员邹永福辞去职务，2026年9月18日补选村民委员会委员1名。',
      `本次补选登记选民1422人，参加投票的选民1036人，发出选票1036张，收回选票1033张，其中有效票1025张，无效票8张。委员候选人江海波得票${votes}票，当选为村民委员会委员。`,
    ].join('\n');
  const APPENDED = (votes = 652) =>
    [
      '桃源村村民委员会委员补选结果公告',
      `2026年9月18日，桃源村召开选举大会补选村民委员会委员1名。登记选民1422人，参加投票的选民1036人，发出选票1036张，收回选票1033张，其中有效票1025张，无效票8张。委员候选人江海波得票${votes}票，当选为村民委员会委员。`,
      '附：2026年3月20日换届选举结果：登记选民1410人，参加投票的选民1268人，主任孙国华得票1101票，委员韩丽（女）得票903票、彭建军得票870票，当选。',
    ].join('\n');

  it('keeps the committee’s own election, stated first, apart from the by-election', () => {
    expect(findings(OPENING())).toEqual([]);
    expect(judged(OPENING()).filter(([, , severity]) => severity !== 'info')).toEqual([]);
    expect(winners(OPENING())).toEqual([['江海波得票652票', true]]);
  });

  it('keeps the term’s election’s result, appended, apart from the by-election', () => {
    expect(findings(APPENDED())).toEqual([]);
    expect(judged(APPENDED()).filter(([, , severity]) => severity !== 'info')).toEqual([]);
    expect(winners(APPENDED())).toEqual([['江海波得票652票', true]]);
  });

  it('still judges the by-election’s own winner by its own voters and ballots', () => {
    expect(judged(OPENING(511))).toEqual(
      expect.arrayContaining([['ANNOUNCED_WINNER_MISMATCH', '江海波', 'error']]),
    );
    expect(findings(APPENDED(1030))).toEqual([['ANNOUNCED_SUM_MISMATCH', '江海波得票1030票']]);
  });
});

describe('a 补选 notice that restates the committee’s election in other words', () => {
  // Each opening restates the term's election (孙国华's 1101 of its 1268 voters, more than the
  // by-election's 1025 valid ballots); the by-election's 江海波 has 652 of its 1036 voters (half: 519).
  const OPENINGS = [
    '本届村民委员会（第十三届）于2026年3月20日选举产生，登记选民1410人，参加投票的选民1268人，主任孙国华得票1101票当选。',
    '本村第十三届村民委员会2026年3月20日选举产生，登记选民1410人，参加投票的选民1268人，主任孙国华得票1101票当选。',
    '2026年3月20日，本村第十三届村民委员会选举产生，登记选民1410人，参加投票的选民1268人，主任孙国华得票1101票当选。',
    '本届村委会班子于2026年3月20日选举产生，登记选民1410人，参加投票的选民1268人，主任孙国华得票1101票当选。',
    '第十三届村民委员会于2026年3月20日换届选出，登记选民1410人，参加投票的选民1268人，主任孙国华得票1101票当选。',
    '2026年3月20日本村换届选举，登记选民1410人，参加投票的选民1268人，主任孙国华得票1101票当选。',
  ];
  const NOTICE = (opening: string, votes = 652) =>
    [
      '桃源村村民委员会委员补选结果公告',
      `${opening}因委员邹永福辞去职务，2026年9月18日补选村民委员会委员1名。`,
      `本次补选登记选民1422人，参加投票的选民1036人，发出选票1036张，收回选票1033张，其中有效票1025张，无效票8张。委员候选人江海波得票${votes}票，当选为村民委员会委员。`,
    ].join('\n');

  it.each(OPENINGS)('keeps %s apart from the by-election', (opening) => {
    expect(findings(NOTICE(opening))).toEqual([]);
    expect(judged(NOTICE(opening)).filter(([, , severity]) => severity !== 'info')).toEqual([]);
    expect(winners(NOTICE(opening))).toEqual([['江海波得票652票', true]]);
  });

  it('still judges the by-election’s own winner by its own voters', () => {
    for (const opening of OPENINGS)
      expect(judged(NOTICE(opening, 511))).toEqual(
        expect.arrayContaining([['ANNOUNCED_WINNER_MISMATCH', '江海波', 'error']]),
      );
  });

  it('reads a by-election’s own committee words as its own', () => {
    // 2026年9月18日，桃源村村民委员会补选选举产生委员1名: the by-election itself, never an earlier vote.
    const own = [
      '桃源村村民委员会委员补选结果公告',
      '2026年9月18日，桃源村村民委员会补选选举产生，登记选民1422人，参加投票的选民1036人，发出选票1036张，收回选票1033张，其中有效票1025张，无效票8张。委员候选人江海波得票511票，当选为村民委员会委员。',
    ].join('\n');
    expect(judged(own)).toEqual(expect.arrayContaining([['ANNOUNCED_WINNER_MISMATCH', '江海波', 'error']]));
  });
});

describe('a second runoff named 再次另行选举 after the first (另行选举)', () => {
  // A second 另行选举 held a week after the first is a vote of its own: its counts are no restatement of the first's.
  const NOTICE = (returned = 1104, invalid = 6) =>
    [
      '枫林村第十二届村民委员会选举结果公告',
      '一、2026年5月13日选举大会',
      '本村登记选民2186人，参加投票1904人。发出选票1904张，收回选票1901张，其中有效票1889张，无效票12张。王志强得1512票，当选为村民委员会主任。',
      '',
      '二、2026年5月20日另行选举',
      '参加投票1377人。发出选票1377张，收回选票1377张，其中有效票1370张，无效票7张。张建业得812票，当选为村民委员会委员。',
      '',
      '三、2026年5月27日再次另行选举',
      `参加投票1105人。发出选票1105张，收回选票${returned}张，其中有效票1098张，无效票${invalid}张。刘文斌得633票，当选为村民委员会委员。`,
    ].join('\n');

  it('keeps the second runoff’s counts apart from the first runoff’s', () => {
    expect(findings(NOTICE())).toEqual([]);
  });

  it('checks the second runoff’s counts against themselves', () => {
    // 1098 + 16 = 1114, not 1104.
    expect(findings(NOTICE(1104, 16))).toEqual([['ANNOUNCED_SUM_MISMATCH', '收回选票1104张']]);
  });

  it('keeps 再次另行选举 and 再次进行另行选举 apart too, and a single runoff named once as before', () => {
    const again = NOTICE().replace('再次另行选举', '再次进行另行选举');
    expect(findings(again)).toEqual([]);
  });
});
