import { groupedCount } from '../../../core/index.js';
import type { Lang } from '../../shared/i18n.js';

/** The words of the risk-limit, quick-count and screens panels, in both languages. */
export const AUDIT_MATH_WORDS = {
  zh: {
    pageTitle: '抽查、快速计票与筛查',
    wayIn: '手工清点了部分票箱或选票？看是停止还是继续抽查，哪些数字看起来异常',
    pageIntro:
      '选入复核用的选举定义、票箱统计表和计票单，再选入抽查样本的手工计数文件。手工计数是 CSV 文件（UTF-8 或 GB18030，表头用中文或英文）：抽查选票每选一人一行，列为“轮次,抽样序号,职位,选项”，未选任何人写 #blank，废票写 #void；抽查票箱每位候选人一行，列为“轮次,票箱,职位,候选人,得票”。职位和候选人的写法与计票单相同。结果只依据此处选入的文件。',
    election: '选举定义（election.json）',
    boxes: '票箱统计表（boxes.csv）',
    tallies: '计票单（tallies.csv）',
    handBallots: '抽查选票的手工计数（轮次,抽样序号,职位,选项）',
    handBoxes: '抽查票箱的手工计数（轮次,票箱,职位,候选人,得票）',
    contest: '职位',
    method: '方法',
    riskLimit: '风险上限（%）',
    methods: {
      bravo: 'BRAVO 选票抽查（相对多数）',
      supermajority: '得票门槛（过半数或三分之一）',
      batch: '票箱比对',
    },
    riskTitle: '抽查能否确认当选结果',
    riskMethod: '方法：风险限制审计（risk-limiting audit），按所选方法计算。',
    round: '轮次',
    examined: '已查',
    risk: '风险',
    decision: '决定',
    stop: '停止：结果得到确认',
    escalate: '继续抽查',
    next: '下一轮建议抽查',
    noNext: '无法估计下一轮数量；可考虑全部手工计数',
    outcomes: {
      confirmed: '在风险上限内确认了公布的结果。',
      escalate: '尚未确认，需要继续抽查。这不是舞弊结论。',
      'full-hand-count': '已全部手工计数。',
    },
    noThreshold: '本规则在本轮没有按投票数计的得票门槛。',
    quickTitle: '快速计票：由抽查的票箱估计全部结果',
    quickIntro:
      '根据抽查的票箱估计每人的得票率和投票率，并给出真实数字很可能（约有95%的把握）落在的范围。复核结果落在这个范围之外，值得追问，但每20次约有1次纯属巧合。',
    quickMethod: '方法：平行计票（PVT），整群抽样的比率估计，95% 置信区间。',
    choice: '选项',
    estimate: '估计',
    interval: '很可能的范围',
    official: '复核结果',
    inside: '范围内',
    outside: '范围外',
    turnout: '投票率',
    planned: (boxes: number, precision: string) => `要把范围缩小到 ±${precision}，约需 ${boxes} 个票箱。`,
    sampled: (n: number, of: number) => `${of} 个票箱中抽了 ${n} 个。`,
    screensTitle: '筛查',
    screensIntro:
      '这些检查只找出值得再看一眼的票箱，不是舞弊的结论。每一项说明它查什么、被标出意味着什么，有提示时说明下一步做什么。',
    notRun: '未进行',
    flagged: '有提示',
    nothing: '无提示',
    howItWorks: '怎么算的：需要多少数据、误报多少、方法名称',
    needs: '需要',
    falseAlarm: '误报',
    scatterLabel: '每个票箱一个点：横轴投票率，纵轴领先者得票率',
    turnoutAxis: '投票率',
    shareAxis: '得票率',
    pValue: 'p 值',
    downloadRecord: '下载审计记录（JSON）',
    recordHint: '复核回执可以载明它：tallywitness check … --receipt 回执 --key 密钥 --audit-record 此文件',
    handCountsTitle: '人工计数：停止还是继续抽查',
    handCountsIntro:
      '当场人工清点上一节抽出的票箱或选票，把结果写进 CSV 文件（选票每选一人一行：轮次,抽样序号,职位,选项；票箱每位候选人一行：轮次,票箱,职位,候选人,得票），在这里选入。页面据此说明公布的结果是否已经得到确认，还是要再抽一轮；快速计票据抽查的票箱估计全部结果。选举定义和计票单就是上面复核用的，不必再选。',
    drawnBoxes: '上一节抽出、要人工清点的票箱（按抽样序号）：',
    drawnBallots: '上一节抽出、要人工清点的选票（按抽样序号，即手工计数文件的“抽样序号”一列）：',
    nothingDrawn:
      '还没有抽取：请先在上一节抽出要人工核对的票箱或选票（在别处抽样得到的手工计数也可以选入）。',
    needsTallies:
      '这一节需要复核时用的票箱统计表（boxes.csv）和计票单（tallies.csv），本次复核没有这两个文件。',
    readingRecount: '正在读取复核的计票单……',
    screensSectionTitle: '筛查：哪些数字看起来异常',
  },
  en: {
    pageTitle: 'Audit by sample, quick count and screens',
    wayIn:
      'Counted some boxes or ballots by hand? See whether to stop or draw more, and where the numbers look odd',
    pageIntro:
      'Choose the election definition, box accounting and tally sheets of the recount, then the hand counts of the sample. A hand count is a CSV file (UTF-8 or GB18030, headers in English or Chinese): for sampled ballots, one row per name marked, columns round,draw,contest,choice, with #blank for a ballot that marks no one and #void for a void ballot; for sampled boxes, one row per candidate, columns round,box,contest,candidate,votes. Contests and candidates are written as in the tally sheets. Results follow only the files chosen here.',
    election: 'Election definition (election.json)',
    boxes: 'Box accounting (boxes.csv)',
    tallies: 'Tally sheets (tallies.csv)',
    handBallots: 'Hand count of sampled ballots (round,draw,contest,choice)',
    handBoxes: 'Hand count of sampled boxes (round,box,contest,candidate,votes)',
    contest: 'Contest',
    method: 'Method',
    riskLimit: 'Risk limit (%)',
    methods: {
      bravo: 'BRAVO ballot polling (plurality)',
      supermajority: 'Share of the ballots (half or a third)',
      batch: 'Box comparison',
    },
    riskTitle: 'Does the sample confirm the winners?',
    riskMethod: 'Method: a risk-limiting audit, by the method chosen.',
    round: 'Round',
    examined: 'Examined',
    risk: 'Risk',
    decision: 'Decision',
    stop: 'stop: outcome confirmed',
    escalate: 'escalate',
    next: 'Next round: draw about',
    noNext: 'No size can be given for the next round; consider a full hand count',
    outcomes: {
      confirmed: 'The reported result is confirmed within the risk limit.',
      escalate: 'Not yet confirmed: draw more. This is not a finding of fraud.',
      'full-hand-count': 'Every ballot or box was counted by hand.',
    },
    noThreshold: 'The rules set no share of the ballots for this round.',
    quickTitle: 'Quick count: an estimate of the whole result',
    quickIntro:
      'Each share and the turnout are estimated from the boxes sampled, with the range the true figure very likely lies in (about 95 % sure). A recount figure outside that range is worth asking about, though 1 time in 20 it happens by chance.',
    quickMethod:
      'Method: parallel vote tabulation (PVT), a ratio estimate for a cluster sample, with a 95 % confidence interval.',
    choice: 'Choice',
    estimate: 'Estimate',
    interval: 'Very likely between',
    official: 'Recount',
    inside: 'inside',
    outside: 'outside',
    turnout: 'Turnout',
    planned: (boxes: number, precision: string) =>
      `To narrow the range to ±${precision}, about ${groupedCount(boxes)} ${boxes === 1 ? 'box is' : 'boxes are'} needed.`,
    sampled: (n: number, of: number) => `${groupedCount(n)} of ${groupedCount(of)} boxes sampled.`,
    screensTitle: 'Screens',
    screensIntro:
      'These checks only point at boxes worth a second look, never at fraud. Each says what it looks at and what a flag means, and, after a flag, what to do next.',
    notRun: 'not run',
    flagged: 'flagged',
    nothing: 'nothing flagged',
    howItWorks: 'How it works: data needed, false alarms, the method’s name',
    needs: 'Needs',
    falseAlarm: 'False alarms',
    scatterLabel: 'One dot per box: turnout across, the leader’s share up',
    turnoutAxis: 'Turnout',
    shareAxis: 'Share',
    pValue: 'p-value',
    downloadRecord: 'Download the audit record (JSON)',
    recordHint:
      'The recount’s receipt can carry it: tallywitness check … --receipt R --key K --audit-record this-file',
    handCountsTitle: 'Hand counts: stop or draw more',
    handCountsIntro:
      'Count the boxes or ballots drawn in the section above by hand, on the spot, write the counts in a CSV file (ballots: one row per name marked, round,draw,contest,choice; boxes: one row per candidate, round,box,contest,candidate,votes) and choose it here. The page then says whether the reported result is confirmed or another round must be drawn; the quick count estimates the whole result from the sampled boxes. The election and tally sheets are those of the recount above: no need to choose them again.',
    drawnBoxes: 'Boxes drawn above, to count by hand (by draw number):',
    drawnBallots:
      'Ballots drawn above, to count by hand (by draw number, the “draw” column of the hand-count file):',
    nothingDrawn:
      'Nothing drawn yet: first draw the boxes or ballots to check in the section above (hand counts of a sample drawn elsewhere can be chosen too).',
    needsTallies:
      'This section needs the box accounting (boxes.csv) and tally sheets (tallies.csv) of the recount; this recount had none.',
    readingRecount: 'Reading the recount’s tally sheets…',
    screensSectionTitle: 'Screens: where the numbers look odd',
  },
} as const;

export type AuditMathWords = (typeof AUDIT_MATH_WORDS)[Lang];

export const percentText = (value: number, digits = 1) => `${(value * 100).toFixed(digits)}%`;
