import { describe, expect, test } from 'vitest';
import type { Finding } from '../../../core/index.js';
import { readAnnouncementView } from '../compare/read-announcement-view';
import { smallReport } from '../testing/small-report';
import { comparisonRows } from './announcement-rows';

/**
 * The result page's pairing of announced figures with the recount. The report is a small hand-made one,
 * so that every expected value here is worked out by hand.
 */

const report = (findings: Finding[]) => smallReport({ findings });

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
});
