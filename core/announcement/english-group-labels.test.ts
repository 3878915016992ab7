import { describe, expect, it } from 'vitest';
import { findings, judged } from './corpus/read-shapes.js';
import { readAnnouncementText } from './read-announcement-text.js';
import { groupLabel } from './figure-words.js';

/** English groups of people are named by their noun group, never by the function words around it. */
describe('an English group label', () => {
  it('drops the articles, prepositions and verbs at its ends, and is empty when nothing else is left', () => {
    expect(groupLabel('are women')).toBe('women');
    expect(groupLabel('Of the')).toBe('');
    expect(groupLabel('Among the village representatives')).toBe('village representatives');
    expect(groupLabel('members of the')).toBe('members');
    expect(groupLabel('shareholders')).toBe('shareholders');
  });

  const text = (share: string) =>
    'Seven members were elected, of whom 3 are women, accounting for ' +
    `${share} of the members elected.\nOf the 7 members elected, 2 are village representatives.\n` +
    'Among the 9 village representatives, 4 are women.';

  it('names the group by its noun, in the figures and in the messages', () => {
    const labels = readAnnouncementText(text('42.9%')).figures.flatMap((figure) =>
      figure.kind === 'group' ? [figure.label] : [],
    );
    expect(labels).toEqual([
      'women',
      'members',
      'village representatives',
      'village representatives',
      'women',
    ]);
    expect(judged(text('42.9%'))).toContainEqual(['share', 'accounting for 42.9%', true]);
    expect(findings(text('42.9%'))).toEqual([]);
    expect(findings(text('52.9%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', 'accounting for 52.9%']]);
  });
});
