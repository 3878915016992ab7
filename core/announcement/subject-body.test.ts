import { describe, expect, it } from 'vitest';
import { alarmCodes, alarms, findings, judged } from './corpus/read-shapes.js';

/**
 * A sentence about another body than the committee (村务监督委员会由村民代表会议推选，实到村民代表31人，收回选票31张):
 * its counts are that body's election's, never the committee's own (mention-settings.ts, `subject`;
 * comparable-mentions.ts, `apartBySubject`). Every number and name here is invented.
 */
const VILLAGE = (invalid = '40') =>
  '村务监督委员会由村民代表会议推选，实到村民代表31人，收回选票31张。\n' +
  `本村登记选民986人，参加投票842人，无效票${invalid}张。\n` +
  '村民委员会主任：孔德明得票615票，当选；孔亮得票180票。\n' +
  '村民委员会委员：严春花得票702票，吕建国得票655票，施磊得票598票，当选。\n';

describe('counts of a sentence about another body', () => {
  it('never takes the representatives’ ballots as the villagers’ ballots returned', () => {
    expect(findings(VILLAGE())).toEqual([]);
    expect(alarms(VILLAGE(), true)).toEqual([]);
    // The committee's own votes are still judged, against the villagers' 842 who voted.
    expect(judged(VILLAGE())).toContainEqual(['votes-within-ballots', '孔德明得票615票', true]);
  });

  it('keeps the supervisory vote stated after the committee’s apart, and its own account checked', () => {
    const text = (returned: string) =>
      '本村登记选民1260人，参加投票1108人，收回选票1108张，有效票1090张，无效票18张。\n' +
      '村民委员会主任：郑国华得票802票，当选。\n' +
      `居务监督委员会经居民代表会议推选，实到居民代表32人，收回选票${returned}张，无效票3张。\n`;
    expect(alarms(text('32'), true)).toEqual([]);
    // The committee's own account still holds each figure to the others.
    const planted = text('32').replace('有效票1090张', '有效票1100张');
    expect(findings(planted)).toEqual([['ANNOUNCED_SUM_MISMATCH', '收回选票1108张']]);
  });

  it('still catches the committee’s own invalid ballots above its ballots returned', () => {
    const text =
      '居务监督委员会由居民代表会议推选，实到居民代表27人，收回选票27张。\n' +
      '本社区登记选民2140人，参加投票1876人，收回选票1876张，有效票1850张，无效票1902张。\n';
    expect(findings(text)).toEqual([['ANNOUNCED_SUM_MISMATCH', '收回选票1876张']]);
  });

  it('leaves the representatives’ counts the voters of a vote that names no body', () => {
    const text =
      '居民代表会议应到60人，实到48人，收回选票48张，有效票47张，无效票1张。\n' +
      '王林得票50票，当选为主任。\n';
    expect(findings(text)).toContainEqual(['ANNOUNCED_SUM_MISMATCH', '王林得票50票']);
  });

  it('reads a body the title names as the notice’s own', () => {
    const text =
      '白沙村村务监督委员会选举结果公告\n' +
      '村务监督委员会由村民代表会议推选，实到村民代表31人，收回选票31张，有效票30张，无效票1张。\n' +
      '白志军得票32票，当选为村务监督委员会委员。\n';
    expect(findings(text)).toContainEqual(['ANNOUNCED_SUM_MISMATCH', '白志军得票32票']);
  });
  it('reads a paragraph opening with the village’s own party branch as that body’s, with no place name before it', () => {
    const text = (opening: string) =>
      `${opening}换届选举于2026年3月16日举行，应到会党员56名，实到会党员52名；收回选票52张，其中有效票51张，有效率98.08%。选举产生党支部委员5名。\n\n` +
      '村民委员会换届选举于2026年3月29日举行，全村登记选民1662人，参加投票1518人。发出选票1518张，收回选票1518张，有效票1503张，无效票15张。杨光明得票1320票，当选为主任；卢红得票1288票，当选为委员。\n';
    for (const opening of ['村党支部委员会', '社区党委', '村党总支']) {
      expect(findings(text(opening))).toEqual([]);
      expect(alarms(text(opening), true)).toEqual([]);
      expect(judged(text(opening))).toContainEqual(['votes-within-ballots', '杨光明得票1320票', true]);
    }
    // The committee's own account is still checked.
    const planted = text('村党支部委员会').replace('无效票15张', '无效票25张');
    expect(findings(planted)).toContainEqual(['ANNOUNCED_SUM_MISMATCH', '收回选票1518张']);
  });

  it('does not take a body named only as the leader of the committee election for the subject', () => {
    const text =
      '村党支部委员会换届选举于2026年3月16日举行，应到会党员56名，实到会党员52名；收回选票52张，有效票51张。\n\n' +
      '在村党支部的领导下，村民委员会换届选举于2026年3月29日举行，全村登记选民1662人，参加投票1518人，收回选票1518张，有效票1503张，无效票15张。杨光明得票1320票，当选为主任。\n';
    expect(findings(text)).toEqual([]);
    expect(judged(text)).toContainEqual(['votes-within-ballots', '杨光明得票1320票', true]);
    const planted = text.replace('无效票15张', '无效票25张');
    expect(findings(planted)).toContainEqual(['ANNOUNCED_SUM_MISMATCH', '收回选票1518张']);
  });
  it('does not take the party branch convening the villagers’ own election meeting for the subject', () => {
    const text = (opening: string, chair = '1188') =>
      '2026年3月26日，长丰村党支部召开党员大会，选举新一届支部委员会。应到党员61人，实到党员57人，收回选票57张，有效票56张，无效票1张。蒋正国得票53票，当选为党支部书记。\n' +
      `2026年4月3日，${opening}，全村登记选民1874人，参加投票1640人，收回选票1640张，有效票1622张，无效票18张。\n` +
      `主任：蒋正国，得票${chair}票；何文斌，得票402票\n` +
      '蒋正国当选为村民委员会主任。\n';
    for (const opening of [
      '村党支部书记蒋正国主持召开村民选举大会',
      '长丰村党支部组织召开选举大会',
      '村党支部召开选民大会',
    ]) {
      expect(alarms(text(opening), true)).toEqual([]);
      expect(judged(text(opening))).toContainEqual(['votes-within-ballots', '蒋正国，得票1188票', true]);
      // The chair's committee votes are judged by the villagers' 1640 ballots, not the party's 57.
      expect(alarmCodes(text(opening, '802'))).toContain('ANNOUNCED_WINNER_MISMATCH');
    }
  });

  it('leaves unjudged a share whose two counts are of different bodies’ elections', () => {
    const text =
      '村民委员会换届选举于2026年3月28日举行，全村登记选民2104人，参加投票1876人，参选率89.16%。收回选票1876张，有效票1855张，无效票21张。韩志刚得票1602票，当选为主任。\n\n' +
      '村党总支委员会换届选举于2026年3月12日举行，应到会党员88名，实到会党员81名；收回选票81张，其中有效票80张，有效率98.77%。\n';
    expect(findings(text)).toEqual([]);
    expect(alarms(text, true)).toEqual([]);
    expect(judged(text)).toContainEqual(['share', '参选率89.16%', true]);
  });
});
