// A real exporter's cast vote records: RCTab's test set 1 (fixtures/rctab/README.md), recounted to the
// first-round totals RCTab publishes beside it.
// eslint-disable-next-line no-restricted-imports
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runAudit } from '../audit/run-audit.js';
import { bytesSource } from '../model/source.js';
// eslint-disable-next-line no-restricted-imports
import { createHash } from 'node:crypto';
import { nobleSha256Hasher as nodeHasher } from '../hash/index.js';

const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

const fixture = (name: string) => readFileSync(new URL(`./fixtures/rctab/${name}`, import.meta.url));
const CVR = 'test_set_1_exhaust_at_overvote_cvr.json';
const published = JSON.parse(
  fixture('test_set_1_exhaust_at_overvote_expected_detailed_report.json').toString('utf8'),
) as { results: { round: number; tally: Record<string, string>; inactiveBallots: { overvotes: string } }[] };

describe('RCTab cast vote records (NIST SP 1500-103 JSON, unprefixed types)', () => {
  it('recounts first choices to the totals RCTab publishes for round 1, and its overvote', async () => {
    const result = await runAudit(
      {
        election: bytesSource('election.json', 'election', fixture('election.json')),
        ballots: bytesSource(CVR, 'ballots', fixture(CVR)),
      },
      { lang: 'en', hasher: nodeHasher },
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const report = result.value;
    const round1 = published.results.find((r) => r.round === 1)!;
    const contest = report.contests[0]!;
    const ours = Object.fromEntries(contest.candidates.map((c) => [c.name, String(c.votes)]));
    expect(ours).toEqual(round1.tally);
    // The one ballot with two first choices is an overvote: void in this contest, as RCTab exhausts it.
    const counted = contest.candidates.reduce((sum, c) => sum + c.votes, 0);
    expect(report.turnout.cast - counted).toBe(Number(round1.inactiveBallots.overvotes));
    expect(contest.elected).toEqual(['candidate-b']);
    // The recount says it counted first choices only.
    expect(report.findings.filter((f) => f.code === 'RANKED_FIRST_CHOICES')).toEqual([
      expect.objectContaining({ severity: 'warning', contest: 'contest-001' }),
    ]);
    const input = report.inputs.find((i) => i.role === 'ballots')!;
    expect(input).toMatchObject({
      name: CVR,
      format: 'nist-cast-vote-records',
      size: fixture(CVR).byteLength,
    });
    expect(input.sha256).toBe(sha256Hex(fixture(CVR)));
  });

  it('as the definition, asks for the rule pack and the seats that the file does not state', async () => {
    const result = await runAudit(
      {
        election: bytesSource(CVR, 'election', fixture(CVR)),
        ballots: bytesSource(CVR, 'ballots', fixture(CVR)),
      },
      { lang: 'en', hasher: nodeHasher },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toEqual(['$.Election[0].Code', '$.Election[0].Contest[0]']);
    expect(result.errors[0]!.message.en).toMatch(/which rules apply/);
    expect(result.errors[0]!.message.zh).toMatch(/依据哪套规则/);
    expect(result.errors[1]!.message.en).toMatch(/seats/);
  });
});
