import { describe, expect, it } from 'vitest';
import { findings, unread, work } from './corpus/read-shapes.js';
import { readAnnouncementText } from './read-announcement-text.js';
import { judged, judgement, winners } from './corpus/village-pack-shapes.js';

/**
 * Village results notices of the 2026 换届 (村民委员会组织法 as amended 28 October 2025), written as
 * villages publish them, each right (every figure worked with exact fractions) beside a variant with
 * one error planted, so that a test passing on the right notice cannot pass by judging nothing. Every
 * number and name is invented.
 */

describe('a notice that also reports the 村务监督委员会 elected by the villagers’ representatives', () => {
  // The villagers: 1203 registered, 1020 voted (84.8%); 880 of 1020 is over half. The supervisors: 31
  // representatives voted, 29 of 31 is over half of theirs. Their 31 ballots issued are no ballots of
  // the villagers' election (1020 returned “more than issued”: void), nor are 29 votes under half of 1020.
  const NOTICE = (registered = 1203) =>
    [
      '大树村村务监督委员会和村民委员会选举结果公告',
      `2026年3月26日，大树村召开选举大会，登记选民${registered}人，参加投票1020人，收回选票1020张，有效票1012张，无效票8张。`,
      '村民委员会：大国庆得票880票，当选主任；大秀兰得票812票、丁伟得票790票，当选委员。',
      '2026年3月27日，大树村召开村民代表会议选举村务监督委员会，村民代表应到33人，实到31人，发出选票31张，收回选票31张，有效票31张。丁志明得票29票，当选为村务监督委员会主任；大红得票27票、钱进得票25票，当选为村务监督委员会委员。',
    ].join('\n');

  it('does not call the election void nor judge the supervisors by the villagers’ ballots', () => {
    const { electionValid, quorumMet, findings } = judgement(NOTICE());
    expect(electionValid).toBe(true);
    expect(quorumMet).toBe(true);
    expect(findings.filter((finding) => finding.severity !== 'info')).toEqual([]);
    expect(judged(NOTICE())).toEqual(
      expect.arrayContaining([
        ['UNREAD_FIGURE', '丁志明', 'info'],
        ['UNREAD_FIGURE', '钱进', 'info'],
      ]),
    );
  });

  it('still finds the villagers’ turnout under half', () => {
    expect(judged(NOTICE(2100))).toEqual(
      expect.arrayContaining([
        ['TURNOUT_BELOW_QUORUM', null, 'error'],
        ['ELECTION_VOID', null, 'error'],
      ]),
    );
  });
});

describe('the 村务监督委员会 under a heading of its own', () => {
  // 1604 of 1890 voted; 1388, 1301, 1245 are over half of 1604 (at least 803). The supervisors were
  // elected by 38 representatives: 35, 33, 30 are their votes, not the villagers'.
  const NOTICE = (zhao = 1245) =>
    [
      '张湾村第十二届村民委员会和村务监督委员会选举结果公告',
      '一、村民委员会选举结果',
      '2026年3月22日，张湾村召开选举大会，登记选民1890人，参加投票1604人，参选率84.87%。发出选票1604张，收回选票1604张，有效票1592张，无效票12张。',
      `主任：张志诚，得票1388票，当选；`,
      `委员：张秀娥，得票1301票，当选；赵亮，得票${zhao}票，当选。`,
      '二、村务监督委员会选举结果',
      '2026年3月25日召开村民代表会议，应到村民代表41人，实到38人。',
      '村务监督委员会主任：刘春林，得票35票，当选；',
      '村务监督委员会委员：张红英，得票33票，当选；李强，得票30票，当选。',
    ].join('\n');

  it('judges the villagers’ winners only', () => {
    expect(judged(NOTICE()).filter(([, , severity]) => severity !== 'info')).toEqual([]);
    expect(winners(NOTICE())).toEqual([
      ['张志诚，得票1388票', true],
      ['张秀娥，得票1301票', true],
      ['赵亮，得票1245票', true],
    ]);
  });

  it('still flags a villagers’ winner under half', () => {
    expect(judged(NOTICE(790)).filter(([, , severity]) => severity !== 'info')).toEqual([
      ['ANNOUNCED_WINNER_MISMATCH', '赵亮', 'error'],
    ]);
  });
});

