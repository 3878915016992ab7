import type { Finding, Lang } from '../model/finding.js';
import type { HasherFactory } from '../model/hash.js';
import type { AnnouncementSection, InputDigest, Report } from '../model/report.js';
import { fail, failWith, ok, type InputError, type Result } from '../model/result.js';
import type { ByteSource, Progress } from '../model/source.js';
import type { BoxSheet, ElectionTally } from '../model/tally.js';
import { choosePack, packOfReceipt, RULE_PACKS, todayUtc } from '../rules/index.js';
import { readElection, readTallyFiles } from '../tallies/index.js';
import { cappedErrors } from '../tallies/input-errors.js';
import { countBallots, compareBallotsWithSheets, type BallotCount } from '../ballots/index.js';
import {
  announcementSection,
  compareAnnouncement,
  reportNothingRead,
  workAnnouncementArithmetic,
  readAnnouncement,
  reportUnreadFigures,
  sectionWithUncompared,
} from '../announcement/index.js';
import { checkSheetsCoverBoxes } from '../checks/index.js';
import { evaluateElection } from '../recount/index.js';
import { buildReport, type AnnouncementRules } from '../report/index.js';
import type { TextEncodingName } from '../text/index.js';
import { auditAnnouncementAlone } from './announcement-alone.js';
import { readWhole } from './read-whole.js';
import { makeFinding } from '../model/make-finding.js';
import type { Election } from '../model/election.js';
import type { AnnouncedFigures } from '../announcement/announced-figures.js';
import type { TallySheets } from '../tallies/read-tallies-json.js';
import type { RulePack } from '../rules/rule-pack.js';
import { pushAll } from '../model/long-lists.js';
import {
  announcementFromReport,
  cvrBallots,
  electionFromReport,
  nistFormatOfBytes,
  readCvrElection,
  readElectionReportFile,
  sheetsFromReport,
  sourceFormat,
  type NistFormat,
} from '../interop/index.js';

export interface AuditSources {
  readonly election?: ByteSource;
  readonly boxes?: ByteSource;
  readonly tallies?: ByteSource;
  readonly ballots?: ByteSource;
  readonly announcement?: ByteSource;
}

export interface AuditOptions {
  readonly lang: Lang;
  readonly hasher: HasherFactory;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: Progress) => void;
  readonly encoding?: TextEncodingName;
  /** With an announcement alone: the rule pack (and round) to judge its own figures by. */
  readonly announcementRules?: AnnouncementRules;
  /**
   * The pack a receipt names, when re-verifying it: exactly that version applies, never the one the
   * election's date or today would choose (a receipt of a family alone means its first version).
   */
  readonly receiptRules?: string;
  /** Today, `YYYY-MM-DD` (UTC by default): the version a family applies when the election has no date. */
  readonly today?: string;
  /** Handed what the recount counts, box by box (to write it out in another format: core/interop). */
  readonly onRecount?: (recount: RecountBasis) => void;
}

/** What a recount stands on: the definition, each box's accounting and each box's votes. */
export interface RecountBasis {
  readonly election: Election;
  readonly sheets: readonly BoxSheet[];
  readonly tally: ElectionTally;
  /** Ballots whose repeated records differ, counted as their first records give them (none: 0). */
  readonly uncertainBallots: number;
}

interface ReadInput {
  readonly file: string;
  readonly bytes: Uint8Array;
  /** A NIST format recognised by its content, else null (the project's own formats). */
  readonly format: NistFormat | null;
}

/**
 * The whole audit: read and hash every input, recount (from ballot records when given, else from the
 * tally sheets), apply the rule pack, check the accounting, read the announcement and compare it.
 * Bad input is returned as errors naming file and position; nothing about the election is thrown.
 */
