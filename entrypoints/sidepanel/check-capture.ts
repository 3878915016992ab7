import {
  auditAnnouncementAlone,
  readAnnouncementText,
  type AnnouncedFigures,
  type AnnouncementRules,
  type Lang,
  type Report,
} from '../../core/index.js';
import type { Capture } from '../shared/capture-store';
import { countsHouseholds } from '../shared/quorum-words';
import { announcementMarks } from './announcement-marks';
import type { HighlightMark } from './highlight-spans';

/** The name a captured announcement goes by in reports. */
export const CAPTURE_FILE = 'notice (web page)';

export interface CaptureCheck {
  readonly figures: AnnouncedFigures;
  /** The announcement checked on its own: parts against totals, percentages against their counts. */
  readonly report: Report;
}

/**
 * Reads the figures of a captured announcement and checks its own arithmetic, as `check --announcement`
 * does; with a rule pack (one of RULE_PACKS), also its stated turnout and winners, as `--rules` does.
 */
export function checkCapture(capture: Capture, lang: Lang, rules?: AnnouncementRules): CaptureCheck {
  const read = readAnnouncementText(capture.text);
  // A selection may leave out the notice's heading; the page's own title then names it.
  const title = read.title ?? (capture.title.trim() || undefined);
  const figures = { ...read, ...(title === undefined ? {} : { title }), file: CAPTURE_FILE };
  const size = new TextEncoder().encode(capture.text).byteLength;
  const inputs = [{ name: CAPTURE_FILE, sha256: capture.sha256, size, role: 'announcement' } as const];
  const report = auditAnnouncementAlone(figures, inputs, lang, rules);
  if (!report.ok) throw new Error(`unknown rule pack ${rules?.pack}`);
  return { figures, report: report.value };
}

/** Marks for the text: one per figure read, and one per finding that points at a span. */
export const captureMarks = (check: CaptureCheck): HighlightMark[] =>
  announcementMarks(check.figures.figures, check.report.findings, {
    households: countsHouseholds(check.report),
  });
