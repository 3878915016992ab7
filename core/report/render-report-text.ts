import { NIST_FORMAT_NAMES } from '../interop/nist-format.js';
import type { Bilingual, FindingCode, Lang } from '../model/finding.js';
import type { AnnouncementSection, ContestResult, LawJudged, Report, Verdict } from '../model/report.js';
import { displayPercent } from './display-percent.js';
import { quorumStatus } from './quorum-status.js';
import { lawWords } from './law-words.js';
import { versionLine } from './version-line.js';
import { getRulePack } from '../rules/registry.js';
import { roundThreshold } from '../recount/round-threshold.js';
import { undecidedOutcome, undecidedWords } from './outcome-undecided.js';
import { ANNOUNCEMENT_ONLY, isAnnouncementAlone } from './report-from-announcement.js';
import { textTable } from './text-table.js';
import { oneLine, quotedOnOneLine } from './one-line.js';
import { englishCount, groupedCount } from '../text/english-count.js';

type Words = Record<string, string>;

/** A count as the report's language writes it: grouped in English (1,454), plain digits in Chinese. */
type Count = (count: number) => string;
const countIn =
  (lang: Lang): Count =>
  (count) =>
    lang === 'en' ? groupedCount(count) : String(count);

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
    registeredHouseholds: '登记户数',
    quorumHouseholds: '投票户数达到法定要求',
    castHouseholds: '参加投票户数',
    quorumUnknownHouseholds: '投票户数是否达到法定要求无从核对（登记户数未知）',
    electorateDiffersHouseholds:
      '投票户数是否达到法定要求未加核对（公告按户计算选举人，所选规则按登记的选民逐人计算法定人数）',
    quorumUndecided: '投票人数是否达到法定要求无法根据这些记录判定（重复的选票记录内容不同）',
    votersUnknown: '投票人数是否达到法定要求无从核对（公告没有写出参加投票人数）',
    votersBelowReturned:
      '投票人数是否达到法定要求无从核对（公告写的参加投票人数少于收回的选票，两者必有一个有误）',
    votersByStanding: '投票人数是否达到法定要求无从核对（公告只以“参选”称投票的人，也可能是指参加竞选的人）',
    electorateApart:
      '投票人数是否达到法定要求未加核对（公告所列的登记选民数是另一地方、另一机构或另一轮选举的，不是本次选举的）',
    quorumUnjudged: '投票人数是否达到法定要求未加核对',
    electorateDiffers:
      '投票人数是否达到法定要求未加核对（公告的选举人与所选规则计算法定人数的对象不同，如居民代表与全体选民）',
    countsApart: '投票人数是否达到法定要求未加核对（公告所列的投票人数是全镇等的合计，不是某一次选举的）',
    summaryOfN: '{n}次选举',
    summaryOfSeveral: '多次选举',
    summaryMet: '{of}合计的投票人数达到法定要求，但不说明每一次选举都达到；各次选举未据合计核对',
    summaryNotMet: '{of}合计的投票人数未达到法定要求：其中至少有一次选举未达到（汇总没有写明是哪一次）',
    otherVote: '投票人数是否达到法定要求未加核对（文中是罢免投票或香港的选举，所选规则的法定人数不适用）',
    castFromReturned: '（按收回选票）',
    announcement: '公告',
    figuresRead: '读懂的数字',
    judged: '核对了',
    right: '相符',
    wrong: '不符',
    notJudged: '未能核对的数字',
    more: '另有',
    noQuorumRule: '所依据的规则对投票人数没有要求',
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
    undecided: '当选结果无法根据这些记录判定',
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
    registeredHouseholds: 'registered households',
    quorumHouseholds: 'quorum of households met',
    castHouseholds: 'households cast',
    quorumUnknownHouseholds: 'quorum cannot be checked (registered households unknown)',
    electorateDiffersHouseholds:
      'quorum not checked (the notice counts households; the rules chosen count registered voters one by one)',
    quorumUndecided: 'quorum cannot be decided from these records (repeated ballot records differ)',
    votersUnknown: 'quorum cannot be checked (the voters who cast a ballot are not stated)',
    votersBelowReturned:
      'quorum cannot be checked (the voters stated are fewer than the ballots returned: one of the two counts is wrong)',
    votersByStanding:
      'quorum cannot be checked (the voters are named only by 参选, which may also mean standing as a candidate)',
    electorateApart:
      "quorum not checked (the registered voters stated are of another place, body or round than the election's own)",
    quorumUnjudged: 'quorum not checked',
    electorateDiffers:
      "quorum not checked (the notice's electorate is not the one the rules chosen count, e.g. residents' representatives and all voters)",
    countsApart:
      'quorum not checked (the voters stated are the sum of a township or another wider place, not of one election)',
    summaryOfN: '{n} elections',
    summaryOfSeveral: 'several elections',
    summaryMet:
      "the totals of {of} meet the quorum, which does not show that each election did; no single election's quorum was checked from them",
    summaryNotMet:
      'the totals of {of} fall short of the quorum: at least one of those elections missed it (the summary does not say which)',
    otherVote:
      "quorum not checked (the text reports a recall or an election in Hong Kong, which the rules' quorum does not govern)",
    castFromReturned: ' (ballots returned)',
    announcement: 'Notice',
    figuresRead: 'figures understood',
    judged: 'checks made',
    right: 'right',
    wrong: 'wrong',
    notJudged: 'figures not checked',
    more: 'more:',
    noQuorumRule: 'the rules applied set no quorum',
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
    undecided: 'who is elected cannot be decided from these records',
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