describe('a notice that reports the 预选 of its candidates by the representatives first', () => {
  // The 预选: 43 representatives, 43 ballots. The election: 2116 of 2488 voted, 2115 returned. 长青山's
  // 38 votes are of the 预选; the election's 1688 are not stated here, so his seat is not judged.
  const NOTICE = (voted = 2116) =>
    [
      '长岭村村民选举委员会公告',
      '一、候选人预选：2026年3月12日召开村民代表会议预选，应到村民代表45人，实到43人，发出选票43张，收回选票43张。长青山得票38票、刘勇得票29票，确定为主任正式候选人。',
      `二、选举结果：2026年3月20日选举大会，登记选民2488人，参加投票${voted}人，收回选票${voted - 1}张，有效票${voted - 15}张，无效票14张。长青山当选为主任，刘海、王东当选为委员。`,
    ].join('\n');

  it('neither calls the election void by the 预选’s 43 ballots nor judges the 预选’s votes', () => {
    const { electionValid, findings } = judgement(NOTICE());
    expect(electionValid).toBe(true);
    expect(findings.filter((finding) => finding.severity !== 'info')).toEqual([]);
    expect(winners(NOTICE())).toEqual([]);
  });

  it('still finds the election’s own turnout under half', () => {
    expect(judged(NOTICE(1200))).toEqual(
      expect.arrayContaining([
        ['TURNOUT_BELOW_QUORUM', null, 'error'],
        ['ELECTION_VOID', null, 'error'],
      ]),
    );
  });
});

describe('one 村民小组’s counts beside the whole village’s', () => {
  // The village: 1530 of 1800 voted. The third group's 210 registered and 188 voters are a part of it,
  // not a second statement of the village's registered voters.
  const NOTICE = (voted = 1530) =>
    [
      '石门村选举结果公告',
      `石门村登记选民1800人。第三村民小组登记选民210人，参加投票188人。全村参加投票${voted}人，收回选票${voted}张，有效票${voted - 9}张，无效票9张。`,
      '石大明以1300票当选主任，石丽以1200票、何军以1100票当选委员。',
    ].join('\n');

  it('judges the quorum on the village’s counts', () => {
    const quorum = judgement(NOTICE()).judged.find((figure) => figure.rule === 'quorum');
    expect(quorum?.right).toBe(true);
    expect(quorum?.work.en).toContain('1,530 voted out of 1,800 registered voters');
  });

  it('still finds the village’s turnout under half', () => {
    expect(judged(NOTICE(880))).toEqual(expect.arrayContaining([['ELECTION_VOID', null, 'error']]));
  });
});

describe('a 另行选举 notice whose heading names the round', () => {
  // 1296 of 1530 voted in the runoff. A third of 1296 is 432: 周晓燕's 562 meets it, 421 would not.
  const NOTICE = (votes = 562) =>
    [
      '江湾村村民选举委员会',
      '另行选举结果公告',
      '江湾村第十二届村民委员会委员应选3名，第一次投票选出2名，不足的1名于2026年3月23日另行选举。',
      '另行选举登记选民1530人，参加投票1296人，发出选票1296张，收回选票1296张，有效票1288张，无效票8张。',
      `投票结果：周晓燕得票${votes}票，吴国庆得票398票。周晓燕当选为委员。`,
    ].join('\n');

  it('judges the winner by the runoff’s ballots', () => {
    expect(readAnnouncementText(NOTICE()).ownRound).toBe('另行选举');
    expect(winners(NOTICE(), 'runoff')).toEqual([['周晓燕得票562票', true]]);
    expect(judged(NOTICE(), 'runoff')).toEqual([]);
  });

  it('flags a runoff winner under a third', () => {
    expect(judged(NOTICE(421), 'runoff')).toEqual([['ANNOUNCED_WINNER_MISMATCH', '周晓燕', 'error']]);
  });

  it('with no round given, leaves a winner enough for a runoff only unjudged', () => {
    expect(judged(NOTICE(600))).toEqual([['UNREAD_FIGURE', '周晓燕', 'info']]);
  });

  it('does not take a runoff a sentence announces for the notice’s own round', () => {
    const pending = [
      '山下村村民选举委员会公告',
      '2026年3月21日，山下村选举，登记选民1520人，参加投票1312人，收回选票1310张，有效票1302张，无效票8张。',
      '钟永明得票1004票，当选为主任。不足的1名委员另行选举，时间另行公告。',
    ].join('\n');
    expect(readAnnouncementText(pending).ownRound).toBeUndefined();
  });
});

describe('未能当选 and 不能当选 declare no one', () => {
  const NOTICE = [
    '山下村选举结果公告',
    '2026年3月21日，山下村选举，登记选民1520人，参加投票1312人，收回选票1310张，有效票1302张，无效票8张。',
    '钟永明得票1004票，当选为主任；钟丽华得票880票，当选为委员；钟海得票601票，未能当选；谢小东得票512票，不能当选。',
    '候选人须获得参加投票选民过半数的选票，方能当选。',
  ].join('\n');

  it('reads the two winners and no name 未能 or 不能', () => {
    const elected = readAnnouncementText(NOTICE).figures.flatMap((figure) =>
      figure.kind === 'elected' ? figure.names : [],
    );
    expect(elected).toEqual(['钟永明', '钟丽华']);
    expect(judged(NOTICE)).toEqual([]);
  });
});

