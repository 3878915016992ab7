import { describe, expect, it } from 'vitest';
import { nobleSha256Hasher } from '../hash/noble-sha256-hasher.js';
import { count, tallyObject, testElection, utf8 } from './testing/ballot-sources.js';

const HEADER = 'box,ballot,void,chair,vice-chair,member\n';

async function counted(text: string | Uint8Array, options: Parameters<typeof count>[1] = {}) {
  const result = await count(text, options);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

describe('countBallots', () => {
  it('counts the contract example: ids, names, abstentions and a void ballot', async () => {
    const value = await counted(
      HEADER +
        'central,000001,,wang-lin,zhou-qing,chen-mei|liu-yang|sun-tao\n' +
        'central,000002,,李华,,chen-mei\n' +
        'mobile-1,000003,1,,,\n',
    );
    expect(tallyObject(value.tally)).toEqual({
      central: {
        chair: { '#blank': 0, 'wang-lin': 1, 'li-hua': 1 },
        'vice-chair': { '#blank': 1, 'zhou-qing': 1 },
        member: { '#blank': 0, 'chen-mei': 2, 'liu-yang': 1, 'sun-tao': 1 },
      },
    });
    expect(Object.fromEntries(value.boxes)).toEqual({
      central: { records: 2, repeats: 0, void: 0, overvoted: 0, contestsVoided: 0, twoPosts: 0 },
      'mobile-1': { records: 1, repeats: 0, void: 1, overvoted: 0, contestsVoided: 0, twoPosts: 0 },
    });
    expect(value.rows).toBe(3);
    expect(value.findings).toEqual([]);
  });

  it('counts an unknown name as a write-in and a name repeated in one cell once', async () => {
    const value = await counted(HEADER + 'b,1,,张三,周青|zhou-qing,陈梅| chen-mei |何军\n');
    expect(tallyObject(value.tally).b).toEqual({
      chair: { '#blank': 0, 张三: 1 },
      'vice-chair': { '#blank': 0, 'zhou-qing': 1 },
      member: { '#blank': 0, 'chen-mei': 1, 'he-jun': 1 },
    });
  });

  it('voids the whole ballot for an overvote under void-ballot', async () => {
    const text =
      HEADER +
      'b,1,,wang-lin|li-hua,zhou-qing,chen-mei\n' +
      'b,2,,wang-lin,zhou-qing,chen-mei|liu-yang|sun-tao|he-jun\n' +
      'b,3,,li-hua,,\n';
    const value = await counted(text, { overvote: 'void-ballot' });
    expect(value.boxes.get('b')).toEqual({
      records: 3,
      repeats: 0,
      void: 0,
      overvoted: 2,
      contestsVoided: 0,
      twoPosts: 0,
    });
    expect(tallyObject(value.tally).b).toEqual({
      chair: { '#blank': 0, 'li-hua': 1 },
      'vice-chair': { '#blank': 1 },
      member: { '#blank': 1 },
    });
    expect(value.findings.map((f) => [f.code, f.box, f.contest, f.found])).toEqual([
      ['OVERVOTE', 'b', 'chair', 1],
      ['OVERVOTE', 'b', 'member', 1],
    ]);
  });

  it('voids only the contest for an overvote under void-contest; the ballot stays valid', async () => {
    const text = HEADER + 'b,1,,wang-lin|li-hua,zhou-qing,chen-mei\n' + 'b,2,,li-hua,,\n';
    const value = await counted(text, { overvote: 'void-contest' });
    expect(value.boxes.get('b')).toEqual({
      records: 2,
      repeats: 0,
      void: 0,
      overvoted: 0,
      contestsVoided: 1,
      twoPosts: 0,
    });
    expect(tallyObject(value.tally).b).toEqual({
      chair: { '#blank': 0, 'li-hua': 1 },
      'vice-chair': { '#blank': 1, 'zhou-qing': 1 },
      member: { '#blank': 1, 'chen-mei': 1 },
    });
    expect(value.findings[0]).toMatchObject({
      code: 'OVERVOTE',
      severity: 'info',
      box: 'b',
      contest: 'chair',
      found: 1,
    });
  });

  it('reports each repeated (box, ballot) once with its first repeat, and counts each ballot once', async () => {
    const text =
      HEADER +
      'a,7,,wang-lin,,\n' +
      'b,7,,wang-lin,,\n' +
      'a,x-7,,li-hua,,\n' +
      'a,7,,li-hua,,\n' +
      'a,x-7,1,,,\n' +
      'a,07,,,,\n';
    const value = await counted(text);
    expect(value.findings.map((f) => [f.code, f.box, f.found, f.where?.line, f.where?.column])).toEqual([
      ['DUPLICATE_BALLOT', 'a', '7', 5, 3],
      ['DUPLICATE_BALLOT', 'a', 'x-7', 6, 3],
    ]);
    expect(value.boxes.get('a')).toMatchObject({ records: 3, repeats: 2, void: 0 });
    // 7 chose wang-lin, then li-hua; x-7 chose li-hua, then was void: both uncertain.
    expect(value.uncertain).toMatchObject({ ballots: 2, records: 4 });
  });

  it('reads Chinese headers, contest names as headers, CRLF, quotes and no final line break', async () => {
    const text =
      '\ufeff票箱,选票编号,废票,主任,副主任,委员\r\n' +
      '"中心会场","001",,"王林","周青","陈梅|刘洋"\r\n' +
      '中心会场,002,0,"李华","""老赵""",","\r\n' +
      '"流动\n票箱",003,,王林,,"孙涛|\r\n何军"';
    const value = await counted(text);
    expect(tallyObject(value.tally)).toEqual({
      中心会场: {
        chair: { '#blank': 0, 'wang-lin': 1, 'li-hua': 1 },
        'vice-chair': { '#blank': 0, 'zhou-qing': 1, '"老赵"': 1 },
        member: { '#blank': 0, 'chen-mei': 1, 'liu-yang': 1, ',': 1 },
      },
      '流动\n票箱': {
        chair: { '#blank': 0, 'wang-lin': 1 },
        'vice-chair': { '#blank': 1 },
        member: { '#blank': 0, 'sun-tao': 1, 'he-jun': 1 },
      },
    });
  });

  it('reads the void column headed 作废 or 是否作废, as ballot registers head it', async () => {
    for (const header of ['作废', '是否作废']) {
      const value = await counted(
        `票箱,选票编号,${header},主任,副主任,委员\n中心会场,1,1,,,\n中心会场,2,,王林,,\n`,
      );
      expect(value.boxes.get('中心会场')).toMatchObject({ records: 2, void: 1 });
      expect(tallyObject(value.tally)['中心会场']?.chair).toEqual({ '#blank': 0, 'wang-lin': 1 });
    }
  });

  it('reads a cell written 弃权 or 弃权票 as an abstention, as tallies.csv does, never as a write-in', async () => {
    const value = await counted(
      'box,ballot,void,chair,vice-chair,member\n' +
        'a,1,,弃权,弃权票,陈梅|弃权\n' +
        'a,2,,王林,,弃权\n' +
        'a,3,,#blank,周青,\n',
    );
    expect(tallyObject(value.tally)).toEqual({
      a: {
        chair: { '#blank': 2, 'wang-lin': 1 },
        'vice-chair': { '#blank': 2, 'zhou-qing': 1 },
        member: { '#blank': 2, 'chen-mei': 1 },
      },
    });
  });

  it('reads GB18030, including a character whose second byte is the | separator', async () => {
    // 粅 is 0xBB 0x7C in GB18030: its trail byte equals `|`.
    const election = {
      ...testElection,
      contests: testElection.contests.map((contest) =>
        contest.id === 'chair'
          ? { ...contest, candidates: [...contest.candidates, { id: 'wu', name: '粅' }] }
          : contest,
      ),
    };
    const gb = (parts: (string | number[])[]) =>
      new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...utf8(part)] : part)));
    const wangLin = [0xcd, 0xf5, 0xc1, 0xd6];
    const bytes = gb([
      'box,ballot,chair,vice-chair,member\n',
      'b,1,',
      [0xbb, 0x7c],
      ',,\n',
      'b,2,',
      wangLin,
      ',,\n',
    ]);
    const value = await counted(bytes, { election, sizes: [3] });
    expect(value.encoding).toBe('gb18030');
    expect(tallyObject(value.tally).b?.chair).toEqual({ '#blank': 0, wu: 1, 'wang-lin': 1 });
  });

  it('counts a header with no rows as zero ballots', async () => {
    const value = await counted(HEADER);
    expect(value.tally.boxes.size).toBe(0);
    expect(value.boxes.size).toBe(0);
    expect(value.rows).toBe(0);
  });

  it('hashes the bytes as read and reports progress and size', async () => {
    const text = HEADER + 'b,1,,wang-lin,,\n'.repeat(1);
    const progress: number[] = [];
    const value = await counted(text, { sizes: [5], onProgress: (p) => progress.push(p.rows) });
    const whole = nobleSha256Hasher();
    whole.update(utf8(text));
    expect(value.sha256).toBe(whole.digestHex());
    expect(value.bytes).toBe(utf8(text).length);
    expect(progress.at(-1)).toBe(1);
  });

  it('reports progress about every MiB with the rows read so far', async () => {
    const row = 'box-1,000001,,wang-lin,zhou-qing,chen-mei|liu-yang\n';
    const rows = Math.ceil((3 << 20) / row.length);
    const lines = [HEADER];
    for (let i = 0; i < rows; i++) lines.push(`box-${i % 5},${i},,wang-lin,zhou-qing,chen-mei|liu-yang\n`);
    const seen: { bytesRead: number; rows: number; totalBytes: number | null }[] = [];
    const value = await counted(lines.join(''), { sizes: [65536], onProgress: (p) => seen.push(p) });
    expect(value.rows).toBe(rows);
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(seen[0]!.bytesRead).toBeGreaterThanOrEqual(1 << 20);
    expect(seen[0]!.rows).toBeGreaterThan(0);
    expect(seen.at(-1)).toEqual({
      file: 'ballots.csv',
      bytesRead: value.bytes,
      totalBytes: value.bytes,
      rows,
    });
  });

  it('stops between chunks when cancelled', async () => {
    const controller = new AbortController();
    const result = count(HEADER + 'b,1,,,,\n'.repeat(100), {
      sizes: [16],
      signal: controller.signal,
      onProgress: () => undefined,
    });
    controller.abort();
    await expect(result).rejects.toThrow(/abort/i);
  });
});

describe('the cell cache', () => {
  it('remembers an empty cell like any other (its hash is stored as a signed 32-bit value)', async () => {
    const { BallotRecordReader } = await import('./ballot-record-reader.js');
    const reader = new BallotRecordReader('ballots.csv', testElection, {
      overvote: 'void-ballot',
      lang: 'en',
    });
    reader.push(utf8(HEADER + 'b,1,,,,\n'.repeat(50) + 'b,2,,王林,,\n'.repeat(50)));
    reader.end();
    expect(reader.cachedCells()).toEqual([2, 1, 1]);
  });
});
