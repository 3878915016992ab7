import { describe, expect, it } from 'vitest';
import { getRulePack } from '../rules/index.js';
import { alarms, reportAlone } from './corpus/read-shapes.js';
import { meetingAttendance } from './meeting-attendance.js';

/**
 * The meetings that elect the village affairs supervisory committee in shapes read since: a notice with no
 * election counts, a meeting's counts in the sentence after it, and the villagers' meeting's other route
 * (more than half of the villagers aged 18 or over). Every number and name here is invented.
 */
const notice = (meeting: string) =>
  '柳塘村村务监督委员会选举结果公告\n\n' +
  `${meeting}\n` +
  '主任：胡建新\n委员：谢丽华（女）、彭国庆\n\n柳塘村村民委员会\n2026年3月18日\n';

const judgedMeetings = (text: string) =>
  reportAlone(text, true)
    .announcement?.judged.filter((f) => f.rule === 'meeting-quorum')
    .map((f) => [f.text, f.right]);

describe('a meeting of villagers’ representatives in a notice with no election counts', () => {
  it('is held short as where ballots are stated, by the committee members it may leave out', () => {
    const meeting = (present: string) =>
      notice(
        `2026年3月18日，柳塘村召开村民代表会议，应到村民代表45人，${present}。会议推选产生村务监督委员会成员3名：`,
      );
    expect(alarms(meeting('实到村民代表24人'), true)).toEqual(['TURNOUT_BELOW_QUORUM 24/27']);
    expect(alarms(meeting('实到村民代表28人'), true)).toEqual([]);
  });

  it('is not judged where the meeting did other business (讨论, 审议) or elects nothing', () => {
    expect(
      alarms(
        notice('召开村民代表会议，应到会村民代表45人，实到会村民代表21人，讨论村规民约修订事项。'),
        true,
      ),
    ).toEqual([]);
    expect(
      alarms(notice('召开村民代表会议，审议通过推选办法，应到村民代表45人，实到村民代表24人。'), true),
    ).toEqual([]);
    expect(alarms(notice('召开村民代表会议，应到村民代表45人，实到村民代表24人。'), true)).toEqual([]);
  });
});

const AFTER = '召开村民代表会议推选村务监督委员会。应到会村民代表45人，实到会29人。';

describe('a meeting’s counts in the sentence after it', () => {
  it('are its own where that sentence opens with them and names no other body', () => {
    expect(
      alarms(
        notice('召开村民代表会议推选村务监督委员会。应到会村民代表45人，实到会26人。推选结果如下：'),
        true,
      ),
    ).toEqual(['TURNOUT_BELOW_QUORUM 26/27']);
    expect(meetingAttendance(AFTER, AFTER).map((m) => [m.whole.value, m.present.value])).toEqual([[45, 29]]);
  });

  it('are not where it names another meeting, a party count, or stands on the next line', () => {
    const read = (text: string) => meetingAttendance(text, text);
    expect(read('召开村民代表会议推选村务监督委员会。应到党员45人，实到党员26人。')).toEqual([]);
    expect(read('召开村民代表会议推选村务监督委员会。应到村民代表45人，实到26人参加村民小组会议。')).toEqual(
      [],
    );
    expect(read('召开村民代表会议推选村务监督委员会。\n应到村民代表45人，实到村民代表26人。')).toEqual([]);
    expect(read('召开村民代表会议推选村务监督委员会。党员大会应到党员45人，实到党员36人。')).toEqual([]);
  });
});

const REPRESENTATIVES = '召开村民代表会议选举村务监督委员会，本村十八周岁以上村民1,500人，到会村民代表30人。';

describe('a villagers’ meeting by the villagers aged 18 or over', () => {
  const villagers = (counts: string) =>
    notice(`2026年3月18日，柳塘村召开村民会议，推选产生村务监督委员会，${counts}。推选结果如下：`);

  it('sits with more than half of them present, and is shown judged', () => {
    const text = villagers('本村年满十八周岁的村民1,500人，到会村民751人');
    expect(alarms(text, true)).toEqual([]);
    expect(judgedMeetings(text)).toEqual([['到会村民751人', true]]);
  });

  it('is held short only where the households’ route cannot be met either', () => {
    // Half, no households stated: the households may have been represented: not judged.
    expect(alarms(villagers('本村年满十八周岁的村民1,500人，到会村民750人'), true)).toEqual([]);
    expect(judgedMeetings(villagers('本村年满十八周岁的村民1,500人，到会村民750人'))).toEqual([]);
    // 700 villagers represent at most 700 of 1,200 households, short of 800.
    expect(alarms(villagers('本村年满十八周岁的村民1,500人，到会村民700人，全村共1,200户'), true)).toEqual([
      'TURNOUT_BELOW_QUORUM 700/751',
    ]);
    // 900 villagers may represent 800 households: not judged.
    expect(alarms(villagers('本村年满十八周岁的村民2,000人，到会村民900人，全村共1,200户'), true)).toEqual(
      [],
    );
  });

  it('weighs both routes where both are stated: one met is enough', () => {
    const both = (households: string, adults: string) =>
      notice(
        `召开村民会议推选村务监督委员会，全村共1,200户，${households}；本村十八周岁以上村民3,100人，${adults}。`,
      );
    expect(alarms(both('到会户代表820户', '到会村民1,400人'), true)).toEqual([]);
    expect(judgedMeetings(both('到会户代表820户', '到会村民1,400人'))).toEqual([['到会村民1,400人', true]]);
    expect(alarms(both('到会户代表700户', '到会村民1,600人'), true)).toEqual([]);
    expect(alarms(both('到会户代表760户', '到会村民1,400人'), true)).toEqual([
      'TURNOUT_BELOW_QUORUM 1400/1551',
    ]);
  });

  it('is not judged where those present are a part, in parts, by proxy, or voters', () => {
    expect(
      alarms(villagers('本村年满十八周岁的村民1,500人，实到会812人，其中到会村民700人，全村共1,200户'), true),
    ).toEqual([]);
    expect(
      alarms(villagers('本村年满十八周岁的村民1,500人，到会村民700人，全村共1,200户，分片召开'), true),
    ).toEqual([]);
    expect(
      alarms(villagers('本村十八周岁以上村民1,500人，登记选民1,480人，到会村民700人，全村共1,200户'), true),
    ).toEqual([]);
    expect(meetingAttendance(REPRESENTATIVES, REPRESENTATIVES)).toEqual([]);
  });

  it('cites the same paragraph as the households’ route', () => {
    const pack = getRulePack('cn-village@2025')?.meetings;
    expect(pack?.villagers.citation.zh).toBe(pack?.households.citation.zh);
    expect(pack?.villagers.threshold).toEqual({ num: 1, den: 2, strict: true, base: 'registered' });
  });
});
