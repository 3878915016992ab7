import { describe, expect, it } from 'vitest';
import { readAnnouncementText } from './read-announcement-text.js';
import { judged } from './corpus/village-pack-shapes.js';

/**
 * A winner's particulars set off by commas between the name and 得票N票: the age after 年龄, the month of
 * birth, 群众 or 中共党员, the nation and schooling. The name carries over the run to the votes; a count of
 * another kind, a semicolon or 分别 ends it. Every number and name is invented.
 */

const votes = (text: string) =>
  readAnnouncementText(text)
    .figures.filter((figure) => figure.kind === 'votes')
    .map((figure) => [figure.candidate, figure.value]);

const HEAD =
  '青石村村民委员会选举结果公告\n2026年4月12日，青石村召开选举大会。全村登记选民1,420人，参加投票1,236人。共发出选票1,236张，收回1,234张，其中有效票1,225张，无效票9张。\n当选人员名单：';

describe('particulars between a winner and the votes', () => {
  // 1,236 voted; a seat needs 619.
  const LISTED = (second = 893) =>
    [
      HEAD,
      '主任：周文斌，男，汉族，1981年5月出生，中共党员，大专学历，得票1,018票；',
      `副主任：陈秀兰，女，汉族，年龄46岁，群众，高中学历，得票${second}票；`,
      '委员：罗志刚，男，年龄：39岁，本科学历，得票764票。',
    ].join('\n');

  it('reads the votes after 年龄N岁 and a month of birth as the named winner’s', () => {
    expect(votes(LISTED())).toEqual([
      ['周文斌', 1018n],
      ['陈秀兰', 893n],
      ['罗志刚', 764n],
    ]);
    expect(judged(LISTED()).filter(([, , severity]) => severity !== 'info')).toEqual([]);
  });

  it('flags a winner so described under half', () => {
    expect(judged(LISTED(593))).toEqual([['ANNOUNCED_WINNER_MISMATCH', '陈秀兰', 'error']]);
  });

  it('keeps the age a figure of its own, never votes', () => {
    const text = LISTED();
    expect(votes(text).some(([, value]) => value === 46n)).toBe(false);
    const unread = readAnnouncementText(text).unread;
    expect(unread.some((item) => item.text === '46' && item.reason === 'age')).toBe(true);
  });

  it('leaves the votes unread after a count of another kind in the run', () => {
    const text = [
      HEAD,
      '主任：高永平，男，年龄50岁，家庭人口5人，得票1,104票；',
      '委员：邓小梅，女，年龄42岁，连任2届，得票961票。',
    ].join('\n');
    expect(votes(text)).toEqual([]);
    expect(judged(text).filter(([, , severity]) => severity !== 'info')).toEqual([]);
  });

  it('never ties votes 分别 after two people’s particulars to the last name alone', () => {
    const text = [
      HEAD,
      '委员：蒋红，女，年龄40岁，本科学历；袁海，男，年龄45岁，大专学历，得票分别为1,052票、1,011票。',
    ].join('\n');
    expect(votes(text).filter(([name]) => name === '袁海')).toEqual([]);
    expect(judged(text).filter(([, , severity]) => severity !== 'info')).toEqual([]);
  });

  it('ties a loser’s votes after the winner’s particulars to the loser, not the winner', () => {
    const text = [
      '石桥村村民委员会主任选举结果公告',
      '2026年4月18日，石桥村举行村民委员会主任选举。全村登记选民980人，参加投票842人。发出选票842张，收回840张，有效票836张，无效票4张。',
      '主任：何建国，男，年龄52岁，高中学历，中共党员，当选；另一候选人：孙立，男，年龄44岁，大专学历，得票219票。',
      '何建国得票617票，超过参加投票选民的半数，当选为村民委员会主任。',
    ].join('\n');
    expect(votes(text)).toEqual([
      ['孙立', 219n],
      ['何建国', 617n],
    ]);
    expect(judged(text).filter(([, , severity]) => severity !== 'info')).toEqual([]);
  });
});