describe('a turnout of the voters in the village, not of all registered ones', () => {
  // 2004 voted of 2602 registered (77.02%); of the 2204 in the village it is 90.93%. The share named
  // 在村选民参选率 is not of the registered voters, and is not judged of them.
  const NOTICE = (rate = '90.93') =>
    [
      '花园村选举结果公告',
      `本村登记选民2602人，其中长期外出398人，在村选民2204人。参加投票2004人，在村选民参选率${rate}%，参选率77.02%。`,
      '收回选票2004张，有效票1991张，无效票13张。花振东得票1702票，当选为主任。',
    ].join('\n');

  it('leaves the 在村 turnout unread and judges the plain one', () => {
    expect(findings(NOTICE())).toEqual([]);
    expect(unread(NOTICE())).toEqual(expect.arrayContaining([['90.93%', 'named-base']]));
  });

  it('still flags a wrong plain turnout beside it', () => {
    const wrong = NOTICE().replace('参选率77.02%', '参选率78.02%');
    expect(findings(wrong)).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '参选率78.02%']]);
  });
});

describe('a runoff winner named as the one with the most votes', () => {
  // 1296 voted in the runoff; a third is 432. 江小勇 is named in the clause before 当选.
  const NOTICE = (votes = 521) =>
    [
      '江湾村另行选举结果公告',
      '另行选举登记选民1530人，参加投票1296人，收回选票1296张，有效票1288张，无效票8张。',
      `候选人江小勇得票${votes}票，周国华得票398票。江小勇得票最多，当选为委员。`,
    ].join('\n');

  it('reads the declaration and judges it by the runoff’s threshold', () => {
    expect(winners(NOTICE(), 'runoff')).toEqual([['江小勇得票521票', true]]);
    expect(judged(NOTICE(421), 'runoff')).toEqual([['ANNOUNCED_WINNER_MISMATCH', '江小勇', 'error']]);
  });

  it('with no round given, leaves a winner enough for a runoff only unjudged', () => {
    expect(judged(NOTICE())).toEqual([['UNREAD_FIGURE', '江小勇', 'info']]);
  });
});

describe('a candidate’s votes and share in one bracket', () => {
  // 1188 voted, 1188 returned, 1179 valid. 801 of 1188 is 67.42% (of 1179: 67.94%).
  const NOTICE = (share = '67.42') =>
    [
      '吴家村村民选举委员会第4号公告',
      '登记选民1377人，参加投票1188人，收回选票1188张，有效票1179张，无效票9张。',
      `委员：吴小兰（801票，${share}%）、郑涛（766票，64.48%）`,
    ].join('\n');

  it('reads each share as of its candidate’s votes, unjudged where the bases disagree', () => {
    expect(findings(NOTICE())).toEqual([]);
    expect(work(NOTICE()).unjudged.map((figure) => [figure.text, figure.reason])).toEqual([
      ['67.42%', 'ambiguous-base'],
      ['64.48%', 'ambiguous-base'],
    ]);
  });

  it('flags a share wrong of every base', () => {
    expect(findings(NOTICE('69.42'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '69.42%']]);
  });
});

describe('a post written against the candidate’s name', () => {
  // 426 voted: a seat needs 214. 卢伟明 361 and 卢小芳 340 meet it; 201 would not.
  const NOTICE = (votes = 340) =>
    [
      '塘湾村选举结果公告',
      '登记选民498人，参加投票426人，有效票422张，无效票4张。',
      '主任卢伟明得票361票，当选；',
      `委员卢小芳得票${votes}票，当选。`,
    ].join('\n');

  it('reads the name after the post and judges the winners', () => {
    expect(winners(NOTICE())).toEqual([
      ['卢伟明得票361票', true],
      ['卢小芳得票340票', true],
    ]);
  });

  it('flags a winner under half', () => {
    expect(judged(NOTICE(201))).toEqual([['ANNOUNCED_WINNER_MISMATCH', '卢小芳', 'error']]);
  });
});

describe('a notice of the 村务监督委员会 alone', () => {
  // Written for this test: 31 representatives voted; 29 of 31 is over half of theirs.
  const text = (title: string) =>
    `${title}\n收回选票31张，有效票31张。丁志明得票29票，当选为村务监督委员会主任。`;

  it('judges the winners of the body its title names as its own election’s', () => {
    expect(winners(text('大树村村务监督委员会选举结果公告'))).toEqual([['丁志明得票29票', true]]);
    expect(judged(text('大树村村务监督委员会选举结果公告'))).toEqual([]);
  });

  it('leaves them to their own voters when the title names the committee too', () => {
    expect(winners(text('大树村村务监督委员会和村民委员会选举结果公告'))).toEqual([]);
    expect(judged(text('大树村村务监督委员会和村民委员会选举结果公告'))).toEqual([
      ['UNREAD_FIGURE', '丁志明', 'info'],
    ]);
  });
});