export async function runAudit(sources: AuditSources, options: AuditOptions): Promise<Result<Report>> {
  const { lang, hasher, signal } = options;
  const inputs: InputDigest[] = [];
  const small = new Map<keyof AuditSources, ReadInput>();
  let cvrElection: Election | null = null;
  for (const role of ['election', 'boxes', 'tallies', 'announcement'] as const) {
    const source = sources[role];
    if (!source) continue;
    // A cast vote record report given as the definition is streamed: only its Election is kept.
    if (role === 'election' && (await sourceFormat(source)) === 'nist-cast-vote-records') {
      const read = await readCvrElection(source, hasher, signal);
      if (!read.ok) return read;
      cvrElection = read.value.election;
      const { sha256, size } = read.value;
      inputs.push({ name: source.name, sha256, size, role, format: 'nist-cast-vote-records' });
      continue;
    }
    const whole = await readWhole(source, hasher, signal);
    if (!whole.ok) return whole;
    const format = nistFormatOfBytes(whole.value.bytes);
    small.set(role, { file: source.name, bytes: whole.value.bytes, format });
    inputs.push({
      name: source.name,
      sha256: whole.value.sha256,
      size: whole.value.bytes.byteLength,
      role,
      ...(format ? { format } : {}),
    });
  }

  const electionInput = small.get('election');
  const announcementInput = small.get('announcement');
  if (!electionInput && !cvrElection) {
    if (!announcementInput)
      return fail(
        usageError('(none)', '需要选举定义或结果公告', 'needs an election definition or a results notice'),
      );
    const figures = announcementOf(announcementInput);
    if (!figures.ok) return figures;
    return auditAnnouncementAlone(figures.value, inputs, lang, options.announcementRules, options.today);
  }
  const electionFile = electionInput?.file ?? sources.election?.name ?? '';
  if (options.announcementRules)
    return fail(
      usageError(
        electionFile,
        '依据的规则由选举定义写明；只有单独核查公告时才另外指定',
        'the election definition names the rules it is judged by; rules are given apart only to judge a notice alone',
      ),
    );

  const electionReport =
    electionInput?.format === 'nist-election-report'
      ? readElectionReportFile(electionInput.file, electionInput.bytes)
      : null;
  if (electionReport && !electionReport.ok) return electionReport;
  const electionRead = cvrElection
    ? ok(cvrElection)
    : electionReport?.ok
      ? electionFromReport(electionInput!.file, electionReport.value)
      : readElection(electionInput!.file, electionInput!.bytes);
  if (!electionRead.ok) return electionRead;
  const election = electionRead.value;
  const choice = choosePack(RULE_PACKS, {
    rules: election.rules,
    ...(election.date !== undefined ? { date: election.date } : {}),
    today: options.today ?? todayUtc(),
    ...(options.receiptRules !== undefined ? { pinned: receiptPin(options.receiptRules) } : {}),
  });
  if (!choice.ok) return fail({ file: electionFile, path: `$.${choice.field}`, message: choice.message });
  const { pack, version: rulesVersion } = choice;

  const boxesInput = small.get('boxes');
  const talliesInput = small.get('tallies');
  let sheets: readonly BoxSheet[] = [];
  let sheetTally: ElectionTally | null = null;
  // An election report holds the sheets too, unless others are given; one given as the sheets, likewise.
  const reportSheets =
    talliesInput?.format === 'nist-election-report'
      ? talliesInput
      : electionReport && !talliesInput
        ? electionInput!
        : null;
  if (reportSheets) {
    const read = await sheetsOfReport(reportSheets, election, boxesInput, options);
    if (!read.ok) return read;
    sheets = read.value.sheets;
    sheetTally = read.value.tally;
  } else if (boxesInput || talliesInput) {
    const read = readTallyFiles(
      { ...(boxesInput ? { boxes: boxesInput } : {}), ...(talliesInput ? { tallies: talliesInput } : {}) },
      election,
      options.encoding ? { encoding: options.encoding } : {},
    );
    if (!read.ok) return read;
    sheets = read.value.sheets;
    sheetTally = talliesInput || read.value.tally.boxes.size > 0 ? read.value.tally : null;
  }

  let ballots: BallotCount | null = null;
  let rankedFindings: Finding[] = [];
  if (sources.ballots) {
    const counted = await countBallotRecords(sources.ballots, election, pack, options);
    if (!counted.ok) return counted;
    ballots = counted.value.count;
    inputs.push(counted.value.input);
    rankedFindings = counted.value.findings;
  }

  if (!ballots && (sheets.length === 0 || !sheetTally)) {
    // Name what is missing, not what was given: readers refuse a sheet with a header and no rows.
    const lacking = !talliesInput
      ? boxesInput
        ? { zh: '还需要计票单（tallies.csv）', en: 'the tally sheets (tallies.csv) are missing' }
        : null
      : !boxesInput
        ? { zh: '还需要票箱统计（boxes.csv）', en: 'the box accounting (boxes.csv) is missing' }
        : null;
    return fail(
      usageError(
        electionFile,
        `计票需要票箱统计（boxes.csv）和计票单（tallies.csv），或选票记录（ballots.csv）${lacking ? `：${lacking.zh}` : ''}`,
        `a recount needs the box accounting (boxes.csv) and the tally sheets (tallies.csv), or the ballot records (ballots.csv)${lacking ? `: ${lacking.en}` : ''}`,
      ),
    );
  }

  // From ballot records the recount is of the ballots themselves; the sheets are then what is checked.
  const recount = {
    election,
    sheets: ballots ? sheetsFromBallots(ballots, sheets) : sheets,
    tally: ballots ? ballots.tally : sheetTally!,
  };
  options.onRecount?.({ ...recount, uncertainBallots: ballots?.uncertain.ballots ?? 0 });
  const evaluation = evaluateElection({
    ...recount,
    pack,
    lang,
    ...(ballots ? { uncertain: ballots.uncertain } : {}),
  });
  const extra: Finding[] = [];
  if (ballots) {
    pushAll(extra, ballots.findings);
    pushAll(extra, rankedFindings);
    if (sheets.length > 0 || sheetTally)
      pushAll(extra, compareBallotsWithSheets(ballots, sheets, sheetTally, election, lang));
  } else pushAll(extra, checkSheetsCoverBoxes(sheets, sheetTally!, election, lang));
  let announcement: AnnouncementSection | undefined;
  if (announcementInput) {
    const figures = announcementOf(announcementInput, election);
    if (!figures.ok) return figures;
    const work = workAnnouncementArithmetic(figures.value, lang);
    const compared = compareAnnouncement(figures.value, evaluation, election, lang);
    announcement = sectionWithUncompared(announcementSection(figures.value, work), compared, figures.value);
    pushAll(extra, work.findings);
    pushAll(extra, compared);
    pushAll(extra, reportNothingRead(figures.value, lang));
    pushAll(extra, reportUnreadFigures(figures.value, lang));
  }
  return ok(
    buildReport({
      election,
      pack,
      rulesVersion,
      evaluation,
      extraFindings: extra,
      inputs,
      lang,
      ...(announcement ? { announcement } : {}),
    }),
  );
}

