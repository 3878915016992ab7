import { describe, expect, it } from 'vitest';
import { BallotRecordReader } from './ballot-record-reader.js';
import { ballotCountOf } from './raw-ballot-count.js';
import { resolveRepeats } from './resolve-repeats.js';
import { nobleSha256Hasher } from '../hash/noble-sha256-hasher.js';
import { chunkedSource, tallyObject, testElection, utf8 } from './testing/ballot-sources.js';

const HEADER = 'box,ballot,void,chair,vice-chair,member\n';
const OPTIONS = { overvote: 'void-ballot', lang: 'en', hasher: nobleSha256Hasher } as const;

/** countBallots' own steps, with a reader that compares at most `tracked` repeated ballots. */
async function countTrackingAtMost(text: string, tracked: number) {
  const bytes = utf8(text);
  const reader = new BallotRecordReader('ballots.csv', testElection, OPTIONS, true, tracked);
  reader.push(bytes);
  reader.end();
  expect(reader.errors).toEqual([]);
  const raw = reader.raw();
  const resolved = await resolveRepeats(
    'ballots.csv',
    chunkedSource(bytes).chunks(),
    raw,
    testElection,
    OPTIONS,
    null,
  );
  if (!resolved.ok) throw new Error(JSON.stringify(resolved.errors));
  return {
    raw,
    count: ballotCountOf(raw, testElection, { ...OPTIONS, file: 'ballots.csv' }, resolved.value),
  };
}

describe('repeated ballots past those the reader compares', () => {
  const text =
    HEADER +
    'm,001,,wang-lin,,\n' +
    'm,001,,wang-lin,,\n' + // compared: the same, so certain
    'm,002,,li-hua,,\n' +
    'm,002,,li-hua,,\n' + // past the limit: taken as differing although the same
    'm,003,,wang-lin,,\n' +
    'n,003,,li-hua,,\n' +
    'm,003,,li-hua,,\n'; // past the limit, and differing

  it('are counted once each and taken as uncertain, never guessed the same', async () => {
    const { raw, count } = await countTrackingAtMost(text, 1);
    expect(raw.repeated.map((repeat) => repeat.ballot)).toEqual(['001']);
    expect(raw.untrackedRepeats).toEqual([2, 0]);
    expect(tallyObject(count.tally).m!.chair).toEqual({ '#blank': 0, 'wang-lin': 2, 'li-hua': 1 });
    expect(count.boxes.get('m')).toMatchObject({ records: 3, repeats: 3 });
    expect(count.uncertain).toMatchObject({ ballots: 2, records: 4 });
    const summary = count.findings.find((finding) => finding.found === 3);
    expect(summary?.messages.en).toBe(
      '3 records repeat a ballot read before (each ballot counted once); only the first ballot is listed; 2 records of them, past those compared, are taken as differing',
    );
    expect(summary?.messages.zh).toContain('其中 2 条太多而未逐条比对，按内容不同对待');
  });

  it('are compared one by one below the limit: the same records are then certain', async () => {
    const { raw, count } = await countTrackingAtMost(text, 100);
    expect(raw.untrackedRepeats).toEqual([0, 0]);
    expect(count.uncertain).toMatchObject({ ballots: 1, records: 2 });
  });
});
