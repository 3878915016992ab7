import { expect, test } from 'vitest';
import { FINDING_CODES } from '../../core/index.js';
import { FINDING_EXPLANATIONS } from './finding-explanations';

test('every finding code is explained in Chinese and in English', () => {
  expect(Object.keys(FINDING_EXPLANATIONS).sort()).toEqual([...FINDING_CODES].sort());
  for (const code of FINDING_CODES) {
    const { zh, en } = FINDING_EXPLANATIONS[code];
    expect(zh, code).toMatch(/\p{Script=Han}/u);
    expect(en, code).toMatch(/^[A-Z]/);
  }
});
