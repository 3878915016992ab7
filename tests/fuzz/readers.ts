// Every reader of the tool's inputs, with generators of hostile input for it and a pathological input
// of a given size: shared by the fuzz suite (readers.test.ts) and the benchmark (bench/hostile-readers.ts).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
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
  type Result,
} from '../../core/index.js';
import { count } from '../../core/ballots/testing/ballot-sources.js';
import { parseHistoryFile } from '../../entrypoints/shared/history-store.js';
import { asBytes, mutatedJson, nastyCsv, nastyText } from './fuzz-inputs.js';

export const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const sampleText = (file: string) => readFileSync(join(root, 'samples', 'qingshan-village', file), 'utf8');
const election = (() => {
  const read = readElection('election.json', new TextEncoder().encode(sampleText('election.json')));
  if (!read.ok) throw new Error('the sample election does not read');
  return read.value;
})() satisfies Election;
const decoder = new TextDecoder();

export interface Reader {
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

export const READERS: readonly Reader[] = [
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
