import {
  englishCount,
  groupedCount,
  NIST_FORMAT_NAMES,
  type InputRole,
  type NistFormat,
  type QuorumStatus,
  type Severity,
  type Verdict,
} from '../../core/index.js';
import { enPages, zhPages } from './i18n-pages.js';

/** The two languages of the pages; finding messages come in both from the core. */
export type Lang = 'zh' | 'en';

/** Chinese for any zh* browser language, English otherwise. */
export function languageFrom(browserLanguage: string | undefined): Lang {
  return browserLanguage && /^zh\b/i.test(browserLanguage) ? 'zh' : 'en';
}

const LANGUAGE_KEY = 'tallywitness.lang';

/** The language last chosen on any extension page, else the browser's (pages share one origin). */
export function preferredLanguage(): Lang {
  let chosen: string | null = null;
  try {
    chosen = localStorage.getItem(LANGUAGE_KEY);
  } catch {
    // Storage may be unavailable (blocked by policy): fall back to the browser's language.
  }
  return chosen === 'zh' || chosen === 'en' ? chosen : languageFrom(navigator.language);
}

export function rememberLanguage(lang: Lang): void {
  try {
    localStorage.setItem(LANGUAGE_KEY, lang);
  } catch {
    // Not remembered; the page still switches.
  }
}

/** The BCP 47 tag of a page language, for `lang` attributes and Intl. */
export const localeOf = (lang: Lang): string => (lang === 'zh' ? 'zh-CN' : 'en');

/** The colon after a label, in the page's language: `指纹：`, `Fingerprint: `. */
export const colonOf = (lang: Lang): string => (lang === 'zh' ? '：' : ': ');

/** A whole number with the language's grouping: 1,860 / 1,860 (zh-CN groups the same way). */
export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(localeOf(lang)).format(value);
}

