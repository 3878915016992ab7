import { groupedCount } from '../../core/index.js';
import type { Lang } from '../shared/i18n';

/** The words of the comparison of two live tallies on the verify page (kept apart from the page's own). */
const zh = {
  dropHint: '也可放入两位观察员对同一票箱的唱票记录文件，逐票比对。',
  title: (box: string) => `两份唱票记录逐票比对 · 票箱“${box}”`,
  election: (name: string) => `选举：${name}`,
  side: (letter: string) => `记录 ${letter}`,
  keptBy: (who: string) => `记录人 ${who}`,
  started: (when: string) => `开始于 ${when}`,
  ballots: (n: number) => `${n} 张选票`,
  needSecond: '已放入一份唱票记录。请再放入另一位观察员对同一票箱的记录。',
  tooMany: (n: number) => `一次只能比对两份唱票记录（放入了 ${n} 份）。`,
  mixed: '回执与唱票记录不能一起放入：请分开放入。',
  cannotRead: (file: string) => `无法读取“${file}”`,
  cannotCompare: '这两份唱票记录无法比对',
  agree: '两份唱票记录逐票一致。',
  differ: (n: number) => `两份唱票记录有 ${n} 处不一致。`,
  notAligned: '两份记录的选票张数相差太多，无法逐票对齐；下面只比较合计。',
  totalsTitle: '合计',
  contest: '职位',
  name: '姓名',
  difference: '差（B−A）',
  ballotsRow: '选票张数',
  invalidRow: '无效票',
  blank: '弃权',
  differencesTitle: '逐票差异',
  same: '一致',
};

type TallyCompareWords = typeof zh;

const en: TallyCompareWords = {
  dropHint: "Or drop two observers' live tally files of the same box, to compare them ballot by ballot.",
  title: (box) => `Two live tallies compared ballot by ballot · box “${box}”`,
  election: (name) => `Election: ${name}`,
  side: (letter) => `Tally ${letter}`,
  keptBy: (who) => `kept by ${who}`,
  started: (when) => `started ${when}`,
  ballots: (n) => `${groupedCount(n)} ${n === 1 ? 'ballot' : 'ballots'}`,
  needSecond: "One live tally is loaded. Drop the other observer's tally of the same box too.",
  tooMany: (n) => `Two live tallies are compared at a time (${groupedCount(n)} were dropped).`,
  mixed: 'Receipts and live tallies cannot be dropped together: drop them one kind at a time.',
  cannotRead: (file) => `Cannot read “${file}”`,
  cannotCompare: 'These two live tallies cannot be compared',
  agree: 'The two live tallies agree ballot by ballot.',
  differ: (n) => `The two live tallies differ in ${groupedCount(n)} ${n === 1 ? 'place' : 'places'}.`,
  notAligned:
    'The two tallies hold too different a number of ballots to be matched ballot by ballot; only the totals are compared below.',
  totalsTitle: 'Totals',
  contest: 'Contest',
  name: 'Name',
  difference: 'Difference (B − A)',
  ballotsRow: 'Ballots',
  invalidRow: 'Invalid ballots',
  blank: 'blank',
  differencesTitle: 'Ballot by ballot',
  same: 'same',
};

export type { TallyCompareWords };
export const tallyCompareWords = (lang: Lang): TallyCompareWords => (lang === 'zh' ? zh : en);
