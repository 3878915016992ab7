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
