import { describe, expect, it } from 'vitest';
import { alarms, counts, unread } from './corpus/read-shapes.js';

/**
 * A village notice that counts its committee's voters in people and, beside them, the households of each
 * 村民小组's own meeting (推选村民小组长): the groups' households are another election's, never a mix of
 * measures in the committee's. Every number and name here is invented.
 */
describe("the households of a group's own meeting beside the village's voters in people", () => {
  const NOTICE = (votes: string) =>
    '柳塘村村民委员会及村民小组长选举结果公告\n' +
    '2026年3月30日，柳塘村召开选举大会。全村登记选民1,406人，参加投票1,227人，收回选票1,225张，有效票1,214张，无效票11张。\n' +
    `当选村民委员会主任：方国强，得票${votes}票；当选村民委员会委员：宋丽萍（女）964票。\n` +
    '同日，各村民小组召开户代表会议推选村民小组长：\n' +
    '第一村民小组应到户代表52户，实到48户，邓文华得43票当选；\n' +
    '第二村民小组应到户代表47户，实到45户，覃桂兰得38票当选。\n';

  it("keeps the village's voters and registered in people", () => {
    expect(counts(NOTICE('1,036'))).toEqual(expect.arrayContaining(['registered 1406', 'cast 1227']));
  });

  it("lists the groups' households unread, never as the village's electorate", () => {
    expect(counts(NOTICE('1,036'))).not.toContain('registered 52');
    expect(unread(NOTICE('1,036'))).toEqual(expect.arrayContaining([['52', 'doubtful-label']]));
  });

  it('judges the quorum by the village voters: under half of the register is caught, none raised otherwise', () => {
    expect(alarms(NOTICE('1,036'), true)).toEqual([]);
    expect(alarms(NOTICE('1,036').replace('登记选民1,406人', '登记选民2,600人'), true)).not.toEqual([]);
  });

  it('still takes every count back when the notice says the election was by household representatives', () => {
    const byHouseholds = NOTICE('1,036').replace('召开选举大会。', '召开选举大会，采取户代表投票方式。');
    expect(counts(byHouseholds)).not.toContain('cast 1227');
  });
});
