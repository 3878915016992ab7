import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { comparisonRows } from '../../entrypoints/dashboard/charts/announcement-rows.js';
import { formatCount, formatTenthsOfPercent } from '../../entrypoints/dashboard/charts/format-number.js';
import { scaledLength, shareInTenthsOfPercent } from '../../entrypoints/dashboard/charts/integer-share.js';
import { readAnnouncementView } from '../../entrypoints/dashboard/compare/read-announcement-view.js';
import type { Finding, Report } from '../../core/index.js';
import { samplePath } from './sample-data.js';

/**
 * The result page's arithmetic and its pairing of announced figures with the recount, without a
 * browser. The report is a small hand-made one, so that every expected value here is worked out by hand.
 */

describe('integer shares', () => {
  test('tenths of a percent, rounded half up, exact for any size of count', () => {
    expect(shareInTenthsOfPercent(1019, 1476)).toBe(690); // 69.037…%
    expect(shareInTenthsOfPercent(1, 8)).toBe(125); // 12.5% exactly
    expect(shareInTenthsOfPercent(1, 2000)).toBe(1); // 0.05% rounds up to 0.1%
    expect(shareInTenthsOfPercent(1, 2001)).toBe(0); // 0.0499…% rounds down
    expect(shareInTenthsOfPercent(3, 0)).toBeNull();
    // 2^53 + 1 is not a double; the share of half of it still rounds right.
    expect(shareInTenthsOfPercent(2 ** 52, 2 ** 53)).toBe(500);
  });
  test('bar lengths are rounded down and never beyond the scale', () => {
    expect(scaledLength(739, 1476, 340)).toBe(170); // 170.23…
    expect(scaledLength(58, 0, 340)).toBe(0);
    expect(scaledLength(300, 200, 340)).toBe(340);
  });
  test('numbers are formatted for the language', () => {
    expect(formatCount(1476, 'zh')).toBe('1,476');
    expect(formatCount(null, 'en')).toBe('—');
    expect(formatTenthsOfPercent(690, 'en')).toBe('69.0%');
    expect(formatTenthsOfPercent(5, 'zh')).toBe('0.5%');
    expect(formatTenthsOfPercent(null, 'zh')).toBe('—');
  });
});

const candidate = (id: string, name: string, votes: number, elected: boolean) => ({
  id,
  name,
  votes,
  writeIn: false,
  elected,
});

const report = (findings: Finding[]): Report => ({
  format: 'tallywitness.report/1',
  election: 'test',
  rules: 'cn-village',
  round: 'first',
  lang: 'zh',
  verdict: findings.length ? 'discrepancies' : 'valid',
  turnout: {
    registered: 200,
    cast: 120,
    issued: 121,
    invalid: 2,
    valid: 118,
    quorumMet: true,
    electionValid: true,
  },
  contests: [
    {
      id: 'chair',
      name: '主任',
      seats: 1,
      validBallots: 118,
      blank: 3,
      candidates: [candidate('wang', '王林', 70, true), candidate('li', '李华', 45, false)],
      elected: ['wang'],
      unfilledSeats: 0,
      votesNeeded: 61,
    },
  ],
  boxes: [],
  findings,
  inputs: [],
});

const announcement = (text: string) =>
  readAnnouncementView({ name: 'a.txt', bytes: new TextEncoder().encode(text) }, null);

describe('the announcement beside the recount', () => {
  test('figures that agree carry the recount value the comparator finds; the others are not compared', () => {
    const view = announcement(
      '登记选民200人，参加投票120人，参选率60%。王林70票，李华45票。王林当选为主任。',
    );
    expect(view.text).toContain('王林70票');
    const rows = comparisonRows(report([]), view.figures, null).map((row) => ({
      subject: row.subject,
      recount: row.recount,
      status: row.status,
    }));
    expect(rows).toEqual([
      {
        subject: { kind: 'count', meaning: 'registered' },
        recount: { kind: 'count', value: 200 },
        status: 'agrees',
      },
      {
        subject: { kind: 'count', meaning: 'cast' },
        recount: { kind: 'count', value: 120 },
        status: 'agrees',
      },
      {
        subject: { kind: 'quote', text: '参选率60%' },
        recount: { kind: 'text', text: '60%' },
        status: 'agrees',
      },
      {
        subject: { kind: 'votes', candidate: '王林', contest: '主任' },
        recount: { kind: 'count', value: 70 },
        status: 'agrees',
      },
      {
        subject: { kind: 'votes', candidate: '李华', contest: '主任' },
        recount: { kind: 'count', value: 45 },
        status: 'agrees',
      },
      {
        subject: { kind: 'elected', contest: '主任' },
        recount: { kind: 'text', text: '王林' },
        status: 'agrees',
      },
    ]);
  });

  test('a figure the report finds different takes its values from the finding, matched by its span', () => {
    const text = '王林71票，李华45票。';
    const view = announcement(text);
    const start = text.indexOf('王林71票');
    const finding: Finding = {
      code: 'ANNOUNCED_MISMATCH',
      severity: 'error',
      message: '…',
      messages: { zh: '…', en: '…' },
      contest: 'chair',
      candidate: 'wang',
      box: null,
      expected: 70,
      found: 71,
      where: { file: 'a.txt', span: [start, start + '王林71票'.length], text: '王林71票' },
    };
    const rows = comparisonRows(report([finding]), view.figures, null);
    expect(rows.map((row) => [row.status, row.recount, row.announced, row.findingIndex])).toEqual([
      ['differs', { kind: 'count', value: 70 }, { kind: 'count', value: 71 }, 0],
      ['agrees', { kind: 'count', value: 45 }, { kind: 'count', value: 45 }, undefined],
    ]);
    // Without the text (a saved audit), the finding alone makes a row.
    expect(comparisonRows(report([finding]), null, null)).toMatchObject([
      { status: 'differs', subject: { kind: 'votes', candidate: '王林', contest: '主任' }, findingIndex: 0 },
    ]);
  });

  test('the bundled sample: its text is shown as read, with the BOM-less UTF-8 the audit saw', () => {
    const bytes = readFileSync(samplePath('announcement.txt'));
    const view = readAnnouncementView(
      { name: 'announcement.txt', bytes },
      {
        name: 'election.json',
        bytes: readFileSync(samplePath('election.json')),
      },
    );
    expect(view.text).toBe(bytes.toString('utf8'));
    expect(view.election?.contests.map((contest) => contest.id)).toEqual(['chair', 'vice-chair', 'member']);
    expect(
      readAnnouncementView({ name: 'a.json', bytes: readFileSync(samplePath('announcement.json')) }, null)
        .text,
    ).toBeNull();
  });
});
