// The outside check's village (tests/fixtures/outside/liuxi, docs/outside-check.md), through the command
// line as an observer runs it: 中心会场, 分会场 and 流动票箱1; 主任, 副主任 (exactly half) and 委员 (a tie for
// the last seat); a write-in. Every outcome below was worked by hand from the figures, with exact halves.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../core/index.js';
import { writeXlsx } from '../../core/spreadsheet/write-xlsx.js';
import { projectRoot, runCli } from './run-cli.js';

const village = (file: string) => join(projectRoot, 'tests', 'fixtures', 'outside', 'liuxi', file);
const text = (file: string) => readFileSync(village(file), 'utf8');
const scratch = mkdtempSync(join(tmpdir(), 'tallywitness-outside-'));
function written(name: string, content: string | Uint8Array): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

async function check(files: { election?: string; boxes?: string; tallies?: string }, extra: string[] = []) {
  const run = await runCli([
    'check',
    ...['--election', files.election ?? village('election.json')],
    ...['--boxes', files.boxes ?? village('boxes.csv')],
    ...['--tallies', files.tallies ?? village('tallies.csv')],
    ...['--format', 'json'],
    ...extra,
  ]);
  return { ...run, report: run.status === 2 ? null : (JSON.parse(run.stdout) as Report) };
}
const elected = (report: Report | null) => report?.contests.map((contest) => [contest.id, contest.elected]);
const codes = (report: Report | null) =>
  report?.findings.map((finding) => `${finding.severity} ${finding.code}`);

const BY_HAND = [
  ['chair', ['sun-jianguo']], // 500 of 838 cast: 500 × 2 > 838
  ['vice-chair', []], // 419 of 838: exactly half is not more than half
  ['member', ['wu-gang', 'zheng-hua']], // 周梅 and 冯军 tie on 440 for the third seat
];

