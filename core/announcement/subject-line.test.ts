import { describe, expect, it } from 'vitest';
import { alarms, findings } from './corpus/read-shapes.js';

/**
 * A sentence about another body (村务监督委员会由户代表选举产生，…) goes on to the sentences after it on its line
 * that name no body and no electorate: the winners declared there are that body's, never judged by the
 * committee's ballots (mention-settings.ts, `continuesSubject`). Every number and name here is invented.
 */
const VILLAGE = (supervisory: string) =>
  '凤凰村“两委”换届选举结果公告\n' +
  `村务监督委员会由户代表选举产生，全村户代表588人，参加投票的户代表521人，发出选票521张，收回选票520张，有效票514张，无效票6张。${supervisory}\n` +
  '村民委员会由选民直接选举产生，本村登记选民1920人，参加投票1702人，参选率88.65%，发出选票1702张，收回选票1700张，有效票1688张，无效票12张。吕国庆得票1366票当选为主任，施秀兰得票1320票、华明得票1288票、金海燕得票1250票当选为委员。\n';

describe('the sentences after one about another body on its line', () => {
  it('elect to that body, not to the committee by its 1,700 ballots', () => {
    const text = VILLAGE('汪建华得票450票当选为主任，祝丽得票432票、焦志勇得票418票当选为委员。');
    expect(alarms(text, true)).toEqual([]);
  });

  it('leave the committee’s own winners held to its ballots', () => {
    const text = VILLAGE('汪建华得票450票当选为主任，祝丽得票432票、焦志勇得票418票当选为委员。').replace(
      '吕国庆得票1366票',
      '吕国庆得票1766票',
    );
    expect(findings(text)).toContainEqual(['ANNOUNCED_SUM_MISMATCH', '吕国庆得票1766票']);
  });

  it('stop at a sentence stating the villagers’ electorate on the same line', () => {
    const text =
      '村务监督委员会由村民代表会议推选，实到村民代表31人，收回选票31张。本村登记选民986人，参加投票842人，无效票40张。\n' +
      '村民委员会主任：孔德明得票615票，当选；孔亮得票180票。\n' +
      '村民委员会委员：严春花得票702票，吕建国得票655票，施磊得票598票，当选。\n';
    expect(alarms(text, true)).toEqual([]);
    const planted = text.replace('孔德明得票615票', '孔德明得票915票');
    expect(findings(planted)).toContainEqual(['ANNOUNCED_SUM_MISMATCH', '孔德明得票915票']);
  });
});

/**
 * A later clause opening with another body (`…同日选举，村务监督委员会收回选票1101张，…`) after a first clause
 * naming both bodies: the counts after it are that body's account, not the committee's (mention-settings.ts,
 * `clauseSubject`).
 */
const BOTH = (valid: string) =>
  '沙坪村村民委员会和村务监督委员会选举结果公告\n' +
  `村务监督委员会与村民委员会同日选举，村务监督委员会收回选票1101张，有效票${valid}张，无效票11张，主任牛德胜得票920票、委员庞丽得票888票、边建新得票860票当选。\n` +
  '村民委员会：登记选民1250人，登记选民中参加投票的有1104人，参选率88.32%；收回选票1103张，有效票1095张，无效票8张；主任柴志华得票902票、委员甄秀英得票876票、聂海得票850票当选。\n';

describe('a clause opening with another body after one naming both', () => {
  it('keeps that body’s ballots apart from the committee’s 1,103', () => {
    expect(alarms(BOTH('1090'), true)).toEqual([]);
  });

  it('still checks the committee’s own account', () => {
    const planted = BOTH('1090').replace('有效票1095张', '有效票1099张');
    expect(findings(planted)).toContainEqual(['ANNOUNCED_SUM_MISMATCH', '收回选票1103张']);
  });
});
