import { expect, test } from 'vitest';
import { readAnnouncementText, type Finding } from '../../core/index.js';
import { announcementMarks, findingMarkKey } from './announcement-marks';

const text = '登记选民200人，参加投票120人。王林70票。';
const figures = readAnnouncementText(text).figures;

const findingAt = (phrase: string, file: string, severity: Finding['severity']): Finding => {
  const start = text.indexOf(phrase);
  return {
    code: 'ANNOUNCED_MISMATCH',
    severity,
    message: 'differs',
    messages: { zh: '不符', en: 'differs' },
    contest: null,
    candidate: null,
    box: null,
    expected: null,
    found: null,
    where: { file, span: [start, start + phrase.length], text: phrase },
  };
};

test('each figure read is marked over its own text, labelled with what it was read as', () => {
  const marks = announcementMarks(figures, []);
  expect(marks.map((mark) => [text.slice(mark.start, mark.end), mark.kind, mark.key, mark.label])).toEqual([
    ['登记选民200人', 'figure', 'figure-0', '登记选民 / registered: 200'],
    ['参加投票120人', 'figure', 'figure-1', '参加投票 / cast: 120'],
    ['王林70票', 'figure', 'figure-2', '王林 得票 / votes: 70'],
  ]);
});

test('findings are marked by severity and keyed by their place in the report, whichever are left out', () => {
  const findings = [
    findingAt('王林70票', 'tallies.csv', 'error'),
    { ...findingAt('王林70票', 'a.txt', 'warning'), where: { file: 'a.txt' } },
    findingAt('参加投票120人', 'a.txt', 'warning'),
  ];
  const marks = announcementMarks([], findings, {
    inText: (finding) => finding.where?.file === 'a.txt',
    label: (finding) => `${finding.code}: ${finding.message}`,
  });
  expect(marks).toEqual([
    {
      start: text.indexOf('参加投票'),
      end: text.indexOf('。王林'),
      kind: 'warning',
      key: findingMarkKey(2),
      label: 'ANNOUNCED_MISMATCH: differs',
    },
  ]);
  // Without a filter every finding with a span is marked, labelled by its code.
  expect(announcementMarks([], findings).map((mark) => [mark.key, mark.label])).toEqual([
    ['finding-0', 'ANNOUNCED_MISMATCH'],
    ['finding-2', 'ANNOUNCED_MISMATCH'],
  ]);
});
