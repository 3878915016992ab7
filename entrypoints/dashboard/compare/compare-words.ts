import { groupedCount } from '../../../core/index.js';
import type { Lang } from '../../shared/i18n.js';

/** Words of the comparison of two saved audits, in both languages of the pages. */
const zh = {
  compare: '比较',
  selectToCompare: (election: string, savedAt: string) => `选择比较：${election}（${savedAt}）`,
  compareSelected: '比较选中的两次核对',
  chooseTwo: '勾选两次核对进行比较。',
  title: '比较两次核对',
  before: '较早',
  after: '较晚',
  figure: '项目',
  change: '变化',
  same: '相同',
  different: '不同',
  verdictAndTurnout: '结论与投票情况',
  electedList: '当选',
  onlyIn: (which: string) => `只在${which}的核对中`,
  findingsAdded: (count: number) => `新增的问题（${count}）`,
  findingsGone: (count: number) => `消失的问题（${count}）`,
  none: '无',
  inputs: '输入文件',
  role: '类型',
  absent: '（无）',
  yes: '✔ 当选',
  no: '未当选',
  differentElections: (before: string, after: string) =>
    `注意：这是两次不同选举的核对（“${before}”和“${after}”）。只有同一选举的两次核对，比较才有意义。`,
};

export type CompareWords = typeof zh;

const en: CompareWords = {
  compare: 'Compare',
  selectToCompare: (election, savedAt) => `Select to compare: ${election} (${savedAt})`,
  compareSelected: 'Compare the two selected audits',
  chooseTwo: 'Tick two audits to compare them.',
  title: 'Two audits side by side',
  before: 'Earlier',
  after: 'Later',
  figure: 'Figure',
  change: 'Change',
  same: 'same',
  different: 'different',
  verdictAndTurnout: 'Verdict and turnout',
  electedList: 'Elected',
  onlyIn: (which) => `only in the ${which.toLowerCase()} audit`,
  findingsAdded: (count) => `Findings added (${groupedCount(count)})`,
  findingsGone: (count) => `Findings gone (${groupedCount(count)})`,
  none: 'none',
  inputs: 'Input files',
  role: 'Role',
  absent: '(none)',
  yes: '✔ elected',
  no: 'not elected',
  differentElections: (before, after) =>
    `Note: these are audits of two different elections (“${before}” and “${after}”). A comparison means something only between audits of the same election.`,
};

export function compareWords(lang: Lang): CompareWords {
  return lang === 'zh' ? zh : en;
}