/**
 * Warnings that say two of the notice's figures disagree. The others (a tie for the last seat, no woman
 * among the winners) question the declared result, where "figures disagree" would be untrue.
 */
const FIGURE_DISAGREEMENTS: ReadonlySet<FindingCode> = new Set<FindingCode>([
  'ANNOUNCED_MISMATCH',
  'ANNOUNCED_PERCENT_MISMATCH',
  'ANNOUNCED_SUM_MISMATCH',
  'ANNOUNCED_WINNER_MISMATCH',
  'VOTES_EXCEED_BALLOTS',
  'RETURNED_EXCEEDS_VOTERS',
  'RETURNED_EXCEEDS_ISSUED',
  'BALLOT_ACCOUNTING_MISMATCH',
  'REGISTERED_MISMATCH',
]);

/**
 * The verdict line of an announcement checked alone, which follows from its findings and its work: a
 * void or an error first; then warnings (never "no discrepancy" above them); then nothing read, or
 * nothing that could be checked; then what was checked and found right, and whether a pack's quorum
 * could be judged at all.
 */
export function announcementVerdict(report: Report, lang: Lang): string {
  if (report.verdict !== 'valid') return VERDICTS[report.verdict][lang];
  const section = report.announcement;
  const warnings = report.findings.filter((finding) => finding.severity === 'warning').length;
  const noPack = report.rules === ANNOUNCEMENT_ONLY;
  const recount = noPack
    ? { zh: '未复核计票单，也未按任何法律规定判断', en: 'no tally sheets recounted, and no law applied' }
    : { zh: '未复核计票单', en: 'no tally sheets recounted' };
  // Nothing given a meaning: said with the count of numbers found, which the "not checked" count
  // beneath repeats, never as "nothing was read" beside a list of numbers not checked.
  if (section && section.figuresRead === 0 && (section.judgedCount ?? 0) === 0) {
    const found = section.unreadCount;
    if (found === 0)
      return lang === 'zh'
        ? '公告中没有找到任何数字：没有核对任何内容'
        : 'no figures were found in the notice: nothing was checked';
    return lang === 'zh'
      ? `公告中的${found}个数字，都读不出是选举的哪一项：没有核对任何内容（原因列在下面）`
      : `none of the ${figures(found)} in the notice could be read as an election figure: nothing was checked (the reasons are listed below)`;
  }
  const summary = summaryVerdict(report, lang, recount);
  if (summary !== null) return summary;
  if (warnings > 0) {
    const disagreeing = report.findings.some(
      (finding) => finding.severity === 'warning' && FIGURE_DISAGREEMENTS.has(finding.code),
    );
    const what = disagreeing
      ? { zh: '公告自身的数字有不相符之处', en: "the notice's own figures disagree in places" }
      : { zh: '公告宣布的结果有需要注意之处', en: 'the declared result needs a closer look' };
    return lang === 'zh'
      ? `没有错误，但有${warnings}条警告：${what.zh}，请看下列发现（${recount.zh}）`
      : `no error, but ${englishCount(warnings, 'warning')}: ${what.en}; see the findings (${recount.en})`;
  }
  const judged = section?.judgedCount ?? 0;
  if (section && judged === 0)
    return lang === 'zh'
      ? `读懂${section.figuresRead}个数字，但没有可以相互核对的：没有核对任何内容（${recount.zh}）`
      : `${figures(section.figuresRead)} understood, but ${section.figuresRead === 1 ? 'no other figure checks it' : 'none could be checked against another'}: nothing was checked (${recount.en})`;
  const pack = noPack ? { zh: '', en: '' } : lawClause(report, section);
  const unread = unreadClause(section);
  return lang === 'zh'
    ? `未发现差错：公告自身的数字相互吻合${pack.zh}（核对${judged}项，全部相符；${unread.zh}${recount.zh}）`
    : `no discrepancy: the notice's own figures agree${pack.en} (${groupedCount(judged)} checked, all right; ${unread.en}${recount.en})`;
}

