import { formatNumber, type Lang } from '../shared/i18n.js';

/** A count in the English page's words, thousands grouped (1,454). */
const count = (n: number): string => formatNumber(n, 'en');

const zh = {
  title: '唱票记录',
  pageTitle: '唱票记录 — 计票见证 TallyWitness',
  intro:
    '唱票时，每念一张选票就在这里记一张。每张记完立即保存在本机：页面显示“已保存”的选票，关掉页面也不会丢失。',
  inProgress: '进行中的唱票记录',
  noneYet: '还没有唱票记录。',
  resume: '继续记录',
  alreadyKept: (box: string, n: number) =>
    `票箱“${box}”已经在记录中（已记 ${n} 张），不用重新开始：请继续记录它，已记的选票都在。`,
  resumeBox: (box: string) => `继续记录票箱“${box}”`,
  check: '比对与下载',
  remove: '删除',
  confirmRemove: (box: string) => `确定删除票箱“${box}”的唱票记录吗？删除后无法恢复。`,
  ballotsSoFar: (n: number) => `已记 ${n} 张`,
  startNew: '开始一个票箱',
  electionFile: '选举定义文件（election.json）',
  boxName: '票箱名称（与计票单上的写法相同）',
  start: '开始唱票',
  needElection: '请先选择选举定义文件。',
  needBox: '请填写票箱名称。',
  unknownRules: (rules: string) => `选举定义写的规则“${rules}”无法识别。`,
  box: (box: string) => `票箱“${box}”`,
  ballotNumber: (n: number) => `第 ${n} 张选票`,
  beingEntered: '（正在记录）',
  seats: (n: number) => `应选 ${n} 名`,
  chosen: '已选：',
  blankContest: '未选（弃权）',
  votes: (n: number) => `${n} 票`,
  blankCount: (n: number) => `弃权 ${n}`,
  writeIn: '另选他人',
  writeInAdd: '加入',
  closeBallot: '记完这张',
  voidBallot: '废票',
  voidMarked: '这张选票记为废票（不计任何人的票）',
  undo: '撤回上一张',
  dropMark: '删去最后一个选择',
  pause: '暂停，回到列表',
  finish: '记完本票箱，去比对',
  keysHelp:
    '键盘：按名字旁的键选人（再按一次取消）；[[回车]] = 记完这张；[[/]] = 废票；[[退格]] = 删去最后一个选择，没有选择时撤回上一张；[[+]] = 填写另选他人。',
  keysHelpFind:
    '[[.]] = 按名字查找旁边没有按键的人（找到几个时，按 [[Tab]] 键到要选的那个再按 [[回车]]；[[Esc]] = 回到选票）。',
  findName: '按名字查找',
  findHelp: '名字旁边没有按键时：按 [[.]] 键（句号键），打出名字里的一两个字，再按 [[回车]]。',
  findNone: '没有找到这个名字。请检查打的字。',
  findOne: (name: string) => `按回车选“${name}”。`,
  findSeveral: (n: number) => `找到 ${n} 个名字：再多打一个字，或点要选的那个。`,
  findTooMany: (n: number) => `找到 ${n} 个名字：请多打几个字。`,
  overvote: (contests: string, voids: string) =>
    `${contests} 选的人数多于应选名额。${voids} 如果选票上确实如此，再按一次回车（或“记完这张”）照实记录；否则按退格改正。`,
  overvoteWholeBallot: '按所依据的规定，整张选票作废，但计入投票人数。',
  overvoteContest: '按所依据的规定，这一职位的选择作废，其余职位照常计票。',
  saved: (n: number) => `已保存 ${n} 张`,
  saving: (n: number) => `正在保存（${n} 张尚未写入）`,
  saveFailed: (error: string) => `保存失败：${error}。请不要关闭页面，并把已记的选票下载保存。`,
  closedBallots: '最近记完的选票',
  voidShort: '废票',
  voidedOvervote: '（多选，整张作废）',
  voidedTwoPosts: '（一人选了两个职位，作废）',
  allBlank: '全部弃权',
  totals: (ballots: number, invalid: number) => `共 ${ballots} 张，其中无效 ${invalid} 张`,
  checkTitle: '与计票单比对',
  compareOptional:
    '与计票单比对可以不做：没有计票单，也可以直接下载选票记录，或到核对页复核。有这个票箱的计票单时，选择它，就能看出官方统计与你的唱票记录是否一致。',
  tallySheets: '该票箱的计票单（tallies.csv，可不选）',
  fromForm: (name: string) => `“填写选举定义”页上的选举：${name}`,
  boxSheet: '票箱统计表（boxes.csv，可不选）：收回票数与无效票数',
  noBoxRow: (box: string) => `票箱统计表中没有票箱“${box}”，收回票数与无效票数未比对。`,
  noDifference: (box: string) => `票箱“${box}”已载入的统计与自己的唱票记录完全一致。`,
  differences: (n: number) => `发现 ${n} 处不一致：`,
  download: '下载选票记录（ballots.csv）',
  openAudit: (boxes: readonly string[]) =>
    boxes.length === 1
      ? '在核对页中用它复核'
      : `在核对页中复核本次选举的 ${boxes.length} 个票箱：${boxes.map((box) => `“${box}”`).join('、')}`,
  downloadHelp:
    '选票记录每张选票一行，可作为核对页的“选票记录”载入，与选举定义、计票单一起复核、检查并签署回执。',
  backToEntry: '回到唱票',
  keyLabel: '按键',
  shareTitle: '与另一位观察员比对',
  keptBy: '记录人（写入文件，可不填）',
  shareDownload: '下载唱票记录文件（用于比对）',
  shareHelp:
    '另一位观察员也记了同一票箱时，互相交换这个文件，把两份一起放到“核验回执”页，或运行 tallywitness bundle A.json B.json，即可逐票看出两份记录的不同。',
};

