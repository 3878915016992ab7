import { englishCount, groupedCount } from '../../core/index.js';

/**
 * The words of the page frame (header, navigation, copy buttons) and of the pages outside the dashboard:
 * the verify page, the printable receipt and the side panel. Merged into `messagesFor` (i18n.ts).
 * Counts that may be large arrive already formatted for the language.
 */

export const zhPages = {
  skipToContent: '跳到正文',
  navLabel: '主导航',
  navVerify: '核验回执',
  navTally: '唱票记录',
  navSheets: '录入计票单',
  copy: '复制',
  copied: '已复制',
  copyFailed: '无法复制，请手动选中',
  copyWhat: (what: string) => `复制${what}`,
  loading: '读取中…',
  aside: (text: string) => `（${text}）`,
  listSeparator: '，',
  chooseFile: '选择文件',
  chooseOneFile: '选择文件',
  noFileChosen: '未选择文件',

  // The verify page
  verifyTitle: '核验回执',
  verifyIntro:
    '检查一份回执的签名，再用原始文件重新计票，看结果是否与回执相同。一切都在本机完成，文件不会离开你的电脑。',
  receiptDrop: '回执',
  receiptDropHint: '拖入或选择回执（或联署包）的 JSON 文件；选几份回执可合并为联署包。',
  inputsDrop: '输入文件（可选）',
  inputsDropHint: 'election.json、boxes.csv、tallies.csv、ballots.csv、结果公告：用来重新计票。',
  clearInputs: '清除输入文件',
  inputFilesTitle: '输入文件',
  hashing: '计算 SHA-256',
  recountNeedsAll: '给出回执中的全部输入文件后才能重新计票。',
  freshRecount: '重新计票',
  recounting: '正在重新计票',
  cannotRead: (name: string) => `无法读取 ${name}`,
  cannotRecount: '无法重新计票：输入文件有误',
  untrustedHeadline: '签名无效 · 不可采信',
  trustedHeadline: '签名有效',
  recountAgreesHeadline: '签名有效 · 重新计票结果相同',
  recountDiffersHeadline: '签名有效 · 但重新计票结果不同',
  recountOtherFilesHeadline: '签名有效 · 但所给文件不是签名时的那几份',
  signatureValid: '签名有效：回执自签名以来未被改动，且由下列密钥签署。',
  /** Under the "signature valid" headline: whose key signed, and what, without saying "valid" again. */
  signedWith: (fingerprint: string, label: string | undefined, election: string) =>
    `回执自签名以来未被改动：由密钥 ${fingerprint}${label ? `（签名人自称“${label}”）` : ''}签署` +
    (election ? `，内容是“${election}”的核对结果。` : '。'),
  bundleUnchanged: (count: number) => `联署包自签名以来未被改动：${count} 份回执的签名都成立。`,
  signatureInvalid: '签名无效：回执在签名后被改动过，或并非由所示密钥签署。不要采信其内容。',
  fileChanged:
    '文件被改动过：签名本身有效，但文件的字节与签名时写出的不同（排版或签名之外的内容被改）。请向签名人索取原文件。',
  recountSame: '重新计票得到与回执完全相同的报告。',
  recountDiffers: (count: number) => `重新计票与回执有 ${count} 处不同。`,
  recountOtherFiles: '这些文件不是签名时的那几份，但用它们重新计票，得到与回执相同的报告。',
  recountNotYet: '尚未重新计票：在上方“输入文件（可选）”处选择回执所列的输入文件，即可重新计票。',
  untrustedContents: '文件所称的内容（签名无效，仅供查看，不可采信）',
  // Under a failed signature: what to do instead of stopping at "do not rely on it".
  untrustedNext:
    '下一步：不要使用这份文件。请向签名人要他当时下载的回执文件，原样（不要打开修改）放到这里再核验一次；如果那一份也无效，请当面或电话问签名人。',
  // Under a valid signature on a receipt whose audit found a problem: the green box is the receipt's, not the election's.
  receiptVerdictNote: (verdict: string, counts: string) =>
    `签名有效只说明回执没有被改动过，不说明选举没有问题：回执记录的核对结论是“${verdict}”（${counts}），详见下方“回执内容”。`,
  receiptSays: '回执内容',
  // Every kind counted, so that the numbers add up to the total (notes are neither errors nor warnings).
  findingsCount: (errors: number, warnings: number, all: number) =>
    `${errors} 个错误、${warnings} 个警告、${all - errors - warnings} 条提示`,
  rules: '依据的规则',
  tool: '工具',
  signedAt: '签名时间',
  announcementFrom: '公告来源',
  capturedOn: (when: string) => `截取于 ${when}`,
  // The digest of what was signed, named for what a checker does with it; "fingerprint" is the key's.
  checkNumber: '回执核对码',
  checkNumberHow: '核验这份回执的文件时，显示的是同一个号码；二维码里也是这个号码。',
  checkNumberTechnical: '签名内容的 SHA-256',
  publicKey: '公钥（Ed25519）',
  signerLabel: '签名人自称',
  labelUnvouched: '随回执签名，但无人担保',
  fingerprintAdvice: '签名只证明回执出自持有该私钥的人：请当面或电话与签名人核对指纹。',
  openPrintable: '打开打印版回执',
  printableShort: '打印版',
  verifyThisReceipt: '核验这份回执',
  eachSignerOnce: '每位签名人只签一次',
  keySignsTwice: '有密钥签了不止一次',
  sameInputs: '所有回执针对同一批输入',
  differentInputs: '回执针对的输入不同',
  summaryMatches: '联署包摘要与其中回执相符',
  summaryDiffers: '联署包摘要与其中回执不符（以下按回执重新得出）',
  signersAgree: '各签名人的报告一致',
  signersDisagree: (count: number) => `各签名人的报告在 ${count} 处不同`,
  signers: '签名人',
  signerValid: '签名有效',
  signerInvalid: '签名无效',
  disagreements: '分歧',
  cosignTitle: '联署',
  cosignHint: '同一批输入的多份回执可合并为一个联署包；各人报告的分歧会列在包中。',
  combine: '合并为联署包',
  cannotCombine: '无法合并',
  downloadBundle: (signers: number) => `下载联署包（${signers} 位签名人）`,
  inputRole: '用途',
  inReceipt: '回执中的文件',
  given: '给出的文件',
  checkResult: '结果',
  inputMatches: '一致',
  inputDiffers: '不一致：不是签名时的那个文件',
  inputMissing: '未提供',
  unusedFiles: '未用到的文件（不属于这份回执）：',

  // The printable receipt
  receiptTitle: '计票见证 核验回执',
  printOrPdf: '打印或存为 PDF',
  resultsByPosition: '各职位结果',
  contestCaption: (name: string, seats: string, valid: string, needed: string | null) =>
    // A no-break space holds each number to its unit: never 739 at a line's end and 票 on the next.
    `${name}（${seats}\u00a0席，有效票 ${valid}${needed === null ? '' : `，当选需 ${needed}\u00a0票`}）`,
  quorumLabel: '参选人数',
  rulesAndRound: (pack: string, round: 'first' | 'runoff') =>
    `${pack}（${round === 'runoff' ? '另行选举' : '第一轮'}）`,
  validInvalid: '有效 / 无效',
  none: '无',
  severity: '级别',
  message: '说明',
  findingCode: '代码',
  file: '文件',
  bytes: '字节',
  bytesAfterNumber: '字节',
  signer: '签名人',
  verifyBefore: '核验：在计票见证扩展的',
  verifyLink: '“核验回执”页',
  verifyAfter: '打开这份回执的 JSON 文件，或运行',
  bundleNotPrintable: '这是联署包：请在核验回执页逐份打开其中的回执。',
  chooseReceiptToPrint: '选择要打印的回执',
  receiptGone:
    '这份回执已不在这里：本浏览器只保留最近打开的 20 份回执。要再次打开它，请在下面选择回执文件（receipt-….json）。',
  receiptWhatItIs: '回执是在“核对”页核对完、签署后保存的文件（receipt-….json）。',
  receiptNoneYet: '还没有回执？',
  receiptMakeOne: '先到“核对”页核对并签署',

  // The side panel
  untitled: '（网页没有标题）',
  pageUrl: '网址',
  capturedAt: '截取时间',
  textSha256: 'SHA-256（UTF-8 文本）',
  useInDashboard: '在“核对”页与计票单对照',
  captureNotKept: '（未保存，关闭后即消失）',
  checkedAlone: '公告自身的核查',
  judgeByPack: '用哪部选举法规判断参选率和当选人（可以不选）',
  // Short: a closed list shows no more than a side panel's width, cutting off the rest.
  packNone: '不按法规，只核对数字',
  electionDay: '选举日期（可以不填）',
  electionDayPlaceholder: '年-月-日',
  electionDayFormat: '按 年-月-日 写，例如 2026-04-18；也可写 2026/4/18 或 2026年4月18日',
  electionDayHint:
    '法律按选举当天施行的版本适用（2026年1月1日起施行修改后的组织法）。不填时，按公告写明的选举日期；公告只有落款日期的，按落款日期前90天内施行的版本；都没有的，按今天施行的版本。',
  roundHint:
    '公告是第一次投票的结果，选“第一轮”；第一轮当选的人数不足，对没有选满的名额再次投票（另行选举），选“另行选举”。两轮当选所需的票数不同。',
  capturedText: '截取的文字',
  allCaptures: (count: number) => `全部截取（${count}）`,
  noCaptures: '还没有截取的公告。在网页上选中选举结果公告的文字，右键选择“用计票见证核对”。',
  noticeElsewhere: '公告在纸上，或文字不在网页上？到',
  noticeElsewhereLink: '“单独核查公告”页',
  noticeElsewhereAfter: '粘贴或输入文字。',
  noCaptureFindings: (checked: number) =>
    checked > 0
      ? `${checked} 项核对各拿公告里的一个数字对照另一个，都列在下面的“核对过的数字”中。`
      : '没有发现问题，但也没有核对任何数字。',
  // With no check made, "0 wrong" would say nothing: the count alone.
  workChecked: (checked: number, wrong: number) =>
    checked === 0 ? '核对过的数字（0项）' : `核对过的数字（${checked}项，${wrong}项不符）`,
  workNothingChecked: '没有可以相互核对的数字。',
  workRight: '✓ 相符',
  workWrong: '✗ 不符',
  workNotChecked: (count: number) => `未核对（${count}项）`,
  workMore: (count: number) => `另有${count}项未列出。`,
  showInText: '在文中查看',

  // The dashboard's notice-alone view
  noticeAloneWayIn: '只有公告？单独核查公告',
  noticeAloneTitle: '单独核查公告',
  noticeAloneHint:
    '粘贴选举结果公告的文字，或选择公告文件（.txt、.json，或从网页保存的 .html，也可以拖到这里）。不需要其他文件：核对公告自身的数字是否相互吻合；选了选举法规，还按它判断参选率和当选人。',
  noticeTextLabel: '公告文字',
  noticeFileLabel: '或选择公告文件',
  noticeUsingFile: (name: string) => `正在使用文件：${name}。在上面输入文字则改用输入的文字。`,
  noticeCheck: '核查公告',
  noticeDropNow: '松开鼠标，就用这个文件。',
  noticeNeedsInput: '请先粘贴公告文字或选择文件。',
  noticeMarkedText: '公告全文（标出了读到的数字和发现的问题）',
  noticeBack: '返回完整核对',
  noticeSaved: '这次核查已保存在“历史”中，以后可以在那里再打开。',
  noticeAlreadySaved: '同样的核查已保存在“历史”中，没有再存一份。',
  // A notice checked on its own, as the history lists it and reopens it
  historyKind: '核对了什么',
  kindAudit: '完整核对',
  kindNotice: '单独核查的公告',
  noticeNoReceipt: '无',
  noticeSavedOn: (when: string) => `单独核查的公告，${when} 保存。下面是当时的核查结果。`,
  noticeUntitled: '（没有标题的公告）',
};

