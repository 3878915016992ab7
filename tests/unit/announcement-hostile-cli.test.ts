// Hostile and empty announcements through the command line (issue #21, defects 1, 2 and 9): exit 0
// with a report of bounded size, and a plain word when nothing was read.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../core/index.js';
import { runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'tw-announcement-hostile-'));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('hostile announcements on the command line', () => {
  it('reads a title and "1、" twenty thousand times: exit 0, a report of bounded size', async () => {
    const run = await runCli([
      'check',
      '--announcement',
      file('list.txt', '选举结果公告\n' + '1、'.repeat(20_000)),
      '--format',
      'json',
    ]);
    expect(run.status).toBe(0);
    expect(run.stdout.length).toBeLessThan(200_000);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.announcement).toMatchObject({ figuresRead: 0, unreadCount: 20_000 });
    expect(report.findings.filter((finding) => finding.code === 'UNREAD_FIGURE')).toHaveLength(22);
  });

  it.each([
    ['empty.txt', ''],
    ['array.json', '[]'],
    ['prose.txt', '本村换届选举工作顺利完成。'],
  ])('%s: says that nothing was read or checked, never a silent "no discrepancy"', async (name, text) => {
    const run = await runCli([
      'check',
      '--announcement',
      file(name, text),
      '--format',
      'text',
      '--lang',
      'en',
    ]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Verdict: no figures were found in the notice: nothing was checked');
    expect(run.stdout).toContain('[warning] UNREAD_FIGURE');
    expect(run.stdout).not.toContain('no discrepancy');
  });
});
