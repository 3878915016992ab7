// The plain-row loop (the fast path) held against the general path alone, over seeded random files
// made mostly of rows the loop reads and sprinkled with every kind of row it must leave to the general
// path: quoted cells, CRLF and lone CR, padding, empty names, bad void marks, wrong cell counts,
// repeats, unknown write-ins, NUL bytes, stray bytes after a quote, an unclosed quote, GB18030 names
// whose trail byte is `|`. Counts, findings and errors (file, line, column) must be the same, and so
// must they be whatever the chunking, a cut at any byte included.
import { describe, expect, it } from 'vitest';
import type { Election } from '../model/election.js';
import { seededRandom } from '../testing/seeded-random.js';
import { concatBytes, gb18030 } from '../../tests/fuzz/gb18030.js';
import { BallotRecordReader } from './ballot-record-reader.js';
import { testElection, utf8 } from './testing/ballot-sources.js';

/** The test election with 粅 (0xBB 0x7C in GB18030: its trail byte is `|`) among the members. */
const election: Election = {
  ...testElection,
  contests: testElection.contests.map((contest) =>
    contest.id === 'member'
      ? { ...contest, candidates: [...contest.candidates, { id: 'wu', name: '粅' }] }
      : contest,
  ),
};

type Random = () => number;
const pick = <T>(next: Random, items: readonly T[]): T => items[Math.floor(next() * items.length)]!;

/** Names a contest cell may hold: mostly the election's ids and names, sometimes something harder. */
function contestNames(contest: number): string[] {
  const candidates = election.contests[contest]!.candidates;
  return [...candidates.map((candidate) => candidate.id), ...candidates.map((candidate) => candidate.name)];
}
const HARD_NAMES = ['张三', 'Ω', 'two words', ' 王林', '李华 ', '', 'a,b', '"q"', 'x\ny', 'wang-lin-2'];

function contestCell(next: Random, contest: number, hostile: boolean): string {
  const count = Math.floor(next() * (election.contests[contest]!.seats + 2));
  const names = Array.from({ length: count }, () =>
    hostile && next() < 0.3 ? pick(next, HARD_NAMES) : pick(next, contestNames(contest)),
  );
  return names.join('|');
}

