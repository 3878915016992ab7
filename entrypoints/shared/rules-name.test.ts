import { expect, test } from 'vitest';
import { rulesName } from './rules-name';

test("a receipt's rules are named by the law and its date, the id after it", () => {
  expect(rulesName('cn-village@2018', 'zh')).toBe(
    '《中华人民共和国村民委员会组织法》（2018年12月29日修正）（cn-village@2018）',
  );
  expect(rulesName('cn-village@2018', 'en')).toBe(
    "Organic Law of Villagers' Committees (as amended 29 December 2018) (cn-village@2018)",
  );
  // A pack without versions has no law's text: its name.
  expect(rulesName('plurality', 'zh')).toBe('相对多数（plurality）');
  // An id this version does not know is shown as it is.
  expect(rulesName('cn-elsewhere@2031', 'en')).toBe('cn-elsewhere@2031');
});
