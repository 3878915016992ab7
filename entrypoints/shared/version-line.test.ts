import { describe, expect, it } from 'vitest';
import { chooseAnnouncementPack } from '../../core/audit/announcement-pack.js';
import { RULE_PACKS } from '../../core/index.js';
import { versionLine } from './version-line.js';

const versionFor = (
  rules: string,
  days: Parameters<typeof chooseAnnouncementPack>[2],
  today = '2026-06-01',
) => {
  const choice = chooseAnnouncementPack(RULE_PACKS, rules, days, today);
  if (!choice.ok) throw new Error(choice.message.en);
  return choice.version;
};

describe("the notice report's version line", () => {
  it('names the version of the law by its text, not by the pack id, in both languages', () => {
    const version = versionFor('cn-village', {
      voting: [{ day: '2025-12-30', words: '2025年12月30日' }],
    } as never);
    expect(version.id).toBe('cn-village@2018');
    expect(versionLine(version, 'zh')).toBe(
      '公告写明选举日期 2025-12-30（“2025年12月30日”），适用《中华人民共和国村民委员会组织法》（2018年12月29日修正）（2018-12-29 至 2025-12-31 施行）',
    );
    expect(versionLine(version, 'en')).toBe(
      "The notice gives the day of the vote, 2025-12-30 (“2025年12月30日”), which picks the Organic Law of Villagers' Committees (as amended 29 December 2018) (in force 2018-12-29 to 2025-12-31)",
    );
  });

  it('does not give again the day in force a text cited with it already states', () => {
    const version = versionFor('cn-village', {
      voting: [{ day: '2026-04-18', words: '2026年4月18日' }],
    } as never);
    expect(version.id).toBe('cn-village@2025');
    const zh = versionLine(version, 'zh');
    expect(zh).toContain('《中华人民共和国村民委员会组织法》（2025年10月28日修正，2026年1月1日起施行）');
    expect(zh).not.toContain('（2026-01-01 起施行）');
    const en = versionLine(version, 'en');
    expect(en).toContain('(as amended 28 October 2025, in force 1 January 2026)');
    expect(en).not.toContain('(in force from 2026-01-01)');
    // A text cited without its day in force keeps the bracket of days.
    const gansu = versionFor('cn-residents-gansu', {
      voting: [{ day: '2026-03-01', words: '3月1日' }],
    } as never);
    expect(versionLine(gansu, 'zh')).toContain('（2025年11月27日通过）（2026-01-01 起施行）');
    expect(versionLine(gansu, 'en')).toContain('(adopted 27 November 2025) (in force from 2026-01-01)');
  });

  it('names no id for any family, with a day given or without one', () => {
    const families = [...new Set(RULE_PACKS.map((pack) => pack.family))];
    for (const family of families)
      for (const days of [undefined, { voting: [{ day: '2026-04-18', words: '4月18日' }] }] as const) {
        const choice = chooseAnnouncementPack(RULE_PACKS, family, days as never, '2026-06-01');
        if (!choice.ok) continue;
        for (const lang of ['zh', 'en'] as const) {
          const line = versionLine(choice.version, lang);
          expect(line, `${family} ${lang}`).not.toContain(choice.version.id);
          expect(line, `${family} ${lang}`).not.toMatch(/@\d{4}/);
        }
      }
  });

  it('starts an English line with a capital letter, as a sentence of its own', () => {
    const version = versionFor('cn-residents:representatives', undefined);
    expect(versionLine(version, 'en')).toMatch(/^The notice gives no date, so the Organic Law of Urban/);
    expect(versionLine(version, 'zh')).toMatch(
      /^公告未写明日期，按今天 2026-06-01 施行的版本《中华人民共和国城市居民委员会组织法》/,
    );
  });
});
