// The report written to --out when the disk fills part way: nothing is left under its name, and no
// temporary file beside it.
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Election } from '../core/model/election.js';
import { addVotes, emptyTally } from '../core/model/tally.js';
import { evaluateElection } from '../core/recount/evaluate-election.js';
import { buildReport } from '../core/report/build-report.js';
import { getRulePack } from '../core/rules/registry.js';
import type { CliIo } from './cli-io.js';
import { writeReportExport } from './report-export.js';

// Every write stops half way with "no space left on device", as on a full USB stick.
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const writeFileSync: typeof fs.writeFileSync = (path, data, options) => {
    const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : (data as Uint8Array);
    fs.writeFileSync(path, bytes.subarray(0, bytes.length >> 1), options);
    throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
  };
  return { ...fs, default: { ...fs, writeFileSync }, writeFileSync };
});

function smallReport() {
  const election: Election = {
    name: '青山村',
    rules: 'plurality',
    round: 'first',
    contests: [{ id: 'chair', name: '主任', seats: 1, candidates: [{ id: 'wang', name: '王林' }] }],
  };
  const pack = getRulePack('plurality')!;
  const tally = emptyTally();
  addVotes(tally, 'central', 'chair', 'wang', 6);
  const sheets = [{ box: 'central', registered: 20, issued: 10, returned: 10, invalid: 1 }];
  const evaluation = evaluateElection({ election, pack, sheets, tally, lang: 'en' });
  return buildReport({ election, pack, evaluation, inputs: [], lang: 'en' });
}

describe('writeReportExport on a disk that fills', () => {
  it.each(['csv', 'xlsx'] as const)('leaves no half-written %s report and no temporary file', (format) => {
    const dir = mkdtempSync(join(tmpdir(), 'tw-report-full-'));
    const out = join(dir, `report.${format}`);
    const said: string[] = [];
    const io: CliIo = { out: () => {}, err: (text) => said.push(text), lang: 'en' };
    expect(writeReportExport(smallReport(), format, out, io)).toBe(2);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
    expect(said.join('\n')).toContain(`report.${format}`);
  });
});
