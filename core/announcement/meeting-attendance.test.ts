import { describe, expect, it } from 'vitest';
import { findings, judged } from './corpus/read-shapes.js';

/** 到会率 of a meeting whose expected count stands in an earlier sentence of its paragraph (attendance-base.ts). */
describe('a meeting’s attendance rate with those expected stated before its sentence', () => {
  const text = (rate: string) =>
    `桃源村村民代表会议纪要\n\n本次村民代表会议应到会代表45人。实到会代表41人，到会率${rate}%，符合法定人数。`;
  const rates = (notice: string) => judged(notice).filter(([, words]) => /到会率/.test(String(words)));

  it('judges those present of those expected, right when right and wrong when wrong', () => {
    expect(findings(text('91.1'))).toEqual([]);
    expect(rates(text('91.1'))).toEqual([['share', '到会率91.1%', true]]);
    expect(findings(text('93.1'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '到会率93.1%']]);
    const households = (rate: string) =>
      `东山村户代表会议纪要\n\n户代表会议应到户代表120名。实际到会112名，到会率为${rate}%。`;
    expect(findings(households('93.3'))).toEqual([]);
    expect(findings(households('95.3'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '到会率为95.3%']]);
  });

  it('leaves the rate as before when those expected are in another paragraph, stated twice, or it follows another figure', () => {
    for (const other of [
      '桃源村会议纪要\n\n村民代表会议应到45人。\n\n实到会代表41人，到会率93.2%。',
      '桃源村会议纪要\n\n村民代表会议应到45人，户代表会议应到60人。实到会代表41人，到会率93.2%。',
      '桃源村会议纪要\n\n村民代表会议应到45人。实到会代表41人，其中女性代表12人，到会率93.2%。',
      '桃源村会议纪要\n\n村民代表会议应到40人。实到会代表41人，到会率93.2%。',
    ]) {
      expect(findings(other)).toEqual([]);
      expect(rates(other)).toEqual([]);
    }
  });
});

/**
 * 到会率 of an election by the villagers' representatives after the register of villagers: the register is
 * taken back once the notice is read, so the rate is of the representatives (docs/announcement.md,
 * “Voters, the electorate and households”). Invented numbers.
 */
describe('a representatives’ meeting’s attendance rate after a register of people', () => {
  const notice = (rate: string, more = '') =>
    [
      '南湖村村民委员会委员补选结果公告',
      `本村于2026年5月8日召开村民代表会议，补选村民委员会委员一名。本村登记选民1862人。应到村民代表45人，实到村民代表32人，到会率${rate}%。`,
      `${more}发出选票32张，收回选票32张，有效票32张。`,
      '委员候选人周玲得票25票，当选为村民委员会委员。',
    ].join('\n');
  const rates = (text: string) => judged(text).filter(([, words]) => /到会率/.test(String(words)));

  it('judges those present of the representatives due, not of the register', () => {
    expect(findings(notice('71.1'))).toEqual([]);
    expect(rates(notice('71.1'))).toEqual([['share', '到会率71.1%', true]]);
    expect(findings(notice('81.1'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '到会率81.1%']]);
  });

  it('judges no rate when the villagers who voted are counted first', () => {
    const text = notice('71.1').replace('本村登记选民1862人。', '本村登记选民1862人，参加投票的选民1500人。');
    expect(rates(text)).toEqual([]);
  });
});

/** A residents' committee elected by the representatives, its register stated first. */
describe('a residents’ representatives’ turnout named of those due, after the register', () => {
  const notice = (rate: string) =>
    [
      '新华社区居民委员会选举结果公告',
      `新华社区于2026年4月18日采取居民代表选举方式选举第十二届居民委员会。社区登记选民5120人。应到居民代表60人，实到居民代表52人，占应到人数的${rate}%。`,
      '发出选票52张，收回选票52张，有效票51张。',
    ].join('\n');

  it('judges it of the representatives due', () => {
    expect(findings(notice('86.7'))).toEqual([]);
    expect(findings(notice('80.7'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占应到人数的80.7%']]);
  });
});

/** Those present named again as the share's part (到会人数占应到人数的…), right after their count. */
describe('a share whose part names those present again', () => {
  const notice = (rate: string) =>
    [
      '新华社区居民委员会选举结果公告',
      `新华社区于2026年4月18日采取居民代表选举方式选举第十二届居民委员会。社区登记选民5120人。应到居民代表60人，实到会居民代表52人，到会人数占应到人数的${rate}%。`,
      '发出选票52张，收回选票52张，有效票51张。',
    ].join('\n');
  const minutes = (rate: string) =>
    `桃源村村民代表会议纪要\n\n本次村民代表会议应到会代表45人，实到会代表41人，到会人数占应到人数的${rate}%。`;

  it('takes the count of those present just read for the part', () => {
    expect(findings(notice('86.7'))).toEqual([]);
    expect(findings(notice('80.7'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '到会人数占应到人数的80.7%']]);
    expect(findings(minutes('91.1'))).toEqual([]);
    expect(findings(minutes('93.1'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '到会人数占应到人数的93.1%']]);
  });

  it('takes no other count for it', () => {
    // The count just read is the women among them: 到会人数 names no count stated right before.
    const text = minutes('91.1').replace('，到会人数', '，其中女性代表12人，到会人数');
    expect(judged(text).filter(([, words]) => /占应到/.test(String(words)))).toEqual([]);
  });
});
