import {
  quickCountOf,
  readElection,
  readHandBallots,
  readHandBoxes,
  readTallyFiles,
  runBatchComparison,
  runBravo,
  runScreens,
  runSupermajority,
  screenBoxesOf,
  sha256Hex,
  thresholdRuleOf,
  unknownThresholdBase,
  todayUtc,
  unknownBoxes,
  type AuditRecord,
  type Contest,
  type Election,
  type InputError,
  type Recount,
  type Result,
} from '../../core/index.js';
import { inputErrors, type CliIo } from '../cli-io.js';
import { resolveContest } from '../../core/tallies/resolve-names.js';
import { parseCommandArgs, UsageError } from '../parse-args.js';
import { readBoundedFile } from '../read-bounded.js';
import { auditNames, formatAuditRecord, formatQuickCount, formatScreens } from './audit-text.js';

export const AUDIT_USAGE = `tallywitness audit bravo|supermajority|batch --election E --boxes B --tallies T --hand H
                   [--contest C] [--risk-limit PERCENT] [--format json|text] [--lang zh|en]
tallywitness audit quick-count --election E --boxes B --tallies T --hand H [--contest C]
                   [--confidence 0.95] [--precision 0.02] [--format json|text] [--lang zh|en]
tallywitness audit screens --election E --boxes B --tallies T [--contest C] [--format json|text] [--lang zh|en]
  (exit 1: the audit escalates, or an official figure lies outside the quick count's interval;
   a screen never sets it: a screen is not a verdict)`;

const METHODS = ['bravo', 'supermajority', 'batch', 'quick-count', 'screens'] as const;
type Method = (typeof METHODS)[number];

const options = {
  election: { type: 'string' },
  boxes: { type: 'string' },
  tallies: { type: 'string' },
  hand: { type: 'string' },
  contest: { type: 'string' },
  'risk-limit': { type: 'string' },
  confidence: { type: 'string' },
  precision: { type: 'string' },
  format: { type: 'string' },
  lang: { type: 'string' },
} as const;

/** Inputs of a few tens of megabytes at most: tally sheets of a county, never ballot records. */
const INPUT_LIMIT = 256 * 1024 * 1024;
const INPUT_FILE = { zh: '输入文件', en: 'an input file' };

function readInput(path: string): Result<Uint8Array> {
  return readBoundedFile(path, INPUT_LIMIT, INPUT_FILE);
}

/** A number flag within (low, high), or the default. */
function numberFlag(
  value: string | undefined,
  flag: string,
  fallback: number,
  low: number,
  high: number,
): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || !(parsed > low && parsed < high))
    throw new UsageError(
      `--${flag} 应为 ${low} 与 ${high} 之间的数`,
      `--${flag} must be a number between ${low} and ${high}`,
    );
  return parsed;
}

function chooseContest(election: Election, written: string | undefined): Contest {
  if (written === undefined) {
    if (election.contests.length === 1) return election.contests[0]!;
    const list = election.contests.map((c) => `${c.id} (${c.name})`).join(', ');
    throw new UsageError(
      `选举有多个职位，请用 --contest 指定：${list}`,
      `the election has several contests; name one with --contest: ${list}`,
    );
  }
  // As the tally sheets name a contest (core/tallies/resolve-names.ts): id, name, or 村委会主任 for 主任.
  const found = resolveContest(election, written.trim());
  if (!found.ok) throw new UsageError(found.message.zh, found.message.en);
  return found.value;
}

interface Loaded {
  readonly election: Election;
  readonly recount: Recount;
}

function loadRecount(values: { election?: string; boxes?: string; tallies?: string }): Result<Loaded> {
  if (!values.election || !values.boxes || !values.tallies)
    throw new UsageError('需要 --election、--boxes 与 --tallies', 'needs --election, --boxes and --tallies');
  const files = { election: values.election, boxes: values.boxes, tallies: values.tallies };
  const bytes = Object.fromEntries(Object.entries(files).map(([role, path]) => [role, readInput(path)]));
  const errors = Object.values(bytes).flatMap((r) => (r.ok ? [] : r.errors));
  if (errors.length > 0) return { ok: false, errors };
  const read = (role: string) => (bytes[role] as { ok: true; value: Uint8Array }).value;
  const election = readElection(files.election, read('election'));
  if (!election.ok) return election;
  const sheets = readTallyFiles(
    {
      boxes: { file: files.boxes, bytes: read('boxes') },
      tallies: { file: files.tallies, bytes: read('tallies') },
    },
    election.value,
  );
  if (!sheets.ok) return sheets;
  return { ok: true, value: { election: election.value, recount: sheets.value } };
}

