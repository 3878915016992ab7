import {
  checkAnnouncementArithmetic,
  readAnnouncementText,
  reportFromAnnouncement,
  reportUnreadFigures,
  type AnnouncedFigures,
  type Lang,
  type Report,
} from '../../core/index.js';
import type { Capture } from '../shared/capture-store';
import { announcementMarks } from './announcement-marks';
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
  const read = readAnnouncementText(capture.text);
  // A selection may leave out the notice's heading; the page's own title then names it.
  const title = read.title ?? (capture.title.trim() || undefined);
  const figures = { ...read, ...(title === undefined ? {} : { title }), file: CAPTURE_FILE };
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
export const captureMarks = (check: CaptureCheck): HighlightMark[] =>
  announcementMarks(check.figures.figures, check.report.findings);
