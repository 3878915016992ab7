import type { Lang } from '../model/finding.js';
import type { ContestResult, Report, Verdict } from '../model/report.js';
import { displayPercent } from './display-percent.js';
import { quorumStatus } from './quorum-status.js';
import { ANNOUNCEMENT_ONLY, isAnnouncementAlone } from './report-from-announcement.js';
import { textTable } from './text-table.js';

type Words = Record<string, string>;

const WORDS: Record<Lang, Words> = {
  zh: {
    rules: '规则',
    first: '第一次投票',
    runoff: '另行选举',
    verdict: '结论',
    registered: '登记选民',
    cast: '参加投票',
    issued: '发出选票',
    valid: '有效票',
    invalid: '无效票',
    quorum: '投票人数达到法定要求',
    quorumUnknown: '投票人数是否达到法定要求无从核对（登记选民数未知）',
    noQuorumRule: '规则包无投票人数要求',
    yes: '是',
    no: '否',
    seats: '应选',
    needed: '当选至少需',
    votes: '票',
    name: '姓名',
    share: '占投票',
    elected: '当选',
    writeIn: '另选他人',
    blank: '弃权',
    blankInferred: '弃权（推算：计票单未写弃权）',
    open: '空缺',
    findings: '发现',
    none: '无',
    inputs: '输入文件',
    unknown: '未知',
    error: '错误',
    warning: '警告',
    info: '提示',
  },
  en: {
    rules: 'rules',
    first: 'first round',
    runoff: 'runoff',
    verdict: 'Verdict',
    registered: 'registered',
    cast: 'cast',
    issued: 'issued',
    valid: 'valid',
    invalid: 'void',
    quorum: 'quorum met',
    quorumUnknown: 'quorum cannot be checked (registered voters unknown)',
    noQuorumRule: 'no quorum in this rule pack',
    yes: 'yes',
    no: 'no',
    seats: 'seats',
    needed: 'needs at least',
    votes: 'votes',
    name: 'name',
    share: 'of cast',
    elected: 'elected',
    writeIn: 'written in',
    blank: 'blank',
    blankInferred: 'blank (inferred: the sheets state none)',
    open: 'open',
    findings: 'Findings',
    none: 'none',
    inputs: 'Inputs',
    unknown: 'unknown',
    error: 'error',
    warning: 'warning',
    info: 'info',
  },
};

const VERDICTS: Record<Verdict, Record<Lang, string>> = {
  valid: { zh: '有效：计票与规则相符', en: 'valid: the count agrees with the rules' },
  void: {
    zh: '选举无效：无人当选，应重新选举',
    en: 'void: no one is elected; the election must be held again',
  },
  'runoff-needed': { zh: '有名额未选出，需另行选举', en: 'seats remain open: a runoff is needed' },
  discrepancies: { zh: '发现差错，请看下列发现', en: 'discrepancies: see the findings below' },
};

/** An announcement checked alone: nothing was recounted and no rule applied, only its arithmetic. */
const ANNOUNCEMENT_ONLY_VALID: Record<Lang, string> = {
  zh: '未发现差错：公告自身的数字相互吻合（未复核计票，未套用规则包）',
  en: "no discrepancy: the announcement's own figures agree (nothing recounted, no rule pack applied)",
};

/** An announcement alone judged by a rule pack: its figures agree and meet the pack's thresholds. */
const ANNOUNCEMENT_JUDGED_VALID: Record<Lang, string> = {
  zh: '未发现差错：公告自身的数字相互吻合，也符合规则包的法定要求（未复核计票）',
  en: "no discrepancy: the announcement's own figures agree and meet the rule pack's thresholds (nothing recounted)",
};

/** The turnout line's word on the quorum; none for an announcement checked alone. */
function quorumWords(report: Report, word: (key: string) => string): string[] {
  switch (quorumStatus(report)) {
    case 'met':
      return [`${word('quorum')}: ${word('yes')}`];
    case 'not-met':
      return [`${word('quorum')}: ${word('no')}`];
    case 'electorate-unknown':
      return [word('quorumUnknown')];
    case 'no-quorum-rule':
      return [word('noQuorumRule')];
    case 'not-judged':
      return [];
  }
}

