import {
  checkAnnouncementArithmetic,
  readAnnouncementText,
  reportFromAnnouncement,
  reportUnreadFigures,
  type AnnouncedFigure,
  type AnnouncedFigures,
  type Lang,
  type Report,
} from '../../core/index.js';
import type { Capture } from '../shared/capture-store';
import type { HighlightMark } from './highlight-spans';

/** The name a captured announcement goes by in reports. */
export const CAPTURE_FILE = 'announcement (web page)';

export interface CaptureCheck {
  readonly figures: AnnouncedFigures;
  /** The announcement checked on its own: parts against totals, percentages against their counts. */
  readonly report: Report;
}

/** Reads the figures of a captured announcement and checks its own arithmetic, as `check --announcement` does. */
export function checkCapture(capture: Capture, lang: Lang): CaptureCheck {
  const figures = { ...readAnnouncementText(capture.text), file: CAPTURE_FILE };
  const findings = [...checkAnnouncementArithmetic(figures, lang), ...reportUnreadFigures(figures, lang)];
  const size = new TextEncoder().encode(capture.text).byteLength;
  const report = reportFromAnnouncement({
    figures,
    findings,
    inputs: [{ name: CAPTURE_FILE, sha256: capture.sha256, size, role: 'announcement' }],
    lang,
  });
  return { figures, report };
}

/** Marks for the text: one per figure read, and one per finding that points at a span. */
export function captureMarks(check: CaptureCheck): HighlightMark[] {
  const marks: HighlightMark[] = [];
  check.figures.figures.forEach((figure, index) => {
    const span = figure.origin.span;
    if (span)
      marks.push({
        start: span[0],
        end: span[1],
        kind: 'figure',
        key: `figure-${index}`,
        label: figureLabel(figure),
      });
  });
  check.report.findings.forEach((finding, index) => {
    const span = finding.where?.span;
    if (span)
      marks.push({
        start: span[0],
        end: span[1],
        kind: finding.severity,
        key: `finding-${index}`,
        label: finding.code,
      });
  });
  return marks;
}

const COUNT_LABELS: Record<string, string> = {
  registered: '登记选民 / registered',
  cast: '参加投票 / cast',
  issued: '发出选票 / issued',
  returned: '收回选票 / returned',
  valid: '有效票 / valid',
  invalid: '无效票 / invalid',
  abstained: '弃权 / abstained',
};

/** What a figure was read as, for the tooltip over it. */
export function figureLabel(figure: AnnouncedFigure): string {
  switch (figure.kind) {
    case 'count':
      return `${COUNT_LABELS[figure.meaning] ?? figure.meaning}: ${figure.value}`;
    case 'votes':
      return `${figure.candidate} 得票 / votes: ${figure.value}`;
    case 'group':
      return `${figure.label}: ${figure.value}`;
    case 'percent':
      return `百分比 / percentage`;
    case 'elected':
      return `当选 / elected: ${figure.names.join('、')}`;
  }
}
