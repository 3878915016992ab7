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
} from '../announcement/index.js';
import { checkSheetsCoverBoxes } from '../checks/index.js';
import { evaluateElection } from '../recount/index.js';
import { buildReport, type AnnouncementRules } from '../report/index.js';
import type { TextEncodingName } from '../text/index.js';
import { auditAnnouncementAlone } from './announcement-alone.js';
import { readWhole } from './read-whole.js';

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
}

interface ReadInput {
  readonly file: string;
  readonly bytes: Uint8Array;
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
  for (const role of ['election', 'boxes', 'tallies', 'announcement'] as const) {
    const source = sources[role];
    if (!source) continue;
    const whole = await readWhole(source, hasher, signal);
    if (!whole.ok) return whole;
    small.set(role, { file: source.name, bytes: whole.value.bytes });
    inputs.push({ name: source.name, sha256: whole.value.sha256, size: whole.value.bytes.byteLength, role });
  }

  const electionInput = small.get('election');
  const announcementInput = small.get('announcement');
  if (!electionInput) {
    if (!announcementInput)
      return fail(
        usageError('(none)', '需要选举定义或结果公告', 'needs an election definition or an announcement'),
      );
    const figures = readAnnouncement(announcementInput.file, announcementInput.bytes);
    if (!figures.ok) return figures;
    return auditAnnouncementAlone(figures.value, inputs, lang, options.announcementRules, options.today);
  }
  if (options.announcementRules)
    return fail(
      usageError(
        electionInput.file,
        '规则包由选举定义给出；单独核查公告时才另给规则包',
        'the election definition names its rule pack; a rule pack is given only to judge an announcement alone',
      ),
    );

  const electionRead = readElection(electionInput.file, electionInput.bytes);
  if (!electionRead.ok) return electionRead;
  const election = electionRead.value;
  const choice = choosePack(RULE_PACKS, {
    rules: election.rules,
    ...(election.date !== undefined ? { date: election.date } : {}),
    today: options.today ?? todayUtc(),
    ...(options.receiptRules !== undefined ? { pinned: receiptPin(options.receiptRules) } : {}),
  });
  if (!choice.ok)
    return fail({ file: electionInput.file, path: `$.${choice.field}`, message: choice.message });
  const { pack, version: rulesVersion } = choice;

  const boxesInput = small.get('boxes');
  const talliesInput = small.get('tallies');
  let sheets: readonly BoxSheet[] = [];
  let sheetTally: ElectionTally | null = null;
  if (boxesInput || talliesInput) {
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
  if (sources.ballots) {
    const counted = await countBallots(sources.ballots, election, {
      overvote: pack.overvote,
      ...(pack.onePersonTwoPosts ? { onePersonTwoPosts: true } : {}),
      lang,
      hasher,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      ...(signal ? { signal } : {}),
      ...(options.encoding ? { encoding: options.encoding } : {}),
    });
    if (!counted.ok) return failWith(cappedErrors(sources.ballots.name, counted.errors));
    ballots = counted.value;
    inputs.push({
      name: sources.ballots.name,
      sha256: ballots.sha256 ?? '',
      size: ballots.bytes,
      role: 'ballots',
    });
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
        electionInput.file,
        `计票需要票箱统计（boxes.csv）和计票单（tallies.csv），或选票记录（ballots.csv）${lacking ? `：${lacking.zh}` : ''}`,
        `a recount needs the box accounting (boxes.csv) and the tally sheets (tallies.csv), or the ballot records (ballots.csv)${lacking ? `: ${lacking.en}` : ''}`,
      ),
    );
  }

  // From ballot records the recount is of the ballots themselves; the sheets are then what is checked.
  const evaluation = evaluateElection({
    election,
    pack,
    sheets: ballots ? sheetsFromBallots(ballots, sheets) : sheets,
    tally: ballots ? ballots.tally : sheetTally!,
    lang,
  });
  const extra: Finding[] = [];
  if (ballots) {
    pushAll(extra, ballots.findings);
    if (sheets.length > 0 || sheetTally)
      pushAll(extra, compareBallotsWithSheets(ballots, sheets, sheetTally, election, lang));
  } else pushAll(extra, checkSheetsCoverBoxes(sheets, sheetTally!, election, lang));
  let announcement: AnnouncementSection | undefined;
  if (announcementInput) {
    const figures = readAnnouncement(announcementInput.file, announcementInput.bytes, election);
    if (!figures.ok) return figures;
    const work = workAnnouncementArithmetic(figures.value, lang);
    announcement = announcementSection(figures.value, work);
    pushAll(extra, work.findings);
    pushAll(extra, compareAnnouncement(figures.value, evaluation, election, lang));
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

/** The receipt's pack, as its exact version (a family alone means the first version). */
export function receiptPin(id: string): { id: string; by: { zh: string; en: string } } {
  return { id: packOfReceipt(id)?.id ?? id, by: { zh: '所复核的回执', en: 'the receipt being verified' } };
}

function usageError(file: string, zh: string, en: string): InputError {
  return { file, message: { zh, en } };
}

/** Appends a list of any length (a spread into push overflows the stack past about 100,000 items). */
function pushAll<T>(into: T[], items: readonly T[]): void {
  for (const item of items) into.push(item);
}