/**
 * The verdict of a township's summary of several elections (turnout.quorumSummary), which declares no
 * winner: what its totals tell of the quorum, never as one election's turnout or winners. Null for any
 * other report, or when a warning besides the totals' own shortfall is to be said first.
 */
function summaryVerdict(report: Report, lang: Lang, recount: Bilingual): string | null {
  const summary = report.turnout.quorumSummary;
  if (!summary) return null;
  const others = report.findings.filter(
    (finding) => finding.severity === 'warning' && finding.code !== 'TURNOUT_BELOW_QUORUM',
  );
  if (others.length > 0) return null;
  const section = report.announcement;
  const of = summaryOf(summary.elections);
  const law = lawWords(report);
  const judged = section?.judgedCount ?? 0;
  const unread = unreadClause(section);
  const totals = summary.totalsMet
    ? {
        zh: `合计的投票人数达到${law.zh}的法定要求，但合计达到不说明每一次选举都达到，各次选举是否达到未据合计核对`,
        en: `their totals meet the quorum of ${law.en}, which does not show that each election did: no single election's quorum was checked from them`,
      }
    : {
        zh: `合计的投票人数未达到${law.zh}的法定要求，因此其中至少有一次选举未达到（汇总没有写明是哪一次）`,
        en: `their totals fall short of the quorum of ${law.en}, so at least one of those elections missed it (the summary does not say which)`,
      };
  const agree = summary.totalsMet
    ? { zh: '公告自身的数字相互吻合；', en: "the notice's own figures agree; " }
    : { zh: '', en: '' };
  return lang === 'zh'
    ? `这是${of.zh}的汇总：${agree.zh}${totals.zh}（核对${judged}项；${unread.zh}${recount.zh}）`
    : `a summary of ${of.en}: ${agree.en}${totals.en} (${groupedCount(judged)} checked; ${unread.en}${recount.en})`;
}

/**
 * What a pack's rules were judged on, said only of what was judged: the turnout against the quorum, and
 * the winners' votes against the round's threshold. "Meet what the law requires" only when every rule
 * the pack has for them was judged; else which were, and that the others could not be.
 */
