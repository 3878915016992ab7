import { describe, expect, it } from 'vitest';
import type { AuditRecord, Election, QuickCountReport, ScreenResult } from '../../core/index.js';
import { auditNames, formatAuditRecord, formatQuickCount, formatScreens } from './audit-text.js';

// One box hand-counted: the ratio estimator has no spread to go on, so the interval is unbounded
// (core/audit-math/quick-count.ts). The text says so instead of printing "Infinity%".
const oneBox: QuickCountReport = {
  contest: 'chair',
  sampleBoxes: 1,
  populationBoxes: 3,
  confidence: 0.95,
  shares: [
    { choice: 'sun-jianguo', estimate: 0.4444, low: 0, high: Infinity, announced: 0.5967, inside: true },
  ],
  turnout: { estimate: 0.6, low: 0, high: Infinity, announced: 0.665, inside: true },
  unknownBoxes: [],
  plannedBoxes: 3,
  precision: 0.02,
};

describe('formatQuickCount', () => {
  it('says an interval cannot be given from one box, in either language', () => {
    const en = formatQuickCount(oneBox, 'en');
    expect(en).not.toContain('Infinity');
    expect(en).toContain('sun-jianguo: 44.44% [no interval from fewer than 2 boxes]; official 59.67%');
    expect(en).not.toContain('(inside)');
    const zh = formatQuickCount(oneBox, 'zh');
    expect(zh).not.toContain('Infinity');
    expect(zh).toContain('sun-jianguo：44.44% [少于 2 个票箱，无法给出区间]；复核结果 59.67%');
  });
});

describe('formatScreens', () => {
  it('gives the last digits’ p-value only when the screen ran: too few counts mean nothing', () => {
    const test = { pValue: 0.00001, counts: 26 };
    const notRun = {
      id: 'last-digits',
      ran: false,
      fired: false,
      flagged: [],
      reason: { zh: '只有 26 个得票数', en: 'only 26 counts' },
      test,
    } as ScreenResult;
    expect(formatScreens([notRun], 'en')).not.toContain('p = ');
    expect(formatScreens([notRun], 'en')).not.toContain('Next:');
    expect(formatScreens([{ ...notRun, ran: true, fired: true } as ScreenResult], 'en')).toContain(
      'p = 0.0000 (26 counts)',
    );
  });
  it('says each screen’s meaning once, with no label before it, and what to do after a flag', () => {
    const fired = {
      id: 'full-turnout',
      ran: true,
      fired: true,
      flagged: [
        {
          box: 'east',
          detail: { zh: '收回812张，登记选民800人', en: '812 ballots returned, 800 registered' },
        },
      ],
    } as ScreenResult;
    const zh = formatScreens([fired], 'zh').split('\n');
    expect(zh).toEqual([
      '筛查（提示值得再看的票箱，不是舞弊结论）',
      '投票率达到或超过100%的票箱：有提示',
      '  收回选票不少于登记选民数的票箱：每位登记选民都投了票，或者多出了选票。',
      '  被标出不等于作弊：选民可能在别的票箱登记后到这里投票，登记数也可能抄错。流动票箱（登记数为0）不在此列。',
      '  - east：收回812张，登记选民800人',
      '  下一步：对照该票箱的选民名册和领票签名，数一数实际领票的人数。',
    ]);
    const en = formatScreens([fired], 'en');
    expect(en.match(/not proof/g)).toHaveLength(1);
    expect(en).toContain(
      '  Next: count the signatures of those who took a ballot at the box against its voter roll.',
    );
  });
});

