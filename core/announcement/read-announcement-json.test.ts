import { describe, expect, it } from 'vitest';
import { readAnnouncementJson } from './read-announcement-json.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('readAnnouncementJson', () => {
  it('reads the contract example, keeping a JSON path for each figure', () => {
    const result = readAnnouncementJson(
      'announcement.json',
      bytes(
        '\ufeff' +
          JSON.stringify({
            format: 'tallywitness.announcement/1',
            registeredVoters: 1860,
            ballotsIssued: 1322,
            ballotsReturned: 1322,
            validBallots: 1309,
            invalidBallots: 13,
            contests: { chair: { votes: { 王林: 812, 李华: 497 }, elected: ['王林'], abstained: 0 } },
          }),
      ),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { figures, file } = result.value;
    expect(file).toBe('announcement.json');
    expect(figures.map((figure) => [figure.kind, figure.origin.path])).toEqual([
      ['count', '$.registeredVoters'],
      ['count', '$.ballotsIssued'],
      ['count', '$.ballotsReturned'],
      ['count', '$.validBallots'],
      ['count', '$.invalidBallots'],
      ['votes', '$.contests.chair.votes["王林"]'],
      ['votes', '$.contests.chair.votes["李华"]'],
      ['elected', '$.contests.chair.elected'],
      ['count', '$.contests.chair.abstained'],
    ]);
    expect(figures[5]).toMatchObject({
      kind: 'votes',
      contest: { id: 'chair' },
      candidate: '王林',
      value: 812n,
    });
    expect(figures[7]).toMatchObject({ kind: 'elected', names: ['王林'] });
  });

  it('accepts an announcement that states nothing', () => {
    const result = readAnnouncementJson('a.json', bytes('{"format":"tallywitness.announcement/1"}'));
    expect(result).toEqual({ ok: true, value: { file: 'a.json', figures: [], unread: [] } });
  });

  it('collects every bad value with its path, in both languages', () => {
    const result = readAnnouncementJson(
      'a.json',
      bytes(
        JSON.stringify({
          format: 'tallywitness.announcement/2',
          validBallots: -1,
          invalidBallot: 3,
          contests: { 'vice-chair': { votes: { 夏超: 1.5 }, elected: '夏超' } },
        }),
      ),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.path)).toEqual([
      '$.format',
      '$.validBallots',
      '$.invalidBallot',
      '$.contests["vice-chair"].votes["夏超"]',
      '$.contests["vice-chair"].elected',
    ]);
    for (const error of result.errors) {
      expect(error.file).toBe('a.json');
      expect(error.message.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(error.message.en).toMatch(/[a-z]/);
    }
  });

  it('names the line and column of a syntax error', () => {
    const result = readAnnouncementJson('a.json', bytes('{\n  "validBallots": 12,\n  oops\n}'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({ file: 'a.json', line: 3, column: 3 });
  });

  it('rejects bytes that are not UTF-8, and JSON that is no object', () => {
    expect(readAnnouncementJson('a.json', new Uint8Array([0x7b, 0xff, 0x7d])).ok).toBe(false);
    const list = readAnnouncementJson('a.json', bytes('[1]'));
    expect(list.ok === false && list.errors[0]?.path).toBe('$');
  });
});

describe('readAnnouncementJson on hostile files (issue 21, defects 7 and 12)', () => {
  it('refuses a key given twice, with its path, instead of keeping the last figure', () => {
    const result = readAnnouncementJson(
      'a.json',
      bytes('{\n "contests": {"chair": {"votes": {"wang-lin": 600, "wang-lin": 6}}}\n}'),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({ path: '$.contests.chair.votes["wang-lin"]', line: 2 });
  });

  it('reads GB18030 as election.json does, and names the line and byte of bytes no encoding reads', () => {
    // {"validBallots": 12, "contests": {"主任": {}}} with 主任 in GB18030 (D6 F7 C8 CE).
    const gb = new Uint8Array([
      ...bytes('{"validBallots": 12, "contests": {"'),
      0xd6,
      0xf7,
      0xc8,
      0xce,
      ...bytes('": {}}}'),
    ]);
    expect(readAnnouncementJson('a.json', gb).ok).toBe(true);
    const broken = new Uint8Array([...bytes('{\n"validBallots":\n 12'), 0xff, ...bytes('}')]);
    const result = readAnnouncementJson('a.json', broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({ file: 'a.json', line: 3 });
    expect(result.errors[0]!.message.en).toContain('offset 21');
    expect(result.errors[0]!.message.zh).toContain('第 21 字节');
  });
});
