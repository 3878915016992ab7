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
    expect(zh).toContain('sun-jianguo: 44.44% [少于 2 个票箱，无法给出区间]; 复核结果 59.67%');
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
    expect(formatScreens([{ ...notRun, ran: true, fired: true } as ScreenResult], 'en')).toContain(
      'p = 0.0000 (26 counts)',
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
    expect(zh).toContain('职位 主任, 风险上限 10%');
    expect(zh).toContain('检验的当选人: 张明; 投票数 677');
    expect(zh).toContain('  张明 / 每个落选者: 0.9759');
    expect(zh).toContain('  张明 / 李强: 0.5000');
    expect(zh).toContain('  张明 / 投票数的 1/2: 0.2500');
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
    expect(formatQuickCount(quick, 'zh')).toContain(': 1200/3400 个票箱');
    const screen = {
      id: 'last-digits',
      ran: true,
      fired: true,
      flagged: [],
      test: { pValue: 0.5, counts: 2600 },
    } as unknown as ScreenResult;
    expect(formatScreens([screen], 'en')).toContain('p = 0.5000 (2,600 counts)');
    expect(formatScreens([screen], 'zh')).toContain('p = 0.5000 (2600 个得票数)');
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
    expect(zh).toContain('职位 主任: 1/3 个票箱');
    expect(zh).toContain('  张明: 44.44%');
    expect(zh).toContain('  弃权: 44.44%');
  });
});