describe('formatAuditRecord', () => {
  const election = {
    contests: [
      {
        id: 'chair',
        name: '主任',
        seats: 1,
        candidates: [
          { id: 'zhang-ming', name: '张明' },
          { id: 'li-qiang', name: '李强' },
        ],
      },
    ],
  } as unknown as Election;
  const record = {
    format: 'tallywitness.audit/1',
    method: 'batch-comparison',
    contest: 'chair',
    riskLimitPercent: '10',
    reported: { winners: ['zhang-ming'], ballots: 677 },
    steps: [
      {
        round: 1,
        examined: 1,
        risk: 0.9759,
        decision: 'escalate',
        hypotheses: [
          { winner: 'zhang-ming', against: 'every loser', risk: 0.9759 },
          { winner: 'zhang-ming', against: 'li-qiang', risk: 0.5 },
          { winner: 'zhang-ming', against: '1/2 of cast', risk: 0.25 },
        ],
        nextRoundSize: 3,
      },
    ],
    outcome: 'escalate',
  } as unknown as AuditRecord;

  it('names the contest and the people as the ballot does, in the language asked, not by their ids', () => {
    const zh = formatAuditRecord(record, 'zh', auditNames(election, 'chair'));
    expect(zh).toContain('职位 主任，风险上限 10%');
    expect(zh).toContain('检验的当选人：张明；投票数 677');
    expect(zh).toContain('  张明 / 每个落选者：0.9759');
    expect(zh).toContain('  张明 / 李强：0.5000');
    expect(zh).toContain('  张明 / 投票数的 1/2：0.2500');
    expect(zh).not.toMatch(/zhang-ming|every loser/);
    const en = formatAuditRecord(record, 'en', auditNames(election, 'chair'));
    expect(en).toContain('winners tested: 张明; ballots cast 677');
    expect(en).toContain('  张明 / 1/2 of the ballots cast: 0.2500');
  });

  it('groups the thousands of its counts in English, and keeps plain digits in Chinese', () => {
    const big = {
      ...record,
      reported: { ...record.reported, ballots: 14540 },
      steps: [{ ...record.steps[0]!, examined: 1200, nextRoundSize: 2400 }],
    } as AuditRecord;
    const en = formatAuditRecord(big, 'en', auditNames(election, 'chair'));
    expect(en).toContain('ballots cast 14,540');
    expect(en).toContain('round 1: examined 1,200, risk 0.9759');
    expect(en).toContain('next round: draw about 2,400');
    const zh = formatAuditRecord(big, 'zh', auditNames(election, 'chair'));
    expect(zh).toContain('投票数 14540');
    expect(zh).toContain('已查 1200');
    expect(zh).toContain('下一轮建议抽查 2400');
    const quick = { ...oneBox, sampleBoxes: 1200, populationBoxes: 3400, plannedBoxes: 1500 };
    expect(formatQuickCount(quick, 'en')).toContain(': 1,200/3,400 boxes');
    expect(formatQuickCount(quick, 'en')).toContain('about 1,500 boxes');
    expect(formatQuickCount(quick, 'zh')).toContain('：1200/3400 个票箱');
    const screen = {
      id: 'last-digits',
      ran: true,
      fired: true,
      flagged: [],
      test: { pValue: 0.5, counts: 2600 },
    } as unknown as ScreenResult;
    expect(formatScreens([screen], 'en')).toContain('p = 0.5000 (2,600 counts)');
    expect(formatScreens([screen], 'zh')).toContain('p = 0.5000（2600 个得票数）');
  });

  it('names the quick count’s contest and choices too, abstentions as such', () => {
    const report = {
      ...oneBox,
      shares: [
        { ...oneBox.shares[0]!, choice: 'zhang-ming' },
        { ...oneBox.shares[0]!, choice: '#blank' },
      ],
    };
    const zh = formatQuickCount(report, 'zh', auditNames(election, 'chair'));
    expect(zh).toContain('职位 主任：1/3 个票箱，置信度 95.00%');
    expect(zh).toContain('  张明：44.44%');
    expect(zh).toContain('  弃权：44.44%');
  });
});

describe('the Chinese text of the audits', () => {
  it('puts the full-width colon, comma and semicolon after each label and between parts, never the ASCII ones', () => {
    const record = {
      format: 'tallywitness.audit/1',
      method: 'bravo',
      contest: 'chair',
      riskLimitPercent: '10',
      reported: { winners: ['a', 'b'], ballots: 677 },
      steps: [
        {
          round: 1,
          examined: 20,
          risk: 0.5,
          decision: 'escalate',
          hypotheses: [{ winner: 'a', against: 'c', risk: 0.5 }],
          nextRoundSize: null,
        },
      ],
      outcome: 'escalate',
    } as unknown as AuditRecord;
    const quick = {
      ...oneBox,
      shares: [{ ...oneBox.shares[0]!, low: 0.4, high: 0.5 }],
      unknownBoxes: ['x', 'y'],
    };
    const screens = [
      {
        id: 'full-turnout',
        ran: true,
        fired: true,
        flagged: Array.from({ length: 22 }, (_, i) => ({
          box: `b${i}`,
          detail: { zh: '收回812张', en: '812 returned' },
        })),
      },
      { id: 'last-digits', ran: true, fired: false, flagged: [], test: { pValue: 0.5, counts: 26 } },
    ] as unknown as ScreenResult[];
    const zh = [
      formatAuditRecord(record, 'zh'),
      formatQuickCount(quick, 'zh'),
      formatScreens(screens, 'zh'),
    ].join('\n');
    // An interval is written [40.00%, 50.00%] in both languages, as a range is in mathematics.
    const prose = zh.replace(/\[[\d.]+%, [\d.]+%\]/g, '');
    expect(prose).not.toMatch(/[:;,(]/);
    expect(zh).toContain('第1轮：已查 20，风险 0.5000');
    expect(zh).toContain('计票单中没有、未计入的票箱：x、y');
    expect(zh).toContain('投票率达到或超过100%的票箱：有提示');
    expect(zh).toContain('  - b0：收回812张');
    expect(zh).toContain('  ……另有 2 个');
    // English keeps its own: a colon and a space.
    expect(formatScreens(screens, 'en')).toContain('  - b0: 812 returned');
    expect(formatScreens(screens, 'en')).toContain('  … 2 more');
  });
});
