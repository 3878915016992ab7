import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, sample, sampleSheets } from './run-cli.js';

// The sample election (samples/qingshan-village): chair 陈建华 (chen-jianhua) 897, 刘国强 (liu-guoqiang)
// 517, of 1,476 ballots cast in three boxes.
const dir = mkdtempSync(join(tmpdir(), 'tw-audit-cli-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const ballots = (rounds: readonly [number, number, number][]) => {
  const lines = ['round,draw,contest,choice'];
  let draw = 0;
  for (const [round, chen, liu] of rounds)
    for (let i = 0; i < chen + liu; i++)
      lines.push(`${round},${++draw},主任,${i < chen ? '陈建华' : 'liu-guoqiang'}`);
  return lines.join('\n') + '\n';
};
const confirmed = file(
  'confirmed.csv',
  ballots([
    [1, 10, 10],
    [2, 50, 20],
  ]),
);
const tooFew = file('too-few.csv', ballots([[1, 10, 10]]));
const chair = ['--contest', 'chair'];

describe('tallywitness audit', { timeout: 60_000 }, () => {
  it('bravo: escalates after round 1 and stops after round 2 (exit 0), in JSON', async () => {
    const run = await runCli([
      'audit',
      'bravo',
      ...sampleSheets(),
      '--hand',
      confirmed,
      ...chair,
      '--format',
      'json',
    ]);
    expect(run.status).toBe(0);
    const { record } = JSON.parse(run.stdout) as {
      record: { outcome: string; steps: { decision: string }[] };
    };
    expect(record.outcome).toBe('confirmed');
    expect(record.steps.map((s) => s.decision)).toEqual(['escalate', 'stop']);
  });

  it('bravo: a sample that cannot confirm exits 1 and says to draw more, not fraud', async () => {
    const run = await runCli([
      'audit',
      'bravo',
      ...sampleSheets(),
      '--hand',
      tooFew,
      ...chair,
      '--lang',
      'en',
    ]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('escalate');
    expect(run.stdout).toContain('not a finding of fraud');
  });

  it('supermajority: tests more than half of the ballots cast under cn-village, in Chinese', async () => {
    const run = await runCli([
      'audit',
      'supermajority',
      ...sampleSheets(),
      '--hand',
      confirmed,
      ...chair,
      '--lang',
      'zh',
    ]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('结果得到确认');
    const json = await runCli([
      'audit',
      'supermajority',
      ...sampleSheets(),
      '--hand',
      confirmed,
      ...chair,
      '--format',
      'json',
    ]);
    const { record } = JSON.parse(json.stdout) as {
      record: { reported: { threshold: unknown; winners: string[] } };
    };
    expect(record.reported).toMatchObject({
      winners: ['chen-jianhua'],
      threshold: { num: 1, den: 2, base: 'cast' },
    });
  });

  it('supermajority: a share of the valid ballots is not audited while a box states more void ballots than it returned', async () => {
    const election = JSON.parse(readFileSync(sample('election.json'), 'utf8')) as Record<string, unknown>;
    const run = await runCli([
      'audit',
      'supermajority',
      '--election',
      file('majority.json', JSON.stringify({ ...election, rules: 'majority' })),
      '--boxes',
      file(
        'void-above.csv',
        'box,registered,issued,returned,invalid\ncentral,1630,1108,1107,1200\nbranch-north,470,311,311,5\nmobile-1,0,58,58,2\n',
      ),
      '--tallies',
      sample('tallies.csv'),
      '--hand',
      confirmed,
      ...chair,
      '--lang',
      'en',
    ]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      'void-above.csv:2:24: 票箱“central”无效票1200张，多于收回的1107张：有效票因而未知，无法审计得票是否达到有效票的规定比例；请先改正此数 / box “central” has 1,200 void ballots, more than the 1,107 returned: the valid ballots are not known, so a share of them cannot be audited; correct that figure first',
    );
  });

  it('batch: one box counted as its sheet says escalates; every box is a full hand count', async () => {
    const sheetRows = (boxes: string[]) =>
      ['round,box,contest,candidate,votes']
        .concat(
          boxes.map(
            (b, i) =>
              `${i + 1},${b},chair,chen-jianhua,${{ central: 670, 'branch-north': 190, 'mobile-1': 37 }[b]}`,
          ),
        )
        .concat(
          boxes.map(
            (b, i) =>
              `${i + 1},${b},chair,liu-guoqiang,${{ central: 391, 'branch-north': 109, 'mobile-1': 17 }[b]}`,
          ),
        )
        .join('\n');
    const one = await runCli([
      'audit',
      'batch',
      ...sampleSheets(),
      '--hand',
      file('one.csv', sheetRows(['central'])),
      ...chair,
      '--format',
      'json',
    ]);
    expect(one.status).toBe(1);
    const all = file('all.csv', sheetRows(['central', 'branch-north', 'mobile-1']));
    const every = await runCli([
      'audit',
      'batch',
      ...sampleSheets(),
      '--hand',
      all,
      ...chair,
      '--format',
      'json',
    ]);
    expect(JSON.parse(every.stdout).record.outcome).toBe('full-hand-count');
    expect(every.status).toBe(0);
  });

  it('quick-count and screens print what they can and cannot say', async () => {
    const hand = file(
      'qc.csv',
      'round,box,contest,candidate,votes\n1,central,chair,chen-jianhua,670\n1,central,chair,liu-guoqiang,391\n1,branch-north,chair,chen-jianhua,190\n1,branch-north,chair,liu-guoqiang,109\n',
    );
    const qc = await runCli([
      'audit',
      'quick-count',
      ...sampleSheets(),
      '--hand',
      hand,
      ...chair,
      '--format',
      'json',
    ]);
    expect(qc.status).toBe(0);
    expect(JSON.parse(qc.stdout).quickCount).toMatchObject({ sampleBoxes: 2, populationBoxes: 3 });
    const screens = await runCli(['audit', 'screens', ...sampleSheets(), ...chair, '--lang', 'en']);
    expect(screens.status).toBe(0);
    expect(screens.stdout).toContain('never a finding of fraud');
    expect(screens.stdout).toContain('not run');
  });

  it('bad input exits 2 naming the file, line and column in both languages; bad usage exits 2', async () => {
    const bad = file('bad.csv', 'round,draw,contest,choice\n1,1,主任,陈建华\n0,2,nobody,x\n');
    const run = await runCli(['audit', 'bravo', ...sampleSheets(), '--hand', bad, ...chair]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${bad}:3:1`);
    expect(run.stderr).toMatch(/未知职位.*unknown contest/);
    expect((await runCli(['audit', 'guess', ...sampleSheets()])).status).toBe(2);
    const noContest = await runCli(['audit', 'bravo', ...sampleSheets(), '--hand', confirmed]);
    expect(noContest.status).toBe(2);
    expect(noContest.stderr).toContain('--contest');
    expect(
      (
        await runCli([
          'audit',
          'bravo',
          ...sampleSheets(),
          '--hand',
          confirmed,
          ...chair,
          '--risk-limit',
          '70',
        ])
      ).status,
    ).toBe(2);
  });

  it('check --receipt signs the audit record into the receipt; verify accepts it; a bad record exits 2', async () => {
    const key = join(dir, 'key.json');
    expect((await runCli(['keygen', '--out', key])).status).toBe(0);
    const audit = await runCli([
      'audit',
      'bravo',
      ...sampleSheets(),
      '--hand',
      confirmed,
      ...chair,
      '--format',
      'json',
    ]);
    const record = file('record.json', audit.stdout);
    const receipt = join(dir, 'receipt-with-audit.json');
    const check = await runCli([
      'check',
      ...sampleSheets(),
      '--receipt',
      receipt,
      '--key',
      key,
      '--audit-record',
      record,
    ]);
    expect(check.status).toBe(0);
    const payload = (
      JSON.parse(readFileSync(receipt, 'utf8')) as { payload: { audit: { outcome: string; method: string } } }
    ).payload;
    expect(payload.audit).toMatchObject({ method: 'bravo', outcome: 'confirmed' });
    expect((await runCli(['verify', receipt])).status).toBe(0);
    const bad = file('bad-record.json', JSON.stringify({ record: { format: 'other/1' } }));
    const refused = await runCli([
      'check',
      ...sampleSheets(),
      '--receipt',
      join(dir, 'r2.json'),
      '--key',
      key,
      '--audit-record',
      bad,
    ]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('$.record.format');
    expect((await runCli(['check', ...sampleSheets(), '--audit-record', record])).status).toBe(2);
  });
});
