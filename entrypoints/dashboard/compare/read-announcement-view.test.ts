import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { readAnnouncementView } from './read-announcement-view';

const sample = (name: string) =>
  readFileSync(new URL(`../../../samples/qingshan-village/${name}`, import.meta.url));

test('the bundled sample: its text is shown as read, with the BOM-less UTF-8 the audit saw', () => {
  const bytes = sample('announcement.txt');
  const view = readAnnouncementView(
    { name: 'announcement.txt', bytes },
    { name: 'election.json', bytes: sample('election.json') },
  );
  expect(view.text).toBe(bytes.toString('utf8'));
  expect(view.election?.contests.map((contest) => contest.id)).toEqual(['chair', 'vice-chair', 'member']);
  expect(readAnnouncementView({ name: 'a.json', bytes: sample('announcement.json') }, null).text).toBeNull();
});
