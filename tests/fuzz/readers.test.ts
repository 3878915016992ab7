// The standing fuzz suite (issue 21): every reader of the tool's inputs, on generated hostile input
// and on the committed corpus of files that broke readers before. Properties: never an exception or a
// crash; a refusal carries a place (line, or JSON path) and both languages. A growth test per reader
// counts its work (not its time) at 10 KB and 100 KB of pathological input: linear means about ten
// times the work. `npm run fuzz` runs the same with FUZZ_RUNS inputs per reader.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  keyFileNeedsPassphrase,
  openSecretKey,
  parseJson,
  readAnnouncement,
  readAnnouncementJson,
  readBoxes,
  readElection,
  readTallies,
  readTalliesJson,
  verifySignedFile,
  type Election,
  type InputError,
  type Result,
} from '../../core/index.js';
import { count } from '../../core/ballots/testing/ballot-sources.js';
import { parseHistoryFile } from '../../entrypoints/shared/history-store.js';
import { asBytes, mutatedJson, nastyCsv, nastyText, RUNS } from './fuzz-inputs.js';
import { countWorkAsync } from './work-meter.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const sampleText = (file: string) => readFileSync(join(root, 'samples', 'qingshan-village', file), 'utf8');
const election = (() => {
  const read = readElection('election.json', new TextEncoder().encode(sampleText('election.json')));
  if (!read.ok) throw new Error('the sample election does not read');
  return read.value;
})() satisfies Election;
const decoder = new TextDecoder();