export type PageMessages = typeof zhPages;

export const enPages: PageMessages = {
  skipToContent: 'Skip to the content',
  navLabel: 'Main navigation',
  navVerify: 'Verify a receipt',
  navTally: 'Live tally',
  navSheets: 'Type in tally sheets',
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Could not copy: select it by hand',
  copyWhat: (what: string) => `Copy the ${what}`,
  loading: 'Loading…',
  aside: (text: string) => ` (${text})`,
  listSeparator: ', ',
  chooseFile: 'Choose files',
  chooseOneFile: 'Choose a file',
  noFileChosen: 'No file chosen',

  verifyTitle: 'Verify a receipt',
  verifyIntro:
    "Check a receipt's signature, then recount from the original files to see whether the result is the same. Everything happens on this computer; no file leaves it.",
  receiptDrop: 'Receipt',
  receiptDropHint:
    'Drop or choose the receipt (or bundle) JSON file; choose several receipts to combine them.',
  inputsDrop: 'Input files (optional)',
  inputsDropHint: 'election.json, boxes.csv, tallies.csv, ballots.csv, the notice: for a fresh recount.',
  clearInputs: 'Clear input files',
  inputFilesTitle: 'Input files',
  hashing: 'Computing SHA-256',
  recountNeedsAll: 'A recount needs every input file the receipt covers.',
  freshRecount: 'Fresh recount',
  recounting: 'Recounting',
  cannotRead: (name: string) => `Cannot read ${name}`,
  cannotRecount: 'Cannot recount: bad input',
  untrustedHeadline: 'Signature invalid — do not rely on this receipt',
  trustedHeadline: 'Signature valid',
  recountAgreesHeadline: 'Signature valid — and the fresh recount agrees',
  recountDiffersHeadline: 'Signature valid — but the fresh recount differs',
  recountOtherFilesHeadline: 'Signature valid — but these are not the files that were signed',
  signatureValid:
    'Signature valid: the receipt is unchanged since it was signed, and was signed by the key below.',
  signedWith: (fingerprint: string, label: string | undefined, election: string) =>
    `Unchanged since it was signed with the key ${fingerprint}${label ? ` (its holder calls themselves “${label}”)` : ''}` +
    (election ? `: the check of “${election}”.` : '.'),
  bundleUnchanged: (count: number) =>
    `The bundle is unchanged since it was signed: all ${groupedCount(count)} receipts' signatures hold.`,
  signatureInvalid:
    'Signature NOT valid: the receipt was changed after it was signed, or was not signed by the key shown. Do not rely on its contents.',
  fileChanged:
    'File changed: the signature itself verifies, but the bytes are not those written when it was signed (the layout, or something outside the signed payload, was edited). Ask the signer for the original file.',
  recountSame: 'The fresh recount gives the same report as the receipt.',
  recountOtherFiles:
    'These are not the files that were signed, but their recount gives the same report as the receipt.',
  recountDiffers: (count: number) =>
    `The fresh recount differs from the receipt in ${englishCount(count, 'place')}.`,
  recountNotYet:
    'Not recounted yet: to recount, choose the input files the receipt lists under “Input files (optional)” above.',
  untrustedContents: 'What the file claims (signature invalid: for inspection only, not to be relied on)',
  untrustedNext:
    'Next step: do not use this file. Ask the signer for the receipt file as they downloaded it and verify that one here, unopened and unedited; if that one fails too, ask the signer in person or by phone.',
  receiptVerdictNote: (verdict: string, counts: string) =>
    `A valid signature only shows the receipt is unchanged, not that the election was right: the audit it records found “${verdict}” (${counts}); see “What the receipt says” below.`,
  receiptSays: 'What the receipt says',
  findingsCount: (errors: number, warnings: number, all: number) =>
    `${englishCount(errors, 'error')}, ${englishCount(warnings, 'warning')}, ${englishCount(all - errors - warnings, 'note')}`,
  rules: 'Rules applied',
  tool: 'Tool',
  signedAt: 'Signed at',
  announcementFrom: 'Notice from',
  capturedOn: (when: string) => `captured ${when}`,
  checkNumber: 'Receipt check number',
  checkNumberHow: 'Verifying this receipt’s file shows this same number; the QR code holds it too.',
  checkNumberTechnical: 'SHA-256 of the signed contents',
  publicKey: 'Public key (Ed25519)',
  signerLabel: "Signer's own label",
  labelUnvouched: 'signed with the receipt, vouched for by no one',
  fingerprintAdvice:
    'A valid signature only shows the receipt comes from whoever holds this key: read the fingerprint to the signer in person or by phone.',
  openPrintable: 'Open the printable receipt',
  printableShort: 'Printable view',
  verifyThisReceipt: 'Verify this receipt',
  eachSignerOnce: 'Each signer signs once',
  keySignsTwice: 'A key signs more than once',
  sameInputs: 'Every receipt covers the same inputs',
  differentInputs: 'The receipts cover different inputs',
  summaryMatches: 'The bundle summary matches its receipts',
  summaryDiffers: 'The bundle summary does not match its receipts (shown below as re-derived)',
  signersAgree: 'The signers agree',
  signersDisagree: (count: number) => `The signers disagree in ${englishCount(count, 'place')}`,
  signers: 'Signers',
  signerValid: 'valid',
  signerInvalid: 'NOT valid',
  disagreements: 'Disagreements',
  cosignTitle: 'Co-signing',
  cosignHint:
    'Receipts over the same inputs can be combined into one bundle; where the signers’ reports differ is listed in it.',
  combine: 'Combine into a bundle',
  cannotCombine: 'Cannot combine',
  downloadBundle: (signers: number) => `Download the bundle (${englishCount(signers, 'signer')})`,
  inputRole: 'Role',
  inReceipt: 'In the receipt',
  given: 'Given',
  checkResult: 'Result',
  inputMatches: 'matches',
  inputDiffers: 'differs: not the file that was signed',
  inputMissing: 'not given',
  unusedFiles: 'Files not used (not in this receipt):',

  receiptTitle: 'TallyWitness verification receipt',
  printOrPdf: 'Print or save as PDF',
  resultsByPosition: 'Results by position',
  contestCaption: (name: string, seats: string, valid: string, needed: string | null) =>
    `${name} (${seats}\u00a0${seats === '1' ? 'seat' : 'seats'}, ${valid}\u00a0valid ballots${needed === null ? '' : `, ${needed}\u00a0votes needed`})`,
  quorumLabel: 'Turnout the law requires',
  // The law's name ends in its id in brackets: the round follows it as words, not a second bracket.
  rulesAndRound: (pack: string, round: 'first' | 'runoff') => `${pack}, ${round} round`,
  validInvalid: 'Valid / invalid',
  none: 'None',
  severity: 'Severity',
  message: 'Message',
  findingCode: 'Code',
  file: 'File',
  bytes: 'Bytes',
  // After a number in a sentence: "1,521 bytes", the column heading keeps its capital.
  bytesAfterNumber: 'bytes',
  signer: 'Signer',
  verifyBefore: 'To verify: open the receipt JSON file in the TallyWitness extension’s ',
  verifyLink: '“Verify a receipt” page',
  verifyAfter: ', or run',
  bundleNotPrintable: 'This is a bundle: open its receipts one by one from the Verify a receipt page.',
  chooseReceiptToPrint: 'Choose a receipt to print',
  receiptGone:
    'This receipt is no longer here: this browser keeps only the last 20 receipts opened. To open it again, choose the receipt file (receipt-….json) below.',
  receiptWhatItIs:
    'A receipt is the file (receipt-….json) saved after an audit is signed on the Audit page. ',
  receiptNoneYet: 'No receipt yet? ',
  receiptMakeOne: 'Run an audit on the Audit page and sign it',

  untitled: '(a web page with no title)',
  pageUrl: 'URL',
  capturedAt: 'Captured',
  textSha256: 'SHA-256 (UTF-8 text)',
  useInDashboard: 'Compare with the tally sheets on the Audit page',
  captureNotKept: '(not saved: gone once closed)',
  checkedAlone: 'The notice checked on its own',
  judgeByPack: 'The election law to judge turnout and winners by (optional)',
  packNone: 'None: the figures only',
  electionDay: 'Day of the vote (optional)',
  electionDayPlaceholder: 'YYYY-MM-DD',
  electionDayFormat: 'Year-month-day, e.g. 2026-04-18 (2026/4/18 and 2026年4月18日 are read too)',
  electionDayHint:
    'The law applies as in force on the day of the vote (the amended organic laws from 1 January 2026). Left empty, the day the notice gives is used; a notice with only its own date, the version in force all of the 90 days before it; else the version in force today.',
  roundHint:
    'Choose “first” when the notice gives the result of the first vote, and “runoff” when it gives a second vote held for the seats the first one did not fill. A winner needs a different number of votes in each.',
  capturedText: 'Captured text',
  allCaptures: (count: number) => `All captures (${groupedCount(count)})`,
  noCaptures:
    'No captured notice yet. Select the text of an election results notice on a web page, right-click and choose “Check with TallyWitness”.',
  noticeElsewhere: 'Notice on paper, or its text not on a web page? Paste or type it on the ',
  noticeElsewhereLink: '“Check a notice on its own” page',
  noticeElsewhereAfter: '.',
  noCaptureFindings: (checked: number) =>
    checked > 0
      ? `${checked === 1 ? 'The one check' : `Each of the ${groupedCount(checked)} checks`} set one figure of the notice against another: ${checked === 1 ? 'it is' : 'all are'} listed below under “Figures checked”.`
      : 'No findings, but nothing was checked either.',
  workChecked: (checked: number, wrong: number) =>
    checked === 0
      ? 'Figures checked (0)'
      : `Figures checked (${groupedCount(checked)}, ${groupedCount(wrong)} wrong)`,
  workNothingChecked: 'No figure could be checked against another.',
  workRight: '✓ right',
  workWrong: '✗ wrong',
  workNotChecked: (count: number) => `Not checked (${groupedCount(count)})`,
  workMore: (count: number) => `${groupedCount(count)} more not listed.`,
  showInText: 'Show in the text',

  noticeAloneWayIn: 'Only have the notice? Check it on its own',
  noticeAloneTitle: 'Check a notice on its own',
  noticeAloneHint:
    'Paste the text of an election results notice, or choose the notice as a file (.txt, .json, or a web page saved as .html; or drop it here). Nothing else is needed: the notice’s own figures are checked against each other; with an election law chosen, its turnout and winners are judged by it too.',
  noticeTextLabel: 'Text of the notice',
  noticeFileLabel: 'Or choose the notice file',
  noticeUsingFile: (name: string) =>
    `Using the file ${name}. Type in the box above to use that text instead.`,
  noticeCheck: 'Check the notice',
  noticeDropNow: 'Let go to use this file.',
  noticeNeedsInput: 'Paste the notice’s text or choose a file first.',
  noticeMarkedText: 'The notice, with the figures read and the findings marked',
  noticeBack: 'Back to the full audit',
  noticeSaved: 'This check is saved in History, where you can open it again later.',
  noticeAlreadySaved: 'The same check is already saved in History; no second copy was kept.',
  historyKind: 'What was checked',
  kindAudit: 'Full audit',
  kindNotice: 'Notice checked on its own',
  noticeNoReceipt: 'none',
  noticeSavedOn: (when: string) =>
    `A notice checked on its own, saved ${when}. Below is the result as it was then.`,
  noticeUntitled: '(a notice with no title)',
};