/** A moment for people, in the language's own order: 2024年5月3日 14:05 / May 3, 2024, 2:05 PM. */
export function formatDateTime(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

const zh = {
  appName: '计票见证 TallyWitness',
  /** After a label, before its value. */
  colon: '：',
  tagline: '在自己的浏览器里离线复核计票，对照法定门槛和结果公告，并签署核对回执。',
  language: '语言 / Language',
  navAudit: '核对',
  navHistory: '历史',
  newAudit: '新核对',
  trySample: '试用内置示例（青山村）',
  step1: '1 选举定义',
  step1Hint: '选择 election.json：写有职位、名额、候选人，以及依据哪部法律的规定。',
  electionFile: '选举定义文件（election.json）',
  rulePack: '依据的规则',
  registeredVoters: '登记选民',
  round: '轮次',
  roundFirst: '第一轮',
  roundRunoff: '另行选举',
  contest: '职位',
  seats: '名额',
  candidates: '候选人',
  minWomen: '女性成员至少',
  // Under the candidates: what the sign after a name means.
  womanMark: '♀ 表示女性候选人（计入女性成员名额）。',
  quorumRule: '选举有效条件',
  electedRule: '当选条件',
  step2: '2 计票数据',
  step2Hint:
    '票箱统计（boxes.csv）加计票单（tallies.csv，或 Excel、WPS 表格 .xlsx），或选票记录（ballots.csv）。可拖放多个文件，类型会自动识别，也可以修改。',
  dropHere: '把文件拖到这里，或',
  chooseFiles: '选择文件',
  countFiles: '计票文件',
  roleOf: (name: string) => `${name} 的类型`,
  readAsFormat: (format: NistFormat) => `按内容识别为 ${NIST_FORMAT_NAMES[format]?.zh ?? format}`,
  remove: (name: string) => `移除 ${name}`,
  removeShort: '移除',
  roles: {
    election: '选举定义',
    boxes: '票箱统计',
    tallies: '计票单',
    ballots: '选票记录',
    announcement: '结果公告',
  } satisfies Record<InputRole, string>,
  duplicateRole: (role: string) => `有两个文件都是“${role}”，请只保留一个。`,
  step3: '3 结果公告',
  step3Hint: '粘贴公告文字，或选择公告文件（.txt / .json）。可以不填。',
  announcementText: '公告文字',
  announcementFile: '公告文件',
  step4: '4 核对结果',
  runAudit: '开始核对',
  running: '正在核对…',
  cancel: '取消',
  cancelled: '已取消核对。',
  progressOf: (file: string, read: string, total: string, rows: string) =>
    `${file}：已读 ${read} / ${total}，${rows} 行`,
  needElection: '请先选择选举定义文件。',
  notElection: (name: string, role: string) =>
    `“${name}”不是选举定义，按内容是${role}。请在它旁边的类型选择框中选“${role}”（文件会移到应放的那一步），再在这里选择选举定义文件 election.json。`,
  inputErrors: '输入文件有错误，未能核对',
  inputErrorsHow:
    '每条先写文件名和出错的位置（“文件:第几行:第几列”，或 JSON 中的路径），再写错在哪里。改好文件后重新选择它，再点“开始核对”。',
  workerFailed: '核对程序出错：',
  verdicts: {
    valid: '选举有效，计票与规则相符',
    void: '选举无效',
    'runoff-needed': '需要另行选举',
    discrepancies: '发现不一致',
  } satisfies Record<Verdict, string>,
  verdictLabel: '结论',
  turnout: '投票情况',
  cast: '参加投票',
  issued: '发出选票',
  invalid: '无效票',
  valid: '有效票',
  quorum: {
    met: '达到法定参选人数',
    'not-met': '未达到法定参选人数',
    'electorate-unknown': '登记选民数未知：无从核对是否达到法定参选人数',
    'voters-unknown': '公告没有写出参加投票人数：无从核对是否达到法定参选人数',
    'voters-below-returned':
      '公告写的参加投票人数少于收回的选票，两者必有一个有误：无从核对是否达到法定参选人数',
    'voters-by-standing': '公告只以“参选”称投票的人，也可能是指参加竞选的人：无从核对是否达到法定参选人数',
    'electorate-apart':
      '公告所列的登记选民数是另一地方、另一机构或另一轮选举的，不是本次选举的：未核对是否达到法定参选人数',
    unjudged: '未核对是否达到法定参选人数',
    'electorate-differs':
      '公告的选举人（如居民代表）与所选规则计算法定参选人数的对象（如全体选民）不同：未核对是否达到法定参选人数',
    'counts-apart': '公告所列的投票人数是全镇等更大范围的合计，不是某一次选举的：未核对是否达到法定参选人数',
    'other-vote': '文中是罢免投票或香港的选举，所选规则的法定参选人数不适用：未核对',
    'summary-met':
      '这是多次选举的汇总：合计的投票人数达到法定参选人数，但合计达到不说明每一次选举都达到，各次选举未据合计核对',
    'summary-not-met':
      '这是多次选举的汇总：合计的投票人数未达到法定参选人数，因此其中至少有一次选举未达到（汇总没有写明是哪一次）',
    'no-quorum-rule': '所依据的规则对参加投票的人数没有要求',
    'not-judged': '未核对参选人数（只核对公告自身的数字，没有选择依据的法律）',
    undecided: '是否达到法定参选人数无法根据这些记录判定：有内容不同的重复选票记录',
  } satisfies Record<QuorumStatus, string>,
  /** An election by household representatives (应到户代表48户): the CLI report's words for households. */
  quorumHouseholds: {
    met: '投票户数达到法定要求',
    'not-met': '投票户数未达到法定要求',
    'electorate-unknown': '登记户数未知：无从核对投票户数是否达到法定要求',
    'electorate-differs':
      '公告按户计算选举人，所选规则按登记的选民逐人计算法定人数：未核对投票户数是否达到法定要求',
  } satisfies Partial<Record<QuorumStatus, string>>,
  candidate: '候选人',
  votes: '得票',
  share: '占投票人数',
  threshold: '当选需得票',
  elected: '当选',
  notElected: '未当选',
  writeIn: '另选他人',
  openSeats: '空缺名额',
  seatsToFill: (count: number) => `应选 ${count} 名`,
  blank: '弃权',
  boxesTable: '各票箱',
  box: '票箱',
  returned: '收回选票',
  ballotRecords: '选票记录',
  findings: '发现的问题',
  // The heading of the result's list, counted by kind: "1 problem to look at" above and "(2)" here read as a contradiction when one of the two is a note.
  findingsTitle: (errors: number, warnings: number, notes: number) => {
    const kinds = [
      errors ? `${formatNumber(errors, 'zh')} 个错误` : '',
      warnings ? `${formatNumber(warnings, 'zh')} 个警告` : '',
      notes ? `${formatNumber(notes, 'zh')} 条提示` : '',
    ].filter(Boolean);
    return `发现的问题（${kinds.length ? kinds.join('、') : '0'}）`;
  },
  validWithWarnings: (count: number) => `另有 ${count} 条警告需要查看：见下方“发现的问题”`,
  noFindings: '没有发现问题。',
  severities: { error: '错误', warning: '警告', info: '提示' } satisfies Record<Severity, string>,
  expected: '应为',
  found: '实际',
  where: '位置',
  // The audit page's inputs: where each file is, which announcement is read, results gone stale.
  movedTo: (name: string, role: string) => `“${name}”是${role}，已放到：`,
  announcementBoth: '既有粘贴的公告文字，也有公告文件。核对时用哪一份？',
  announcementUseText: (chars: string) => `粘贴的文字（${chars} 字）`,
  announcementUseFile: (name: string) => `公告文件“${name}”`,
  announcementUsed: (which: string) => `核对时读取：${which}`,
  formChangedSinceUse:
    '选举定义表单在“用于核对”之后又修改过，这里仍是当时的版本。要核对新版本，请回到表单再点“用于核对”。',
  staleResult: '输入已更改：上次的核对结果已清除，不能再签署。请再次点击“开始核对”。',
  staleSign: '输入已更改，这份结果不能签署：请先重新核对。',
  inputsUsed: '本次核对的输入',
  changeInputs: '修改输入',
  pastedText: '粘贴的公告文字',
  // The result's summary of what is wrong, first on the page.
  summaryTitle: (count: number) => `有 ${formatNumber(count, 'zh')} 个问题需要查看`,
  noticeStates: (subject: string, announced: string, recount: string) =>
    `${subject}：公告写 ${announced}，复核得 ${recount}`,
  winnersSame: '当选结果不变',
  winnersDiffer: '当选人与公告不同',
  winnersUnstated: '公告未列当选人，无从对照当选结果',
  verdictWinnersSame: '公告的数字与复核不符，但公告的当选人与复核一致：更像是公告写错了数字。',
  verdictWinnersDiffer: '公告的当选人与复核不一致：当选结果受影响。',
  timesFound: (count: number) => `${formatNumber(count, 'zh')} 条`,
  showFinding: '查看详情',
  findingDetails: '技术细节',
  notElectedBecause: '未当选：达到当选票数，但名额已由得票更多的候选人占满',
  tiedNotElected: '未当选：票数相同，名额留待再次投票',
  undecidedOutcome: '待定（记录无法判定）',
  blankInferred: (count: string) => `${count}（推算：有效票减各候选人得票）`,
  inputs: '输入文件（SHA-256）',
  receipt: '签署回执',
  receiptColumn: '回执',
  receiptHint: '用你的签名密钥签署这份结果，任何人都可以离线验证回执。',
  keyName: '签名人名称（例如：观察员 李明）',
  createKey: '创建签名密钥',
  keyNameMissing: '请先在上面写上签名人名称（例如：观察员 李明），再点“创建签名密钥”。',
  keyCreated: (label: string) => `已创建签名密钥“${label}”。请先导出备份，然后签署。`,
  signingKey: '签名密钥',
  fingerprint: '指纹',
  noBackup: '这把密钥还没有备份：浏览器数据被清除后就无法再用它签名。请用口令导出备份。',
  passphrase: '口令',
  passphraseAgain: '再输入一次口令',
  passphraseMismatch: '两次输入的口令不一致。',
  passphraseTooShort: '口令至少 8 个字符。',
  exportKey: '导出密钥备份',
  importKey: '导入密钥',
  keyFile: '密钥文件',
  keyFileMissing: '请先选择密钥文件（导出密钥备份时保存的 .json 文件），再点“导入密钥”。',
  working: '处理中…',
  sign: '签署回执',
  downloadReceipt: '下载回执',
  signedBy: (label: string) => `已由“${label}”签署`,
  historyTitle: '核对历史',
  historyEmpty: '还没有保存的核对。完成的核对和单独核查的公告都会保存在这里。',
  savedAt: '时间',
  election: '选举',
  signed: '已签署',
  unsigned: '未签署',
  open: '打开',
  delete: '删除',
  exportHistory: '导出全部历史',
  importHistory: '导入历史',
  historyFile: '历史文件',
  imported: (count: number) => `已导入 ${count} 条核对。`,
  storageUsed: (used: string, quota: string) => `已用存储 ${used}，可用 ${quota}`,
  lastAudit: '上次核对',
  noAuditYet: '还没有核对记录。按下面的“新核对”开始。',
  openLastAudit: '打开这次核对',
  back: '返回',
  navElection: '填写选举定义',
  formTitle: '填写选举定义',
  formHint:
    '在这里填写选举定义，不用手写 JSON。检查方法与核对时读取 election.json 相同；填好后可以下载，也可以直接用于核对。',
  openElectionFile: '打开已有的 election.json 修改',
  electionName: '选举名称',
  packRules: '依据的规定',
  runoffRule: '另行选举当选条件',
  noQuorum: '没有参选人数要求',
  mostVotesWin: '得票多者当选',
  unfilledVacant: '未选足的名额空缺，不另行选举',
  competitiveRule: '差额选举：每个职位的候选人应多于名额',
  notCompetitive: '不要求差额',
  overvoteBallot: '所选人数多于名额的选票整张无效',
  overvoteContest: '所选人数多于名额时只该职位无效',
  defaultWomen: (count: number) => `女性成员默认至少 ${count} 名`,
  packSources: '依据条文',
  packNotes: '说明',
  registeredVotersHint: '可不填：每个票箱都给出登记人数时。',
  minWomenHint: (count: number) => `不填则按依据的规定：${count} 名。`,
  contests: '职位',
  contestN: (n: number) => `职位 ${n}`,
  contestId: '职位代号',
  contestName: '职位名称',
  idHint: '可不填，不填就用名称。',
  fillIn: '请填写',
  clearForm: '清空表单，重新填写',
  confirmClearForm:
    '清空表单中已填写的全部内容吗？清空后无法恢复。如要保留，请先点“取消”，再下载 election.json。',
  candidateN: (n: number) => `候选人 ${n}`,
  candidateId: '代号',
  candidateName: '姓名',
  gender: '性别',
  genderUnknown: '不填',
  female: '女',
  male: '男',
  addContest: '添加职位',
  removeContest: (name: string) => `移除职位“${name}”`,
  addCandidate: '添加候选人',
  removeCandidate: (name: string) => `移除候选人“${name}”`,
  downloadElection: '下载 election.json',
  useInLiveTally: '用这份选举定义唱票',
  // Where an election.json comes from, said beside each picker that asks for one.
  noElectionYet: '还没有选举定义文件？',
  noElectionFill: '到“填写选举定义”页填写',
  noElectionThen: '，点“下载 election.json”，再回到这里选择下载的文件。',
  // On the Audit page the form hands its election over at once: no file to download and choose again.
  noElectionThenAudit: '，填好后点“用于核对”，就会放到这里。',
  countItYourself: '要自己计票：点“下载 election.json”，再到“',
  countOr: '”或“',
  countThen: '”页选择下载的文件。',
  useInAudit: '用于核对',
  formValid: '选举定义有效。',
  formProblems: (count: number) => `有 ${count} 处需要修改，已在相应字段旁标出。`,
  formOtherProblems: '其他问题',
  deleteKey: '删除这把密钥',
  deleteKeyConfirm: (label: string) => `确定从这个浏览器删除“${label}”吗？没有备份就再也不能用它签名。`,
  deleteKeyYes: '确定删除',
  deleteKeyNo: '保留',
  backedUpAt: (when: string) => `已于 ${when} 导出备份。`,
  exportAgain: '再导出一份备份',
  keyImported: (label: string) => `已导入密钥“${label}”。`,
  nextStep: '下一步：',
  ...zhPages,
};

export type Messages = typeof zh;

const en: Messages = {
  appName: 'TallyWitness 计票见证',
  colon: ': ',
  tagline:
    'Recount a ballot tally offline in your own browser, check it against the law and the notice, and sign a receipt.',
  language: 'Language / 语言',
  navAudit: 'Audit',
  navHistory: 'History',
  newAudit: 'New audit',
  trySample: 'Try the bundled sample (Qingshan village)',
  step1: '1 Election',
  step1Hint: 'Choose election.json: the contests, seats and candidates, and which law applies.',
  electionFile: 'Election definition (election.json)',
  rulePack: 'Rules applied',
  registeredVoters: 'Registered voters',
  round: 'Round',
  // A value under the label "Round" and an option of a list: written as a label, capitalised.
  roundFirst: 'First',
  roundRunoff: 'Runoff',
  contest: 'Contest',
  seats: 'Seats',
  candidates: 'Candidates',
  minWomen: 'Women members, at least',
  womanMark: '♀ marks a woman candidate (counted toward the women members).',
  quorumRule: 'Valid when',
  electedRule: 'Elected with',
  step2: '2 Counts',
  step2Hint:
    'Box accounting (boxes.csv) with tally sheets (tallies.csv, or an Excel or WPS workbook, .xlsx), or ballot records (ballots.csv). Drop several files at once; each role is guessed and can be changed.',
  dropHere: 'Drop files here, or',
  chooseFiles: 'choose files',
  countFiles: 'Count files',
  roleOf: (name: string) => `Role of ${name}`,
  readAsFormat: (format: NistFormat) =>
    `read as ${NIST_FORMAT_NAMES[format]?.en ?? format}, recognised by its content`,
  remove: (name: string) => `Remove ${name}`,
  removeShort: 'Remove',
  roles: {
    election: 'election',
    boxes: 'box accounting',
    tallies: 'tally sheets',
    ballots: 'ballot records',
    announcement: 'results notice',
  },
  duplicateRole: (role: string) => `Two files are both “${role}”: keep only one.`,
  step3: '3 Results notice',
  step3Hint: 'Paste the notice text, or choose its file (.txt / .json). Optional.',
  announcementText: 'Notice text',
  announcementFile: 'Notice file',
  step4: '4 Result',
  runAudit: 'Run the audit',
  running: 'Auditing…',
  cancel: 'Cancel',
  cancelled: 'The audit was cancelled.',
  progressOf: (file: string, read: string, total: string, rows: string) =>
    `${file}: ${read} of ${total} read, ${rows} rows`,
  needElection: 'Choose the election definition first.',
  notElection: (name: string, role: string) =>
    `“${name}” is not the election definition: its content is that of the ${role}. Choose “${role}” as its type in the list beside it (the file then moves to the step it belongs in), then choose the election definition, election.json, here.`,
  inputErrors: 'The input files have errors; nothing was audited',
  inputErrorsHow:
    'Each line gives the file and where in it (“file:line:column”, or the path in the JSON), then what is wrong. Correct the file, choose it again, then run the audit.',
  workerFailed: 'The audit failed: ',
  verdicts: {
    valid: 'Valid election; the count agrees with the rules',
    void: 'The election is void',
    'runoff-needed': 'A runoff is needed',
    discrepancies: 'Discrepancies found',
  },
  verdictLabel: 'Verdict',
  turnout: 'Turnout',
  cast: 'Ballots cast',
  issued: 'Issued',
  invalid: 'Void',
  valid: 'Valid',
  quorum: {
    met: 'quorum met',
    'not-met': 'quorum not met',
    'electorate-unknown': 'registered voters unknown: the quorum cannot be checked',
    'voters-unknown': 'the voters who cast a ballot are not stated: the quorum cannot be checked',
    'voters-below-returned':
      'the voters stated are fewer than the ballots returned, so one of the two counts is wrong: the quorum cannot be checked',
    'voters-by-standing':
      'the voters are named only by a word that may also mean standing as a candidate: the quorum cannot be checked',
    'electorate-apart':
      "the registered voters stated are of another place, body or round than the election's own: the quorum was not checked",
    unjudged: 'the quorum was not checked',
    'electorate-differs':
      "the notice's electorate (residents' representatives, say) is not the one the rules chosen count (all voters, say): the quorum was not checked",
    'counts-apart':
      'the voters stated are the sum of a township or another wider place, not of one election: the quorum was not checked',
    'other-vote':
      "the text reports a recall or an election in Hong Kong, which the rules' quorum does not govern: the quorum was not checked",
    'summary-met':
      "a summary of several elections: their totals meet the quorum, which does not show that each election did; no single election's quorum was checked from them",
    'summary-not-met':
      'a summary of several elections: their totals fall short of the quorum, so at least one of the elections missed it (the summary does not say which)',
    'no-quorum-rule': 'the rules applied set no quorum',
    'not-judged': "quorum not checked (only the notice's own figures; no law chosen)",
    undecided:
      'whether the quorum is met cannot be decided from these records: ballot records repeat with different contents',
  } satisfies Record<QuorumStatus, string>,
  quorumHouseholds: {
    met: 'quorum of households met',
    'not-met': 'quorum of households not met',
    'electorate-unknown': 'registered households unknown: the quorum cannot be checked',
    'electorate-differs':
      'the notice counts households, the rules chosen count registered voters one by one: the quorum was not checked',
  },
  candidate: 'Candidate',
  votes: 'Votes',
  share: 'Share of ballots cast',
  threshold: 'Votes needed',
  elected: 'Elected',
  notElected: 'Not elected',
  writeIn: 'write-in',
  openSeats: 'Open seats',
  seatsToFill: (count: number) => englishCount(count, 'seat'),
  blank: 'Blank',
  boxesTable: 'Ballot boxes',
  box: 'Box',
  returned: 'Returned',
  ballotRecords: 'Ballot records',
  findings: 'Findings',
  findingsTitle: (errors: number, warnings: number, notes: number) => {
    const kinds = [
      errors ? englishCount(errors, 'error') : '',
      warnings ? englishCount(warnings, 'warning') : '',
      notes ? englishCount(notes, 'note') : '',
    ].filter(Boolean);
    return `Findings (${kinds.length ? kinds.join(', ') : '0'})`;
  },
  validWithWarnings: (count: number) => `${englishCount(count, 'warning')} to read: see Findings below`,
  noFindings: 'No findings.',
  severities: { error: 'Error', warning: 'Warning', info: 'Note' },
  expected: 'expected',
  found: 'found',
  where: 'Where',
  movedTo: (name: string, role: string) => `“${name}” is the ${role}; it is now in:`,
  announcementBoth: 'There is pasted notice text and a notice file. Which should the audit read?',
  announcementUseText: (chars: string) => `the pasted text (${chars} characters)`,
  announcementUseFile: (name: string) => `the notice file “${name}”`,
  announcementUsed: (which: string) => `The audit reads: ${which}`,
  formChangedSinceUse:
    'The election form was changed after “Use in the audit”: this is still the earlier version. To audit the new one, go back to the form and press “Use in the audit” again.',
  staleResult:
    'The inputs changed: the previous result no longer applies, has been cleared and cannot be signed. Run the audit again.',
  staleSign: 'The inputs changed, so this result cannot be signed: run the audit again first.',
  inputsUsed: 'Inputs of this audit',
  changeInputs: 'Change the inputs',
  pastedText: 'pasted notice text',
  summaryTitle: (count: number) => `${englishCount(count, 'problem')} to look at`,
  noticeStates: (subject: string, announced: string, recount: string) =>
    `${subject}: the notice gives ${announced}, the recount ${recount}`,
  winnersSame: 'the winners are unchanged',
  winnersDiffer: 'the winners differ from the notice',
  winnersUnstated: 'the notice names no winners to compare',
  verdictWinnersSame:
    'Figures in the notice differ from the recount, but the winners it names are the ones the recount elects: more likely a mistake in the notice.',
  verdictWinnersDiffer: 'The winners named in the notice are not the ones the recount elects.',
  timesFound: (count: number) => englishCount(count, 'finding'),
  showFinding: 'Details',
  findingDetails: 'Technical details',
  notElectedBecause: 'Not elected: enough votes, but the seats went to candidates with more',
  tiedNotElected: 'Not elected: a tie; the seat is left for another vote',
  undecidedOutcome: 'Undecided (the records cannot tell)',
  blankInferred: (count: string) => `${count} (inferred: valid ballots minus the candidates' votes)`,
  inputs: 'Inputs (SHA-256)',
  receipt: 'Sign a receipt',
  receiptColumn: 'Receipt',
  receiptHint: 'Sign this result with your signing key; anyone can verify the receipt offline.',
  keyName: 'Signer name (e.g. observer Li Ming)',
  createKey: 'Create a signing key',
  keyNameMissing:
    'Write the signer’s name above first (e.g. observer Li Ming), then press “Create a signing key”.',
  keyCreated: (label: string) => `Signing key “${label}” created. Export a backup, then sign.`,
  signingKey: 'Signing key',
  fingerprint: 'Fingerprint',
  noBackup:
    'This key has no backup yet: if the browser data is cleared, it can no longer sign. Export a backup sealed with a passphrase.',
  passphrase: 'Passphrase',
  passphraseAgain: 'Type the passphrase again',
  passphraseMismatch: 'The two passphrases differ.',
  passphraseTooShort: 'Use at least 8 characters.',
  exportKey: 'Export a key backup',
  importKey: 'Import a key',
  keyFile: 'Key file',
  keyFileMissing:
    'Choose the key file first (the .json file saved when the key was backed up), then press “Import a key”.',
  working: 'Working…',
  sign: 'Sign the receipt',
  downloadReceipt: 'Download the receipt',
  signedBy: (label: string) => `Signed by “${label}”`,
  historyTitle: 'History of checks',
  historyEmpty: 'Nothing saved yet. Each audit and each notice checked on its own is kept here once done.',
  savedAt: 'When',
  election: 'Election',
  signed: 'signed',
  unsigned: 'not signed',
  open: 'Open',
  delete: 'Delete',
  exportHistory: 'Export all history',
  importHistory: 'Import history',
  historyFile: 'History file',
  imported: (count: number) => `${englishCount(count, 'saved check')} imported.`,
  storageUsed: (used: string, quota: string) => `Storage used ${used} of ${quota}`,
  lastAudit: 'Last audit',
  noAuditYet: 'No audits yet. Press “New audit” below to start.',
  openLastAudit: 'Open this audit',
  back: 'Back',
  navElection: 'Election form',
  formTitle: 'Fill in the election definition',
  formHint:
    'Fill in the election definition here instead of writing JSON. It is checked by the same reader as election.json in an audit; download it, or use it directly in the audit.',
  openElectionFile: 'Open an existing election.json to edit',
  electionName: 'Election name',
  packRules: 'What the rules say',
  runoffRule: 'Runoff: elected with',
  noQuorum: 'no turnout requirement',
  mostVotesWin: 'the most votes win',
  unfilledVacant: 'seats left open stay vacant; no runoff',
  competitiveRule: 'more candidates than seats in every contest (差额)',
  notCompetitive: 'no more candidates than seats needed',
  overvoteBallot: 'a ballot naming more people than seats is void as a whole',
  overvoteContest: 'a ballot naming more people than seats is void in that contest only',
  defaultWomen: (count: number) =>
    `at least ${englishCount(count, 'woman', 'women')} on the committee by default`,
  packSources: 'Sources',
  packNotes: 'Notes',
  registeredVotersHint: 'May stay empty when every ballot box states its own registered voters.',
  minWomenHint: (count: number) => `Empty: as the rules applied say, ${groupedCount(count)}.`,
  contests: 'Contests',
  contestN: (n: number) => `Contest ${n}`,
  contestId: 'Contest code',
  contestName: 'Contest name',
  idHint: 'May stay empty: the name is used.',
  fillIn: 'Fill this in',
  clearForm: 'Clear the form and start again',
  confirmClearForm:
    'Clear everything typed in the form? It cannot be brought back. To keep it, press Cancel and download election.json first.',
  candidateN: (n: number) => `Candidate ${n}`,
  candidateId: 'Id',
  candidateName: 'Name',
  gender: 'Gender',
  genderUnknown: 'not given',
  female: 'female',
  male: 'male',
  addContest: 'Add a contest',
  removeContest: (name: string) => `Remove contest “${name}”`,
  addCandidate: 'Add a candidate',
  removeCandidate: (name: string) => `Remove candidate “${name}”`,
  downloadElection: 'Download election.json',
  useInLiveTally: 'Use this election in the live tally',
  noElectionYet: 'No election definition file yet? ',
  noElectionFill: 'Fill in the Election form',
  noElectionThen: ', press “Download election.json”, then come back and choose the downloaded file here.',
  noElectionThenAudit: ', then press “Use in the audit”: it is brought here.',
  countItYourself:
    'To count it yourself: press “Download election.json”, then choose the downloaded file on the ',
  countOr: ' or ',
  countThen: ' page.',
  useInAudit: 'Use in the audit',
  formValid: 'The election definition is valid.',
  formProblems: (count: number) => `${englishCount(count, 'problem')} to fix, marked at the fields.`,
  formOtherProblems: 'Other problems',
  deleteKey: 'Delete this key',
  deleteKeyConfirm: (label: string) =>
    `Delete “${label}” from this browser? Without a backup it can never sign again.`,
  deleteKeyYes: 'Delete it',
  deleteKeyNo: 'Keep it',
  backedUpAt: (when: string) => `Backup exported on ${when}.`,
  exportAgain: 'Export another backup',
  keyImported: (label: string) => `Key “${label}” imported.`,
  nextStep: 'Next step: ',
  ...enPages,
};

export function messagesFor(lang: Lang): Messages {
  return lang === 'zh' ? zh : en;
}

/** Bytes for people: 1.5 MB. Display only. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}
