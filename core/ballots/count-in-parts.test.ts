import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Result } from '../model/result.js';
import type { BallotCount } from './ballot-count.js';
import { planParts } from './ballot-parts.js';
import { countBallots } from './count-ballots.js';
import { countInParts } from './count-in-parts.js';
import { nobleSha256Hasher } from '../hash/noble-sha256-hasher.js';
import { count, partedSource, testElection, utf8 } from './testing/ballot-sources.js';
import { fileArbitrary, writeCsv } from './testing/generated-files.js';

const options = { overvote: 'void-ballot', lang: 'en', hasher: nobleSha256Hasher } as const;

/** Everything a count gives, maps as entry lists so that their order is compared too. */
function snapshot(result: Result<BallotCount>) {
  if (!result.ok) return { errors: result.errors };
  const { tally, boxes, findings, rows, encoding, sha256, bytes, uncertain } = result.value;
  return {
    uncertain: { ...uncertain, boxes: [...uncertain.boxes] },
    tally: [...tally.boxes].map(([box, votes]) => [box, [...votes.contests].map(([id, c]) => [id, [...c]])]),
    boxes: [...boxes],
    findings,
    rows,
    encoding,
    sha256,
    bytes,
  };
}

/** Counts `bytes` in two parts cut just after byte `split - 1` (a line feed). */
function countSplitAt(bytes: Uint8Array, split: number, sizes?: readonly number[]) {
  const source = partedSource(bytes, sizes);
  const header = bytes.slice(0, bytes.indexOf(0x0a) + 1);
  return countInParts(source.name, source.parts, { header, split }, testElection, options);
}

/** Counts with the file cut after its middle, as the platform would for a large file. */
const countInTwo = (bytes: Uint8Array) => countBallots(partedSource(bytes), testElection, options);

/** In how many parts the file was counted (2: merged; 1: read on). */
async function partsOf(bytes: Uint8Array): Promise<number> {
  const result = await countInTwo(bytes);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value.parts;
}

const HEADER = 'box,ballot,void,chair,vice-chair,member\n';

const lineFeedsAfterHeader = (bytes: Uint8Array): number[] => {
  const header = bytes.indexOf(0x0a) + 1;
  const splits: number[] = [];
  for (let i = header + 1; i < bytes.length; i++) if (bytes[i - 1] === 0x0a) splits.push(i);
  return splits;
};

const rows = (count: number, row: (i: number) => string) =>
  Array.from({ length: count }, (_, i) => row(i)).join('');

/**
 * A reader looks at a file's first 4 KiB before its first row (to tell a binary file), so only a cut
 * past them can be merged: the files here open with that much of plain rows.
 */
const opening = rows(200, (i) => `central,${100_000 + i},,王林,周青,陈梅\n`);

