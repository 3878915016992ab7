import { useEffect, useRef } from 'preact/hooks';
import type { Finding } from '../../../core/index.js';
import { announcementMarks, findingMarkKey } from '../../sidepanel/announcement-marks.js';
import type { HighlightMark } from '../../sidepanel/highlight-spans.js';
import { HighlightedText } from '../../sidepanel/highlighted-text.js';
import type { AnnouncementView } from './read-announcement-view.js';

/** True when the finding points at characters of this announcement's text. */
export function pointsIntoText(finding: Finding, announcement: AnnouncementView): boolean {
  const where = finding.where;
  return (
    announcement.text !== null &&
    where?.span !== undefined &&
    (where.file === undefined || where.file === announcement.name)
  );
}

function marksOf(announcement: AnnouncementView, findings: readonly Finding[]): HighlightMark[] {
  return announcementMarks(announcement.figures?.figures ?? [], findings, {
    inText: (finding) => pointsIntoText(finding, announcement),
    label: (finding) => `${finding.code}: ${finding.message}`,
  });
}

/**
 * The announcement text with every figure read and every finding's place highlighted. A finding's
 * place can take the focus, so that "show in the announcement" moves the reader, and a screen reader,
 * there.
 */
export function AnnouncementText({
  announcement,
  findings,
  title,
  containerRef,
}: {
  announcement: AnnouncementView;
  findings: readonly Finding[];
  title: string;
  containerRef: { current: HTMLElement | null };
}) {
  const own = useRef<HTMLElement | null>(null);
  useEffect(() => {
    own.current?.querySelectorAll<HTMLElement>('[data-marks*="finding-"]').forEach((mark) => {
      mark.tabIndex = -1;
    });
  });
  if (announcement.text === null) return null;
  return (
    <section
      class="announcement-text"
      aria-label={title}
      data-announcement-text
      ref={(element) => {
        own.current = element;
        containerRef.current = element;
      }}
    >
      <h4>{title}</h4>
      <HighlightedText text={announcement.text} marks={marksOf(announcement, findings)} />
    </section>
  );
}

/** Scrolls to the first run of a finding's place in the text and focuses it; false when it has none. */
export function showFindingInText(container: HTMLElement | null, index: number): boolean {
  const mark = container?.querySelector<HTMLElement>(`[data-marks~="${findingMarkKey(index)}"]`);
  if (!mark) return false;
  mark.tabIndex = -1;
  mark.scrollIntoView({ behavior: 'smooth', block: 'center' });
  mark.focus({ preventScroll: true });
  return true;
}