function lawClause(report: Report, section: AnnouncementSection | undefined): Bilingual {
  const law = lawWords(report);
  const quorum = quorumStatus(report);
  const packRules = getRulePack(report.rules);
  const quorumJudged = quorum === 'met' || quorum === 'no-quorum-rule';
  const hasQuorum = quorum !== 'no-quorum-rule';
  const hasThreshold = packRules ? roundThreshold(packRules, report.round) !== null : false;
  // Which winners were judged, as the report states it; a report without the statement (one written
  // before it was recorded) by its judged list, which cannot tell every winner from some.
  const judgedLaw = section?.lawJudged;
  const winnersJudged = judgedLaw
    ? judgedLaw.winners === 'met'
    : (section?.judged.some((figure) => figure.rule === 'winner-threshold') ?? false);
  if (judgedLaw?.winners === 'partly') return partlyJudged(judgedLaw, quorumJudged, hasQuorum, law);
  if (quorumJudged && (winnersJudged || !hasThreshold))
    return { zh: `，也符合${law.zh}的规定`, en: ` and meet what ${law.en} requires` };
  if (!hasThreshold)
    return {
      zh: `；参加投票的人数是否符合${law.zh}的要求，无从核对`,
      en: `; whether turnout meets what ${law.en} requires could not be checked`,
    };
  if (quorumJudged)
    return hasQuorum
      ? {
          zh: `；参选人数达到${law.zh}的要求，但当选人的得票未能核对是否达到当选所需票数`,
          en: `; turnout meets what ${law.en} requires, but whether the winners' votes reach what a seat needs could not be checked`,
        }
      : {
          zh: `；当选人的得票未能按${law.zh}核对是否达到当选所需票数`,
          en: `; whether the winners' votes reach what a seat needs under ${law.en} could not be checked`,
        };
  if (winnersJudged)
    return {
      zh: `；当选人的得票达到${law.zh}的要求，但参加投票的人数是否符合要求，无从核对`,
      en: `; the winners' votes meet what ${law.en} requires, but whether turnout does could not be checked`,
    };
  return {
    zh: `；但参加投票的人数和当选人的得票都未能按${law.zh}核对`,
    en: `; but neither turnout nor the winners' votes could be checked against what ${law.en} requires`,
  };
}

/**
 * Some declared winners' votes judged and found to meet the threshold, the others' not judged: said with
 * how many of how many, never as "the winners meet the law".
 */
function partlyJudged(
  judgedLaw: LawJudged,
  quorumJudged: boolean,
  hasQuorum: boolean,
  law: Bilingual,
): Bilingual {
  // Named once: after the turnout's clause, the same law is "that law".
  const named = quorumJudged && hasQuorum ? { zh: '该法', en: 'that law' } : law;
  const some = partlyWords(
    judgedLaw.winnersJudged,
    judgedLaw.winnersDeclared,
    judgedLaw.listsUnread ?? 0,
    named,
  );
  if (quorumJudged && hasQuorum)
    return {
      zh: `；参选人数达到${law.zh}的要求；${some.zh}`,
      en: `; turnout meets what ${law.en} requires; ${some.en}`,
    };
  if (quorumJudged) return { zh: `；${some.zh}`, en: `; ${some.en}` };
  return {
    zh: `；${some.zh}，参加投票的人数是否符合要求，也无从核对`,
    en: `; ${some.en}, and whether turnout meets what it requires could not be checked either`,
  };
}

/**
 * How many winners read were judged, and what could not be: the other winners read, or lists of winners
 * whose names were not read (`当选委员：…，得票均超过…半数`), whose winners are then not counted at all.
 */
function partlyWords(judged: number, declared: number, lists: number, named: Bilingual): Bilingual {
  const others = declared - judged;
  const listsWords = {
    zh: `${lists}处当选名单未能读出，其中的当选人未能核对`,
    en: `${lists === 1 ? 'a list of winners' : `${groupedCount(lists)} lists of winners`} could not be read, nor its winners checked`,
  };
  if (others === 0)
    return {
      zh: `读出的${declared}名当选人的得票达到${named.zh}当选所需票数，但有${listsWords.zh}`,
      en: `the votes of the ${groupedCount(declared)} ${declared === 1 ? 'winner' : 'winners'} read reach what a seat needs under ${named.en}, but ${listsWords.en}`,
    };
  const some = {
    zh: `宣布当选的${declared}人中，${judged}人的得票达到${named.zh}当选所需票数，其余${others}人的得票未能核对`,
    en: `the votes of ${groupedCount(judged)} of the ${groupedCount(declared)} winners declared reach what a seat needs under ${named.en}, but ${others === 1 ? "the other winner's" : `the other ${groupedCount(others)} winners'`} could not be checked`,
  };
  return lists === 0
    ? some
    : { zh: `${some.zh}；另有${listsWords.zh}`, en: `${some.en}, and ${listsWords.en}` };
}