describe('the outside check’s village through the command line', { timeout: 60_000 }, () => {
  it('elects as worked by hand, and calls the runoff, the tie and the women quota', async () => {
    const { status, report } = await check({});
    expect(status).toBe(0);
    expect(report?.turnout).toMatchObject({ registered: 1200, cast: 838, valid: 828, quorumMet: true });
    expect(elected(report)).toEqual(BY_HAND);
    expect(codes(report)).toEqual([
      'warning SEAT_UNFILLED',
      'warning SEAT_UNFILLED',
      'warning TIE',
      'warning WOMEN_QUOTA_UNMET',
      'info WRITE_IN',
    ]);
  });

  it('reads the sheets as WPS saves them: GB18030, CRLF, a 合计 row, an empty column and row', async () => {
    const boxes = village('boxes-wps.gb18030.csv');
    const tallies = village('tallies-wps.gb18030.csv');
    const { status, report } = await check({ boxes, tallies });
    expect(status).toBe(0);
    expect(elected(report)).toEqual(BY_HAND);
    expect(report?.turnout).toMatchObject({ cast: 838, valid: 828 });
  });

  it('reads a workbook whose 票箱 header is merged down beside a banner over the figures', async () => {
    const lines = text('boxes.csv').trim().split('\n').slice(1);
    const rows = [
      ['票箱', '选票情况', null, null, null],
      [null, '登记选民', '发出选票', '收回选票', '无效票'],
      ...lines.map((line) => line.split(',').map((cell, i) => (i === 0 ? cell : Number(cell)))),
    ];
    const book = written('boxes.xlsx', writeXlsx([{ name: '票箱统计', rows, merges: ['A1:A2', 'B1:E1'] }]));
    const { status, report } = await check({ boxes: book });
    expect(status).toBe(0);
    expect(report?.boxes.map((box) => box.box)).toEqual(['中心会场', '分会场', '流动票箱1']);
  });

  it('finds more ballots returned than registered voters an error', async () => {
    const election = written(
      'election-800.json',
      text('election.json').replace('"registeredVoters": 1200', '"registeredVoters": 800'),
    );
    const { status, report } = await check({ election });
    expect(status).toBe(1);
    expect(report?.findings[0]).toMatchObject({
      code: 'BALLOT_ACCOUNTING_MISMATCH',
      expected: 800,
      found: 838,
    });
  });

  // The ballots of 流动票箱1 alone, its sheet stating 3 returned of 3 issued, 003 keyed in twice; five
  // voters registered (repeat-election.json) so that the quorum stands on these three ballots (3 × 2 > 5).
  async function checkRepeat(ballots: string, extra: string[] = []) {
    const election = village('repeat-election.json');
    const run = await runCli([
      'check',
      ...['--election', election, '--boxes', village('repeat-boxes.csv'), '--ballots', ballots],
      ...['--format', 'json'],
      ...extra,
    ]);
    return { ...run, report: run.status === 2 ? null : (JSON.parse(run.stdout) as Report) };
  }

  it('counts a ballot keyed in twice once: its 3 of 3 stay 3 of 3, not a void election', async () => {
    const { status, report } = await checkRepeat(village('repeat-ballots.csv'));
    expect(status).toBe(1); // the repeat is an error finding
    expect(report?.verdict).toBe('discrepancies');
    expect(report?.turnout).toMatchObject({ cast: 3, issued: 3, quorumMet: true, electionValid: true });
    expect(codes(report)).toEqual(['error DUPLICATE_BALLOT']);
    expect(report?.findings[0]?.messages).toEqual({
      zh: '票箱“流动票箱1”的选票“003”有 2 条记录（repeat-ballots.csv 第 4、5 行），各条内容相同：只计一次',
      en: 'ballot “003” of box “流动票箱1” has 2 records (repeat-ballots.csv lines 4 and 5); all the same: it is counted once',
    });
    // 孙建国 and 李秀兰 2 of 3; 吴刚 and 郑华 3, 周梅 2 (2 × 2 > 3), 王芳 1.
    expect(elected(report)).toEqual([
      ['chair', ['sun-jianguo']],
      ['vice-chair', ['li-xiulan']],
      ['member', ['wu-gang', 'zheng-hua', 'zhou-mei']],
    ]);
  });

  it('decides neither way when the two records of 003 differ: the fourth record may be a fourth ballot', async () => {
    // The second record of 003 chooses 孙建国 for 主任, the first 钱立新.
    const { status, report } = await checkRepeat(village('repeat-ballots-differ.csv'));
    expect(status).toBe(1);
    expect(report?.verdict).toBe('discrepancies');
    expect(report?.turnout).toMatchObject({ cast: 3, electionValid: true });
    expect(codes(report)).toEqual([
      'error DUPLICATE_BALLOT',
      'error OUTCOME_UNDECIDED',
      'error OUTCOME_UNDECIDED',
    ]);
    expect(codes(report)).not.toContain('error ELECTION_VOID');
    expect(report?.findings[0]?.messages.en).toContain(
      'the records differ: it is counted once, as line 4 records it',
    );
    // The box, and the total (the same ballots): neither said to exceed, nor said not to.
    const box = report?.findings.find((f) => f.code === 'OUTCOME_UNDECIDED' && f.box === '流动票箱1');
    expect(box).toMatchObject({ code: 'OUTCOME_UNDECIDED', expected: 3, found: 3 });
    expect(box?.messages.en).toContain(
      'whether box “流动票箱1” returned more ballots than the 3 it issued cannot be decided from these records',
    );
    expect(box?.messages.zh).toContain('票箱“流动票箱1”选票“003”（repeat-ballots-differ.csv 第 4、5 行）');
    expect(report?.contests.map((contest) => [contest.id, contest.elected, contest.undecided])).toEqual([
      ['chair', [], true],
      ['vice-chair', [], true],
      ['member', [], true],
    ]);
  });

  it('says, writing the recount as an election report, that the format cannot carry those records', async () => {
    const out = join(scratch, 'repeat-err.json');
    const run = await runCli([
      'export',
      ...['--to', 'err', '--election', village('repeat-election.json')],
      ...['--boxes', village('repeat-boxes.csv'), '--ballots', village('repeat-ballots-differ.csv')],
      ...['--out', out],
    ]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(
      '1 ballot(s) have repeated records that differ, counted as their first records give them; the election report cannot say so',
    );
  });

  it('neither confirms nor contradicts a notice on what those records leave open', async () => {
    // The notice elects 孙建国 with 3 votes: the recount has 2, and 003's second record is his.
    const notice = written(
      'repeat-notice.json',
      JSON.stringify({
        format: 'tallywitness.announcement/1',
        contests: { chair: { votes: { 孙建国: 3 }, elected: ['孙建国'] } },
      }),
    );
    const { report } = await checkRepeat(village('repeat-ballots-differ.csv'), ['--announcement', notice]);
    expect(codes(report)).not.toContain('error ANNOUNCED_WINNER_MISMATCH');
    const mismatch = report?.findings.find((finding) => finding.code === 'ANNOUNCED_MISMATCH');
    expect(mismatch?.messages.en).toMatch(/^The notice gives 孙建国 3 votes for 主任; the recount has 2 /);
    expect(mismatch?.messages.en).toContain(
      '; ballot records that repeat with different contents could account for this difference',
    );
  });

  it('does not call the women quota unmet in a runoff that does not list the members elected earlier', async () => {
    const runoff = JSON.parse(text('runoff-election.json')) as Record<string, unknown>;
    delete runoff['alreadyElected'];
    const files = {
      election: written('runoff.json', JSON.stringify(runoff)),
      boxes: village('runoff-boxes.csv'),
      tallies: village('runoff-tallies.csv'),
    };
    const { status, report } = await check(files);
    expect(status).toBe(0);
    // 李秀兰 199 of 600: short of a third (200); 周梅 and 冯军 tie on 249.
    expect(elected(report)).toEqual([
      ['vice-chair', []],
      ['member', []],
    ]);
    expect(codes(report)).toContain('info WOMEN_QUOTA_UNMET');
    expect(codes(report)).not.toContain('warning WOMEN_QUOTA_UNMET');
  });

  it('refuses a --lang it does not speak and an input given twice, exit 2', async () => {
    const lang = await check({}, ['--lang', 'fr']);
    expect([lang.status, lang.stderr]).toEqual([2, expect.stringContaining('--lang must be zh or en')]);
    const twice = await check({}, ['--election', village('runoff-election.json')]);
    expect([twice.status, twice.stderr]).toEqual([2, expect.stringContaining('--election is given twice')]);
  });

  it('names the election definition and $.date when an election report cannot be written without a date', async () => {
    const undated = JSON.parse(text('election.json')) as Record<string, unknown>;
    delete undated['date'];
    const election = written('undated.json', JSON.stringify(undated));
    const out = join(scratch, 'err.json');
    const run = await runCli([
      'export',
      ...['--to', 'err', '--election', election, '--boxes', village('boxes.csv')],
      ...['--tallies', village('tallies.csv'), '--out', out],
    ]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /^undated\.json \$\.date: 选举结果报告（ERR）须写明选举日期.* \/ an Election Results Report needs the day of the vote/,
    );
  });

  it('takes an audit’s --contest as the tally sheets take it, 村委会主任 for 主任', async () => {
    const screens = (contest: string) =>
      runCli([
        'audit',
        'screens',
        '--election',
        village('election.json'),
        '--boxes',
        village('boxes.csv'),
        '--tallies',
        village('tallies.csv'),
        '--contest',
        contest,
      ]);
    const run = await screens('村委会主任');
    expect([run.status, run.stderr]).toEqual([0, '']);
    const unknown = await screens('书记');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain(
      'unknown contest “书记” (contests of the election: chair 主任, vice-chair 副主任, member 委员)',
    );
  });

  it('ends quietly when the reader of its output goes away (`| head`), with no stack trace', async () => {
    // 3,000 boxes: a report far larger than a pipe holds, so writing goes on after the reader has gone.
    const ids = Array.from({ length: 3000 }, (_, i) => `票箱${i + 1}`);
    const boxes = written(
      'many-boxes.csv',
      `box,registered,issued,returned,invalid\n${ids.map((id) => `${id},10,8,8,0\n`).join('')}`,
    );
    const tallies = written(
      'many-tallies.csv',
      `box,contest,candidate,votes\n${ids.map((id) => `${id},主任,孙建国,5\n${id},主任,#blank,3\n`).join('')}`,
    );
    const election = written(
      'one-contest.json',
      JSON.stringify({
        ...JSON.parse(text('election.json')),
        registeredVoters: 30000,
        contests: [JSON.parse(text('election.json')).contests[0]],
      }),
    );
    const child = spawn(
      process.execPath,
      [
        join(projectRoot, 'cli', 'bin.mjs'),
        'check',
        '--election',
        election,
        '--boxes',
        boxes,
        '--tallies',
        tallies,
        '--format',
        'json',
      ],
      { cwd: projectRoot },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).toBe('');
    expect(status).not.toBe(null);
  });
});

describe('the village’s notice compared with the recount', { timeout: 60_000 }, () => {
  const announced = async (name: string, content: string) => {
    const run = await check({}, ['--announcement', written(name, content)]);
    const findings = run.report?.findings ?? [];
    const of = (code: string) => findings.filter((finding) => finding.code === code);
    return { ...run, of };
  };

  it('leaves names in pinyin unread beside candidates in characters, never “the recount has 0”', async () => {
    const notice = [
      'Liuxi Village Committee Election Results Notice',
      'Votes: Chair: Sun Jianguo 500 votes, Qian Lixin 299 votes.',
      'Members: Wu Gang 600 votes, Zheng Hua 450 votes, Zhou Mei 440 votes.',
      'Sun Jianguo is elected Chair.',
    ].join('\n');
    const { status, of } = await announced('notice-en.txt', notice);
    expect(status).toBe(0);
    expect(of('ANNOUNCED_MISMATCH')).toEqual([]);
    expect(of('ANNOUNCED_WINNER_MISMATCH')).toEqual([]);
    const unread = of('UNREAD_FIGURE');
    expect(unread.map((finding) => finding.found)).toEqual([
      'Sun Jianguo 500 votes',
      'Qian Lixin 299 votes',
      'Wu Gang 600 votes',
      'Zheng Hua 450 votes',
      'Zhou Mei 440 votes',
      'Sun Jianguo is elected Chair',
    ]);
    expect(unread[0]?.messages.zh).toContain('“Sun Jianguo”不能确定对应哪位候选人');
    expect(unread[0]?.messages.en).toContain('whom no candidate or written-in name of the recount matches');
  });

  it('still finds a wrong vote figure of a name it can match (near miss of the above)', async () => {
    const notice = '委员：吴刚601票。Sun Jianguo 500 votes.';
    const { status, of } = await announced('notice-mixed.txt', notice);
    expect(status).toBe(1);
    expect(of('ANNOUNCED_MISMATCH').map((finding) => [finding.candidate, finding.found])).toEqual([
      ['wu-gang', 601],
    ]);
    expect(of('UNREAD_FIGURE').map((finding) => finding.found)).toEqual(['Sun Jianguo 500 votes']);
  });

  it('reads votes written 得票500张 and winners with their votes in brackets', async () => {
    const notice = (wuGang: number) =>
      text('announcement.txt')
        .replace('孙建国500票，钱立新299票', '孙建国得票500张，钱立新得票299张')
        .replace('李秀兰当选为副主任，', '')
        .replace(/委员：.*\n/, '委员：周梅得票440张，冯军得票440张，王芳得票190张。\n')
        .replace('吴刚、郑华、周梅当选为委员', `吴刚（得票${wuGang}张）、郑华（得票450张）当选为委员`);
    const right = await announced('notice-zhang.txt', notice(600));
    expect(right.status).toBe(0);
    expect(right.of('ANNOUNCED_MISMATCH')).toEqual([]);
    expect(right.of('ANNOUNCED_WINNER_MISMATCH')).toEqual([]);
    expect(right.of('UNREAD_FIGURE')).toEqual([]);
    expect(right.report?.announcement?.judgedCount).toBeGreaterThan(0);
    const wrong = await announced('notice-zhang-wrong.txt', notice(601));
    expect(wrong.status).toBe(1);
    expect(
      wrong.of('ANNOUNCED_MISMATCH').map((finding) => [finding.candidate, finding.expected, finding.found]),
    ).toEqual([['wu-gang', 600, 601]]);
  });

  it('explains a winner declared while tied for the last seat by the tie, not by the threshold', async () => {
    const { status, of } = await announced('notice-tie.txt', text('announcement.txt'));
    expect(status).toBe(1);
    const [shortOfHalf, tied] = of('ANNOUNCED_WINNER_MISMATCH');
    expect(shortOfHalf?.messages.en).toContain('a seat needs at least 420'); // 李秀兰, 419 of 838
    expect(tied?.candidate).toBe('zhou-mei');
    expect(tied?.messages.en).toContain('周梅 and 冯军 have 440 votes each for the last seat');
    expect(tied?.messages.en).not.toContain('needs at least');
    expect(tied?.messages.zh).toContain('周梅与冯军同得440票');
  });

  it('lists a contest of announcement.json the election does not hold, with the reason', async () => {
    const notice = JSON.stringify({
      format: 'tallywitness.announcement/1',
      contests: { 书记: { votes: { 孙建国: 500 }, elected: ['孙建国'] }, chair: { votes: { 孙建国: 500 } } },
    });
    const { status, of, report } = await announced('notice-secretary.json', notice);
    expect(status).toBe(0);
    expect(of('ANNOUNCED_MISMATCH')).toEqual([]);
    expect(of('ANNOUNCED_WINNER_MISMATCH')).toEqual([]);
    const unread = of('UNREAD_FIGURE');
    expect(unread.map((finding) => finding.where?.text)).toEqual([
      '$.contests["书记"].votes["孙建国"]',
      '$.contests["书记"].elected',
    ]);
    expect(unread[0]?.messages.en).toContain('names a contest “书记” the election does not hold');
    expect(unread[1]?.messages.zh).toContain('公告的当选宣告');
    expect(report?.announcement?.unreadCount).toBe(2);
  });
});

describe('the village’s notice alone, judged by the rule pack', { timeout: 60_000 }, () => {
  const alone = async (name: string, content: unknown) => {
    const run = await runCli([
      'check',
      ...['--announcement', written(name, JSON.stringify(content))],
      ...['--rules', 'cn-village', '--format', 'json'],
    ]);
    const report = JSON.parse(run.stdout) as Report;
    return { status: run.status, report, codes: codes(report) };
  };
  const counts = { registeredVoters: 1200, votersCast: 838, validBallots: 828, invalidBallots: 10 };
  const format = 'tallywitness.announcement/1';

  it('says a winner whose votes are keyed by id was not judged, never silently valid', async () => {
    const votes = { 'sun-jianguo': 500, 'qian-lixin': 299 };
    const {
      status,
      report,
      codes: found,
    } = await alone('alone-ids.json', {
      format,
      ...counts,
      contests: { chair: { votes, elected: ['孙建国'] } },
    });
    expect(status).toBe(0);
    expect(found).toEqual(['info UNREAD_FIGURE']);
    expect(report.findings[0]?.messages.en).toContain(
      "so whether 孙建国's votes meet the threshold was not checked",
    );
    expect(report.findings[0]?.messages.zh).toContain('其得票是否达到当选票数未加核对');
    expect(report.announcement?.unreadCount).toBe(1);
  });

  it('notes a winner tied with one not declared; not when the votes differ (near miss)', async () => {
    const run = async (fengJun: string) => {
      const notice = text('announcement.txt')
        .replace('冯军440票', fengJun)
        .replace('李秀兰当选为副主任，', '');
      const result = await runCli([
        'check',
        ...['--announcement', written(`alone-${fengJun}.txt`, notice)],
        ...['--rules', 'cn-village', '--format', 'json'],
      ]);
      return JSON.parse(result.stdout) as Report;
    };
    const tied = await run('冯军440票');
    expect(codes(tied)).toEqual(['warning TIE']);
    expect(tied.findings[0]?.candidate).toBe('周梅');
    expect(tied.findings[0]?.messages.en).toContain(
      'lists 冯军 with the same 440 votes: a tie for the last seat',
    );
    expect(codes(await run('冯军439票'))).toEqual([]);
  });

  it('judges the same winner when the votes are keyed by the name (near miss)', async () => {
    const under = await alone('alone-names.json', {
      format,
      ...counts,
      contests: { chair: { votes: { 孙建国: 500, 钱立新: 299 }, elected: ['孙建国'] } },
    });
    expect(under.codes).toEqual([]);
    const below = await alone('alone-below.json', {
      format,
      ...counts,
      contests: { chair: { votes: { 孙建国: 419, 钱立新: 299 }, elected: ['孙建国'] } },
    });
    expect(below.status).toBe(1);
    expect(below.codes).toEqual(['error ANNOUNCED_WINNER_MISMATCH']);
  });
});
