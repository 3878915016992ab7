import { describe, expect, it } from 'vitest';
import { auditAnnouncementAlone } from '../audit/index.js';
import { readAnnouncementText } from './read-announcement-text.js';
import { counts } from './corpus/read-shapes.js';

/** The codes of the warnings and errors of a notice checked alone by cn-residents:representatives. */
const codes = (text: string) => {
  const audited = auditAnnouncementAlone(
    readAnnouncementText(text),
    [],
    'en',
    { pack: 'cn-residents:representatives', round: 'first' },
    '2026-12-03',
  );
  if (!audited.ok) throw new Error('not audited');
  return audited.value.findings
    .filter((finding) => finding.severity !== 'info')
    .map((finding) => finding.code);
};

describe('居民委员会由居民代表会议选举产生: the representatives due and present are the electorate and voters', () => {
  const NOTICE = (present: number) =>
    `花园社区第八届居民委员会选举结果公告\n花园社区第八届居民委员会由居民代表会议选举产生。2026年4月28日，应到居民代表76名，实到居民代表${present}名，参会率为${((present / 76) * 100).toFixed(2)}%。共发出选票${present}张，收回${present}张，其中有效票${present - 1}张，无效票1张。`;

  it('reads them so and holds the turnout to more than two thirds', () => {
    expect(counts(NOTICE(71))).toEqual(expect.arrayContaining(['registered 76', 'cast 71']));
    expect(codes(NOTICE(71))).toEqual([]);
    expect(codes(NOTICE(49))).toEqual(expect.arrayContaining(['TURNOUT_BELOW_QUORUM']));
  });

  it('reads nothing so where another body is elected by the meeting', () => {
    const other =
      '花园社区第八届居务监督委员会由居民代表会议选举产生。应到居民代表76名，实到居民代表49名，参会率为64.47%。';
    expect(counts(other)).not.toContain('registered 76');
    const supervisory =
      '花园社区第八届居民委员会由全体有选举权的居民直接选举产生，登记选民3,120人，参加投票2,604人。居务监督委员会由居民代表会议选举产生，应到居民代表76名，实到居民代表49名。';
    expect(counts(supervisory)).not.toContain('registered 76');
  });
});
