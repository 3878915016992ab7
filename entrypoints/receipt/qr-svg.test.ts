import { expect, test } from 'vitest';
import { qrSvgPath } from './qr-svg';

const digest = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

/** Which modules the path draws dark. */
function darkModules(path: string): Set<string> {
  return new Set([...path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)].map(([, x, y]) => `${x},${y}`));
}

test('a SHA-256 in hex fits a version 5 code (37 modules) at error correction M', () => {
  expect(qrSvgPath(digest).size).toBe(37);
});

test('the path draws the three finder patterns where the standard puts them', () => {
  const { size, path } = qrSvgPath(digest);
  const dark = darkModules(path);
  for (const [left, top] of [
    [0, 0],
    [size - 7, 0],
    [0, size - 7],
  ] as const) {
    for (let i = 0; i < 7; i++) {
      // Outer ring dark, the ring inside it light, the 3×3 centre dark.
      expect(dark.has(`${left + i},${top}`)).toBe(true);
      expect(dark.has(`${left + i},${top + 6}`)).toBe(true);
      expect(dark.has(`${left},${top + i}`)).toBe(true);
    }
    for (let i = 1; i < 6; i++) expect(dark.has(`${left + i},${top + 1}`)).toBe(false);
    expect(dark.has(`${left + 3},${top + 3}`)).toBe(true);
  }
});

test('the same text gives the same code; another text another one', () => {
  expect(qrSvgPath(digest).path).toBe(qrSvgPath(digest).path);
  expect(qrSvgPath(digest.replace('e3', 'e4')).path).not.toBe(qrSvgPath(digest).path);
});
