import { describe, expect, it } from 'vitest';
import type { Lang } from '../model/finding.js';
import { evaluateElection } from '../recount/evaluate-election.js';
import { chairElection } from '../recount/testing/chair-election.js';
import { electionFixture, type ElectionSpec } from '../recount/testing/election-fixture.js';
import { buildReport } from '../report/build-report.js';
import { renderReportText } from '../report/render-report-text.js';
import { getRulePack } from '../rules/registry.js';
import { describeRunoffDeadline, describeVacancy } from '../rules/vacancy.js';
import { compareLiveTallyWithBoxRow } from '../tally-live/compare-with-sheet.js';
import { notAligned, totalFindings } from '../tally-live/live-tally-totals.js';

/**
 * Every English message of the recount, the rules, the live tally and the text report groups the
 * thousands of a count (1,454), as the pages and the notice checks do; the Chinese ones keep plain
 * digits (1454); the machine-readable figures (expected, found) stay numbers.
 */
function evaluate(spec: ElectionSpec, lang: Lang) {
  const { election, sheets, tally } = electionFixture(spec);
  const pack = getRulePack(election.rules);
  if (!pack) throw new Error(`no pack ${election.rules}`);
  return { election, evaluation: evaluateElection({ election, pack, sheets, tally, lang }) };
}

/** The English and Chinese messages of a finding code, each language's run apart. */
function messages(spec: ElectionSpec, code: string): { en: string[]; zh: string[] } {
  const of = (lang: Lang) =>
    evaluate(spec, lang)
      .evaluation.findings.filter((finding) => finding.code === code)
      .map((finding) => finding.message);
  return { en: of('en'), zh: of('zh') };
}

const UNGROUPED = /(?<![\d,.])\d{4,}(?![\d.])/;

describe('recount messages in English group thousands', () => {
  it('the quorum missed: the voters, the registered voters and the votes needed', () => {
    const spec = chairElection(800, 600, 1400, { registeredVoters: 3000 });
    const quorum = messages(
      { ...spec, boxes: [{ box: 'central', registered: 3000, issued: 1400, returned: 1400, invalid: 0 }] },
      'TURNOUT_BELOW_QUORUM',
    );
    expect(quorum.en).toEqual([
      '1,400 voted, not more than half of registered voters (3,000); at least 1,501 were needed',
    ]);
    expect(quorum.zh[0]).toContain('参加投票1400人');
    expect(quorum.zh[0]).toContain('（3000人），至少需要1501人');
  });

  it('a seat left open: the leader’s votes, the ballots cast and the runoff’s votes', () => {
    const spec = chairElection(1300, 1200, 2600, { registeredVoters: 3000 });
    const open = messages(
      { ...spec, boxes: [{ box: 'central', registered: 3000, issued: 2600, returned: 2600, invalid: 0 }] },
      'SEAT_UNFILLED',
    );
    expect(open.en[0]).toContain(
      '甲 leads the rest with 1,300 votes, not more than half of the ballots cast 2,600',
    );
    expect(open.en[0]).toContain('(with 2,600 voting again: 867 votes)');
    expect(open.en[0]).not.toMatch(UNGROUPED);
    expect(open.zh[0]).toContain('甲得票1300票最多，未超过投票总数2600票的半数');
    expect(open.zh[0]).toContain('如仍为2600人投票，需867票');
  });

  it('votes beyond the ballots, and the ballots returned beyond those issued', () => {
    const spec: ElectionSpec = {
      ...chairElection(0, 0, 1500, { registeredVoters: 3000 }),
      boxes: [{ box: 'central', registered: 3000, issued: 1450, returned: 1500, invalid: 0 }],
      votes: { central: { chair: { a: 1600, b: 100 } } },
    };
    const exceed = messages(spec, 'VOTES_EXCEED_BALLOTS');
    expect(exceed.en).toEqual([
      'box “central”: 主任 has 1,700 votes for names, more than 1 seats × 1,500 valid ballots = 1,500',
      'box “central”: 甲 has 1,600 votes for 主任, more than the 1,500 valid ballots',
      'all boxes: 主任 has 1,700 votes for names, more than 1 seats × 1,500 valid ballots = 1,500',
      'all boxes: 甲 has 1,600 votes for 主任, more than the 1,500 valid ballots',
    ]);
    expect(exceed.zh.join('\n')).toContain('共得票1700票，多于应选1名×有效票1500张=1500票');
    const issued = messages(spec, 'RETURNED_EXCEEDS_ISSUED');
    expect(issued.en).toEqual([
      'box “central” returned 1,500 ballots, more than the 1,450 it issued',
      '1,500 ballots were returned in all, more than the 1,450 issued',
    ]);
    expect(issued.zh.join('\n')).toContain('票箱“central”收回选票1500张，多于发出的1450张');
    const finding = evaluate(spec, 'en').evaluation.findings.find(
      (f) => f.code === 'RETURNED_EXCEEDS_ISSUED',
    );
    expect(finding).toMatchObject({ expected: 1450, found: 1500 });
  });

  it('a contest’s votes beyond its seats times the ballots that did not abstain', () => {
    const spec: ElectionSpec = {
      registeredVoters: 3000,
      contests: [
        {
          id: 'member',
          name: '委员',
          seats: 3,
          candidates: [
            ['c', '丙'],
            ['d', '丁'],
            ['e', '戊'],
            ['f', '己'],
          ],
        },
      ],
      boxes: [{ box: 'central', registered: 3000, issued: 1500, returned: 1500, invalid: 0 }],
      votes: { central: { member: { c: 400, d: 400, e: 400, f: 400, '#blank': 1000 } } },
    };
    const accounting = messages(spec, 'BALLOT_ACCOUNTING_MISMATCH');
    expect(accounting.en).toContain(
      'all boxes: 委员 has 1,600 votes, more than 3 seats × (1,500 valid − 1,000 abstaining) = 1,500',
    );
    expect(accounting.zh.join('\n')).toContain('得票1600票，多于应选3名×（有效票1500张−弃权1000张）=1500票');
  });

  it('the registered voters stated against the boxes’ sum', () => {
    const spec = chairElection(1300, 1100, 2400, { registeredVoters: 3000 });
    const electorate = messages(
      { ...spec, boxes: [{ box: 'central', registered: 2990, issued: 2400, returned: 2400, invalid: 0 }] },
      'REGISTERED_MISMATCH',
    );
    expect(electorate.en).toEqual([
      'the election states 3,000 registered voters, the boxes add up to 2,990; 3,000 is used',
    ]);
    expect(electorate.zh[0]).toContain('3000人，各票箱合计2990人；按3000人计算');
  });

  it('the text report: turnout and contest lines; plain digits in Chinese', () => {
    const spec = chairElection(0, 0, 2400, { registeredVoters: 3000 });
    const { election, evaluation } = evaluate(
      {
        ...spec,
        boxes: [{ box: 'central', registered: 3000, issued: 2450, returned: 2400, invalid: 12 }],
        votes: { central: { chair: { a: 1300, b: 1076, '#blank': 12 } } },
      },
      'en',
    );
    expect(evaluation.findings).toEqual([]);
    const en = renderReportText(buildReport({ election, evaluation, inputs: [], lang: 'en' }), 'en');
    expect(en).toContain('registered 3,000, issued 2,450, cast 2,400 (80.0%), valid 2,388, void 12');
    expect(en).toContain('[主任] seats 1, valid 2,388, needs at least 1,201 votes');
    expect(en).toMatch(/甲\s+1,300\s+54\.2%\s+✓/);
    expect(en.split('\n').filter((line) => !line.includes('sha256'))).not.toContainEqual(
      expect.stringMatching(UNGROUPED),
    );
    const zh = renderReportText(buildReport({ election, evaluation, inputs: [], lang: 'zh' }), 'zh');
    expect(zh).toContain('登记选民 3000');
    expect(zh).toMatch(/甲\s+1300\s+54\.2%\s+✓/);
    expect(zh).not.toMatch(/\d,\d{3}/);
  });
});

