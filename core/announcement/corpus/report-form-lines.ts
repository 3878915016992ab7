/**
 * A report form's lines as captured from a page, one label or number a line, for tests: the ballot account's
 * labels each over its count, and a result table's header row over its rows (职务 ⏎ 姓名 ⏎ 得票数 ⏎ 是否当选).
 */
export const formCounts = (
  cast: string,
  returned: string,
  valid: string,
  invalid: string,
  registered?: string,
): string[] => [
  ...(registered === undefined ? [] : ['登记选民数', registered]),
  '参加投票人数',
  cast,
  '发出选票',
  cast,
  '收回选票',
  returned,
  '有效票',
  valid,
  '无效票',
  invalid,
];

export const formTable = (...rows: (readonly [string, string, string, string])[]): string[] => [
  '职务',
  '姓名',
  '得票数',
  '是否当选',
  ...rows.flat(),
];