type TallyWords = typeof zh;

const en: TallyWords = {
  title: 'Live tally',
  pageTitle: 'Live tally — TallyWitness 计票见证',
  intro:
    'As each ballot is read out at the count, enter it here. Each ballot is saved on this computer as soon as it is closed: what the page shows as saved is never lost, even if the page is closed.',
  inProgress: 'Live tallies in progress',
  noneYet: 'No live tally yet.',
  resume: 'Resume',
  alreadyKept: (box, n) =>
    `Box “${box}” is already being tallied (${count(n)} ${n === 1 ? 'ballot' : 'ballots'} so far); there is no need to start again: resume it, every ballot entered is there.`,
  resumeBox: (box) => `Resume box “${box}”`,
  check: 'Compare and download',
  remove: 'Delete',
  confirmRemove: (box) => `Delete the live tally of box “${box}”? This cannot be undone.`,
  ballotsSoFar: (n) => `${count(n)} ballots so far`,
  startNew: 'Start a box',
  electionFile: 'Election definition (election.json)',
  boxName: 'Box name (as the tally sheet writes it)',
  start: 'Start the tally',
  needElection: 'Choose the election definition first.',
  needBox: 'Type the name of the box.',
  unknownRules: (rules) => `The rules “${rules}” named in the election definition are not known.`,
  box: (box) => `Box “${box}”`,
  ballotNumber: (n) => `Ballot No. ${n}`,
  // The space before the bracket is English's; Chinese brackets take none.
  beingEntered: ' (being entered)',
  seats: (n) => `${count(n)} ${n === 1 ? 'seat' : 'seats'}`,
  chosen: 'Chosen: ',
  blankContest: 'none (blank)',
  votes: (n) => `${count(n)} ${n === 1 ? 'vote' : 'votes'}`,
  blankCount: (n) => `blank ${count(n)}`,
  writeIn: 'Another person (write-in)',
  writeInAdd: 'Add',
  closeBallot: 'Close this ballot',
  voidBallot: 'Void ballot',
  voidMarked: 'This ballot is marked void (it counts for no one)',
  undo: 'Undo the last ballot',
  dropMark: 'Remove the last choice',
  pause: 'Pause and go back to the list',
  finish: 'Box finished: compare',
  keysHelp:
    'Keyboard: the key beside a name chooses it (press again to take it back); [[Enter]] = close the ballot; [[/]] = void ballot; [[Backspace]] = remove the last choice, or with none, undo the last ballot; [[+]] = type a write-in.',
  keysHelpFind:
    '[[.]] = find a name that has no key beside it (several found: [[Tab]] to the one you want, then [[Enter]]; [[Esc]] = back to the ballot).',
  findName: 'Find a name',
  findHelp:
    'For a name with no key beside it: press the [[.]] key (full stop), type part of the name, then press [[Enter]].',
  findNone: 'No name found. Check what you typed.',
  findOne: (name) => `Press Enter to choose “${name}”.`,
  findSeveral: (n) => `${count(n)} names found: type more of the name, or click the one you want.`,
  findTooMany: (n) => `${count(n)} names found: type more of the name.`,
  overvote: (contests, voids) =>
    `${contests}: more names than seats. ${voids} If the ballot really says so, press Enter again (or “Close this ballot”) to record it as read; otherwise press Backspace to correct it.`,
  overvoteWholeBallot: 'Under the rules applied, the whole ballot is void, but it counts as cast.',
  overvoteContest: 'Under the rules applied, the choices for that post are void; the other posts count.',
  saved: (n) => `${count(n)} saved`,
  saving: (n) => `Saving (${count(n)} not yet stored)`,
  saveFailed: (error) =>
    `Saving failed: ${error}. Do not close the page, and download the ballots entered so far.`,
  closedBallots: 'Last ballots entered',
  voidShort: 'void',
  voidedOvervote: ' (more names than seats: the whole ballot is void)',
  voidedTwoPosts: ' (one person chosen for two posts: void)',
  allBlank: 'blank in every contest',
  totals: (ballots, invalid) => `${count(ballots)} ballots, ${count(invalid)} of them invalid`,
  checkTitle: 'Compare with the tally sheet',
  compareOptional:
    "Comparing is optional: without the tally sheet, just download the ballot records or recount them on the audit page. If you have this box's tally sheet, choose it to see whether the official figures agree with your live tally.",
  tallySheets: "The box's tally sheet (tallies.csv, optional)",
  fromForm: (name) => `The election on the Election form page: ${name}`,
  boxSheet: 'The box accounting (boxes.csv, optional): ballots returned and invalid',
  noBoxRow: (box) =>
    `The box accounting has no row for box “${box}”: returned and invalid ballots were not compared.`,
  noDifference: (box) => `What was loaded for box “${box}” agrees with your live tally in every figure.`,
  differences: (n) => `${count(n)} ${n === 1 ? 'difference' : 'differences'} found:`,
  download: 'Download the ballot records (ballots.csv)',
  openAudit: (boxes) =>
    boxes.length === 1
      ? 'Recount it on the audit page'
      : `Recount the ${count(boxes.length)} boxes of this election on the audit page: ${boxes.map((box) => `“${box}”`).join(', ')}`,
  downloadHelp:
    'The ballot records hold one row per ballot. Load them on the audit page as the ballot records, with the election and the tally sheets, to recount, check and sign a receipt.',
  backToEntry: 'Back to the tally',
  keyLabel: 'key',
  shareTitle: 'Compare with another observer',
  keptBy: 'Kept by (written into the file; optional)',
  shareDownload: 'Download the live tally file (for comparing)',
  shareHelp:
    'When another observer kept a tally of the same box, swap this file: drop both on the “Verify a receipt” page, or run tallywitness bundle A.json B.json, to see ballot by ballot where the two tallies differ.',
};

export type { TallyWords };
export const tallyWords = (lang: Lang): TallyWords => (lang === 'zh' ? zh : en);
