import { closeSync, openSync, readSync } from 'node:fs';
import {
  groupedCount,
  compareLiveTallies,
  formatInputError,
  isLiveTallyText,
  LIVE_TALLY_SNIFF_BYTES,
  readLiveTallyRecord,
  textTable,
  type LiveTallyComparison,
  type TallySide,
  type TotalRow,
} from '../../core/index.js';
import type { CliIo } from '../cli-io.js';
import { UsageError } from '../parse-args.js';
import { readBoundedFile } from '../read-bounded.js';

export const LIVE_TALLY_BUNDLE_USAGE =
  'tallywitness bundle T1 T2 [--format json|text] [--lang zh|en]   # two live tallies of one box, compared ballot by ballot';

/** A live tally record of tens of thousands of ballots is a few MB; a box never holds more. */
const LIVE_TALLY_FILE_LIMIT = 64 * 1024 * 1024;
const LIVE_TALLY_FILE = { zh: '唱票记录文件', en: 'a live tally file' };

/** Whether a file starts as a live tally record does (read from its first bytes only; unreadable: no). */
export function looksLikeLiveTally(path: string): boolean {
  let fd: number | null = null;
  try {
    fd = openSync(path, 'r');
    const head = Buffer.alloc(LIVE_TALLY_SNIFF_BYTES);
    const read = readSync(fd, head, 0, head.length, 0);
    return isLiveTallyText(
      head
        .subarray(0, read)
        .toString('utf8')
        .replace(/^\uFEFF/, ''),
    );
  } catch {
    return false;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/**
 * `tallywitness bundle T1 T2` given two live tally records (tallywitness.live-tally/1) of one box:
 * compares them ballot by ballot and prints the differences and both totals. Nothing is written, so
 * `--out` is refused. Exit 0 when they agree, 1 when they differ (LIVE_TALLIES_DIFFER findings), 2 for
 * bad usage, a file that does not read, or tallies of different boxes or elections.
 */
export function runLiveTallyBundle(
  values: { readonly out?: string; readonly format?: string },
  positionals: readonly string[],
  io: CliIo,
): number {
  if (values.out !== undefined)
    throw new UsageError(
      `唱票记录只作比对，不写合集，请去掉 --out：${LIVE_TALLY_BUNDLE_USAGE}`,
      `live tallies are compared, not bundled into a file: leave out --out: ${LIVE_TALLY_BUNDLE_USAGE}`,
    );
  if (positionals.length !== 2)
    throw new UsageError(
      `只能比对两份唱票记录（给出了 ${positionals.length} 份）：${LIVE_TALLY_BUNDLE_USAGE}`,
      `compares exactly two live tallies (${groupedCount(positionals.length)} given): ${LIVE_TALLY_BUNDLE_USAGE}`,
    );
  if (values.format !== 'json' && values.format !== 'text')
    throw new UsageError('--format 只能是 json 或 text', '--format must be json or text');

  const sides: TallySide[] = [];
  for (const path of positionals) {
    if (!looksLikeLiveTally(path)) {
      io.err(
        `${path}: 不是唱票记录（tallywitness.live-tally/1），回执与唱票记录不能放在一起 / not a live tally (tallywitness.live-tally/1): receipts and live tallies are not bundled together`,
      );
      return 2;
    }
    const bytes = readBoundedFile(path, LIVE_TALLY_FILE_LIMIT, LIVE_TALLY_FILE);
    const read = bytes.ok ? readLiveTallyRecord(path, bytes.value) : bytes;
    if (!read.ok) {
      for (const error of read.errors) io.err(formatInputError(error));
      return 2;
    }
    sides.push({ file: path, record: read.value });
  }
  const compared = compareLiveTallies(sides[0]!, sides[1]!, io.lang);
  if (!compared.ok) {
    for (const error of compared.errors) io.err(formatInputError(error));
    return 2;
  }
  const comparison = compared.value;
  if (values.format === 'json') io.out(JSON.stringify(jsonOf(sides, comparison, io.lang), null, 2));
  else io.out(textOf(sides, comparison, io.lang).join('\n'));
  return comparison.findings.length === 0 ? 0 : 1;
}

function jsonOf(sides: readonly TallySide[], comparison: LiveTallyComparison, lang: 'zh' | 'en') {
  return {
    election: comparison.election,
    box: comparison.box,
    tallies: sides.map(({ file, record }) => ({
      file,
      keptBy: record.keptBy ?? null,
      startedAt: record.startedAt ?? null,
      exportedAt: record.exportedAt ?? null,
      ballots: record.ballots.length,
    })),
    agreement: comparison.findings.length === 0,
    aligned: comparison.aligned,
    totals: comparison.totals,
    differences: comparison.differences.map(({ message, ...rest }) => ({
      ...rest,
      message: message[lang],
      messages: message,
    })),
    findings: comparison.findings,
  };
}

/** A count in the text's language: grouped in English (1,454), plain digits in Chinese. */
type Count = (value: number) => string;
const signed = (value: number, count: Count) => (value > 0 ? `+${count(value)}` : count(value));

function totalRow(label: string, row: TotalRow, count: Count): string[] {
  return [row.difference === 0 ? '' : '✖', label, count(row.a), count(row.b), signed(row.difference, count)];
}

function textOf(sides: readonly TallySide[], comparison: LiveTallyComparison, lang: 'zh' | 'en'): string[] {
  const zh = lang === 'zh';
  const count: Count = (value) => (zh ? String(value) : groupedCount(value));
  const who = sides.map(({ file, record }, index) => {
    const letter = index === 0 ? 'A' : 'B';
    const keeper = record.keptBy ? (zh ? `，记录人 ${record.keptBy}` : `, kept by ${record.keptBy}`) : '';
    const when = record.startedAt
      ? zh
        ? `，${record.startedAt} 开始`
        : `, started ${record.startedAt}`
      : '';
    const ballots = zh ? `，${record.ballots.length} 张选票` : `, ${count(record.ballots.length)} ballots`;
    return `  ${letter}: ${file}${keeper}${when}${ballots}`;
  });
  const { totals } = comparison;
  const blank = zh ? '弃权' : 'blank';
  const table = textTable(
    [
      ['', '', 'A', 'B', zh ? 'B−A' : 'B − A'],
      totalRow(zh ? '选票' : 'ballots', totals.ballots, count),
      totalRow(zh ? '无效票' : 'invalid', totals.invalid, count),
      ...totals.contests.flatMap((contest) => [
        ['', contest.name],
        ...contest.rows.map((row) => totalRow(`  ${row.key === '#blank' ? blank : row.name}`, row, count)),
      ]),
    ],
    new Set([2, 3, 4]),
  ).map((line) => `  ${line}`);
  const differences = comparison.findings.map((finding, index) => `  ${index + 1}. ${finding.message}`);
  return [
    zh
      ? `“${comparison.election}”票箱“${comparison.box}”：两份唱票记录逐票比对`
      : `“${comparison.election}”, box “${comparison.box}”: two live tallies compared ballot by ballot`,
    ...who,
    zh ? '合计：' : 'totals:',
    ...table,
    comparison.findings.length === 0
      ? zh
        ? '两份唱票记录逐票一致。'
        : 'the two live tallies agree ballot by ballot.'
      : zh
        ? `不一致 ${comparison.findings.length} 处：`
        : `${groupedCount(comparison.findings.length)} difference${comparison.findings.length === 1 ? '' : 's'}:`,
    ...differences,
  ];
}
