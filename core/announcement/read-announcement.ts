import type { Election } from '../model/election.js';
import type { Result } from '../model/result.js';
import { fail, ok } from '../model/result.js';
import type { AnnouncedFigures } from './announced-figures.js';
import { readAnnouncementJson } from './read-announcement-json.js';
import { readAnnouncementText } from './read-announcement-text.js';

/**
 * Reads an announcement file of either kind: JSON when its first character is `{`, prose otherwise.
 * Prose may be UTF-8 (with or without BOM) or GB18030/GBK, as saved from Chinese web pages and editors.
 */
export function readAnnouncement(
  file: string,
  bytes: Uint8Array,
  election?: Election,
): Result<AnnouncedFigures> {
  const text = decodeText(bytes);
  if (text === null)
    return fail({
      file,
      message: {
        zh: '无法识别文本编码（应为 UTF-8 或 GB18030）',
        en: 'unknown text encoding (expected UTF-8 or GB18030)',
      },
    });
  if (text.trimStart().startsWith('{')) return readAnnouncementJson(file, bytes);
  return ok({ ...readAnnouncementText(text, election), file });
}

function decodeText(bytes: Uint8Array): string | null {
  for (const encoding of ['utf-8', 'gb18030']) {
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      // not this encoding: try the next
    }
  }
  return null;
}
