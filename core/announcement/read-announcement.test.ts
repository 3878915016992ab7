import { describe, expect, it } from 'vitest';
import { readAnnouncement } from './read-announcement.js';

// “登记选民1860人” in GB18030, as a Chinese editor saves it.
const GB18030 = new Uint8Array([
  0xb5, 0xc7, 0xbc, 0xc7, 0xd1, 0xa1, 0xc3, 0xf1, 0x31, 0x38, 0x36, 0x30, 0xc8, 0xcb,
]);

describe('readAnnouncement', () => {
  it('reads JSON by its first character', () => {
    const result = readAnnouncement('a.json', new TextEncoder().encode(' {"validBallots": 12}'));
    expect(result.ok && result.value.figures.map((figure) => figure.origin.path)).toEqual(['$.validBallots']);
  });

  it('reads prose in UTF-8 and in GB18030, keeping the file name', () => {
    for (const bytes of [new TextEncoder().encode('登记选民1860人'), GB18030]) {
      const result = readAnnouncement('a.txt', bytes);
      expect(result.ok).toBe(true);
      if (!result.ok) continue;
      expect(result.value.file).toBe('a.txt');
      expect(result.value.figures).toMatchObject([{ kind: 'count', meaning: 'registered', value: 1860n }]);
    }
  });

  it('passes JSON errors through', () => {
    expect(readAnnouncement('a.json', new TextEncoder().encode('{"validBallots": "x"}')).ok).toBe(false);
  });
});
