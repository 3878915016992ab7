import { MIN_SEED_DIGITS } from '../../../core/index.js';
import type { Lang } from '../../shared/i18n.js';

/** The words of "Choose boxes to check by hand", in both languages of the pages. */
const zh = {
  title: '抽取要人工核对的票箱',
  intro:
    '用当众掷骰子得到的数字，抽出要当场开箱、逐张人工清点的票箱或选票。谁来抽结果都一样：同样的骰子数字和同样的票箱清单，在任何人的电脑上、在命令行上都抽出同样的票箱，在场各方可以自己验证。',
  method: '方法：Rivest 一致抽样（SHA-256 签号，与 Arlo 相同）。',
  population: '从哪些编号中抽取',
  boxes: (file: string, count: string) => `${file} 中的票箱（${count} 个）`,
  ballots: (file: string, count: string) => `${file} 中的选票（${count} 张，编号为“票箱/选票编号”）`,
  noPopulation: '第二步没有票箱统计表（boxes.csv）或选票记录（ballots.csv）：请先加入其中之一再复核。',
  reading: '正在读取编号……',
  tooLarge: (limit: string) => `文件超过 ${limit}，请在命令行用 tallywitness sample 抽取。`,
  commitTitle: '先签署承诺',
  commitHint:
    '在掷骰子之前签署：承诺记下编号的个数和整份清单的 SHA-256，之后任何人都不能再增加或删去票箱。签署后请下载承诺文件交给在场各方，或当众读出它的 SHA-256。',
  recountTied: (sha: string) => `承诺同时载明本次复核回执（SHA-256 ${sha}）。`,
  recountNotTied: '本次复核回执尚未签署：先在上方签署回执，承诺才会载明它。',
  noKey: '还没有签名密钥：请先在上方“签署回执”处创建一把。',
  signWith: '签名密钥',
  signCommitment: '签署承诺',
  committed: (count: string) => `已签署对 ${count} 个编号的承诺。`,
  commitmentSha: '承诺文件 SHA-256',
  downloadCommitment: '下载承诺文件',
  seedTitle: '输入随机种子',
  seedHint: `当众掷十面骰子至少 ${MIN_SEED_DIGITS} 次（或多人轮流掷），按顺序记下每次的点数，连在一起就是种子；只填数字 0–9，不要空格。承诺签署之后才能输入。`,
  seed: '随机种子',
  take: '本轮抽取数量',
  drop: '跳过前面已抽的数量（后续轮次用）',
  withReplacement: '有放回抽样（同一编号可以被抽中不止一次；逐张抽查选票、看能否确认结果时用）',
  digits: '签号显示位数',
  draw: '抽取',
  nextRound: '再抽一轮（接着上一轮）',
  sampleTitle: '抽样结果',
  sampleCaption: (seed: string, count: string) => `种子 ${seed} 抽出的 ${count} 项，按签号从小到大`,
  order: '序号',
  ticket: '签号',
  id: '编号',
  generation: '第几次抽中',
  emptySample: '没有抽出任何编号（跳过的数量已超过编号总数）。',
  signSelection: '签署抽样结果',
  selectionSigned: '抽样结果已签署，并载明了上面的承诺。',
  downloadSelection: '下载抽样结果',
  sameOnCli: '在命令行上重现：',
};

const en: typeof zh = {
  title: 'Choose boxes to check by hand',
  intro:
    "Draw, from dice rolled in public, the boxes or ballots to open and count by hand on the spot. Whoever draws gets the same: the same dice and the same list of boxes give the same boxes on anyone's computer and on the command line, so everyone present can check the draw.",
  method: "Method: Rivest's consistent sampler (SHA-256 tickets, as in Arlo).",
  population: 'Draw from',
  boxes: (file: string, count: string) => `the boxes of ${file} (${count})`,
  ballots: (file: string, count: string) => `the ballots of ${file} (${count}, as BOX/BALLOT)`,
  noPopulation:
    'Step 2 has no box accounting (boxes.csv) or ballot records (ballots.csv): add one and run the audit again.',
  reading: 'Reading the ids…',
  tooLarge: (limit: string) =>
    `The file is larger than ${limit}: draw with tallywitness sample on the command line.`,
  commitTitle: 'Sign the commitment first',
  commitHint:
    'Sign before the dice are rolled: the commitment records how many ids there are and the SHA-256 of their whole list, so that no box can be added or dropped afterwards. Then download the commitment and hand it round, or read its SHA-256 out loud.',
  recountTied: (sha: string) => `The commitment also names this recount's receipt (SHA-256 ${sha}).`,
  recountNotTied:
    "This recount's receipt is not signed yet: sign it above first for the commitment to name it.",
  noKey: 'There is no signing key yet: create one under “Sign the receipt” above.',
  signWith: 'Signing key',
  signCommitment: 'Sign the commitment',
  committed: (count: string) => `Commitment to ${count} ids signed.`,
  commitmentSha: 'Commitment file SHA-256',
  downloadCommitment: 'Download the commitment',
  seedTitle: 'Enter the seed',
  seedHint: `Roll a ten-sided die at least ${MIN_SEED_DIGITS} times in public (or let several people take turns) and write the results down in order: together they are the seed. Digits 0–9 only, no spaces. It can be entered once the commitment is signed.`,
  seed: 'Seed',
  take: 'How many to draw in this round',
  drop: 'How many earlier draws to skip (for later rounds)',
  withReplacement:
    'With replacement (an id may be drawn more than once; for checking ballots one by one until the result is confirmed)',
  digits: 'Digits of each ticket shown',
  draw: 'Draw',
  nextRound: 'Draw another round (continuing the last)',
  sampleTitle: 'The selection',
  sampleCaption: (seed: string, count: string) =>
    `${count} drawn with seed ${seed}, in increasing ticket order`,
  order: '#',
  ticket: 'Ticket',
  id: 'Id',
  generation: 'Generation',
  emptySample: 'Nothing was drawn (more draws skipped than there are ids).',
  signSelection: 'Sign the selection',
  selectionSigned: 'The selection is signed, and names the commitment above.',
  downloadSelection: 'Download the selection',
  sameOnCli: 'The same on the command line:',
};

export const handCheckWords = (lang: Lang) => (lang === 'zh' ? zh : en);
export type HandCheckWords = typeof zh;
