import { describe, expect, it } from 'vitest';
import { getRulePack } from '../rules/index.js';
import { alarms, reportAlone } from './corpus/read-shapes.js';
import { meetingAttendance } from './meeting-attendance.js';

/**
 * The meetings that elect the village affairs supervisory committee, held to the attendance the Organic
 * Law of Villagers' Committees asks of them (docs/announcement.md, “Turnout and quorum”). Every number and
 * name here is invented.
 */
const withMeeting = (meeting: string, votes = '邱建平，得票560票') =>
  '南湾村村民委员会和村务监督委员会选举结果公告\n\n' +
  '2026年4月26日，南湾村举行换届选举，全村登记选民2,860人，参加投票的选民2,402人，收回选票2,402张，有效票2,380张，无效票22张。\n' +
  '村委会主任：罗永康，得票1,520票\n' +
  `${meeting}\n` +
  `村监委主任：${votes}\n` +
  '罗永康当选村委会主任，邱建平当选村监委主任。\n';

const households = (counts: string) =>
  withMeeting(
    `同日召开由户代表组成的村民会议，选举产生村务监督委员会，${counts}，收回选票700张，有效票700张。`,
  );

const representatives = (counts: string) =>
  withMeeting(
    `同日召开村民代表会议，选举产生村务监督委员会，${counts}，收回选票24张，有效票24张。`,
    '邱建平，得票18票',
  );

describe('a villagers’ meeting of the households’ representatives', () => {
  it('is short with fewer than two thirds of the households represented', () => {
    expect(alarms(households('全村共1,200户，到会户代表700人'), true)).toEqual([
      'TURNOUT_BELOW_QUORUM 700/800',
    ]);
    expect(alarms(households('本村共有1,200户，实到户代表799户'), true)).toEqual([
      'TURNOUT_BELOW_QUORUM 799/800',
    ]);
  });

  it('sits with exactly two thirds, and is shown judged', () => {
    const text = households('全村共1,200户，到会户代表800人');
    expect(alarms(text, true)).toEqual([]);
    const judged = reportAlone(text, true).announcement?.judged.filter((f) => f.rule === 'meeting-quorum');
    expect(judged?.map((f) => [f.text, f.right])).toEqual([['到会户代表800人', true]]);
  });

  it('is not judged where the notice gives another ground or another base', () => {
    // The villagers present: the other route to the quorum.
    expect(alarms(households('全村共1,200户，到会户代表700人，到会村民1,460人'), true)).toEqual([]);
    // Households of another kind, people of the register, the households before a merger.
    expect(alarms(households('全村共有脱贫户、监测户1,050户，到会户代表700人'), true)).toEqual([]);
    expect(alarms(households('全村户籍人口4,380人，到会户代表700人'), true)).toEqual([]);
    // Two counts of households: before and after a merger or a relocation.
    expect(alarms(households('合并前两村共1,420户，合并后全村共1,200户，到会户代表800人'), true)).toEqual([]);
    expect(alarms(households('全村共1,500户（2023年），拆迁后现有1,150户，到会户代表800人'), true)).toEqual(
      [],
    );
    expect(
      meetingAttendance('召开村民会议，全村2023年共1,500户，到会户代表800人。本村现有1,150户。', ''),
    ).toEqual([]);
    // A meeting held in parts; proxies.

    expect(alarms(households('村民会议分片召开，全村共1,200户，到会户代表700人'), true)).toEqual([]);
    expect(alarms(households('全村共1,200户，到会户代表700人，书面委托户代表110人'), true)).toEqual([]);
    // A meeting of villagers' representatives is no meeting of households.
    expect(
      meetingAttendance(
        '召开村民代表会议选举村务监督委员会，全村共1,200户，应到村民代表45人，实到村民代表38人',
        '',
      ).map((m) => m.kind),
    ).toEqual(['representatives']);
  });
});

describe('a meeting of villagers’ representatives', () => {
  it('is short when even a quarter as many committee members, all present, would not make two thirds', () => {
    expect(alarms(representatives('应到村民代表45人，实到村民代表24人'), true)).toEqual([
      'TURNOUT_BELOW_QUORUM 24/27',
    ]);
    expect(alarms(representatives('村民代表会议应到45人，实到26人'), true)).toEqual([
      'TURNOUT_BELOW_QUORUM 26/27',
    ]);
  });

  it('is not judged where the committee’s members may make up the two thirds, or its members are stated', () => {
    expect(alarms(representatives('应到村民代表45人，实到村民代表27人'), true)).toEqual([]);
    expect(alarms(representatives('应到村民代表45人，实到28人'), true)).toEqual([]);
    expect(alarms(representatives('应到会组成人员50人，实到34人，其中村民代表24人'), true)).toEqual([]);
    expect(
      alarms(representatives('本届应到村民代表45人，实到村民代表24人，上届应到村民代表52人'), true),
    ).toEqual([]);
  });
});

describe('the rule packs', () => {
  it('cite each text’s own articles, and leave the residents’ packs without them', () => {
    expect(getRulePack('cn-village@2018')?.meetings?.households.citation.zh).toContain('第二十二条第一款');
    expect(getRulePack('cn-village@2025')?.meetings?.households.citation.zh).toContain('第二十六条第一款');
    expect(getRulePack('cn-village@2025')?.meetings?.representatives.citation.zh).toContain('第三十条第二款');
    expect(getRulePack('cn-residents@2025')?.meetings).toBeUndefined();
  });
});
