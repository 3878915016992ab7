import {
  announcementText,
  readAnnouncement,
  readElection,
  type AnnouncedFigures,
  type Election,
} from '../../../core/index.js';

/** An input file as the audit was given it. */
export interface InputBytes {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** The announcement as the result page shows it: its text, when prose, and the figures read from it. */
export interface AnnouncementView {
  /** The name the report's findings give as `where.file`. */
  readonly name: string;
  /** The decoded text the findings' spans point into; null for a JSON announcement. */
  readonly text: string | null;
  readonly figures: AnnouncedFigures | null;
  readonly election: Election | null;
}

/**
 * Reads the announcement again in the page, exactly as the audit did (same decoding, same reader, same
 * election), so that the spans of the report's findings fall on the same characters. Announcements are
 * small; the worker has already refused any that is not.
 */
export function readAnnouncementView(
  announcement: InputBytes,
  election: InputBytes | null,
): AnnouncementView {
  const definition = election ? readElection(election.name, election.bytes) : null;
  const electionValue = definition?.ok ? definition.value : null;
  const shown = announcementText(announcement.name, announcement.bytes);
  const text = shown.ok && shown.value.kind === 'prose' ? shown.value.text : null;
  const figures = readAnnouncement(announcement.name, announcement.bytes, electionValue ?? undefined);
  return {
    name: announcement.name,
    text,
    figures: figures.ok ? figures.value : null,
    election: electionValue,
  };
}