function printErrors(io: CliIo, errors: readonly InputError[]): number {
  return inputErrors(io, errors);
}

/**
 * `tallywitness audit METHOD`: the risk-limiting audit of one contest from the hand counts of a sample
 * (BRAVO or the super-majority assertion for ballots, batch comparison for boxes), the quick count,
 * or the screens. Exit 0 confirmed / inside / screens shown, 1 escalate / outside, 2 bad usage or input.
 */
export async function runAudit(args: readonly string[], io: CliIo): Promise<number> {
  const [method, ...rest] = args;
  if (!METHODS.includes(method as Method))
    throw new UsageError(
      `audit 需要方法：${METHODS.join('|')}`,
      `audit needs a method: ${METHODS.join('|')}`,
    );
  const { values } = parseCommandArgs(rest, options);
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json')
    throw new UsageError('--format 应为 json 或 text', '--format must be json or text');
  const loaded = loadRecount(values);
  if (!loaded.ok) return printErrors(io, loaded.errors);
  const { election, recount } = loaded.value;
  const contest = chooseContest(election, values.contest);
  const print = (json: unknown, text: string) =>
    io.out(format === 'json' ? JSON.stringify(json, null, 2) : text);

  if (method === 'screens') {
    const screens = runScreens(screenBoxesOf(recount), contest.id);
    print({ command: 'audit screens', contest: contest.id, screens }, formatScreens(screens, io.lang));
    return 0;
  }
  if (!values.hand) throw new UsageError('需要 --hand（手工计数文件）', 'needs --hand (the hand-count file)');
  const handBytes = readInput(values.hand);
  if (!handBytes.ok) return printErrors(io, handBytes.errors);
  const handCounts = { name: values.hand.split(/[\\/]/).pop()!, sha256: sha256Hex(handBytes.value) };

  if (method === 'quick-count') {
    const hand = readHandBoxes(values.hand, handBytes.value, election);
    if (!hand.ok) return printErrors(io, hand.errors);
    const confidence = numberFlag(values.confidence, 'confidence', 0.95, 0.5, 1);
    const precision = numberFlag(values.precision, 'precision', 0.02, 0, 0.5);
    const report = quickCountOf(contest, recount, hand.value, confidence, precision);
    print(
      { command: 'audit quick-count', handCounts, quickCount: report },
      formatQuickCount(report, io.lang, auditNames(election, contest.id)),
    );
    const outside = [...report.shares, ...(report.turnout ? [report.turnout] : [])].some(
      (i) => i.inside === false,
    );
    return outside ? 1 : 0;
  }

  const riskLimitPercent = numberFlag(values['risk-limit'], 'risk-limit', 10, 0, 50);
  const base = { riskLimitPercent, handCounts };
  let record: AuditRecord;
  if (method === 'batch') {
    const hand = readHandBoxes(values.hand, handBytes.value, election);
    if (!hand.ok) return printErrors(io, hand.errors);
    const unknown = unknownBoxes(recount, hand.value);
    if (unknown.length > 0)
      return printErrors(io, [
        {
          file: values.hand,
          message: {
            zh: `计票单中没有这些票箱：${unknown.join('、')}`,
            en: `boxes not on the tally sheets: ${unknown.join(', ')}`,
          },
        },
      ]);
    record = runBatchComparison(contest, recount, hand.value, base);
  } else {
    const hand = readHandBallots(values.hand, handBytes.value, election);
    if (!hand.ok) return printErrors(io, hand.errors);
    if (method === 'bravo') record = runBravo(contest, recount, hand.value, base);
    else {
      const rule = thresholdRuleOf(election, todayUtc());
      if (!rule.ok)
        return printErrors(io, [{ file: values.election!, path: '$.rules', message: rule.reason }]);
      const unknownBase = unknownThresholdBase(rule.rule, recount.sheets, values.boxes!);
      if (unknownBase.length > 0) return printErrors(io, unknownBase);
      record = runSupermajority(contest, recount, rule.rule, hand.value, base);
    }
  }
  print(
    { command: `audit ${method}`, record },
    formatAuditRecord(record, io.lang, auditNames(election, contest.id)),
  );
  return record.outcome === 'escalate' ? 1 : 0;
}
