import { describe, expect, it } from 'vitest';
import { judged, judgement, winners } from './corpus/village-pack-shapes.js';
import { findings, unread } from './corpus/read-shapes.js';

/**
 * Notices of the 2026 换届 of bodies chosen at a meeting (村务监督委员会 by the villagers'
 * representatives, 村民小组长 at a meeting of household representatives, group by group), beside
 * notices of the village as a whole. Each right (worked with exact fractions) beside a variant with one
 * error planted. Every number and name is invented.
 */

describe('a supervisory committee elected by the villagers’ representatives, beside the register', () => {
  // 32 of the 45 representatives came (two thirds is 30); a seat needs more than half of 32, at least 17.
  const NOTICE = (due: string, member = 25) =>
    [
      '柳湾村村务监督委员会选举结果公告',
      '柳湾村于2026年3月20日召开村民代表会议，选举产生第二届村务监督委员会。本村登记选民1862人，村民代表45名。',
      `本次会议${due}，实到32人。发出选票32张，收回选票32张，全部有效。`,
      `孙志强得票29票，当选为村务监督委员会主任；刘芳得票27票、周明得票${member}票，当选为村务监督委员会成员。`,
    ].join('\n');

  it.each(['应到村民代表45人', '应到代表45人', '应出席村民代表45名'])(
    'calls no election void on 32 ballots of 1862 voters: %s',
    (due) => {
      const errors = judged(NOTICE(due)).filter(([, , severity]) => severity !== 'info');
      expect(errors).toEqual([]);
      expect(unread(NOTICE(due))).toContainEqual(['1862', 'doubtful-label']);
    },
  );

  it('still judges the members by more than half of the ballots of those present', () => {
    expect(winners(NOTICE('应到村民代表45人'))).toEqual([
      ['孙志强得票29票', true],
      ['刘芳得票27票', true],
      ['周明得票25票', true],
    ]);
    const errors = judged(NOTICE('应到村民代表45人', 16)).filter(([, , severity]) => severity !== 'info');
    expect(errors).toEqual([['ANNOUNCED_WINNER_MISMATCH', '周明', 'error']]);
  });

  it('keeps the register where the notice states the villagers who voted', () => {
    const text = [
      '本村登记选民1862人，参加投票的选民802人，收回选票802张。',
      '同日召开村民代表会议，应到村民代表45人，实到32人。',
    ].join('\n');
    expect(judged(text)).toEqual([
      ['TURNOUT_BELOW_QUORUM', null, 'error'],
      ['ELECTION_VOID', null, 'error'],
    ]);
  });
});

describe('group leaders elected group by group, each line opened by 第N组', () => {
  const NOTICE = (all = 120) =>
    [
      '北坡村村民小组长选举结果公告',
      '2026年3月30日，北坡村各村民小组采取户代表会议形式选举村民小组长，结果如下：',
      '第一组：应到户代表52户，实到47户，王五得票41票，当选为组长。',
      '第二组：应到户代表38户，实到33户，赵六得票29票，当选为组长。',
      '第三组：应到户代表44户，实到40户，钱七得票35票，当选为组长。',
      `三个组共应到户代表134户，实到${all}户。`,
    ].join('\n');

  it('does not take each group’s 实到 for one figure stated twice', () => {
    expect(findings(NOTICE())).toEqual([]);
    expect(judged(NOTICE()).filter(([, , severity]) => severity !== 'info')).toEqual([]);
  });

  it('reads 第二小组 as a group of its own as well', () => {
    const text = NOTICE().replace(/第([一二三])组/g, '第$1小组');
    expect(findings(text)).toEqual([]);
  });
});

