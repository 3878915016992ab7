/**
 * Scores the announcement reader on the real development set (core/announcement/corpus-real/):
 * each text is checked alone, as `check --announcement T` does (with `--rules cn-village` for a
 * single village's notice), and the findings are compared with the truth worked out by hand.
 *
 *   npx tsx scripts/score-announcements.ts tuning|tuning-2|tuning-3|tuning-4|tuning-5|tuning-6|tuning-7|tuning-8|tuning-9|tuning-10|tuning-11|tuning-12|tuning-13|tuning-14|tuning-15|tuning-16|held-out-2|tuning-all|all [--verbose]
 *
 * `tuning-all` scores the nine tuning folders (each, then together); `all` every folder. `held-out-2` is
 * scored only at the end of a round of tuning (see core/announcement/corpus-real/README.md); `tuning-4`
 * was the fourth held-out half, scored once as such before it was tuned on; `tuning-5` was the fifth, scored once as held-out and then tuned on;
 * `tuning-6` was the sixth, scored once as held-out (held-out-6) and then tuned on; `tuning-7` the seventh
 * (held-out-7), `tuning-8` the eighth (held-out-8) and `tuning-9` the ninth (held-out-9), likewise.
 * `tuning-10` was the tenth held-out half (held-out-10), scored once and then tuned on.
 * `tuning-11` was the eleventh held-out half (held-out-11), scored once and then tuned on.
 * `tuning-12` to `tuning-16` were held-out halves too (held-out-15 to held-out-19), each scored once and then tuned on.
 *
 * Prints, per half: wrong shares caught of all wrong shares; false alarms (percent warnings on shares
 * that are right or cannot be judged, sum warnings where the sums hold, void verdicts for valid
 * elections, winners flagged who are over the threshold); right shares judged right (a wrong share is
 * caught only where its count and base are read, so this is how likely a wrong share in such a place
 * would be caught: real texts rarely misstate one); and the figures of the texts that are neither read
 * nor listed as unread.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readAnnouncement, workAnnouncementArithmetic } from '../core/announcement/index.js';
import { auditAnnouncementAlone } from '../core/audit/index.js';
import {
  figureSpans,
  locate,
  overlaps,
  REAL_SET_FOLDERS,
  TUNING_FOLDERS,
  type ExpectedRealText,
} from '../core/announcement/corpus-real/real-expected.js';
import type { Finding } from '../core/model/finding.js';

type Span = readonly [number, number];
const HALVES = REAL_SET_FOLDERS;
const GROUPS: Record<string, readonly Half[]> = {
  'tuning-all': TUNING_FOLDERS,
  all: HALVES,
};
type Half = (typeof HALVES)[number];

interface TextScore {
  readonly name: string;
  wrongShares: number;
  wrongCaught: number;
  rightShares: number;
  rightJudged: number;
  rightUnjudged: string[];
  wrongMissed: string[];
  sumsMissed: string[];
  percentFalse: string[];
  sumFalse: string[];
  failingSums: number;
  failingSumsCaught: number;
  voidFalse: string[];
  winnerFalse: string[];
  figures: number;
  silent: string[];
  failed?: string;
}

const root = fileURLToPath(new URL('../core/announcement/corpus-real/', import.meta.url));

function scoreText(half: Half, name: string): TextScore {
  const file = `${root}${half}/${name}.txt`;
  const bytes = readFileSync(file);
  const text = bytes.toString('utf8');
  const expected = JSON.parse(
    readFileSync(`${root}${half}/${name}.expected.json`, 'utf8'),
  ) as ExpectedRealText;
  const score: TextScore = {
    name,
    wrongShares: 0,
    wrongCaught: 0,
    rightShares: 0,
    rightJudged: 0,
    rightUnjudged: [],
    wrongMissed: [],
    sumsMissed: [],
    percentFalse: [],
    sumFalse: [],
    failingSums: 0,
    failingSumsCaught: 0,
    voidFalse: [],
    winnerFalse: [],
    figures: 0,
    silent: [],
  };
  const figures = readAnnouncement(`${name}.txt`, new Uint8Array(bytes));
  if (!figures.ok) return { ...score, failed: 'not read' };
  const rules = expected.rules ? { pack: expected.rules, round: 'first' as const } : undefined;
  const report = auditAnnouncementAlone(figures.value, [], 'zh', rules);
  if (!report.ok) return { ...score, failed: 'not audited' };
  const findings = report.value.findings;
  const spanOf = (finding: Finding): Span | undefined => finding.where?.span;
  const hits = (finding: Finding, span: Span | null): boolean => {
    const at = spanOf(finding);
    return at !== undefined && span !== null && overlaps(at, span);
  };
  const quote = (finding: Finding): string =>
    `${finding.where?.text ?? '?'} (expected ${finding.expected}, found ${finding.found})`;

  const wrongSpans = expected.shares
    .filter((share) => share.verdict === 'wrong')
    .map((share) => locate(text, share.at, share.share));
  score.wrongShares = wrongSpans.length;
  const percent = findings.filter((f) => f.code === 'ANNOUNCED_PERCENT_MISMATCH');
  score.wrongCaught = wrongSpans.filter((span) => percent.some((f) => hits(f, span))).length;
  score.wrongMissed = expected.shares
    .filter((share) => share.verdict === 'wrong')
    .filter((_, i) => !percent.some((f) => hits(f, wrongSpans[i] ?? null)))
    .map((share) => `${share.at} (${share.of})`);
  score.percentFalse = percent.filter((f) => !wrongSpans.some((span) => hits(f, span))).map(quote);

  const rightSpans = expected.shares
    .filter((share) => share.verdict === 'right')
    .map((share) => locate(text, share.at, share.share));
  const judgedRight = workAnnouncementArithmetic(figures.value, 'zh').judged.filter(
    (judged) => judged.rule === 'share' && judged.right,
  );
  score.rightShares = rightSpans.length;
  const rightShares = expected.shares.filter((share) => share.verdict === 'right');
  score.rightUnjudged = rightShares
    .filter((_, i) => {
      const span = rightSpans[i] ?? null;
      return !(span !== null && judgedRight.some((judged) => judged.span && overlaps(judged.span, span)));
    })
    .map((share) => `${share.at} (${share.of})`);
  score.rightJudged = rightSpans.length - score.rightUnjudged.length;

  const failingSums = expected.sums.filter((sum) => !sum.holds).map((sum) => locate(text, sum.at, sum.at));
  score.failingSums = failingSums.length;
  const sums = findings.filter((f) => f.code === 'ANNOUNCED_SUM_MISMATCH');
  score.failingSumsCaught = failingSums.filter((span) => sums.some((f) => hits(f, span))).length;
  score.sumsMissed = expected.sums
    .filter((sum) => !sum.holds)
    .filter((_, i) => !sums.some((f) => hits(f, failingSums[i] ?? null)))
    .map((sum) => `${sum.at} (${sum.of}: ${sum.parts.join(' + ')} ≠ ${sum.total})`);
  score.sumFalse = sums.filter((f) => !failingSums.some((span) => hits(f, span))).map(quote);

  // One verdict per election: a quorum finding and ELECTION_VOID for the same valid election count once.
  const voidCodes = findings
    .filter((f) => f.code === 'ELECTION_VOID' || f.code === 'TURNOUT_BELOW_QUORUM')
    .map((f) => f.code);
  if (expected.valid === true && voidCodes.length > 0) score.voidFalse = [voidCodes.join(' + ')];
  const overThreshold = new Set(expected.elected.filter((w) => w.overHalf === true).map((w) => w.name));
  score.winnerFalse = findings
    .filter((f) => f.code === 'ANNOUNCED_WINNER_MISMATCH' && overThreshold.has(f.candidate ?? ''))
    .map(quote);

  const read: Span[] = [
    ...figures.value.figures.flatMap((figure) => (figure.origin.span ? [figure.origin.span] : [])),
    ...figures.value.unread.map((unread) => unread.span),
    // A calculation written out is judged whole, its terms and result shown in its work.
    ...(figures.value.calculations ?? []).map((calculation) => calculation.span),
    // A change in points stated with both rates is judged (or left unjudged) whole, its rates in its work.
    ...(figures.value.pointChanges ?? []).map((change) => change.span),
  ];
  const spans = figureSpans(text, expected.notFigures);
  score.figures = spans.length;
  score.silent = spans
    .filter((span) => !read.some((r) => overlaps(r, span)))
    .map(([start, end]) =>
      verbose
        ? `${text.slice(start, end)} in «${text.slice(Math.max(0, start - 16), end + 16).replace(/\s/g, ' ')}»`
        : text.slice(start, end),
    );
  return score;
}

function namesOf(half: Half): string[] {
  if (!existsSync(`${root}${half}`)) return [];
  return readdirSync(`${root}${half}`)
    .filter((file) => file.endsWith('.txt'))
    .map((file) => file.slice(0, -'.txt'.length))
    .sort();
}

function printScores(label: string, scores: readonly TextScore[], verbose: boolean): void {
  const total = (pick: (s: TextScore) => number): number => scores.reduce((n, s) => n + pick(s), 0);
  const falseAlarms = total(
    (s) => s.percentFalse.length + s.sumFalse.length + s.voidFalse.length + s.winnerFalse.length,
  );
  console.log(`== ${label}: ${scores.length} texts`);
  console.log(
    `wrong shares caught:            ${total((s) => s.wrongCaught)} / ${total((s) => s.wrongShares)}`,
  );
  console.log(
    `right shares judged right:      ${total((s) => s.rightJudged)} / ${total((s) => s.rightShares)}`,
  );
  console.log(
    `failing sums caught:            ${total((s) => s.failingSumsCaught)} / ${total((s) => s.failingSums)}`,
  );
  console.log(`false alarms:                   ${falseAlarms}`);
  console.log(`  percent (right or unjudgeable): ${total((s) => s.percentFalse.length)}`);
  console.log(`  sum (sums hold):                ${total((s) => s.sumFalse.length)}`);
  console.log(`  void (valid elections):         ${total((s) => s.voidFalse.length)}`);
  console.log(`  winner (over the threshold):    ${total((s) => s.winnerFalse.length)}`);
  console.log(
    `figures neither read nor unread: ${total((s) => s.silent.length)} / ${total((s) => s.figures)}`,
  );
  for (const s of scores.filter((s) => s.failed)) console.log(`  ${s.name}: ${s.failed}`);
  if (!verbose) return;
  for (const s of scores) {
    const lines = [
      ...s.percentFalse.map((q) => `percent false alarm: ${q}`),
      ...s.sumFalse.map((q) => `sum false alarm: ${q}`),
      ...s.voidFalse.map((q) => `void false alarm: ${q}`),
      ...s.winnerFalse.map((q) => `winner false alarm: ${q}`),
      ...s.wrongMissed.map((q) => `wrong share missed: ${q}`),
      ...s.sumsMissed.map((q) => `failing sum missed: ${q}`),
      ...s.rightUnjudged.map((q) => `right share not judged: ${q}`),
      ...s.silent.map((q) => `silent: ${q}`),
    ];
    console.log(`-- ${s.name}${lines.length === 0 ? ': nothing to report' : ''}`);
    for (const line of lines) console.log(`   ${line}`);
  }
}

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const which = args.find((arg) => !arg.startsWith('--')) ?? 'tuning';
const halves: readonly Half[] = GROUPS[which] ?? HALVES.filter((half) => half === which);
if (halves.length === 0) {
  console.error(
    'usage: npx tsx scripts/score-announcements.ts tuning|tuning-2|tuning-3|tuning-4|tuning-5|tuning-6|tuning-7|tuning-8|tuning-9|tuning-10|tuning-11|tuning-12|tuning-13|tuning-14|tuning-15|tuning-16|held-out-2|tuning-all|all [--verbose]',
  );
  process.exit(2);
}
const scored = halves.map((half) => ({
  half,
  scores: namesOf(half).map((name) => scoreText(half, name)),
}));
for (const { half, scores } of scored) printScores(half, scores, verbose);
if (scored.length > 1)
  printScores(
    halves.join(' + '),
    scored.flatMap(({ scores }) => scores),
    false,
  );