/** A cell as CSV: quoted when it must be, or at random when `quote`. */
function csvCell(text: string, quote: boolean): string {
  return quote || /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const BOXES = ['central', '中心会场', 'mobile-3'];
const HARD_BOXES = [' central', 'b,2', 'mobile "1"', '流动\n票箱', '', 'new-box'];
const HARD_IDS = ['', ' 7', 'A-1', '票1', '1234567890123456', '00'];
const HARD_VOIDS = ['0', ' 1', 'x', '10'];
const ENDINGS = ['\n', '\r\n', '\r'];

/** One row's text, without its line ending. */
function row(next: Random, number: number, hostile: boolean): string {
  const box = hostile && next() < 0.15 ? pick(next, HARD_BOXES) : pick(next, BOXES);
  const id =
    hostile && next() < 0.15
      ? pick(next, HARD_IDS)
      : String(next() < 0.03 ? Math.floor(next() * number) : number).padStart(6, '0'); // some repeats
  const mark = hostile && next() < 0.15 ? pick(next, HARD_VOIDS) : next() < 0.05 ? '1' : '';
  const cells = [box, id, mark, ...election.contests.map((_, index) => contestCell(next, index, hostile))];
  if (hostile && next() < 0.1) cells.pop(); // too few cells
  if (hostile && next() < 0.1) cells.push('extra'); // too many
  const quoteAll = hostile && next() < 0.2;
  let text = cells.map((cell) => csvCell(cell, quoteAll && next() < 0.5)).join(',');
  if (hostile && next() < 0.05) text = text.replace(/"(,|$)/, '"x$1'); // a stray byte after a quote
  return text;
}

/** A file of `rows` rows, a few of them hostile, its first one always the plain header. */
function randomFile(seed: number): Uint8Array {
  const next = seededRandom(seed);
  const rows = 120 + Math.floor(next() * 200);
  const hostileShare = next() < 0.3 ? 0 : next() * 0.15;
  const mainEnding = pick(next, ['\n', '\r\n']);
  const gb = next() < 0.15;
  let text = 'box,ballot,void,chair,vice-chair,member' + mainEnding;
  for (let n = 1; n <= rows; n++) {
    const hostile = next() < hostileShare;
    text += row(next, n, hostile);
    text += hostile && next() < 0.2 ? pick(next, ENDINGS) : mainEnding;
    if (hostile && next() < 0.05) text += mainEnding; // a blank line
  }
  if (next() < 0.3) text = text.slice(0, -mainEnding.length); // no final line break
  if (gb) return gb18030(text);
  let bytes = utf8(text);
  if (next() < 0.1) bytes = concatBytes(new Uint8Array([0xef, 0xbb, 0xbf]), bytes);
  const fatal = next();
  if (fatal < 0.03)
    bytes[Math.floor(bytes.length * (0.2 + next() * 0.7))] = 0; // a NUL byte
  else if (fatal < 0.06) bytes = concatBytes(bytes, utf8('central,999999,,"王林\n'));
  return bytes;
}

/** Reads `bytes` cut before each offset of `cuts`; everything the reader found, in order. */
function read(bytes: Uint8Array, cuts: readonly number[], plainRowLoop: boolean) {
  const reader = new BallotRecordReader(
    'ballots.csv',
    election,
    { overvote: 'void-ballot', lang: 'en' },
    plainRowLoop,
  );
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    if (!reader.push(bytes.slice(from, cut))) break;
    from = cut;
  }
  reader.end();
  const raw = reader.raw();
  return {
    outcome: {
      errors: reader.errors,
      rows: reader.rows,
      raw,
      result: reader.errors.length === 0 ? reader.result() : null,
    },
    plainRows: reader.plainRows,
  };
}

/** Cuts at `count` random offsets, in order. */
function randomCuts(next: Random, length: number, count: number): number[] {
  return Array.from({ length: count }, () => Math.floor(next() * length)).sort((a, b) => a - b);
}

describe('the plain-row loop against the general path', () => {
  it('gives the same counts, findings and errors on random files, whatever the chunking', () => {
    let plainRows = 0;
    let allRows = 0;
    let failed = 0;
    for (let seed = 1; seed <= 250; seed++) {
      const bytes = randomFile(seed);
      const general = read(bytes, [], false);
      expect(general.plainRows).toBe(0);
      const next = seededRandom(seed * 7919);
      const chunkings = [[], randomCuts(next, bytes.length, 1), randomCuts(next, bytes.length, 8)];
      const small = 1 + Math.floor(next() * 64);
      chunkings.push(Array.from({ length: Math.floor(bytes.length / small) }, (_, i) => (i + 1) * small));
      for (const cuts of chunkings) {
        const fast = read(bytes, cuts, true);
        if (JSON.stringify(fast.outcome) !== JSON.stringify(general.outcome))
          expect(fast.outcome, `seed ${seed}, cuts ${cuts.slice(0, 8).join(' ')}`).toEqual(general.outcome);
        plainRows += fast.plainRows;
        allRows += fast.outcome.rows;
      }
      if (general.outcome.errors.length > 0) failed++;
    }
    // Not vacuous: most rows went through the loop, and files with errors were among those compared.
    expect(plainRows / allRows).toBeGreaterThan(0.5);
    expect(failed).toBeGreaterThan(10);
    expect(failed).toBeLessThan(240);
  }, 60_000);

  it('gives the same result with the file cut at every byte', () => {
    for (const seed of [35, 19]) {
      const bytes = randomFile(seed);
      // Quoted cells, carriage returns, row errors and repeats among the rows cut through.
      expect(bytes.includes(0x22) && bytes.includes(0x0d)).toBe(true);
      const general = read(bytes, [], false);
      expect(general.outcome.errors.length).toBeGreaterThan(0);
      const expected = JSON.stringify(general.outcome);
      let plainRows = 0;
      for (let cut = 1; cut < bytes.length; cut++) {
        const fast = read(bytes, [cut], true);
        plainRows += fast.plainRows;
        // Compared as text (fast); on a difference, again for the diff.
        if (JSON.stringify(fast.outcome) !== expected)
          expect(fast.outcome, `seed ${seed}, cut at ${cut}`).toEqual(general.outcome);
      }
      expect(plainRows / (bytes.length - 1)).toBeGreaterThan(general.outcome.rows / 2);
    }
  }, 60_000);
});
