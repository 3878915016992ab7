import { describe, expect, it } from 'vitest';
import { nameSkeleton, visibleName } from './name-skeleton.js';

describe('nameSkeleton', () => {
  it.each([
    ['陈\u200b建华', '陈建华'], // zero-width space
    ['陈\u200d建华', '陈建华'], // zero-width joiner
    ['\u202e陈建华', '陈建华'], // bidi override
    ['陈\u00ad建华', '陈建华'], // soft hyphen
    ['陈\ufe0f建华', '陈建华'], // variation selector
    ['陈 建华', '陈建华'], // a space typed for alignment
    ['\u0421001', 'c001'], // Cyrillic С
    ['ｃ００１', 'c001'], // full-width
    ['chén-jianhua', 'chen-jianhua'], // combining accent (precomposed)
    ['che\u0301n-jianhua', 'chen-jianhua'], // combining accent
  ])('takes %j to look like %j', (written, candidate) => {
    expect(nameSkeleton(written)).toBe(nameSkeleton(candidate));
  });

  it('keeps different names apart', () => {
    expect(nameSkeleton('陈建华')).not.toBe(nameSkeleton('陈建军'));
    expect(nameSkeleton('c001')).not.toBe(nameSkeleton('c002'));
  });
});

describe('visibleName', () => {
  it('writes what cannot be seen or looks like another letter as <U+XXXX>', () => {
    expect(visibleName('陈\u200b建华')).toBe('陈<U+200B>建华');
    expect(visibleName('\u0421001')).toBe('<U+0421>001');
    expect(visibleName('ｃ001')).toBe('<U+FF43>001');
    expect(visibleName('王林')).toBe('王林');
  });
});
