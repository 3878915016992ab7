import { describe, expect, it } from 'vitest';
import { renderReportText } from '../report/render-report-text.js';
import { auditAnnouncementAlone } from '../audit/index.js';
import { alarms, counts, findings, judged, reportAlone as villageReport } from './corpus/read-shapes.js';
import { readAnnouncementText } from './read-announcement-text.js';

/**
 * A meeting of household representatives (户代表会议) that elects the committee: the households present
 * are its attendance, of those due, never the ballots cast (household-counts.ts). Every number and name
 * here is invented.
 */
describe('households present at a meeting of household representatives', () => {
  const NOTICE = (rate: string, returned = '40') =>
    '青石村村民委员会选举结果公告\n' +
    `2026年5月12日，青石村召开户代表会议。本村应到户代表48户，实到42户，到会率${rate}%，超过半数。` +
    `会议共发出选票42张，收回选票${returned}张，其中有效票39张，无效票1张。\n` +
    '王大明得36票，当选为村民委员会主任；李红得33票，张伟得31票，当选为村民委员会委员。\n';

  it('reads 实到42户 as those present, not as ballots cast', () => {
    expect(counts(NOTICE('87.5'))).not.toContain('cast 42');
    expect(counts(NOTICE('87.5'))).toContain('registered 48');
  });

  it('judges the 到会率 as those present of those due', () => {
    expect(judged(NOTICE('87.5'))).toContainEqual(['share', '到会率87.5%', true]);
    expect(findings(NOTICE('87.5'))).toEqual([]);
    expect(findings(NOTICE('86.5'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '到会率86.5%']]);
  });

  it('judges the winners by the ballots, not by the households present', () => {
    // 张伟 21 of the 40 ballots returned is more than half; of the 42 households present it is not.
    const close = NOTICE('87.5').replace('张伟得31票', '张伟得21票');
    expect(alarms(close, true)).toEqual([]);
    expect(
      alarms(close.replace('收回选票40张', '收回选票42张').replace('有效票39张', '有效票41张'), true),
    ).not.toEqual([]);
  });

  it('reads households due and present named by the meeting alone (户代表会议应到48户，实到会42户)', () => {
    const text = (rate: string) =>
      `青石村村民委员会选举结果公告\n青石村召开户代表会议，户代表会议应到48户，实到会42户，到会率${rate}%。收回选票40张，有效票39张。\n王大明得36票，当选为村民委员会主任。\n`;
    expect(counts(text('87.5'))).toEqual(expect.arrayContaining(['registered 48']));
    expect(counts(text('87.5'))).not.toContain('cast 42');
    expect(judged(text('87.5'))).toContainEqual(['share', '到会率87.5%', true]);
    expect(findings(text('85.7'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '到会率85.7%']]);
  });
});

describe('the report of an election by household representatives names households, not voters', () => {
  // The residents' law sets the quorum of an election by households (2025 art. 19 para. 1); the village
  // law's counts the villagers registered, and holds no households to it.
  const NOTICE = (registered: string) =>
    '光明社区居民委员会选举结果公告\n' +
    `2026年5月10日，光明社区召开户代表会议，采取户代表选举方式选举居民委员会。${registered}` +
    '应到户代表48户，实到42户，发出选票42张，收回选票42张，其中有效票41张，无效票1张。\n' +
    '张三得30票，当选为居民委员会主任。\n';
  const residentsReport = (text: string) => {
    const audited = auditAnnouncementAlone(
      readAnnouncementText(text),
      [],
      'en',
      { pack: 'cn-residents:households', round: 'first' },
      '2026-12-03',
    );
    if (!audited.ok) throw new Error('not audited');
    return audited.value;
  };

  it('says registered households in the turnout line and the quorum, in zh and en', () => {
    const report = residentsReport(NOTICE(''));
    const zh = renderReportText(report, 'zh');
    const en = renderReportText(report, 'en');
    expect(zh).toContain('登记户数 48，');
    expect(zh).toContain('投票户数达到法定要求: 是');
    expect(zh).toContain('登记户48户中42张选票收回，须超过登记户数的半数：达到');
    expect(zh).toContain('收回选票42张不多于登记户数48户：正确');
    expect(zh).not.toContain('登记选民');
    expect(en).toContain('registered households 48,');
    expect(en).toContain('out of 48 registered households');
    expect(en).not.toContain('registered voters');
  });

  it('says households when the households registered leave those due unknown', () => {
    const report = residentsReport(NOTICE('登记户代表1240户。'));
    const zh = renderReportText(report, 'zh');
    expect(zh).toContain('登记户数 未知');
    expect(zh).toContain('（登记户数未知）');
    expect(zh).not.toContain('登记选民');
    expect(renderReportText(report, 'en')).toContain('(registered households unknown)');
  });

  it('keeps the judgement: the same checks, right, as before', () => {
    const report = residentsReport(NOTICE(''));
    expect(report.announcement?.judged.map((figure) => [figure.rule, figure.right])).toContainEqual([
      'quorum',
      true,
    ]);
    expect(report.findings).toEqual([]);
  });

  it('judges no quorum of households under the village law, and says why', () => {
    const report = villageReport(NOTICE(''), true);
    expect(report.announcement?.judged.map((figure) => figure.rule)).not.toContain('quorum');
    expect(renderReportText(report, 'en')).toContain('no rule for an election by household representatives');
    expect(report.findings.filter((finding) => finding.severity !== 'info')).toEqual([]);
  });
});
