import type { Election } from '../model/election.js';
import type { Result } from '../model/result.js';
import { ok } from '../model/result.js';
import { decodeText } from '../text/decode-text.js';
import type { AnnouncedFigures } from './announced-figures.js';
import { readAnnouncementJsonText } from './read-announcement-json.js';
import { readAnnouncementText } from './read-announcement-text.js';

/**
 * Reads an announcement file of either kind: JSON when its first character is `{`, prose otherwise.
 * Either may be UTF-8 (with or without BOM) or GB18030/GBK, as saved from Chinese web pages and editors;
 * bytes neither encoding reads are refused at their line and offset (decodeText).
 */
export function readAnnouncement(
  file: string,
  bytes: Uint8Array,
  election?: Election,
): Result<AnnouncedFigures> {
  const decoded = decodeText(file, bytes);
  if (!decoded.ok) return decoded;
  const text = decoded.value.text;
  if (text.trimStart().startsWith('{')) return readAnnouncementJsonText(file, text);
  return ok({ ...readAnnouncementText(text, election), file });
}