/**
 * The figures not checked, said in the verdict so that "all right" is never read as all of the notice:
 * "could not be read" when every one of them is a number the reader gave no meaning to, else "not checked".
 */
function unreadClause(section: AnnouncementSection | undefined): Bilingual {
  const count = section?.unreadCount ?? 0;
  if (count === 0) return { zh: '', en: '' };
  const unreadable =
    section !== undefined &&
    section.unread.length === count &&
    section.unread.every(
      (figure) => figure.reason !== 'nothing-to-check' && figure.reason !== 'not-compared',
    );
  return unreadable
    ? { zh: `${count}个数字未能读出；`, en: `${figures(count)} could not be read; ` }
    : { zh: `${count}个数字未能核对；`, en: `${figures(count)} not checked; ` };
}

/** "1 figure", "3 figures", "1,454 figures". */
const figures = (count: number): string => englishCount(count, 'figure');

/** The verdict line: an undecided outcome says so, and what to do, before anything else. */
function verdictLine(report: Report, alone: boolean, lang: Lang): string {
  if (alone) return announcementVerdict(report, lang);
  const undecided = undecidedOutcome(report);
  if (!undecided) return VERDICTS[report.verdict][lang];
  const words = undecidedWords(undecided, lang);
  return `${words.headline}${lang === 'zh' ? '。' : '. '}${words.next}`;
}

/** The turnout line's word on the quorum; none for an announcement checked alone. */
function quorumWords(report: Report, word: (key: string) => string): string[] {
  switch (quorumStatus(report)) {
    case 'met':
      return [`${word('quorum')}: ${word('yes')}`];
    case 'not-met':
      return [`${word('quorum')}: ${word('no')}`];
    case 'electorate-unknown':
      return [word('quorumUnknown')];
    case 'undecided':
      return [word('quorumUndecided')];
    case 'voters-unknown':
      return [word('votersUnknown')];
    case 'voters-below-returned':
      return [word('votersBelowReturned')];
    case 'voters-by-standing':
      return [word('votersByStanding')];
    case 'electorate-apart':
      return [word('electorateApart')];
    case 'unjudged':
      return [word('quorumUnjudged')];
    case 'electorate-differs':
      return [word('electorateDiffers')];
    case 'counts-apart':
      return [word('countsApart')];
    case 'other-vote':
      return [word('otherVote')];
    case 'summary-met':
    case 'summary-not-met':
      return [summaryQuorumWords(report, word)];
    case 'no-quorum-rule':
      return [word('noQuorumRule')];
    case 'not-judged':
      return [];
  }
}

/**
 * A township's summary of several elections (turnout.quorumSummary): what its totals tell of the quorum,
 * with how many elections they sum when the summary says.
 */
function summaryQuorumWords(report: Report, word: (key: string) => string): string {
  const summary = report.turnout.quorumSummary;
  const elections = summary?.elections ?? null;
  const of =
    elections === null
      ? word('summaryOfSeveral')
      : word('summaryOfN').replace('{n}', groupedCount(elections));
  return word(summary?.totalsMet ? 'summaryMet' : 'summaryNotMet').replace('{of}', of);
}

/** A summary's elections named by their number, or as several when it does not say. */
function summaryOf(elections: number | null): Bilingual {
  return elections === null
    ? { zh: '多次选举', en: 'several elections' }
    : { zh: `${elections}次选举`, en: `${groupedCount(elections)} elections` };
}

/**
 * Which version of the law applied and why, the version named by the text it encodes and its days in
 * force, as the pages say it (an indented line under `rules`, which gives the pack's id).
 */
