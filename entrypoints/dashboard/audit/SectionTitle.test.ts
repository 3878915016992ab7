import { describe, expect, it } from 'vitest';
import { sectionNumber } from './SectionTitle.js';

describe('sectionNumber', () => {
  it('numbers a section inside step 5 as 5.1, and plainly 1 where it stands on a page of its own', () => {
    expect(sectionNumber(1, 5)).toBe('5.1');
    expect(sectionNumber(3, 5)).toBe('5.3');
    expect(sectionNumber(2)).toBe('2');
  });
});
