import { describe, expect, it } from 'vitest';
import { isPersonName } from './person-name.js';

const none = new Set<string>();

describe('isPersonName', () => {
  it('takes names of two to four Han characters, minority names with a dot, and capitalised Latin names', () => {
    for (const name of ['王林', '欧阳小芳', '阿依·买买提', 'Wang Lin', '張杰婷'])
      expect(isPersonName(name, none)).toBe(true);
  });

  it('refuses what the words around a name leave behind', () => {
    for (const junk of [
      '）',
      '选票',
      '甲在',
      '女性',
      '丙分别以',
      '主任',
      '村民',
      '12',
      '',
      '本村村民委员会',
      'The Total',
    ])
      expect(isPersonName(junk, none)).toBe(false);
  });

  it("always takes a name of the election's candidates", () => {
    expect(isPersonName('于和', new Set(['于和']))).toBe(true);
    expect(isPersonName('于和', none)).toBe(false);
  });
});
