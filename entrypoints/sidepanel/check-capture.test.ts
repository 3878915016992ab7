import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { makeCapture } from '../shared/capture-text';
import { CAPTURE_FILE, captureMarks, checkCapture } from './check-capture';

const sample = readFileSync(
  new URL('../../samples/qingshan-village/announcement.txt', import.meta.url),
  'utf8',
);
const captureOf = (text: string) =>
  makeCapture({ id: 'c', text, url: 'http://127.0.0.1/', title: 't', capturedAt: new Date(0) });

describe('checkCapture', () => {
  test("the sample announcement's own arithmetic holds, and the report records the captured text's digest", () => {
    const capture = captureOf(sample);
    const { figures, report } = checkCapture(capture, 'zh');
    expect(figures.figures.length).toBeGreaterThan(10);
    expect(report.findings.filter((finding) => finding.severity !== 'info')).toEqual([]);
    expect(report.inputs).toEqual([
      {
        name: CAPTURE_FILE,
        sha256: createHash('sha256').update(sample, 'utf8').digest('hex'),
        size: Buffer.byteLength(sample, 'utf8'),
        role: 'announcement',
      },
    ]);
    expect(report.turnout.registered).toBe(2100);
  });

  test("the report is named by the notice's heading, else by the page's title", () => {
    const heading = '青山村第十一届村民委员会选举结果公告';
    const named = (text: string, title: string) =>
      checkCapture(
        makeCapture({ id: 'c', text, url: 'http://127.0.0.1/', title, capturedAt: new Date(0) }),
        'zh',
      ).report.election;
    expect(named(`${heading}\n登记选民2100人。`, '政务公开')).toBe(heading);
    expect(named('登记选民2100人。', ' 青山村选举结果 ')).toBe('青山村选举结果');
    expect(named('登记选民2100人。', '')).toBe(CAPTURE_FILE);
  });

  test('a wrong turnout percentage is found, and its mark covers the stated figure', () => {
    const text = sample.replace('参选率70.3%', '参选率73.0%');
    const check = checkCapture(captureOf(text), 'en');
    const finding = check.report.findings.find(
      (candidate) => candidate.code === 'ANNOUNCED_PERCENT_MISMATCH',
    );
    expect(finding?.severity).toBe('warning');
    const marks = captureMarks(check);
    const warning = marks.find((mark) => mark.kind === 'warning');
    expect(warning).toBeDefined();
    expect(text.slice(warning!.start, warning!.end)).toContain('73.0');
  });

  test('every figure read gets a mark over the text it was read from', () => {
    const check = checkCapture(captureOf(sample), 'zh');
    const figureMarks = captureMarks(check).filter((mark) => mark.kind === 'figure');
    expect(figureMarks).toHaveLength(check.figures.figures.filter((figure) => figure.origin.span).length);
    const registered = figureMarks.find((mark) => mark.label.startsWith('登记选民'));
    expect(sample.slice(registered!.start, registered!.end)).toContain('2100');
  });
});