/** A refusal says where and says it in both languages. */
function expectWellFormed(result: Result<unknown>, needsPlace = true): void {
  if (result.ok) return;
  expect(result.errors.length).toBeGreaterThan(0);
  for (const error of result.errors as InputError[]) {
    expect(error.file).toBeTruthy();
    expect(error.message.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(error.message.en).toMatch(/[a-z]/);
    if (needsPlace)
      expect(error.line !== undefined || error.path !== undefined, JSON.stringify(error)).toBe(true);
  }
}

interface Reader {
  readonly name: string;
  readonly inputs: fc.Arbitrary<Uint8Array>;
  readonly read: (bytes: Uint8Array) => Result<unknown> | Promise<Result<unknown>>;
  /** Pathological input of about `size` bytes, for the growth test. */
  readonly grow: (size: number) => Uint8Array;
  /** Only "never throws, terminates": the reader is being rewritten (the announcement's prose). */
  readonly lenient?: boolean;
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const receiptSeed = JSON.parse(readFileSync(join(here, 'corpus', 'receipt--seed.json'), 'utf8')) as unknown;
const keySeed = {
  format: 'tallywitness.key/1',
  createdAt: '2026-01-01T00:00:00Z',
  publicKey: 'A'.repeat(43) + '=',
  protection: 'passphrase',
  kdf: { name: 'scrypt', logN: 1, r: 1, p: 1, salt: 'AAAA' },
  nonce: 'AAAA',
  sealed: 'AAAA',
};
const historySeed = {
  format: 'tallywitness.history/1',
  exportedAt: '2026-01-01T00:00:00Z',
  audits: [
    {
      id: 'a',
      savedAt: 'x',
      election: 'e',
      verdict: 'valid',
      inputs: [],
      report: { format: 'tallywitness.report/1' },
      receipt: null,
    },
  ],
};

const READERS: readonly Reader[] = [
  {
    name: 'election',
    inputs: fc.oneof(asBytes(mutatedJson(JSON.parse(sampleText('election.json')))), asBytes(nastyText)),
    read: (bytes) => readElection('election.json', bytes),
    grow: (size) => utf8(`{"contests":[${'{"id":"c","seats":1e400},'.repeat(size / 24)}1]}`),
  },
  {
    name: 'boxes',
    inputs: asBytes(nastyCsv('box,registered,issued,returned,invalid')),
    read: (bytes) => readBoxes('boxes.csv', bytes),
    grow: (size) => utf8('box,registered,issued,returned,invalid\n' + '1,'.repeat(size / 2)),
  },
  {
    name: 'tallies',
    inputs: fc.oneof(asBytes(nastyCsv('box,contest,candidate,votes')), asBytes(nastyText)),
    read: (bytes) => readTallies('tallies.csv', bytes, election),
    grow: (size) =>
      utf8('box,contest,candidate,votes\n' + 'central,chair,陈\u200b建华,1\n'.repeat(size / 30)),
  },
  {
    name: 'tallies-json',
    inputs: asBytes(
      mutatedJson({
        format: 'tallywitness.tallies/1',
        boxes: [
          {
            id: 'central',
            registered: 9,
            issued: 9,
            returned: 9,
            invalid: 0,
            votes: { chair: { 'chen-jianhua': 5, '#blank': 4 } },
          },
        ],
      }),
    ),
    read: (bytes) => readTalliesJson('tallies.json', bytes, election),
    grow: (size) =>
      utf8(`{"format":"tallywitness.tallies/1","boxes":[${'{"id":"b","id":"b"},'.repeat(size / 21)}{}]}`),
  },
  {
    name: 'ballots',
    inputs: fc.oneof(asBytes(nastyCsv('box,ballot,void,chair,vice-chair,member')), asBytes(nastyText)),
    read: (bytes) => count(bytes, { sizes: [7, 4096] }),
    grow: (size) => utf8('1,'.repeat(size / 2)),
  },
  {
    name: 'announcement-json',
    inputs: asBytes(
      mutatedJson({
        format: 'tallywitness.announcement/1',
        registeredVoters: 2100,
        validBallots: 1454,
        contests: { chair: { votes: { 'chen-jianhua': 670 }, elected: ['陈建华'], abstained: 31 } },
      }),
    ),
    read: (bytes) => readAnnouncementJson('announcement.json', bytes),
    grow: (size) => utf8(`{"contests":{${'"c":{"votes":{"a":1,"a":2}},'.repeat(size / 27)}"d":1}}`),
  },
  {
    name: 'announcement-text',
    inputs: asBytes(nastyText),
    read: (bytes) => readAnnouncement('announcement.txt', bytes, election),
    grow: (size) => utf8('选举结果公告\n' + '陈建华 当选，得票 670 票。\n'.repeat(size / 40)),
    lenient: true,
  },
  {
    name: 'receipt',
    inputs: asBytes(mutatedJson(receiptSeed)),
    read: (bytes) => verifySignedFile(bytes, 'receipt.json'),
    grow: (size) => utf8(`{"payload":{"report":${'['.repeat(size / 2)}${']'.repeat(size / 2)}}}`),
  },
  {
    name: 'key',
    inputs: asBytes(mutatedJson(keySeed)),
    read: (bytes) => {
      const json = parseJson('key.json', decoder.decode(bytes));
      if (!json.ok) return json;
      return openSecretKey(
        json.value,
        keyFileNeedsPassphrase(json.value) ? 'a passphrase' : undefined,
        'key.json',
      );
    },
    grow: (size) => utf8(`{"format":"tallywitness.key/1","label":"${'\\u202e'.repeat(size / 6)}"}`),
  },
  {
    name: 'history',
    inputs: asBytes(mutatedJson(historySeed)),
    read: (bytes) => parseHistoryFile(decoder.decode(bytes), 'history.json'),
    grow: (size) =>
      utf8(`{"format":"tallywitness.history/1","audits":[${'{"id":"a"},'.repeat(size / 11)}1]}`),
  },
];

const corpus = readdirSync(join(here, 'corpus')).filter((file) => file.includes('--'));
const readerFor = (file: string) => {
  const kind = file.split('--')[0]!;
  if (kind === 'tallies')
    return READERS.find((reader) => reader.name === (file.endsWith('.json') ? 'tallies-json' : 'tallies'))!;
  if (kind === 'announcement')
    return READERS.find(
      (reader) => reader.name === (file.endsWith('.json') ? 'announcement-json' : 'announcement-text'),
    )!;
  return READERS.find((reader) => reader.name === kind)!;
};

describe.each(READERS.map((reader) => [reader.name, reader] as const))('reader %s', (_, reader) => {
  it('never throws, and refuses with a place in both languages', async () => {
    await fc.assert(
      fc.asyncProperty(reader.inputs, async (bytes) => {
        const result = await reader.read(bytes);
        if (!reader.lenient) expectWellFormed(result);
      }),
      { numRuns: RUNS },
    );
  });

  it.each(corpus.filter((file) => readerFor(file) === reader))(
    'reads corpus file %s without a crash',
    async (file) => {
      const result = await reader.read(readFileSync(join(here, 'corpus', file)));
      if (!reader.lenient) expectWellFormed(result);
    },
  );

  it('does work in proportion to pathological input (10 KB → 100 KB)', async () => {
    const small = reader.grow(10_000);
    const large = reader.grow(100_000);
    const workOf = (bytes: Uint8Array) => countWorkAsync(async () => reader.read(bytes));
    const smallWork = await workOf(small);
    expect(smallWork).toBeGreaterThan(0); // the meter sees the reader at work
    expect((await workOf(large)) / smallWork).toBeLessThan(20);
  });
});
