import type { Election } from '../model/election.js';
import type { Result } from '../model/result.js';
import { ok } from '../model/result.js';
import { decodeText } from '../text/decode-text.js';
import type { AnnouncedFigures } from './announced-figures.js';
import { looksLikeHtml, textOfHtml } from './html-notice.js';
import { readAnnouncementJsonText } from './read-announcement-json.js';
import { readAnnouncementText } from './read-announcement-text.js';

/** An announcement file decoded: the JSON form, or prose (a saved web page as the text it shows). */
export type AnnouncementText =
  { readonly kind: 'json'; readonly text: string } | { readonly kind: 'prose'; readonly text: string };

/**
 * The text of an announcement file as the reader reads it, which is also the text the spans of its
 * findings point into. UTF-8 (with or without BOM) or GB18030/GBK, as saved from Chinese web pages and
 * editors; bytes neither encoding reads are refused at their line and offset (decodeText).
 */
export function announcementText(file: string, bytes: Uint8Array): Result<AnnouncementText> {
  const decoded = decodeText(file, bytes);
  if (!decoded.ok) return decoded;
  const text = decoded.value.text;
  if (text.trimStart().startsWith('{')) return ok({ kind: 'json', text });
  return ok({ kind: 'prose', text: looksLikeHtml(file, text) ? textOfHtml(text) : text });
}

/** Reads an announcement file of either kind: JSON when its first character is `{`, prose otherwise. */
export function readAnnouncement(
  file: string,
  bytes: Uint8Array,
  election?: Election,
): Result<AnnouncedFigures> {
  const read = announcementText(file, bytes);
  if (!read.ok) return read;
  if (read.value.kind === 'json') return readAnnouncementJsonText(file, read.value.text);
  return ok({ ...readAnnouncementText(read.value.text, election), file });
}