/**
 * The box accounting a recount from ballot records stands on: returned and void as the records show
 * them; registered, issued and the voters who signed in as the sheets state them (records cannot know
 * these).
 */
function sheetsFromBallots(ballots: BallotCount, sheets: readonly BoxSheet[]): BoxSheet[] {
  const stated = new Map(sheets.map((sheet) => [sheet.box, sheet]));
  const boxes = new Set([...stated.keys(), ...ballots.boxes.keys()]);
  return [...boxes].map((box) => {
    const sheet = stated.get(box);
    const records = ballots.boxes.get(box);
    return {
      box,
      ...(sheet?.registered !== undefined ? { registered: sheet.registered } : {}),
      ...(sheet?.issued !== undefined ? { issued: sheet.issued } : {}),
      ...(sheet?.voters !== undefined ? { voters: sheet.voters } : {}),
      returned: records?.records ?? 0,
      invalid: records ? records.void + records.overvoted + records.twoPosts : 0,
    };
  });
}

/** The announcement, in the project's JSON or prose, or an election report to compare with. */
function announcementOf(input: ReadInput, election?: Election): Result<AnnouncedFigures> {
  if (input.format !== 'nist-election-report') return readAnnouncement(input.file, input.bytes, election);
  const report = readElectionReportFile(input.file, input.bytes);
  return report.ok ? announcementFromReport(input.file, report.value, election) : report;
}