/** The text the pack's version encodes and why that version applied (an indented line under `rules`). */
function versionLines(report: Report, lang: Lang): string[] {
  const version = report.rulesVersion;
  if (!version) return [];
  const statute = version.statute ? version.statute[lang] + (lang === 'zh' ? '；' : '; ') : '';
  return [`  ${statute}${version.reason[lang]}`];
}

/** The report as plain text for the command line's `--format text`. Percentages are for display only. */
export function renderReportText(report: Report, lang: Lang): string {
  const w = WORDS[lang];
  const word = (key: string): string => w[key] ?? key;
  const t = report.turnout;
  // An announcement checked alone, with no pack, has no round; a clean one is no count agreeing with rules.
  const noPack = report.rules === ANNOUNCEMENT_ONLY;
  const cleanAlone = isAnnouncementAlone(report) && report.verdict === 'valid';
  const lines: string[] = [
    report.election,
    `${word('rules')}: ${report.rules}` + (noPack ? '' : `, ${word(report.round)}`),
    ...versionLines(report, lang),
    `${word('verdict')}: ${
      cleanAlone
        ? (noPack ? ANNOUNCEMENT_ONLY_VALID : ANNOUNCEMENT_JUDGED_VALID)[lang]
        : VERDICTS[report.verdict][lang]
    }`,
    '',
    [
      `${word('registered')} ${t.registered ?? word('unknown')}`,
      `${word('issued')} ${t.issued ?? word('unknown')}`,
      `${word('cast')} ${t.cast}` + (t.registered ? ` (${displayPercent(t.cast, t.registered)})` : ''),
      `${word('valid')} ${t.valid}`,
      `${word('invalid')} ${t.invalid}`,
      ...quorumWords(report, word),
    ].join(lang === 'zh' ? '，' : ', '),
  ];
  const inferred = new Set(
    report.findings
      .filter((finding) => finding.code === 'BALLOTS_UNACCOUNTED')
      .map((finding) => finding.contest),
  );
  for (const contest of report.contests)
    lines.push('', ...contestLines(contest, t.cast, word, inferred.has(contest.id)));
  lines.push('', `${word('findings')} (${report.findings.length}):`);
  if (report.findings.length === 0) lines.push(`  ${word('none')}`);
  for (const finding of report.findings)
    lines.push(`  [${word(finding.severity)}] ${finding.code}: ${finding.messages[lang]}`);
  if (report.inputs.length > 0) {
    lines.push('', `${word('inputs')}:`);
    for (const input of report.inputs) lines.push(`  ${input.name}  sha256 ${input.sha256}`);
  }
  return lines.join('\n') + '\n';
}

function contestLines(
  contest: ContestResult,
  cast: number,
  word: (key: string) => string,
  blankInferred: boolean,
): string[] {
  const header =
    `[${contest.name}] ${word('seats')} ${contest.seats}, ${word('valid')} ${contest.validBallots}` +
    (contest.votesNeeded !== null ? `, ${word('needed')} ${contest.votesNeeded} ${word('votes')}` : '') +
    (contest.unfilledSeats > 0 ? `, ${word('open')} ${contest.unfilledSeats}` : '');
  const rows: string[][] = [[word('name'), word('votes'), word('share'), word('elected')]];
  for (const candidate of contest.candidates) {
    rows.push([
      candidate.writeIn ? `${candidate.name} (${word('writeIn')})` : candidate.name,
      String(candidate.votes),
      displayPercent(candidate.votes, cast),
      candidate.elected ? '✓' : '',
    ]);
  }
  if (blankInferred) {
    // BALLOTS_UNACCOUNTED: the valid ballots that are neither votes nor stated abstentions.
    const votes = contest.candidates.reduce((sum, candidate) => sum + candidate.votes, 0);
    const blank = contest.validBallots - votes;
    rows.push([word('blankInferred'), String(blank), displayPercent(blank, cast), '']);
  } else if (contest.blank > 0)
    rows.push([word('blank'), String(contest.blank), displayPercent(contest.blank, cast), '']);
  return [header, ...textTable(rows, new Set([1, 2])).map((line) => `  ${line}`)];
}
