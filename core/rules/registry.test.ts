import { describe, expect, it } from 'vitest';
import { isCalendarDate } from './calendar-date.js';
import { getRulePack, packOfReceipt, packVersions, RULE_PACK_FAMILIES, RULE_PACKS } from './registry.js';

describe('rule packs', () => {
  it('have unique ids, sources in both languages and sound thresholds', () => {
    expect(new Set(RULE_PACKS.map((pack) => pack.id)).size).toBe(RULE_PACKS.length);
    for (const pack of RULE_PACKS) {
      expect(pack.sources.length).toBeGreaterThan(0);
      for (const source of pack.sources) {
        expect(source.zh.length).toBeGreaterThan(0);
        expect(source.en.length).toBeGreaterThan(0);
      }
      for (const threshold of [pack.quorum, pack.firstRound, pack.runoff]) {
        if (!threshold) continue;
        expect(Number.isInteger(threshold.num) && Number.isInteger(threshold.den)).toBe(true);
        expect(threshold.num).toBeLessThan(threshold.den);
      }
      expect(getRulePack(pack.id)).toBe(pack);
    }
  });

  it('encode cn-village exactly as the contract states it', () => {
    const pack = getRulePack('cn-village');
    expect(pack).toMatchObject({
      overvote: 'void-ballot',
      quorum: { num: 1, den: 2, strict: true, base: 'registered' },
      firstRound: { num: 1, den: 2, strict: true, base: 'cast' },
      runoff: { num: 1, den: 3, strict: false, base: 'cast' },
      unfilledSeats: 'runoff',
      voidWhenReturnedExceedsIssued: true,
      ties: 'leave-open',
      defaultMinWomen: 1,
      competitive: true,
    });
    // 第十五条 of the 2018 text, 第十八条 of the 2025 one, whichever is in force today.
    expect(pack?.sources.some((source) => /第十[五八]条/.test(source.zh))).toBe(true);
  });

  it('give the party branch the 1990 and the 2020 regulations, quoted exactly, chosen by date', () => {
    const old = getRulePack('cn-party-branch', '2020-07-12')!;
    const current = getRulePack('cn-party-branch', '2020-07-13')!;
    expect(old.id).toBe('cn-party-branch@1990');
    expect(current.id).toBe('cn-party-branch@2020');
    // 1990 art. 19 "超过" and art. 29 "实到会"; 2020 art. 19 "不少于" and art. 29 "应到会".
    expect(old.quorum).toEqual({ num: 4, den: 5, strict: true, base: 'registered' });
    expect(current.quorum).toEqual({ num: 4, den: 5, strict: false, base: 'registered' });
    expect(old.firstRound).toEqual({ num: 1, den: 2, strict: true, base: 'cast' });
    expect(current.firstRound).toEqual({ num: 1, den: 2, strict: true, base: 'registered' });
    expect(current.runoff).toEqual(current.firstRound);
    for (const pack of [old, current]) {
      // Art. 27 of both: more returned than members voting voids; art. 12 (1990) and 13 (2020): 20 %.
      expect(pack).toMatchObject({
        voidWhenReturnedExceedsVoters: true,
        voidWhenReturnedExceedsIssued: false,
        overvote: 'void-ballot',
        competitive: true,
        minCandidateMargin: { num: 1, den: 5 },
        defaultMinWomen: 0,
      });
      // Read in full: no caveat.
      expect(pack.version?.caveat).toBeUndefined();
    }
    const quoted = (pack: typeof old) => pack.sources.map((source) => source.zh).join('\n');
    expect(quoted(current)).toContain(
      '第十九条：“进行选举时，有选举权的到会人数不少于应到会人数的五分之四，会议有效。”',
    );
    expect(quoted(current)).toContain(
      '第二十九条：“进行正式选举时，被选举人获得的赞成票超过应到会有选举权人数半数的，始得当选。”',
    );
    expect(quoted(current)).toContain('第十三条：“委员候选人的差额不少于应选人数的20%。”');
    expect(quoted(current)).toContain('多于投票人数，选举无效，应当重新选举。”');
    expect(quoted(old)).toContain('有选举权的到会人数超过应到会人数的五分之四，会议有效。”');
    expect(quoted(old)).toContain('被选举人获得的赞成票超过实到会有选举权的人数的一半，始得当选。”');
    expect(old.version?.until).toBe('2020-07-12');
  });

  it('take the residents electorate as a parameter', () => {
    expect(getRulePack('cn-residents')?.electorate.kind).toBe('all-residents');
    expect(getRulePack('cn-residents:households')?.electorate.kind).toBe('household-representatives');
    expect(getRulePack('cn-residents:representatives')?.electorate.name.zh).toBe('居民代表');
  });

  it('give each province what its measures were read to say, and the national thresholds', () => {
    const national = getRulePack('cn-village');
    for (const id of [
      'cn-village-zhejiang',
      'cn-village-zhejiang@2025',
      'cn-village-beijing',
      'cn-village-shanghai',
      'cn-village-guangdong',
      'cn-village-chongqing',
    ]) {
      const pack = getRulePack(id);
      expect(pack?.quorum).toEqual(national?.quorum);
      expect(pack?.firstRound).toEqual(national?.firstRound);
      expect(pack?.runoff).toEqual(national?.runoff);
      expect(pack?.unfilledSeats).toBe('runoff');
    }
    // 浙江第三十条: three members elected after the runoff; no decision needed. 第二十九条: thirty days.
    expect(getRulePack('cn-village-zhejiang')).toMatchObject({
      vacancy: { after: 'runoff', minMembers: 3, chairElected: false, decidedBy: 'measures' },
      runoffWithinDays: 30,
    });
    // 北京第三十条: more than three (so four) and the chair, after the runoff, by the meeting; fifteen days.
    expect(getRulePack('cn-village-beijing')).toMatchObject({
      vacancy: { after: 'runoff', minMembers: 4, chairElected: true, decidedBy: 'villagers-meeting' },
      runoffWithinDays: 15,
    });
    // 上海第二十一条: three elected in the first vote, by the meeting; else a runoff within thirty days.
    expect(getRulePack('cn-village-shanghai')).toMatchObject({
      vacancy: { after: 'first', minMembers: 3, chairElected: false, decidedBy: 'villagers-meeting' },
      runoffWithinDays: 30,
    });
    expect(national?.vacancy).toBeUndefined();
    expect(national?.runoffWithinDays).toBeUndefined();
  });

  it('compare the ballots returned with the voters who signed in where the provincial text does', () => {
    // 浙江第二十七条, 北京第二十八条, 上海第十九条: "多于投票人数的无效".
    for (const id of [
      'cn-village-zhejiang',
      'cn-village-zhejiang@2025',
      'cn-village-beijing',
      'cn-village-shanghai',
    ])
      expect(getRulePack(id)).toMatchObject({
        voidWhenReturnedExceedsIssued: false,
        voidWhenReturnedExceedsVoters: true,
      });
    // 重庆居民第三十四条第（五）项: "收回选票多于发出选票的"; 第（四）项: 违反法定差额选举原则.
    expect(getRulePack('cn-residents-chongqing:representatives')).toMatchObject({
      voidWhenReturnedExceedsIssued: true,
      voidWhenNotCompetitive: true,
      competitive: true,
      electorate: { kind: 'residents-representatives' },
    });
    expect(getRulePack('cn-village')?.voidWhenReturnedExceedsVoters).toBeUndefined();
    expect(getRulePack('cn-residents')?.voidWhenNotCompetitive).toBeUndefined();
    expect(getRulePack('cn-village-zhejiang')?.womenMemberPost).toBe('kept-until-a-woman-is-elected');
  });

  it('say in the name when the election articles of a text were not read, and so do the notes', () => {
    for (const id of [
      'cn-village-guangdong',
      'cn-village-chongqing',
      'cn-residents-gansu',
      'cn-residents-gansu:households',
    ]) {
      const pack = getRulePack(id);
      expect(pack?.name.zh).toContain('选举条款未核对');
      expect(pack?.notes?.some((note) => note.zh.includes('未能在所查存档网页中通读'))).toBe(true);
      expect(pack?.notes?.some((note) => note.zh.startsWith('适用期间：2026年1月1日起'))).toBe(true);
    }
    expect(getRulePack('cn-village-zhejiang@2025')?.notes?.[0]?.zh).toBe(
      '适用期间：2025年11月26日决定公布之日起。',
    );
  });

  it('name each version <family>@<label>, with real days in force that do not overlap within a family', () => {
    for (const pack of RULE_PACKS) {
      if (!pack.version) {
        expect(pack.id).toBe(pack.family);
        continue;
      }
      expect(pack.id).toBe(`${pack.family}@${pack.version.label}`);
      expect(isCalendarDate(pack.version.from)).toBe(true);
      if (pack.version.until !== undefined) {
        expect(isCalendarDate(pack.version.until)).toBe(true);
        expect(pack.version.until >= pack.version.from).toBe(true);
      }
      expect(pack.version.statute.zh).toMatch(/^《.+》/);
    }
    for (const family of RULE_PACK_FAMILIES) {
      const versions = packVersions(family);
      for (let index = 1; index < versions.length; index += 1) {
        const before = versions[index - 1]!.version!;
        // Only the newest may be open-ended, and each starts after the one before ends.
        expect(before.until).toBeDefined();
        expect(versions[index]!.version!.from > before.until!).toBe(true);
      }
    }
  });

  it('find a family by the version in force on a date, and a receipt of a family alone by its first version', () => {
    expect(getRulePack('cn-village', '2019-06-01')?.id).toBe('cn-village@2018');
    expect(getRulePack('cn-village@2018')?.id).toBe('cn-village@2018');
    expect(getRulePack('cn-village', '2010-01-01')).toBeUndefined();
    expect(packOfReceipt('cn-village')?.id).toBe('cn-village@2018');
    expect(packOfReceipt('cn-residents:households')?.id).toBe('cn-residents:households@2018');
    expect(packOfReceipt('plurality')?.id).toBe('plurality');
    expect(packOfReceipt('cn-nowhere')).toBeUndefined();
  });

  it('pick the provincial text in force on the election date', () => {
    // Zhejiang's amending decision took effect on publication, 2025-11-26.
    expect(getRulePack('cn-village-zhejiang', '2025-11-25')?.id).toBe('cn-village-zhejiang@2020');
    expect(getRulePack('cn-village-zhejiang', '2025-11-26')?.id).toBe('cn-village-zhejiang@2025');
    // The 2025 measures of Guangdong, Chongqing and Gansu take effect on 2026-01-01; their earlier
    // texts are not encoded, so an election before then has no version of these families.
    for (const family of [
      'cn-village-guangdong',
      'cn-village-chongqing',
      'cn-residents-chongqing',
      'cn-residents-chongqing:households',
      'cn-residents-gansu:representatives',
    ]) {
      expect(getRulePack(family, '2025-12-31')).toBeUndefined();
      expect(getRulePack(family, '2026-01-01')?.id).toBe(`${family}@2025`);
    }
    expect(getRulePack('cn-village-beijing', '2026-03-01')?.id).toBe('cn-village-beijing@2012');
    expect(getRulePack('cn-village-shanghai', '2026-03-01')?.id).toBe('cn-village-shanghai@2020');
  });

  it('quote the 2018 village law exactly, 的 and 总数 included, and mark what of the 2025 text is unchecked', () => {
    const quoted = getRulePack('cn-village@2018')!
      .sources.map((source) => source.zh)
      .join('\n');
    expect(quoted).toContain('第十五条第一款：“候选人的名额应当多于应选名额。”');
    expect(quoted).toContain('但是所得票数不得少于已投选票总数的三分之一。”');
    expect(quoted).toContain(
      '“村民委员会成员中，应当有妇女成员，多民族村民居住的村应当有人数较少的民族的成员。”',
    );
    // The 2025 national texts were read in full, and so were the Party's regulations.
    for (const id of [
      'cn-village@2025',
      'cn-residents@2025',
      'cn-residents:representatives@2025',
      'cn-party-branch@2020',
    ])
      expect(getRulePack(id)?.version?.caveat).toBeUndefined();
    expect(getRulePack('cn-village@2018')?.version?.caveat).toBeUndefined();
    // The superseded texts end the day before the 2025 ones take effect.
    expect(getRulePack('cn-village', '2025-12-31')?.id).toBe('cn-village@2018');
    expect(getRulePack('cn-village', '2026-01-01')?.id).toBe('cn-village@2025');
    expect(getRulePack('cn-residents:representatives', '2026-01-01')?.id).toBe(
      'cn-residents:representatives@2025',
    );
  });

  it('quote the 2025 village law by its new numbers, with the same rules as the 2018 text', () => {
    const pack = getRulePack('cn-village@2025')!;
    const quoted = pack.sources.map((source) => source.zh).join('\n');
    expect(quoted).toContain(
      '第十八条第二款：“选举村民委员会，有登记参加选举的村民过半数投票，选举有效；候选人获得参加投票的村民过半数的选票，始得当选。”',
    );
    expect(quoted).toContain('但是所得票数不得少于已投选票总数的三分之一。”');
    expect(quoted).toContain('第十八条第一款：“……候选人的名额应当多于应选名额。……”');
    expect(quoted).toContain('第八条第二款：“村民委员会成员中，应当有妇女成员。');
    expect(quoted).not.toContain('第十五条');
    const old = getRulePack('cn-village@2018')!;
    for (const field of ['quorum', 'firstRound', 'runoff', 'competitive', 'defaultMinWomen'] as const)
      expect(pack[field]).toEqual(old[field]);
  });

  it("set the residents' 2025 turnout by the way of electing (art. 19 para. 1), more than two thirds of representatives", () => {
    const half = { num: 1, den: 2, strict: true, base: 'registered' };
    expect(getRulePack('cn-residents@2025')?.quorum).toEqual(half);
    expect(getRulePack('cn-residents:households@2025')?.quorum).toEqual(half);
    expect(getRulePack('cn-residents:representatives@2025')?.quorum).toEqual({
      num: 2,
      den: 3,
      strict: true,
      base: 'registered',
    });
    // The 2018 law set none: its packs took the village law's majority for every electorate.
    expect(getRulePack('cn-residents:representatives@2018')?.quorum).toEqual(half);
    for (const id of [
      'cn-residents@2025',
      'cn-residents:households@2025',
      'cn-residents:representatives@2025',
    ]) {
      const pack = getRulePack(id)!;
      expect(pack).toMatchObject({
        firstRound: { num: 1, den: 2, strict: true, base: 'cast' },
        runoff: { num: 1, den: 3, strict: false, base: 'cast' },
        competitive: true,
        defaultMinWomen: 1,
      });
      const quoted = pack.sources.map((source) => source.zh).join('\n');
      expect(quoted).toContain('有超过三分之二的居民代表参加投票，选举有效。”');
      expect(quoted).toContain('候选人获得参加投票的人员过半数的选票，始得当选。');
    }
    // The provincial residents' packs over the 2025 law take its turnout.
    for (const id of [
      'cn-residents-gansu:representatives@2025',
      'cn-residents-chongqing:representatives@2025',
    ])
      expect(getRulePack(id)?.quorum).toEqual({ num: 2, den: 3, strict: true, base: 'registered' });
  });

  it('know no pack by an unknown id', () => {
    expect(getRulePack('cn-nowhere')).toBeUndefined();
  });
});
