import type { Lang } from '../model/finding.js';
import type { Report } from '../model/report.js';
import { quorumStatus } from '../report/quorum-status.js';
import { isAnnouncementAlone } from '../report/report-from-announcement.js';
import { announcementVerdict } from '../report/render-report-text.js';
import { csvCell } from './sheet-csv.js';
import type { WrittenSheet } from './write-xlsx.js';

type Cell = string | number | null;

const WORDS = {
  zh: {
    summary: '概要',
    results: '计票结果',
    boxes: '票箱',
    findings: '发现',
    election: '选举',
    rules: '依据的规则',
    verdict: '结论',
    registered: '登记选民',
    cast: '参加投票',
    issued: '发出选票',
    returned: '收回选票',
    invalid: '无效票',
    valid: '有效票',
    quorumMet: '投票人数达到法定要求',
    contest: '职位',
    seats: '应选',
    validBallots: '有效票数',
    candidate: '候选人',
    votes: '得票',
    elected: '当选',
    writeIn: '另选他人',
    blank: '弃权',
    needed: '当选至少需',
    unfilled: '空缺',
    box: '票箱',
    severity: '级别',
    code: '代码',
    message: '说明',
    yes: '是',
    no: '否',
    undecided: '无法根据这些记录判定',
    notChecked: '未核对',
    noQuorumRule: '规则无要求',
    verdicts: { valid: '有效', void: '无效', 'runoff-needed': '需另行选举', discrepancies: '发现不一致' },
  },
  en: {
    summary: 'Summary',
    results: 'Results',
    boxes: 'Boxes',
    findings: 'Findings',
    election: 'election',
    rules: 'rules applied',
    verdict: 'verdict',
    registered: 'registered',
    cast: 'cast',
    issued: 'issued',
    returned: 'returned',
    invalid: 'void',
    valid: 'valid',
    quorumMet: 'quorum met',
    contest: 'contest',
    seats: 'seats',
    validBallots: 'valid ballots',
    candidate: 'candidate',
    votes: 'votes',
    elected: 'elected',
    writeIn: 'write-in',
    blank: 'blank',
    needed: 'votes needed',
    unfilled: 'unfilled seats',
    box: 'box',
    severity: 'severity',
    code: 'code',
    message: 'message',
    yes: 'yes',
    no: 'no',
    undecided: 'cannot be decided from these records',
    notChecked: 'not checked',
    noQuorumRule: 'no quorum rule',
    verdicts: {
      valid: 'valid',
      void: 'void',
      'runoff-needed': 'runoff needed',
      discrepancies: 'discrepancies',
    },
  },
} as const;

/**
 * The quorum as a cell: yes or no only where it was judged, so that a notice whose turnout could not be
 * checked (no voters stated, voters in doubt, another electorate, no law chosen) never reads as failed.
 */
function quorumCell(report: Report, w: (typeof WORDS)[Lang]): string {
  switch (quorumStatus(report)) {
    case 'met':
      return w.yes;
    case 'not-met':
      return w.no;
    case 'undecided':
      return w.undecided;
    case 'no-quorum-rule':
      return w.noQuorumRule;
    default:
      return w.notChecked;
  }
}

/**
 * The verdict as a cell: for a notice checked alone and found without error, the notice's own verdict
 * line, which claims only what was checked (no tally recounted; the law only as far as it was judged),
 * never the bare "valid" a recount earns.
 */
function verdictCell(report: Report, lang: Lang, w: (typeof WORDS)[Lang]): string {
  if (report.verdict === 'valid' && isAnnouncementAlone(report)) return announcementVerdict(report, lang);
  return w.verdicts[report.verdict];
}

/**
 * The recount report as tables for township staff: a summary, the results per contest and candidate,
 * the boxes' accounts and the findings, in the report's language. Every text cell is neutralised
 * (see `neutralised`), since names and messages come from the inputs.
 */
export function reportSheets(report: Report, lang: Lang = report.lang): WrittenSheet[] {
  const w = WORDS[lang];
  const yesNo = (flag: boolean): string => (flag ? w.yes : w.no);
  const summary: Cell[][] = [
    [w.election, report.election],
    [w.rules, report.rules],
    [w.verdict, verdictCell(report, lang, w)],
    [w.registered, report.turnout.registered],
    [w.issued, report.turnout.issued],
    [w.cast, report.turnout.cast],
    // Not known where a box's void count exceeds its returned ballots (turnout.validUnknown).
    [w.invalid, report.turnout.validUnknown ? null : report.turnout.invalid],
    [w.valid, report.turnout.validUnknown ? null : report.turnout.valid],
    [w.quorumMet, quorumCell(report, w)],
  ];
  const results: Cell[][] = [
    [w.contest, w.seats, w.validBallots, w.needed, w.candidate, w.votes, w.elected, w.writeIn],
  ];
  for (const contest of report.contests) {
    const valid = report.turnout.validUnknown ? null : contest.validBallots;
    const head = [contest.name, contest.seats, valid, contest.votesNeeded];
    for (const candidate of contest.candidates)
      results.push([
        ...head,
        candidate.name,
        candidate.votes,
        // Ballot records that repeat with other contents could change who is elected (OUTCOME_UNDECIDED), or
        // a void count above the ballots returned leaves a threshold of valid ballots unknown.
        contest.undecided ? w.undecided : yesNo(candidate.elected),
        yesNo(candidate.writeIn),
      ]);
    results.push([...head, w.blank, contest.blank, null, null]);
    if (contest.unfilledSeats > 0 && !contest.undecided)
      results.push([...head, w.unfilled, contest.unfilledSeats, null, null]);
  }
  const boxes: Cell[][] = [
    [w.box, w.registered, w.issued, w.returned, w.invalid],
    ...report.boxes.map((box) => [box.box, box.registered, box.issued, box.returned, box.invalid]),
  ];
  const findings: Cell[][] = [
    [w.severity, w.code, w.contest, w.box, w.message],
    ...report.findings.map((finding) => [
      finding.severity,
      finding.code,
      finding.contest,
      finding.box,
      finding.messages[lang],
    ]),
  ];
  return [
    { name: w.summary, rows: neutralisedRows(summary) },
    { name: w.results, rows: neutralisedRows(results) },
    { name: w.boxes, rows: neutralisedRows(boxes) },
    { name: w.findings, rows: neutralisedRows(findings) },
  ];
}

/**
 * A text cell that a spreadsheet would take for a formula — one beginning with = + - @, a tab or a
 * carriage return — gets a leading apostrophe, so that opening an export never runs a formula
 * planted in a candidate's name or a box name (CSV injection).
 */
export function neutralised(text: string): string {
  return /^[=+\-@\t\r]/u.test(text) ? `'${text}` : text;
}

function neutralisedRows(rows: readonly (readonly Cell[])[]): Cell[][] {
  return rows.map((row) => row.map((cell) => (typeof cell === 'string' ? neutralised(cell) : cell)));
}

/**
 * The same tables as one CSV text: each headed by its name, a blank line between them; UTF-8 with a
 * byte order mark and CRLF line ends, so that Excel and WPS open the Chinese text as it is.
 */
export function reportCsv(sheets: readonly WrittenSheet[]): string {
  const lines: string[] = [];
  for (const sheet of sheets) {
    if (lines.length > 0) lines.push('');
    lines.push(csvCell(neutralised(sheet.name)));
    for (const row of sheet.rows)
      lines.push(
        row
          .map((cell) =>
            typeof cell === 'string'
              ? csvCell(neutralised(cell))
              : typeof cell === 'number'
                ? String(cell)
                : '',
          )
          .join(','),
      );
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
