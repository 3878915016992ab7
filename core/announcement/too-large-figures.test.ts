import { describe, expect, it } from 'vitest';
import { checkAnnouncementArithmetic } from './check-announcement-arithmetic.js';
import { readAnnouncementJson } from './read-announcement-json.js';
import { readAnnouncementText } from './read-announcement-text.js';

/** Figures past 2^53 − 1, which no notice counts and no JSON number carries exactly (numbers invented). */
describe('a figure too large to be any count', () => {
  it('is listed unread in prose, never taken as the electorate', () => {
    const read = readAnnouncementText('本村登记选民99999999999999999999人，参加投票1322人，参选率71.1%。');
    expect(read.figures.map((figure) => figure.kind === 'count' && figure.meaning)).toEqual(['cast', false]);
    expect(read.unread.map((unread) => [unread.text, unread.reason])).toEqual([
      ['99999999999999999999', 'too-large'],
    ]);
    expect(checkAnnouncementArithmetic(read, 'en')).toEqual([]);
  });

  it('is read as usual at 2^53 − 1 and below', () => {
    const read = readAnnouncementText('全市登记选民9007199254740991人。');
    expect(read.figures.map((figure) => figure.kind === 'count' && figure.value)).toEqual([
      9007199254740991n,
    ]);
    expect(read.unread).toEqual([]);
  });

  it('is refused in the JSON form at its path, saying it is too large', () => {
    const result = readAnnouncementJson(
      'announcement.json',
      new TextEncoder().encode(
        '{"format":"tallywitness.announcement/1","registeredVoters":99999999999999999999}',
      ),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      {
        file: 'announcement.json',
        path: '$.registeredVoters',
        message: {
          zh: '数字过大：大于 2^53−1，无法精确读取，也不会是任何公告的人数或票数',
          en: 'is too large: past 2^53 − 1 it cannot be read exactly, and no notice counts so many',
        },
      },
    ]);
  });
});