describe('counting a ballot file in two parts', () => {
  it('gives exactly what one reader gives, wherever the file is cut at a line feed', async () => {
    let merged = 0;
    let readOn = 0;
    await fc.assert(
      fc.asyncProperty(fileArbitrary, fc.boolean(), async (generated, uniqueIds) => {
        // A header in quotes is never cut after (planParts): the property is about the rows.
        const file = {
          ...generated,
          quoteAll: false,
          ballots: uniqueIds
            ? generated.ballots.map((ballot, i) => ({ ...ballot, id: String(i).padStart(4, '0') }))
            : generated.ballots,
        };
        const text = writeCsv(file);
        const headerEnd = text.indexOf('\n') + 1;
        const bytes = utf8(text.slice(0, headerEnd) + opening + text.slice(headerEnd));
        const serial = snapshot(await count(bytes));
        for (const split of lineFeedsAfterHeader(bytes).filter((split) => split > 4096)) {
          const parted = await countSplitAt(bytes, split, [7, 64]);
          expect(snapshot(parted)).toEqual(serial);
          if (parted.ok && parted.value.parts === 2) merged++;
          else readOn++;
        }
      }),
      { numRuns: 60 },
    );
    // Both ways were taken, many times: the merge and the reading on.
    expect(merged).toBeGreaterThan(100);
    expect(readOn).toBeGreaterThan(100);
  }, 60_000);

  it('merges a regular file, boxes and write-ins first met in the second part in file order', async () => {
    const bytes = utf8(
      'box,ballot,void,chair,vice-chair,member\n' +
        opening +
        rows(40, (i) => `central,${i},,王林,周青,陈梅|刘洋\n`) +
        rows(40, (i) => `central,${40 + i},,李华,张三,陈梅|刘洋|孙涛|何军\n`) + // overvotes across the cut
        rows(40, (i) => `mobile,${i},${i % 7 === 0 ? 1 : ''},无名,,\n`),
    );
    const parted = await countInTwo(bytes);
    if (!parted.ok) throw new Error(JSON.stringify(parted.errors));
    expect(parted.value.parts).toBe(2);
    expect(snapshot(parted)).toEqual(snapshot(await count(bytes)));
    expect(parted.value.findings.map((f) => f.code)).toEqual(['OVERVOTE']);
  });

  it('merges ballots void for one person in two posts (a Zhejiang rule) on both sides of the cut', async () => {
    // 王林 for chair and 王林 (by id) for member on every fifth ballot: void under the rule.
    const bytes = utf8(
      HEADER + rows(600, (i) => `central,${i},,王林,周青,${i % 5 === 0 ? 'wang-lin|陈梅' : '陈梅'}\n`),
    );
    const election = {
      ...testElection,
      contests: testElection.contests.map((contest) =>
        contest.id === 'member'
          ? { ...contest, candidates: [...contest.candidates, { id: 'wang-lin', name: '王林' }] }
          : contest,
      ),
    };
    const rule = { ...options, onePersonTwoPosts: true };
    const parted = await countBallots(partedSource(bytes), election, rule);
    const serial = await count(bytes, { ...rule, election });
    if (!parted.ok || !serial.ok) throw new Error('unexpected input error');
    expect(parted.value.parts).toBe(2);
    expect(parted.value.boxes.get('central')).toMatchObject({ records: 600, twoPosts: 120 });
    expect(snapshot(parted)).toEqual(snapshot(serial));
    expect(parted.value.findings.map((f) => f.code)).toEqual(['ONE_PERSON_TWO_POSTS']);
  });

  it('counts a file with a title above its header in two parts, as one reader does', async () => {
    // The second part's reader is handed the title with the header, and passes over it as the first does.
    const bytes = utf8('青山村投票记录\n' + HEADER + rows(600, (i) => `central,${i},,王林,周青,陈梅\n`));
    const parted = await countInTwo(bytes);
    const serial = await count(bytes, options);
    if (!parted.ok || !serial.ok) throw new Error('unexpected input error');
    expect(parted.value.parts).toBe(2);
    expect(parted.value.boxes.get('central')).toMatchObject({ records: 600 });
    expect(snapshot(parted)).toEqual(snapshot(serial));
  });

  it('reads the second part itself when a ballot of it was already in the first, and names its line', async () => {
    const body = rows(260, (i) => `central,${i},,王林,周青,陈梅\n`);
    expect(await partsOf(utf8(`${HEADER}${body}central,1000,,李华,,\n`))).toBe(2);
    const bytes = utf8(`${HEADER}${body}central,5,,李华,,\n`);
    const parted = await countInTwo(bytes);
    if (!parted.ok) throw new Error(JSON.stringify(parted.errors));
    expect(parted.value.parts).toBe(1);
    expect(parted.value.findings[0]).toMatchObject({ code: 'DUPLICATE_BALLOT', where: { line: 262 } });
    expect(snapshot(parted)).toEqual(snapshot(await count(bytes)));
  });

  it('tells a repeat across the two parts as the one-shot count does: identical counted once, differing uncertain', async () => {
    const body = rows(260, (i) => `central,${i},,王林,周青,陈梅\n`);
    const bytes = utf8(`${HEADER}${body}central,5,,王林,周青,陈梅\ncentral,7,,李华,,\n`);
    const parted = await countInTwo(bytes);
    if (!parted.ok) throw new Error(JSON.stringify(parted.errors));
    expect(snapshot(parted)).toEqual(snapshot(await count(bytes)));
    expect(parted.value.boxes.get('central')).toMatchObject({ records: 260, repeats: 2 });
    expect(parted.value.findings.map((f) => [f.found, f.where?.line])).toEqual([
      ['5', 262],
      ['7', 263],
    ]);
    expect(parted.value.uncertain).toMatchObject({ ballots: 1, records: 2 });
    expect(parted.value.uncertain.listed).toEqual([
      { box: 'central', ballot: '7', lines: [9, 263], records: 2 },
    ]);
  });

  it('reads the second part itself when a ballot repeats within it (its line counts from the file start)', async () => {
    const body = rows(260, (i) => `central,${i},,王林,周青,陈梅\n`);
    expect(await partsOf(utf8(`${HEADER}${body}central,1000,,李华,,\ncentral,1001,,李华,,\n`))).toBe(2);
    const bytes = utf8(`${HEADER}${body}central,1000,,李华,,\ncentral,1000,,李华,,\n`);
    const parted = await countInTwo(bytes);
    if (!parted.ok) throw new Error(JSON.stringify(parted.errors));
    expect(parted.value.parts).toBe(1);
    expect(parted.value.findings[0]).toMatchObject({ code: 'DUPLICATE_BALLOT', where: { line: 263 } });
    expect(snapshot(parted)).toEqual(snapshot(await count(bytes)));
  });

  it('reads on where the line feed after the middle lies inside a quoted cell', async () => {
    const tail = rows(250, (i) => `central,${1000 + i},,李华,,\n`);
    const file = (name: string) => utf8(`${HEADER}${opening}central,9,,${name},,\n${tail}`);
    // The same file with the line break left out of the name is cut and merged.
    expect(await partsOf(file(`"${'长'.repeat(600)}${'名'.repeat(600)}"`))).toBe(2);
    const bytes = file(`"${'长'.repeat(600)}\n${'名'.repeat(600)}"`);
    const plan = await planParts(partedSource(bytes).parts, testElection, options);
    expect(new TextDecoder().decode(bytes.subarray(0, plan!.split))).toMatch(/长\n$/);
    const parted = await countInTwo(bytes);
    if (!parted.ok) throw new Error(JSON.stringify(parted.errors));
    expect(parted.value.parts).toBe(1);
    expect(snapshot(parted)).toEqual(snapshot(await count(bytes)));
  });

  it('gives the errors one reader gives, with their lines, when the second part has them', async () => {
    const bytes = utf8(
      `${HEADER}${rows(250, (i) => `central,${i},,王林,,\n`)}central,777,2,王林,,\n` +
        `central,778,,王林\n${rows(20, (i) => `central,${1000 + i},,王林,,\n`)}`,
    );
    const parted = await countInTwo(bytes);
    const serial = await count(bytes);
    expect(serial.ok).toBe(false);
    expect(snapshot(parted)).toEqual(snapshot(serial));
    expect(snapshot(parted)).toMatchObject({ errors: [{ line: 252 }, { line: 253 }] });
  });

  it('takes the second part’s encoding where the first read only ASCII, and reads on where they differ', async () => {
    const gb = (ascii: string) => utf8(ascii); // ASCII is the same in GB18030
    const wangLin = [0xcd, 0xf5, 0xc1, 0xd6]; // 王林 in GB18030
    const join = (...parts: (Uint8Array | number[])[]) => new Uint8Array(parts.flatMap((part) => [...part]));
    const gbRows = Array.from({ length: 300 }, (_, i) =>
      join(gb(`central,${1000 + i},,`), wangLin, gb(',,\n')),
    );
    const asciiFirst = join(gb(`${HEADER}${rows(300, (i) => `central,${i},,wang-lin,,\n`)}`), ...gbRows);
    const parted = await countInTwo(asciiFirst);
    if (!parted.ok) throw new Error(JSON.stringify(parted.errors));
    expect(parted.value).toMatchObject({ parts: 2, encoding: 'gb18030' });
    expect(snapshot(parted)).toEqual(snapshot(await count(asciiFirst, { sizes: [4096] })));

    // UTF-8 names first, GB18030 after: read in the same chunks, one reader finds cells it cannot read
    // (the encoding is decided on the first chunk with a Chinese name); so must the parts.
    const mixed = join(utf8(`${HEADER}${rows(300, (i) => `central,${i},,王林,,\n`)}`), ...gbRows);
    const serial = await count(mixed, { sizes: [4096] });
    expect(serial.ok).toBe(false);
    expect(snapshot(await countInTwo(mixed))).toEqual(snapshot(serial));
  });

  it('reads on where the second part keeps scattered ballot numbers as fingerprints only', async () => {
    const scattered = (i: number) => String((i * 7_919_993) % 999_999_999_989).padStart(12, '0');
    expect(
      await partsOf(utf8(`${HEADER}${rows(3000, (i) => `central,${100_000_000_000 + i},,王林,,\n`)}`)),
    ).toBe(2);
    const bytes = utf8(
      `box,ballot,void,chair,vice-chair,member\n${rows(3000, (i) => `central,${scattered(i)},,王林,,\n`)}`,
    );
    const parted = await countInTwo(bytes);
    if (!parted.ok) throw new Error(JSON.stringify(parted.errors));
    expect(parted.value.parts).toBe(1);
    expect(snapshot(parted)).toEqual(snapshot(await count(bytes)));
  });

  it('hands the second part the byte order mark, a title block and blank lines with a CRLF header', async () => {
    const title = '青山村投票记录\r\n2024年5月1日,,,,,\r\n\r\n';
    const body = rows(400, (i) => `central,${i},,王林,周青,陈梅\r\n`);
    const bytes = utf8(`\uFEFF${title}${HEADER.replace('\n', '\r\n')}${body}`);
    const plan = await planParts(partedSource(bytes).parts, testElection, options);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(plan!.header)).toBe(
      `\uFEFF${title}${HEADER.replace('\n', '\r\n')}`,
    );
    const parted = await countInTwo(bytes);
    if (!parted.ok) throw new Error(JSON.stringify(parted.errors));
    expect(parted.value.parts).toBe(2);
    expect(snapshot(parted)).toEqual(snapshot(await count(bytes)));
    // A quoted title is no plain line: the file is read by one thread, with the same result.
    const quoted = utf8(`"青山村, 投票记录"\n${HEADER}${body}`);
    expect(await planParts(partedSource(quoted).parts, testElection, options)).toBeNull();
    const one = await countInTwo(quoted);
    expect(one.ok && one.value.parts).toBe(1);
    expect(snapshot(one)).toEqual(snapshot(await count(quoted)));
  });

  it('does not cut a file whose header is quoted or ends in a lone carriage return', async () => {
    const body = rows(40, (i) => `central,${i},,王林,,\n`);
    for (const header of [
      '"box",ballot,void,chair,vice-chair,member\n',
      'box,ballot,void,chair,vice-chair,member\r',
    ]) {
      const source = partedSource(utf8(header + body));
      expect(await planParts(source.parts, testElection, options)).toBeNull();
      const result = await countBallots(source, testElection, options);
      expect(result.ok && result.value.parts).toBe(1);
      expect(source.tasks).toHaveLength(0);
    }
  });

  it('reports progress that never goes back and ends at the size, and stops both parts on cancel', async () => {
    const bytes = utf8(
      `box,ballot,void,chair,vice-chair,member\n${rows(100_000, (i) => `central,${i},,王林,,\n`)}`,
    );
    const seen: number[] = [];
    const result = await countBallots(partedSource(bytes, [1 << 16]), testElection, {
      ...options,
      onProgress: (progress) => seen.push(progress.bytesRead),
    });
    expect(result.ok && result.value.parts).toBe(2);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.every((bytes, i) => i === 0 || bytes >= seen[i - 1]!)).toBe(true);
    expect(seen.at(-1)).toBe(bytes.length);

    const controller = new AbortController();
    const source = partedSource(bytes, [1 << 16]);
    let secondStopped = false;
    const countPart = source.parts.countPart;
    const watched = {
      ...source,
      parts: {
        ...source.parts,
        countPart: (...args: Parameters<typeof countPart>) => {
          args[2].addEventListener('abort', () => (secondStopped = true));
          return countPart(...args);
        },
      },
    };
    const cancelled = countBallots(watched, testElection, {
      ...options,
      signal: controller.signal,
      onProgress: () => controller.abort(new Error('cancelled')),
    });
    await expect(cancelled).rejects.toThrow('cancelled');
    expect(secondStopped).toBe(true);
  });

  it('fails as a read does when the whole-file hash cannot be had (the file changed)', async () => {
    const bytes = utf8(
      `box,ballot,void,chair,vice-chair,member\n${rows(100, (i) => `central,${i},,王林,,\n`)}`,
    );
    const source = partedSource(bytes);
    const changed = Object.assign(new Error('the file changed while it was read'), { code: 'ECHANGED' });
    const failing = { ...source, parts: { ...source.parts, sha256: () => Promise.reject(changed) } };
    await expect(countBallots(failing, testElection, options)).rejects.toBe(changed);
  });
});
