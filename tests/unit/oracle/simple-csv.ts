/**
 * A deliberately tiny CSV reader for the oracle: the files the generator writes have no quotes, no
 * commas inside cells and one record per line. It shares nothing with core/tallies on purpose.
 */

/** Header words of contract §2, English and Chinese, mapped to one column name. */
const HEADER_NAMES: Record<string, string> = {
  box: 'box',
  票箱: 'box',
  registered: 'registered',
  登记选民: 'registered',
  issued: 'issued',
  发出选票: 'issued',
  returned: 'returned',
  收回选票: 'returned',
  invalid: 'invalid',
  无效票: 'invalid',
  contest: 'contest',
  职位: 'contest',
  candidate: 'candidate',
  候选人: 'candidate',
  votes: 'votes',
  得票: 'votes',
};

/** The rows of a CSV text as objects keyed by the contract's English column names. */
export function readSimpleCsv(text: string): Record<string, string>[] {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
  const [headerLine, ...body] = lines;
  if (headerLine === undefined) return [];
  const columns = headerLine.split(',').map((header) => {
    const name = HEADER_NAMES[header.trim()];
    if (name === undefined) throw new Error(`oracle: unknown CSV header "${header}"`);
    return name;
  });
  return body.map((line) => {
    const cells = line.split(',');
    const row: Record<string, string> = {};
    columns.forEach((column, index) => {
      row[column] = (cells[index] ?? '').trim();
    });
    return row;
  });
}

/** A cell that must hold a whole number. */
export function wholeNumber(row: Record<string, string>, column: string): number {
  const text = row[column] ?? '';
  if (!/^\d+$/.test(text)) throw new Error(`oracle: "${text}" in column ${column} is not a whole number`);
  return Number(text);
}