describe('a supervisory committee whose notice is of the representatives’ meeting alone', () => {
  // 47 of the 52 representatives came: 90.384…% → 90.38%; 45, 43, 40 of 47: 95.74%, 91.49%, 85.11%.
  const NOTICE = (rate = '90.38%', share = '91.49%') =>
    [
      '幸福社区居务监督委员会选举结果公告',
      `幸福社区于2026年4月2日召开居民代表会议，选举居务监督委员会。应到居民代表52人，实到47人，到会率${rate}。`,
      `选举结果：韩立新得票45票，得票率95.74%，当选为居务监督委员会主任；沈玉梅得票43票，得票率${share}，许东得票40票，得票率85.11%，当选为成员。`,
    ].join('\n');

  it('judges the attendance and the shares of those present', () => {
    expect(findings(NOTICE())).toEqual([]);
    expect(findings(NOTICE('91.38%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '到会率91.38%']]);
    expect(findings(NOTICE('90.38%', '82.69%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '得票率82.69%']]);
  });

  it('takes the villagers’ representatives for the electorate, and leaves the meeting’s quorum to the words', () => {
    const text = [
      '柳湾村村务监督委员会选举结果公告',
      '柳湾村于2026年3月20日召开村民代表会议，选举产生第二届村务监督委员会。本村登记选民1862人。',
      '本次会议应到村民代表45人，实到32人。收回选票32张。',
      '孙志强得票29票，当选为村务监督委员会主任。',
    ].join('\n');
    expect(judged(text).filter(([, , severity]) => severity !== 'info')).toEqual([]);
    expect(unread(text)).toContainEqual(['1862', 'doubtful-label']);
    // The meeting's quorum (two thirds of its members) is no rule of the village pack: said, not judged.
    expect(judgement(text).findings.map((finding) => finding.message)).toContainEqual(
      expect.stringContaining("villagers' representatives as its electorate"),
    );
    expect(winners(text)).toEqual([['孙志强得票29票', true]]);
  });

  it('is not said of a committee’s notice that mentions the meeting for the supervisory committee', () => {
    const text = [
      '红星村村民委员会选举结果公告',
      '本村登记选民1862人，收回选票802张。同日召开村民代表会议推选村务监督委员会，应到村民代表45人，实到32人。',
    ].join('\n');
    expect(judged(text).filter(([, , severity]) => severity !== 'info')).toEqual([]);
    expect(findings(NOTICE().replace('居务监督委员会选举结果公告', '居民委员会选举结果公告'))).toEqual([]);
  });
});

describe('以上人员得票均超过…半数，符合“双过半”规定，当选有效', () => {
  // 612 voted of 980; a seat needs more than half of 612, at least 307.
  const NOTICE = (chair = 402, met = '符合“双过半”规定，') =>
    [
      '上坪村第十二届村民委员会选举结果公告',
      '2026年3月10日上坪村举行村民委员会选举。全村登记选民980人，参加投票的选民612人，参选率62.45%，超过半数。',
      '收回选票612张，有效票605张，无效票7张。',
      `主任：魏东，得票${chair}票；委员：严丽（女），得票366票；委员：侯军，得票307票。`,
      `以上人员得票均超过参加投票选民的半数，${met}当选有效。`,
    ].join('\n');

  it('declares the three elected, the rule met said between', () => {
    expect(winners(NOTICE())).toEqual([
      ['魏东，得票402票', true],
      ['严丽（女），得票366票', true],
      ['侯军，得票307票', true],
    ]);
    expect(judged(NOTICE(306))).toEqual([['ANNOUNCED_WINNER_MISMATCH', '魏东', 'error']]);
    expect(judged(NOTICE(306, '符合有关法律规定，'))).toEqual([
      ['ANNOUNCED_WINNER_MISMATCH', '魏东', 'error'],
    ]);
  });

  it('declares no one where the clause between says something else', () => {
    expect(winners(NOTICE(306, '其中严丽为妇女委员，'))).toEqual([]);
  });
});

describe('an election by household representatives: 占应参加户数的', () => {
  // 1876 of the 2108 households due voted: 88.994…% → 88.99%.
  const NOTICE = (rate = '88.99%', base = '应参加户数') =>
    [
      '朝阳社区居民委员会选举结果公告',
      `朝阳社区采取户代表选举方式选举第十二届居民委员会。本社区应参加选举的户代表2108户，实际参加投票1876户，占${base}的${rate}。`,
      '发出选票1876张，收回1876张，有效票1862张，无效票14张。',
      '谭刚得票1597票，当选为主任。',
    ].join('\n');

  it.each(['应参加户数', '应参加投票户数', '应到户数', '应参加选举的户代表总数'])(
    'judges the voters’ share of the households due (%s)',
    (base) => {
      expect(findings(NOTICE('88.99%', base))).toEqual([]);
      expect(findings(NOTICE('89.99%', base))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', `占${base}的89.99%`]]);
    },
  );

  it('leaves a base of households not said to be due unjudged', () => {
    expect(findings(NOTICE('89.99%', '全社区户数'))).toEqual([]);
  });
});

describe('a woman candidate marked （女） after her name', () => {
  // 1871 valid ballots of 1893 returned.
  const NOTICE = (votes = 1288, mark = '（女）') =>
    [
      '青石村第十二届村民委员会选举结果公告',
      '全村登记选民2146人，参加投票的选民1893人。共发出选票1893张，收回选票1893张，其中有效票1871张，无效票22张。',
      `经选举，王建军得票1502票，当选为村民委员会主任；李秀英${mark}得票${votes}票，当选为副主任。`,
    ].join('\n');

  it.each(['（女）', '(女)', '（男）'])('compares her votes with the valid ballots: %s', (mark) => {
    expect(findings(NOTICE(1288, mark))).toEqual([]);
    expect(findings(NOTICE(1888, mark))).toEqual([['ANNOUNCED_SUM_MISMATCH', `李秀英${mark}得票1888票`]]);
  });
});

describe('a woman candidate after 、 in a list of votes', () => {
  // 1871 valid ballots; a seat needs more than half of the 1893 voters, at least 947.
  const NOTICE = (votes = 1046) =>
    [
      '全村登记选民2146人，参加投票的选民1893人。收回选票1893张，其中有效票1871张，无效票22张。',
      `张海涛得票1120票、陈丽（女）得票${votes}票，当选为委员。`,
    ].join('\n');

  it('reads her votes and judges her as a winner', () => {
    expect(winners(NOTICE())).toEqual([
      ['张海涛得票1120票', true],
      ['陈丽（女）得票1046票', true],
    ]);
    expect(judged(NOTICE(946))).toEqual([['ANNOUNCED_WINNER_MISMATCH', '陈丽', 'error']]);
  });
});

describe('the votes in brackets after the sex in brackets: 袁玲（女）（得票1654票，得票率75.98%）', () => {
  // 1654 of the 2177 voters: 75.976…% → 75.98%; of the 2160 valid: 76.57%.
  const NOTICE = (votes = 1654, rate = '75.98%') =>
    [
      '全村登记选民2480人，参加投票的选民2177人。有效票2160张，无效票17张。',
      '当选人员名单如下：',
      '主任：彭海（得票1893票，得票率86.95%）',
      `副主任：袁玲（女）（得票${votes}票，得票率${rate}）`,
    ].join('\n');

  it('reads her votes and their share', () => {
    expect(findings(NOTICE())).toEqual([]);
    expect(unread(NOTICE()).map(([text]) => text)).not.toContain('1654');
    expect(findings(NOTICE(1654, '75.08%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '得票率75.08%']]);
    expect(findings(NOTICE(2654))).toContainEqual([
      'ANNOUNCED_SUM_MISMATCH',
      '袁玲（女）（得票2654票，得票率75.98%）',
    ]);
  });
});

describe('a declaration naming the committee, below the representatives who voted', () => {
  // 63 of the 68 representatives came; a seat needs more than half of 63, at least 32.
  const NOTICE = (votes = 51) =>
    [
      '建设社区居民委员会选举结果公告',
      '2026年4月20日，建设社区召开居民代表会议选举第十二届居民委员会。应到居民代表68名，实到63名。',
      '主任：曹伟，得票58票。',
      `委员：冯秀兰（女）得票55票；董磊得票${votes}票。`,
      '以上3人当选为建设社区第十二届居民委员会成员。',
    ].join('\n');

  it('judges the winners by the representatives who voted', () => {
    expect(winners(NOTICE())).toEqual([
      ['曹伟，得票58票', true],
      ['冯秀兰（女）得票55票', true],
      ['董磊得票51票', true],
    ]);
    expect(judged(NOTICE(31)).filter(([, , severity]) => severity !== 'info')).toEqual([
      ['ANNOUNCED_WINNER_MISMATCH', '董磊', 'error'],
    ]);
  });

  it('still keeps apart winners declared to another body', () => {
    const text = NOTICE().replace('居民委员会成员。', '居务监督委员会成员。');
    expect(winners(text)).toEqual([]);
  });
});

describe('当选人员名单如下： over one post a line', () => {
  // 2177 voted; a seat needs more than half, at least 1089.
  const NOTICE = (member = 1530, heading = '当选人员名单如下：') =>
    [
      '金星村村民委员会选举结果公告',
      '全村登记选民2480人，参加投票的选民2177人。有效票2160张，无效票17张。',
      heading,
      '主任：彭海（得票1893票）',
      '副主任：袁玲（女）（得票1654票）',
      `委员：潘伟（得票${member}票）`,
      '本届任期五年。',
    ].join('\n');

  it.each(['当选人员名单如下：', '当选名单如下：'])('declares the names listed under %s', (heading) => {
    expect(winners(NOTICE(1530, heading))).toEqual([
      ['彭海（得票1893票）', true],
      ['袁玲（女）（得票1654票）', true],
      ['潘伟（得票1530票）', true],
    ]);
    expect(judged(NOTICE(1088, heading))).toEqual([['ANNOUNCED_WINNER_MISMATCH', '潘伟', 'error']]);
  });

  it('declares no one under a heading of all candidates', () => {
    expect(winners(NOTICE(1530, '候选人得票情况如下：'))).toEqual([]);
  });
});

describe('a notice in Chinese and English: (F) after a name, “elected 当选”', () => {
  // 1318 voted; a seat needs more than half, at least 660.
  const NOTICE = (member = 903) =>
    [
      "Hongqi Village 红旗村 Villagers' Committee Election Results 选举结果公告",
      'Registered voters 登记选民: 1,532',
      'Voters who cast a ballot 参加投票: 1,318 (turnout 参选率 86.03%)',
      'Ballots returned 收回选票: 1,318; valid 有效票 1,301; invalid 无效票 17',
      'Chair 主任: 林国强 1,086票, elected 当选',
      `Members 委员: 叶红 (F) ${member}票, elected 当选`,
    ].join('\n');

  it('reads her votes and the winners of each line', () => {
    expect(unread(NOTICE()).map(([text]) => text)).toEqual([]);
    expect(winners(NOTICE())).toEqual([
      ['林国强 1,086票', true],
      ['叶红 (F) 903票', true],
    ]);
    expect(judged(NOTICE(659))).toEqual([['ANNOUNCED_WINNER_MISMATCH', '叶红', 'error']]);
    expect(findings(NOTICE(1401))).toContainEqual(['ANNOUNCED_SUM_MISMATCH', '叶红 (F) 1401票']);
  });
});
