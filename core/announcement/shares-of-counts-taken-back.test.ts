import { describe, expect, it } from 'vitest';
import { auditAnnouncementAlone } from '../audit/index.js';
import { readAnnouncementText } from './read-announcement-text.js';

/** The codes of the warnings and errors of a notice checked alone by cn-village. */
const codes = (text: string) => {
  const audited = auditAnnouncementAlone(
    readAnnouncementText(text),
    [],
    'en',
    { pack: 'cn-village', round: 'first' },
    '2026-12-03',
  );
  if (!audited.ok) throw new Error('not audited');
  return audited.value.findings
    .filter((finding) => finding.severity !== 'info')
    .map((finding) => finding.code);
};

const reasonOf = (text: string, number: string) =>
  readAnnouncementText(text).unread.find((one) => one.text === number)?.reason;

describe('a share after the voters taken back beside a meeting of representatives is of those voters', () => {
  const MEETING =
    '沙田村村务监督委员会选举结果公告\n沙田村村务监督委员会由村民代表会议选举产生。2026年4月20日召开村民代表会议，应到村民代表39名，实到35名。发出选票35张，收回35张，有效票35张。黄建明得票33票、李秀兰（女）得票31票、黄文华得票29票，当选为村务监督委员会成员。';

  it('in the voters’ own sentence: listed unread, never judged by the representatives', () => {
    const text = `${MEETING}本村登记选民1,466人，4月12日村委会选举参加投票1,283人，参选率87.52%。`;
    expect(reasonOf(text, '87.52%')).toBe('ambiguous-base');
    expect(codes(text)).toEqual([]);
  });

  it('in a sentence of its own right after them: the same', () => {
    const text = `${MEETING}附：4月12日村民委员会选举，全村登记选民1,466人，参加投票1,283人。参选率87.52%。`;
    expect(reasonOf(text, '87.52%')).toBe('ambiguous-base');
    expect(codes(text)).toEqual([]);
  });

  it('the meeting’s own attendance after its counts kept is still judged', () => {
    const right = `${MEETING.replace('实到35名。', '实到35名，到会率89.74%。')}本村登记选民1,466人，参加投票1,283人。`;
    expect(reasonOf(right, '89.74%')).toBeUndefined();
    expect(codes(right)).toEqual([]);
    const wrong = right.replace('89.74%', '87.74%');
    expect(codes(wrong)).toContain('ANNOUNCED_PERCENT_MISMATCH');
  });
});
