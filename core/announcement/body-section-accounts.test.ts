import { describe, expect, it } from 'vitest';
import { alarms, findings, reportAlone, work } from './corpus/read-shapes.js';

/**
 * A body's own section of a notice (issue #15): its own ballot account after the notice's first, a title
 * naming two bodies, a by-election declared with a place and a term before its post, and the villages and
 * communities of a 村（社区） total. Every number and name here is invented.
 */
const SECTIONS = (ballots: string) =>
  '北坪村第十二届“两委”换届选举结果公告\n一、村民委员会选举\n' +
  '本村登记选民1320人，参加投票1106人，收回选票1106张，有效票1095张，无效票11张。\n' +
  '主任：杨光明得票788票，当选；何志强得票296票。\n二、村务监督委员会选举\n' +
  `村务监督委员会另行印制选票，${ballots}\n主任：范德胜得票901票，当选。\n`;

const HEADING_LINE = (valid: string) =>
  '河西社区第十一届居民委员会和居务监督委员会选举结果公告\n' +
  '本社区登记选民2860人，参加投票2410人，收回选票2408张，有效票2380张，无效票28张。\n' +
  '居民委员会：主任周丽华得票1620票，王建得票702票。\n' +
  `居务监督委员会：收回选票2405张，有效票${valid}张，无效票34张；主任孙海得票1802票，李强得票512票。\n` +
  '周丽华当选为居民委员会主任；孙海当选为居务监督委员会主任。\n';

describe('a body’s own ballot account in its section', () => {
  it('checks a section’s invalid ballots against its own ballots returned', () => {
    expect(findings(SECTIONS('收回选票1104张，无效票23张。'))).toEqual([]);
    expect(findings(SECTIONS('收回选票1104张，无效票1123张。'))).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '无效票1123张'],
    ]);
    const [entry] = work(SECTIONS('收回选票1104张，无效票1123张。')).judged.filter((f) => !f.right);
    expect(entry?.work.zh).toBe('监委会部分：无效票1123张多于收回选票1104');
    expect(entry?.work.en).toBe(
      'The supervisory committee section: more invalid ballots (1,123) than ballots returned (1,104)',
    );
  });

  it('checks a section’s valid and invalid ballots against those it returned and issued', () => {
    expect(findings(SECTIONS('发出选票1106张，收回选票1104张，有效票1094张，无效票10张。'))).toEqual([]);
    expect(findings(SECTIONS('发出选票1106张，收回选票1104张，有效票1084张，无效票10张。'))).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '收回选票1104张'],
    ]);
    expect(findings(SECTIONS('发出选票1106张，收回选票1110张，有效票1100张，无效票10张。'))).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '收回选票1110张'],
    ]);
  });

  it('checks an account on its body’s heading line apart from the opening’s', () => {
    expect(findings(HEADING_LINE('2371'))).toEqual([]);
    expect(findings(HEADING_LINE('2381'))).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '居务监督委员会：收回选票2405张'],
    ]);
  });

  it('checks the ballots of a sentence about another body after the committee’s own', () => {
    const about = (invalid: string) =>
      '南湾村第十二届村民委员会和村务监督委员会换届选举结果公告\n' +
      `村务监督委员会由村民代表会议选举产生，应到村民代表39人，实到村民代表36人，收回选票36张，有效票35张，无效票${invalid}张。卢海得票31票，当选为主任。\n` +
      '村民委员会选举：本村登记选民1460人，参加投票1302人，收回选票1302张，有效票1290张，无效票12张。施国平得票980票，当选为主任；张慧得票1102票，当选为委员。\n';
    expect(alarms(about('1'), true)).toEqual([]);
    expect(alarms(about('3'), true)).toEqual(['ANNOUNCED_SUM_MISMATCH 38/36']);
  });
});

describe('a title naming both bodies', () => {
  it('takes no quorum from the other body’s section stated first', () => {
    const text =
      '东湖村第十二届村民委员会和村务监督委员会换届选举结果公告\n' +
      '村务监督委员会选举：登记选民1500人，参加投票600人，收回选票600张，有效票590张，无效票10张。赵强得票500票，当选为村务监督委员会主任。\n' +
      '村民委员会选举：登记选民1500人，参加投票1320人，收回选票1320张，有效票1300张，无效票20张。刘建国得票860票，当选为村民委员会主任。\n';
    const codes = reportAlone(text, true).findings.map((finding) => finding.code);
    expect(codes).not.toContain('TURNOUT_BELOW_QUORUM');
    expect(codes).not.toContain('ELECTION_VOID');
    expect(alarms(text, true)).toEqual([]);
  });
});

describe('a by-election declared with its place and term before the post', () => {
  const BY_ELECTION = (votes: string) =>
    '北苑社区居民委员会补选结果公告\n本次补选登记选民3826人，参加投票的选民3390人。共发出选票3390张，收回选票3388张，其中有效票3371张，无效票17张。\n' +
    `候选人得票情况：马玉兰（女）${votes}票，邓文华506票。\n马玉兰得票超过参加投票选民的半数，当选为北苑社区第11届居民委员会委员。\n`;

  it('declares the one winner named in the clause before 当选为', () => {
    expect(alarms(BY_ELECTION('2860'), true)).toEqual([]);
    expect(alarms(BY_ELECTION('1660'), true)).toEqual(['ANNOUNCED_WINNER_MISMATCH 1660/1696']);
  });
});

describe('villages and communities of a 村（社区） total', () => {
  it('sums 村 and 社区 after 个村（社区）中 or 个村和社区中 against the whole', () => {
    const among = (total: string, communities: string) =>
      `全县${total}中，村130个、社区${communities}个，均已完成选举投票。`;
    expect(findings(among('164个村（社区）', '34'))).toEqual([]);
    expect(findings(among('164个村（社区）', '43'))).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '全县164个村（社区）'],
    ]);
    expect(findings(among('164个村和社区', '34'))).toEqual([]);
    expect(findings(among('164个村和社区', '43'))).toEqual([['ANNOUNCED_SUM_MISMATCH', '全县164个村和社区']]);
  });

  it('sums nothing when one part is given, nor posts against members', () => {
    expect(findings('全镇31个村（社区）中，村24个已于10月底前完成选举投票。')).toEqual([]);
    expect(findings('共选出村务监督委员会成员70名，其中主任22名、委员46名。')).toEqual([]);
  });
});
