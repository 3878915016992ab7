import { describe, expect, it } from 'vitest';
import { alarms, reportAlone } from './corpus/read-shapes.js';
import { meetingAttendance } from './meeting-attendance.js';

/**
 * A households' meeting (户代表会议) that elects, its households' representatives due and present stated in
 * its sentence or the next, and no count of the village's households: the due are the whole its two thirds
 * are of, as a meeting of representatives' due are (meeting-attendance.ts). Every number and name is invented.
 */
const notice = (meeting: string) =>
  '石桥村村民委员会选举结果公告\n\n' +
  `${meeting}\n` +
  '本村登记选民1200人，参加投票1100人，收回选票1100张，有效票1090张，无效票10张。\n' +
  '张伟得票900票，当选为村民委员会主任。\n';

const judgedMeetings = (text: string) =>
  reportAlone(text, true)
    .announcement?.judged.filter((f) => f.rule === 'meeting-quorum')
    .map((f) => [f.text, f.right]);

const read = (text: string) =>
  meetingAttendance(text, text).map((m) => [m.kind, m.whole.value, m.present.value]);

describe('a households’ meeting’s counts in the sentence after it', () => {
  const after = (present: string) =>
    `2026年5月10日，石桥村召开户代表会议。应到户代表486人，${present}。会议推选产生村民选举委员会成员5名。`;

  it('are held to two thirds of the households’ representatives due', () => {
    expect(judgedMeetings(notice(after('实到412人')))).toEqual([['实到412人', true]]);
    expect(alarms(notice(after('实到412人')), true)).toEqual([]);
    expect(alarms(notice(after('实到300人')), true)).toEqual(['TURNOUT_BELOW_QUORUM 300/324']);
    expect(alarms(notice(after('实到户代表300人')), true)).toEqual(['TURNOUT_BELOW_QUORUM 300/324']);
  });

  it('are read in the meeting’s own sentence as well', () => {
    expect(read('召开户代表会议推选村务监督委员会，应到户代表486人，实到412人。')).toEqual([
      ['households', 486, 412],
    ]);
  });

  it('are not judged where the meeting is an election by the households’ representatives', () => {
    const vote = '石桥村召开户代表会议，以户代表投票方式选举村民委员会。应参加投票的户代表486人，实到300人。';
    expect(alarms(notice(vote), true)).toEqual([]);
    expect(read('召开户代表会议。应到户代表486人，实到300人。会议选举产生村民委员会。')).toEqual([]);
    expect(
      read('召开户代表会议。应到户代表486人，实到300人。会议推选村务监督委员会，共发出选票300张。'),
    ).toEqual([]);
  });

  it('are not judged with another ground, another base, or no election', () => {
    for (const other of [
      // Households by written proxy, or the villagers present: the meeting's other shape or route.
      '召开户代表会议。应到户代表486人，实到300人，另有30户书面委托本村其他户代表参加。会议推选产生村民选举委员会成员5名。',
      '召开户代表会议。应到户代表486人，实到300人。本村十八周岁以上村民1,500人，到会村民820人。会议推选产生村民选举委员会成员5名。',
      // The village's households stated: the whole is those, not the due.
      '全村共有农户500户。召开户代表会议。应到户代表486人，实到300人。会议推选产生村民选举委员会成员5名。',
      // Nothing elected, or a meeting of villagers' representatives counted next.
      '召开户代表会议。应到户代表486人，实到300人。',
      '召开户代表会议推选村民选举委员会。村民代表会议应到村民代表45人，实到32人。',
      // The counts on the next line.
      '召开户代表会议推选村民选举委员会。\n应到户代表486人，实到300人。',
    ])
      expect([other, alarms(notice(other), true)]).toEqual([other, []]);
  });
});