describe('rules and live tally messages in English group thousands', () => {
  it('the vacancy rule and the runoff deadline', () => {
    const rule = { after: 'runoff', minMembers: 1000, chairElected: false, decidedBy: 'pack' } as const;
    const source = { zh: '某规则', en: 'some rules' };
    const outcome = { membersElected: 1200, chairElected: true } as never;
    expect(describeVacancy(rule as never, 'allowed', outcome, source).en).toContain(
      '1,200 committee members are elected (1,000 or more)',
    );
    expect(describeVacancy(rule as never, 'allowed', outcome, source).zh).toContain(
      '已选出村民委员会成员1200人',
    );
    expect(describeRunoffDeadline(1000)).toEqual({ zh: '在1000日内', en: ' within 1,000 days' });
  });

  it('two live tallies and a live tally against the box accounting', () => {
    expect(notAligned('central', 1454, 1200, 'en').message).toBe(
      'box “central”: A holds 1,454 ballots and B 1,200, too far apart to align ballot by ballot; only the totals are compared',
    );
    expect(notAligned('central', 1454, 1200, 'zh').message).toContain(
      '记录 A 有 1454 张选票，记录 B 有 1200 张',
    );
    const row = (key: string, name: string, a: number, b: number) => ({ key, name, a, b, difference: b - a });
    const totals = {
      ballots: row('#ballots', '', 1454, 1454),
      invalid: row('#invalid', '', 0, 0),
      contests: [{ id: 'chair', name: '主任', rows: [row('a', '甲', 1300, 1301)] }],
    };
    expect(totalFindings('central', totals, 'en').map((finding) => finding.message)).toEqual([
      'box “central”, 主任, “甲”: 1,300 in A, 1,301 in B',
    ]);
    const count = { ballots: 1454, void: 0, overvoted: 0, contestsVoided: 0, twoPosts: 0, votes: new Map() };
    const sheet = { box: 'central', returned: 1460, invalid: 0 };
    const found = compareLiveTallyWithBoxRow('central', count, sheet, 'en');
    expect(found.map((finding) => finding.message)).toEqual([
      'box “central”, ballots returned: 1,454 in your live tally, 1,460 in the box accounting',
    ]);
    expect(found[0]).toMatchObject({ expected: 1454, found: 1460 });
    expect(compareLiveTallyWithBoxRow('central', count, sheet, 'zh')[0]!.message).toContain(
      '自己的唱票记录为 1454 张，票箱统计表为 1460 张',
    );
  });
});