function versionLines(report: Report, lang: Lang): string[] {
  const version = report.rulesVersion;
  return version ? [`  ${versionLine(version, lang)}`] : [];
}

/** The report as plain text for the command line's `--format text`. Percentages are for display only. */
export function renderReportText(report: Report, lang: Lang): string {
  const w = WORDS[lang];
  const word = (key: string): string => w[key] ?? key;
  const count = countIn(lang);
  const t = report.turnout;
  // An announcement checked alone, with no pack, has no round; a clean one is no count agreeing with rules.
  const noPack = report.rules === ANNOUNCEMENT_ONLY;
  const alone = isAnnouncementAlone(report);
  const lines: string[] = [
    report.election,
    `${word('rules')}: ${report.rules}` + (noPack ? '' : `, ${word(report.round)}`),
    ...versionLines(report, lang),
    `${word('verdict')}: ${verdictLine(report, alone, lang)}`,
    '',
    (alone && report.announcement
      ? statedTurnoutWords(report, word, count)
      : recountTurnoutWords(report, word, count)
    ).join(lang === 'zh' ? '，' : ', '),
  ];
  const inferred = new Set(
    report.findings
      .filter((finding) => finding.code === 'BALLOTS_UNACCOUNTED')
      .map((finding) => finding.contest),
  );
  for (const contest of report.contests)
    lines.push(
      '',
      ...contestLines(contest, t.cast, word, count, inferred.has(contest.id), t.validUnknown === true),
    );
  if (report.announcement) lines.push('', ...announcementLines(report, lang, word, count));
  lines.push('', `${word('findings')} (${count(report.findings.length)}):`);
  if (report.findings.length === 0) lines.push(`  ${word('none')}`);
  for (const finding of report.findings)
    lines.push(`  [${word(finding.severity)}] ${finding.code}: ${finding.messages[lang]}`);
  if (report.inputs.length > 0) {
    lines.push('', `${word('inputs')}:`);
    for (const input of report.inputs)
      lines.push(
        `  ${input.name}  sha256 ${input.sha256}` +
          (input.format ? `  (${NIST_FORMAT_NAMES[input.format][report.lang]})` : ''),
      );
  }
  return lines.map(oneLine).join('\n') + '\n';
}

function recountTurnoutWords(report: Report, word: (key: string) => string, count: Count): string[] {
  const t = report.turnout;
  const value = (n: number | null) => (n === null ? word('unknown') : count(n));
  return [
    `${word('registered')} ${value(t.registered)}`,
    `${word('issued')} ${value(t.issued)}`,
    `${word('cast')} ${count(t.cast)}` + (t.registered ? ` (${displayPercent(t.cast, t.registered)})` : ''),
    `${word('valid')} ${t.validUnknown ? word('unknown') : count(t.valid)}`,
    `${word('invalid')} ${t.validUnknown ? word('unknown') : count(t.invalid)}`,
    ...quorumWords(report, word),
  ];
}

/** An announcement alone: only what it states, "unknown" for the rest (never a 0 it does not state). */
function statedTurnoutWords(report: Report, word: (key: string) => string, count: Count): string[] {
  const section = report.announcement;
  if (!section) return [];
  return statedTurnoutLine(report, section, unitWord(section, word), count);
}

/** Words of the electorate and voters named in the unit they are counted in (登记户数 for 应到户代表48户). */
function unitWord(section: AnnouncementSection, word: (key: string) => string): (key: string) => string {
  if (section.unit !== 'households') return word;
  return (key) => word(HOUSEHOLD_KEYS.has(key) ? `${key}Households` : key);
}

const HOUSEHOLD_KEYS: ReadonlySet<string> = new Set([
  'registered',
  'cast',
  'quorum',
  'quorumUnknown',
  'electorateDiffers',
]);

