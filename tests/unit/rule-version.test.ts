// The election's date picks the version of its rule pack family, through the whole audit and the
// command line; a receipt is recounted under the version it names.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAudit, type Report } from '../../core/index.js';
import { nodeHasher, textSource } from './oracle/audit-harness.js';
import { runCli, sample } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'tw-rule-version-'));
const sampleElection = JSON.parse(readFileSync(sample('election.json'), 'utf8')) as Record<string, unknown>;

/** The sample election with `date` set (or left out), written to a file of its own. */
function electionFile(name: string, date?: unknown): string {
  const path = join(dir, `${name}.json`);
  writeFileSync(
    path,
    JSON.stringify({ ...sampleElection, ...(date === undefined ? {} : { date }) }, null, 2),
  );
  return path;
}

const counts = ['--boxes', sample('boxes.csv'), '--tallies', sample('tallies.csv')];

async function checkJson(election: string): Promise<Report> {
  const run = await runCli(['check', '--election', election, ...counts, '--format', 'json']);
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as Report;
}

describe('the command line, choosing the rule pack version by date', () => {
  it('judges an election held in 2025 by the 2018 text and one held in 2026 by the 2025 text', async () => {
    const in2025 = await checkJson(electionFile('in-2025', '2025-11-30'));
    expect(in2025.rules).toBe('cn-village@2018');
    expect(in2025.rulesVersion).toMatchObject({
      id: 'cn-village@2018',
      chosenBy: 'election-date',
      date: '2025-11-30',
      from: '2018-12-29',
      until: '2025-12-31',
    });
    const in2026 = await checkJson(electionFile('in-2026', '2026-01-01'));
    expect(in2026.rules).toBe('cn-village@2025');
    expect(in2026.rulesVersion).toMatchObject({ chosenBy: 'election-date', from: '2026-01-01', until: null });
    // The 2025 text was read in full: no caveat is appended to the reason.
    expect(in2026.rulesVersion?.reason.en).not.toContain('Note:');
    // The same counts, the same outcome: the 2025 text moved the rules to art. 18 with the same words.
    expect(in2026.contests).toEqual(in2025.contests);
    expect(in2026.verdict).toBe(in2025.verdict);
  });

  it('without a date, applies the version in force today and says so, in the text report too', async () => {
    const undated = electionFile('undated');
    const report = await checkJson(undated);
    expect(report.rulesVersion?.chosenBy).toBe('today');
    expect(report.rules).toBe(report.rulesVersion?.id);
    const text = await runCli(['check', '--election', undated, ...counts, '--lang', 'zh']);
    // The version line names the text and its days in force, as the pages do; the id is on the rules line.
    expect(text.stdout).toMatch(
      /规则: cn-village@\d{4}, 第一次投票\n {2}选举定义未写日期（date），按今天 \d{4}-\d{2}-\d{2} 施行的版本《中华人民共和国村民委员会组织法》（[^（）]+起施行）；请写明选举日期/,
    );
    const en = await runCli(['check', '--election', undated, ...counts, '--lang', 'en']);
    expect(en.stdout).toMatch(
      /rules: cn-village@\d{4}, first round\n {2}The election definition gives no date, so the Organic Law of Villagers' Committees \([^()]+in force [^()]+\), in force today \(\d{4}-\d{2}-\d{2}\), applies; give/,
    );
    for (const run of [text, en]) expect(run.stdout.split('\n')[2]).not.toMatch(/@\d{4}/);
  });

  it('a versioned id pins that version whatever the date', async () => {
    const path = join(dir, 'pinned.json');
    writeFileSync(path, JSON.stringify({ ...sampleElection, rules: 'cn-village@2018', date: '2026-03-15' }));
    const report = await checkJson(path);
    expect(report.rules).toBe('cn-village@2018');
    expect(report.rulesVersion?.reason.en).toContain(
      "the election's date, 2026-03-15, is outside those days",
    );
  });

  it('refuses a date that is no day, and a day no version covers, at $.date in both languages (exit 2)', async () => {
    const bad = await runCli(['check', '--election', electionFile('bad', '2026-02-30'), ...counts]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('bad.json $.date: 选举日期应写作 YYYY-MM-DD 的真实日期');
    expect(bad.stderr).toContain("the election's date must be a real day written YYYY-MM-DD");
    const early = await runCli(['check', '--election', electionFile('early', '2010-05-01'), ...counts]);
    expect(early.status).toBe(2);
    expect(early.stderr).toContain('early.json $.date: 2010-05-01 没有施行中的 cn-village 版本');
    expect(early.stderr).toContain(
      'no version of cn-village is in force on 2010-05-01 (there are: cn-village@2018',
    );
  });

  it('signs the version into the receipt, and verify recounts under it', async () => {
    const key = join(dir, 'key.json');
    expect((await runCli(['keygen', '--out', key])).status).toBe(0);
    const election = electionFile('signed', '2025-11-30');
    const receipt = join(dir, 'receipt.json');
    const inputs = ['--election', election, ...counts];
    expect((await runCli(['check', ...inputs, '--receipt', receipt, '--key', key])).status).toBe(0);
    const payload = (
      JSON.parse(readFileSync(receipt, 'utf8')) as { payload: { rules: { id: string; version: unknown } } }
    ).payload;
    expect(payload.rules.id).toBe('cn-village@2018');
    expect(payload.rules.version).toMatchObject({ label: '2018', from: '2018-12-29', until: '2025-12-31' });
    const verify = await runCli(['verify', receipt, ...inputs, '--format', 'json']);
    expect(verify.status).toBe(0);
    expect(JSON.parse(verify.stdout)).toMatchObject({ valid: true, recountMatches: true });
  });
});

/**
 * A one-contest election (甲, 乙 for one seat) under `rules` on `date`, with its boxes and tallies
 * written beside it: the files a dated check of one rule needs.
 */
function oneSeatElection(
  prefix: string,
  rules: string,
  registered: number,
  boxesCsv: string,
  talliesCsv: string,
) {
  const boxes = join(dir, `${prefix}-boxes.csv`);
  const tallies = join(dir, `${prefix}-tallies.csv`);
  writeFileSync(boxes, boxesCsv);
  writeFileSync(tallies, talliesCsv);
  const election = (name: string, date: string) => {
    const path = join(dir, `${name}.json`);
    writeFileSync(
      path,
      JSON.stringify({
        format: 'tallywitness.election/1',
        name: `${prefix} election`,
        rules,
        date,
        round: 'first',
        registeredVoters: registered,
        minWomen: 0,
        contests: [
          {
            id: 'chair',
            name: '主任',
            seats: 1,
            candidates: [
              { id: 'a', name: '甲' },
              { id: 'b', name: '乙' },
            ],
          },
        ],
      }),
    );
    return path;
  };
  const check = async (path: string) => {
    const run = await runCli([
      'check',
      '--election',
      path,
      '--boxes',
      boxes,
      '--tallies',
      tallies,
      '--format',
      'json',
    ]);
    return { status: run.status, report: JSON.parse(run.stdout) as Report };
  };
  return { election, check };
}

describe("the command line, a residents' committee elected by residents' representatives", () => {
  // 30 representatives, 20 vote: more than half (2018 packs) but exactly two thirds, not more (2025 law art. 19).
  const { election, check } = oneSeatElection(
    'representatives',
    'cn-residents:representatives',
    30,
    'box,registered,issued,returned,invalid\ncentral,30,20,20,0\n',
    'box,contest,candidate,votes\ncentral,chair,#blank,0\ncentral,chair,a,15\ncentral,chair,b,5\n',
  );

  it('judges the same count valid under the 2018 text and void under the 2025 text, by the date', async () => {
    const in2025 = await check(election('representatives-2025', '2025-12-20'));
    expect(in2025.report.rules).toBe('cn-residents:representatives@2018');
    expect(in2025.report.verdict).toBe('valid');
    expect(in2025.report.contests[0]?.elected).toEqual(['a']);
    const in2026 = await check(election('representatives-2026', '2026-01-10'));
    expect(in2026.report.rules).toBe('cn-residents:representatives@2025');
    expect(in2026.report.rulesVersion).toMatchObject({ chosenBy: 'election-date', from: '2026-01-01' });
    expect(in2026.report.verdict).toBe('void');
    expect(in2026.report.contests[0]?.elected).toEqual([]);
    expect(in2026.report.findings.map((finding) => finding.code)).toContain('TURNOUT_BELOW_QUORUM');
    expect(in2026.status).not.toBe(in2025.status);
  });
});

describe('the command line, a primary Party organisation electing by the 1990 or the 2020 regulations', () => {
  // 100 members due to attend, 80 present and voting; 甲 45 of them: the 1990 text wanted more than four
  // fifths present (void), the 2020 one four fifths (valid), but a winner now needs more than half of
  // the 100 due to attend, so 甲 is not elected and a runoff is called.
  const { election, check } = oneSeatElection(
    'party',
    'cn-party-branch',
    100,
    'box,registered,issued,returned,invalid\nmeeting,100,80,80,0\n',
    'box,contest,candidate,votes\nmeeting,chair,#blank,0\nmeeting,chair,a,45\nmeeting,chair,b,35\n',
  );

  it('void in 2019 (more than four fifths), a runoff in 2021 (four fifths, but 45 of 100 due)', async () => {
    const in2019 = await check(election('party-2019', '2019-06-30'));
    expect(in2019.report.rules).toBe('cn-party-branch@1990');
    expect(in2019.report.rulesVersion).toMatchObject({ chosenBy: 'election-date', until: '2020-07-12' });
    expect(in2019.report.verdict).toBe('void');
    expect(in2019.report.findings.map((finding) => finding.code)).toContain('TURNOUT_BELOW_QUORUM');
    const in2021 = await check(election('party-2021', '2021-06-30'));
    expect(in2021.report.rules).toBe('cn-party-branch@2020');
    expect(in2021.report.rulesVersion).toMatchObject({
      chosenBy: 'election-date',
      from: '2020-07-13',
      until: null,
    });
    // Both texts were read in full: no caveat is appended to the reason.
    expect(in2021.report.rulesVersion?.reason.en).not.toContain('Note:');
    expect(in2021.report.verdict).toBe('runoff-needed');
    expect(in2021.report.contests[0]?.elected).toEqual([]);
    expect(in2021.report.contests[0]?.votesNeeded).toBe(51);
  });
});

describe('runAudit, choosing the version', () => {
  const sources = () => ({
    election: textSource('election.json', 'election', JSON.stringify(sampleElection)),
    boxes: textSource('boxes.csv', 'boxes', readFileSync(sample('boxes.csv'), 'utf8')),
    tallies: textSource('tallies.csv', 'tallies', readFileSync(sample('tallies.csv'), 'utf8')),
  });
  const audit = async (options: { today: string; receiptRules?: string }) => {
    const result = await runAudit(sources(), { lang: 'en', hasher: nodeHasher, ...options });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return result.value;
  };

  it("takes today's version for an undated election, and a receipt's version over it", async () => {
    expect((await audit({ today: '2025-06-01' })).rules).toBe('cn-village@2018');
    expect((await audit({ today: '2026-06-01' })).rules).toBe('cn-village@2025');
    // A receipt signed in 2025 is recounted in 2026 under the 2018 text, as it was signed.
    const pinned = await audit({ today: '2026-06-01', receiptRules: 'cn-village@2018' });
    expect(pinned.rules).toBe('cn-village@2018');
    expect(pinned.rulesVersion).toMatchObject({ chosenBy: 'pinned', date: null });
    expect(pinned.rulesVersion?.reason.en).toBe(
      'cn-village@2018 as the receipt being verified names it (in force 2018-12-29 to 2025-12-31)',
    );
    // A receipt from before versions names the family: its first version.
    expect((await audit({ today: '2026-06-01', receiptRules: 'cn-village' })).rules).toBe('cn-village@2018');
  });
});
