import { describe, expect, it } from 'vitest';
import { choosePack, inForceWords, isInForce } from './choose-pack.js';
import { PLURALITY } from './generic.js';
import type { RulePack } from './rule-pack.js';

/** Two versions of one made-up family, to test the choice apart from any law. */
const statute = (year: string) => ({ zh: `《示例法》（${year}年）`, en: `Example Act (${year})` });
const OLD: RulePack = {
  ...PLURALITY,
  id: 'example@2018',
  family: 'example',
  version: { label: '2018', statute: statute('2018'), from: '2018-12-29', until: '2025-12-31' },
};
const NEW: RulePack = {
  ...PLURALITY,
  id: 'example@2025',
  family: 'example',
  version: { label: '2025', statute: statute('2025'), from: '2026-01-01' },
};
const PACKS = [OLD, NEW, PLURALITY];
const TODAY = '2026-12-03';

function chosenId(input: Parameters<typeof choosePack>[1]): string {
  const choice = choosePack(PACKS, input);
  if (!choice.ok) throw new Error(choice.message.en);
  return choice.pack.id;
}

describe('choosePack', () => {
  it("picks the version in force on the election's date, the first and last days included", () => {
    expect(chosenId({ rules: 'example', date: '2018-12-29', today: TODAY })).toBe('example@2018');
    expect(chosenId({ rules: 'example', date: '2025-12-31', today: TODAY })).toBe('example@2018');
    expect(chosenId({ rules: 'example', date: '2026-01-01', today: TODAY })).toBe('example@2025');
    const choice = choosePack(PACKS, { rules: 'example', date: '2025-06-01', today: TODAY });
    expect(choice.ok && choice.version).toEqual({
      id: 'example@2018',
      statute: statute('2018'),
      from: '2018-12-29',
      until: '2025-12-31',
      chosenBy: 'election-date',
      date: '2025-06-01',
      reason: {
        zh: '选举日期 2025-06-01 适用 example@2018（2018-12-29 至 2025-12-31 施行）',
        en: "the election's date, 2025-06-01, picks example@2018 (in force 2018-12-29 to 2025-12-31)",
      },
    });
  });

  it('without a date, applies the version in force today and says so in both languages', () => {
    const choice = choosePack(PACKS, { rules: 'example', today: '2025-03-01' });
    expect(choice.ok && choice.pack.id).toBe('example@2018');
    expect(choice.ok && choice.version.chosenBy).toBe('today');
    expect(choice.ok && choice.version.date).toBe('2025-03-01');
    expect(choice.ok && choice.version.reason.zh).toContain(
      '选举定义未写日期（date），按今天 2025-03-01 施行的版本 example@2018',
    );
    expect(choice.ok && choice.version.reason.en).toContain(
      'gives no date, so example@2018, in force today (2025-03-01)',
    );
    const later = choosePack(PACKS, { rules: 'example', today: TODAY });
    expect(later.ok && later.pack.id).toBe('example@2025');
  });

  it('applies a version named by its id whatever the date, saying when the date is outside it', () => {
    const pinned = choosePack(PACKS, { rules: 'example@2018', date: '2026-03-15', today: TODAY });
    expect(pinned.ok && pinned.pack.id).toBe('example@2018');
    expect(pinned.ok && pinned.version.chosenBy).toBe('pinned');
    expect(pinned.ok && pinned.version.reason.en).toContain(
      "the election's date, 2026-03-15, is outside those days",
    );
    const inside = choosePack(PACKS, { rules: 'example@2018', date: '2025-03-15', today: TODAY });
    expect(inside.ok && inside.version.reason.en).toBe(
      'the rules name example@2018 (in force 2018-12-29 to 2025-12-31)',
    );
  });

  it("applies a receipt's version over the election's own choice", () => {
    const choice = choosePack(PACKS, {
      rules: 'example',
      date: '2026-03-15',
      today: TODAY,
      pinned: { id: 'example@2018', by: { zh: '回执', en: 'the receipt' } },
    });
    expect(choice.ok && choice.pack.id).toBe('example@2018');
    expect(choice.ok && choice.version.reason.en).toBe(
      'example@2018 as the receipt names it (in force 2018-12-29 to 2025-12-31)',
    );
  });

  it('applies a pack without versions on any date', () => {
    const choice = choosePack(PACKS, { rules: 'plurality', date: '1999-01-01', today: TODAY });
    expect(choice.ok && choice.version).toMatchObject({
      id: 'plurality',
      chosenBy: 'unversioned',
      statute: null,
      from: null,
    });
  });

  it('names the date when no version is in force then, and the rules when the pack is unknown', () => {
    const early = choosePack(PACKS, { rules: 'example', date: '2010-05-01', today: TODAY });
    expect(early).toMatchObject({ ok: false, field: 'date' });
    expect(!early.ok && early.message.en).toBe(
      'no version of example is in force on 2010-05-01 (there are: example@2018 (in force 2018-12-29 to 2025-12-31), example@2025 (in force from 2026-01-01))',
    );
    expect(!early.ok && early.message.zh).toContain('2010-05-01 没有施行中的 example 版本');
    const unknown = choosePack(PACKS, { rules: 'example@1990', today: TODAY });
    expect(unknown).toMatchObject({ ok: false, field: 'rules' });
    expect(!unknown.ok && unknown.message.en).toBe(
      'unknown rules: example@1990 (known: example, plurality; or a version: example@2018, example@2025)',
    );
  });

  it('words the days in force and tells a day inside them', () => {
    expect(inForceWords(NEW)).toEqual({ zh: '2026-01-01 起施行', en: 'in force from 2026-01-01' });
    expect(isInForce(OLD, '2026-01-01')).toBe(false);
    expect(isInForce(NEW, '2099-01-01')).toBe(true);
    expect(isInForce(PLURALITY, '1900-01-01')).toBe(true);
  });
});
