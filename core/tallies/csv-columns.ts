/**
 * The columns of the two tally sheet CSV files and the headers accepted for each (contract §2, plus the
 * common wordings of Chinese tally sheets). Headers are matched by `headerKey`.
 */
export interface ColumnSpec<K extends string> {
  readonly key: K;
  readonly headers: readonly string[];
  /** How messages name the column. */
  readonly zh: string;
  /** A column a file may leave out; a table without it reads as before. */
  readonly optional?: boolean;
}

/**
 * How a header cell is compared with the accepted headers: spaces and line breaks inside it left out
 * (a wrapped cell `得票\n数` is `得票数`), English in any case, and a unit in brackets at its end left
 * out (`登记选民（人）`, `发出选票(张)`, `得票数（单位：票）`), as Chinese sheets head their count columns.
 * The CSV and workbook readers both use it.
 */
export function headerKey(text: string): string {
  return text.replace(/\s+/gu, '').toLowerCase().replace(HEADER_UNIT, '');
}

/** A unit of count in brackets closing a header: people, ballot papers, votes. */
const HEADER_UNIT = /[（(](?:单位[:：])?(?:人|张|票|份|名)[）)]$/u;

export type BoxColumn = 'box' | 'registered' | 'issued' | 'returned' | 'invalid' | 'voters';
export type TallyColumn = 'box' | 'contest' | 'candidate' | 'votes';

const BOX: ColumnSpec<'box'> = {
  key: 'box',
  headers: ['box', '票箱', '票箱编号', '票箱名称', '投票箱', '投票站'],
  zh: '票箱',
};

export const BOX_COLUMNS: readonly ColumnSpec<BoxColumn>[] = [
  BOX,
  {
    key: 'registered',
    headers: ['registered', '登记选民', '登记选民数', '登记选民人数', '选民数'],
    zh: '登记选民',
  },
  {
    key: 'issued',
    headers: ['issued', '发出选票', '发出选票数', '发放选票', '发放选票数', '发票数'],
    zh: '发出选票',
  },
  { key: 'returned', headers: ['returned', '收回选票', '收回选票数', '收回票数'], zh: '收回选票' },
  { key: 'invalid', headers: ['invalid', '无效票', '无效票数', '废票', '废票数', '无效选票'], zh: '无效票' },
  // Optional: the voters who signed in (投票人数), which some provincial measures compare the ballots
  // returned with. Not '参加投票人数': sheets use that wording for the ballots returned as well.
  { key: 'voters', headers: ['voters', '投票人数', '签到人数'], zh: '投票人数', optional: true },
];

export const TALLY_COLUMNS: readonly ColumnSpec<TallyColumn>[] = [
  BOX,
  { key: 'contest', headers: ['contest', '职位', '职务'], zh: '职位' },
  { key: 'candidate', headers: ['candidate', '候选人', '候选人姓名', '姓名', '被选举人'], zh: '候选人' },
  { key: 'votes', headers: ['votes', '得票', '得票数', '票数'], zh: '得票' },
];