function statedTurnoutLine(
  report: Report,
  section: AnnouncementSection,
  word: (key: string) => string,
  count: Count,
): string[] {
  const stated = section.stated;
  const value = (n: number | null) => (n === null ? word('unknown') : count(n));
  const cast =
    section.castFrom === 'cast' ? stated.cast : section.castFrom === 'returned' ? stated.returned : null;
  return [
    `${word('registered')} ${value(stated.registered)}`,
    `${word('issued')} ${value(stated.issued)}`,
    `${word('cast')} ${value(cast)}` +
      (section.castFrom === 'returned' ? word('castFromReturned') : '') +
      (cast !== null && stated.registered ? ` (${displayPercent(cast, stated.registered)})` : ''),
    `${word('valid')} ${value(stated.valid)}`,
    `${word('invalid')} ${value(stated.invalid)}`,
    ...quorumWords(report, word),
  ];
}

/** How many judged and unjudged lines the text report prints (the JSON report lists more). */
const TEXT_LIST_LIMIT = 50;

/** The announcement's work: each check made (right ones included), then each figure not checked and why. */
function announcementLines(
  report: Report,
  lang: Lang,
  word: (key: string) => string,
  count: Count,
): string[] {
  const section = report.announcement;
  if (!section) return [];
  const wrong = section.judged.filter((figure) => !figure.right).length;
  const lines = [
    `${word('announcement')}: ${word('figuresRead')} ${count(section.figuresRead)}; ${word('judged')} ${count(section.judgedCount)}` +
      (section.judgedCount > 0
        ? ` (${word('right')} ${count(section.judgedCount - wrong)}, ${word('wrong')} ${count(wrong)})`
        : '') +
      `; ${word('notJudged')} ${count(section.unreadCount)}`,
  ];
  for (const figure of section.judged.slice(0, TEXT_LIST_LIMIT))
    lines.push(`  ${figure.right ? '✓' : '✗'} ${quotedOnOneLine(figure.text)}: ${figure.work[lang]}`);
  if (section.judgedCount > TEXT_LIST_LIMIT)
    lines.push(`  … ${word('more')} ${count(section.judgedCount - TEXT_LIST_LIMIT)}`);
  for (const figure of section.unread.slice(0, TEXT_LIST_LIMIT))
    lines.push(`  ? ${quotedOnOneLine(figure.text)}: ${figure.work[lang]}`);
  if (section.unreadCount > TEXT_LIST_LIMIT)
    lines.push(`  … ${word('more')} ${count(section.unreadCount - TEXT_LIST_LIMIT)}`);
  return lines;
}

function contestLines(
  contest: ContestResult,
  cast: number,
  word: (key: string) => string,
  count: Count,
  blankInferred: boolean,
  validUnknown: boolean,
): string[] {
  const valid = validUnknown ? word('unknown') : count(contest.validBallots);
  const header =
    `[${contest.name}] ${word('seats')} ${count(contest.seats)}, ${word('valid')} ${valid}` +
    (contest.votesNeeded !== null
      ? `, ${word('needed')} ${count(contest.votesNeeded)} ${word('votes')}`
      : '') +
    (contest.undecided
      ? `, ${word('undecided')}`
      : contest.unfilledSeats > 0
        ? `, ${word('open')} ${count(contest.unfilledSeats)}`
        : '');
  const rows: string[][] = [[word('name'), word('votes'), word('share'), word('elected')]];
  for (const candidate of contest.candidates) {
    rows.push([
      candidate.writeIn ? `${candidate.name} (${word('writeIn')})` : candidate.name,
      count(candidate.votes),
      displayPercent(candidate.votes, cast),
      candidate.elected ? '✓' : '',
    ]);
  }
  if (blankInferred) {
    // BALLOTS_UNACCOUNTED: the valid ballots that are neither votes nor stated abstentions.
    const votes = contest.candidates.reduce((sum, candidate) => sum + candidate.votes, 0);
    const blank = contest.validBallots - votes;
    rows.push([word('blankInferred'), count(blank), displayPercent(blank, cast), '']);
  } else if (contest.blank > 0)
    rows.push([word('blank'), count(contest.blank), displayPercent(contest.blank, cast), '']);
  return [header, ...textTable(rows, new Set([1, 2])).map((line) => `  ${line}`)];
}
