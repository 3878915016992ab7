import {
  announcementText,
  auditAnnouncementAlone,
  readAnnouncement,
  sha256Hex,
  type AnnouncedFigures,
  type AnnouncementRules,
  type Lang,
  type Report,
  type Result,
} from '../../core/index.js';

/** The name pasted text goes by in reports (a chosen file keeps its own). */
export const PASTED_NOTICE = 'notice (pasted text)';

export interface NoticeCheck {
  /** The notice's text as decoded; `null` for a JSON notice, whose spans are not in prose. */
  readonly text: string | null;
  readonly figures: AnnouncedFigures;
  readonly report: Report;
}

/**
 * A results notice checked on its own, as `check --announcement` does: the bytes as given (UTF-8 or
 * GB18030, prose or the JSON form), their SHA-256, and with a rule pack its turnout and winners too.
 */
export function checkNotice(
  name: string,
  bytes: Uint8Array,
  lang: Lang,
  rules?: AnnouncementRules,
): Result<NoticeCheck> {
  const read = readAnnouncement(name, bytes);
  if (!read.ok) return read;
  const figures = read.value;
  // Read again only to show it: the text readAnnouncement read, which the spans point into.
  const shown = announcementText(name, bytes);
  const prose = shown.ok && shown.value.kind === 'prose' ? shown.value.text : null;
  const inputs = [{ name, sha256: sha256Hex(bytes), size: bytes.byteLength, role: 'announcement' } as const];
  const report = auditAnnouncementAlone(figures, inputs, lang, rules);
  if (!report.ok) return report;
  return { ok: true, value: { text: prose, figures, report: report.value } };
}