/** The sheets an election report states, with the box accounting given beside it filling its gaps. */
async function sheetsOfReport(
  report: ReadInput,
  election: Election,
  boxes: ReadInput | undefined,
  options: AuditOptions,
): Promise<Result<TallySheets>> {
  const reading = readElectionReportFile(report.file, report.bytes);
  if (!reading.ok) return reading;
  let stated: { file: string; sheets: readonly BoxSheet[] } | undefined;
  if (boxes) {
    const read = readTallyFiles({ boxes }, election, options.encoding ? { encoding: options.encoding } : {});
    if (!read.ok) return read;
    stated = { file: boxes.file, sheets: read.value.sheets };
  }
  return sheetsFromReport(report.file, reading.value, election, stated);
}

/**
 * Recounts the ballot records, from ballots.csv or from a cast vote record report (recognised by its
 * content, streamed as rows of ballots.csv); the input's digest is that of the file given.
 */
async function countBallotRecords(
  source: ByteSource,
  election: Election,
  pack: RulePack,
  options: AuditOptions,
): Promise<Result<{ count: BallotCount; input: InputDigest; findings: Finding[] }>> {
  const { hasher, signal } = options;
  const report = (await sourceFormat(source)) === 'nist-cast-vote-records';
  const cvr = report ? cvrBallots(source, election, hasher, signal) : null;
  const counted = await countBallots(cvr ? cvr.source : source, election, {
    overvote: pack.overvote,
    ...(pack.onePersonTwoPosts ? { onePersonTwoPosts: true } : {}),
    lang: options.lang,
    hasher,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(signal ? { signal } : {}),
    ...(options.encoding && !cvr ? { encoding: options.encoding } : {}),
  });
  if (cvr && cvr.errors.length > 0) return failWith(cappedErrors(source.name, cvr.errors));
  if (!counted.ok)
    return failWith(
      cappedErrors(source.name, cvr ? counted.errors.map((error) => onRecord(error)) : counted.errors),
    );
  const digest = cvr ? await cvr.digest() : null;
  const count = counted.value;
  const findings = [...(cvr?.ranked ?? [])].map((contest) =>
    makeFinding(
      {
        code: 'RANKED_FIRST_CHOICES',
        severity: 'warning',
        contest,
        messages: {
          zh: `${source.name} 中职位 ${contest} 的选票按顺序排列候选人：只计了每张票的第一选择（相对多数），没有逐轮排序计票`,
          en: `${source.name} ranks the candidates of contest ${contest}: only each ballot's first choice was counted (plurality), not the ranked rounds`,
        },
      },
      options.lang,
    ),
  );
  return ok({
    findings,
    count,
    input: {
      name: source.name,
      sha256: digest?.sha256 ?? count.sha256 ?? '',
      size: digest?.bytes ?? count.bytes,
      role: 'ballots',
      ...(cvr ? { format: 'nist-cast-vote-records' as const } : {}),
    },
  });
}

/** A ballot-row error of a report read as ballots.csv, at the record: row n is `$.CVR[n-2]`. */
function onRecord(error: InputError): InputError {
  const { line, column: _column, ...rest } = error;
  return { ...rest, path: line !== undefined && line >= 2 ? `$.CVR[${line - 2}]` : '$.CVR' };
}

/** The receipt's pack, as its exact version (a family alone means the first version). */
export function receiptPin(id: string): { id: string; by: { zh: string; en: string } } {
  return { id: packOfReceipt(id)?.id ?? id, by: { zh: '所复核的回执', en: 'the receipt being verified' } };
}

function usageError(file: string, zh: string, en: string): InputError {
  return { file, message: { zh, en } };
}
