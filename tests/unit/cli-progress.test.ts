// Progress on the command line: drawn on standard error when asked (or on a terminal), never with JSON.
import { describe, expect, it } from 'vitest';
import { progressLine } from '../../cli/progress-line.js';
import { runCli, sampleSheets } from './run-cli.js';

describe('progress of a ballot-record recount', () => {
  it('is drawn on standard error with --progress, ending at 100 %', async () => {
    const run = await runCli([
      'check',
      ...sampleSheets({ ballots: 'ballots.csv' }),
      '--progress',
      '--lang',
      'en',
    ]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/ballots\.csv 100\.0% [\d.]+ MB, 1,476 rows/);
    expect(run.stdout).not.toMatch(/rows,/);
  });

  it('is never drawn with --format json, so standard error stays clean', async () => {
    const run = await runCli([
      'check',
      ...sampleSheets({ ballots: 'ballots.csv' }),
      '--progress',
      '--format',
      'json',
    ]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(() => JSON.parse(run.stdout)).not.toThrow();
  });
});

describe('progressLine', () => {
  it('says share, size, rows, rate and time left in either language', () => {
    const progress = { file: 'ballots.csv', bytesRead: 50e6, totalBytes: 200e6, rows: 1_000_000 };
    expect(progressLine(progress, 1000, 'en')).toBe(
      'ballots.csv 25.0% 50.0 MB, 1,000,000 rows, 50 MB/s, ~3 s left',
    );
    expect(progressLine(progress, 1000, 'zh')).toBe(
      'ballots.csv 25.0% 已读 50.0 MB，1,000,000 行，50 MB/秒，约剩 3 秒',
    );
    expect(progressLine({ ...progress, totalBytes: null }, 2000, 'en')).toBe(
      'ballots.csv  50.0 MB, 1,000,000 rows, 25 MB/s',
    );
  });
});
