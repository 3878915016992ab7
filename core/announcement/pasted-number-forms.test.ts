import { describe, expect, it } from 'vitest';
import { alarms, counts, findings, unread } from './corpus/read-shapes.js';
import { parseMixedPlaces } from './scan-numbers.js';

/**
 * Numbers as pasted notices write them: digits with Chinese place words (1千8百), and a thousands
 * separator a copy's line break follows (1,⏎204). A figure whose value is certain is read; one that may
 * be read two ways is listed unread, never judged. Every number and name is invented.
 */

const notice = (registered: string, returned = '1693张') =>
  [
    '石门村选举结果公告',
    `本村登记选民${registered}，参加投票选民1693人，参选率94.06%，选举有效。`,
    `共发出选票1693张，收回选票${returned}，其中有效票1677张，无效票16张。`,
    '主任：戴长青，得票1536票，当选。',
  ].join('\n');

describe('digits with Chinese place words', () => {
  it('reads 1千8百人 as 1,800 registered voters, and judges the turnout of it', () => {
    expect(counts(notice('1千8百人'))).toContain('registered 1800');
    expect(alarms(notice('1千8百人'), true)).toEqual([]);
    expect(findings(notice('1千7百人'))).toContainEqual(['ANNOUNCED_PERCENT_MISMATCH', '参选率94.06%']);
  });

  it('reads the forms whose value is certain', () => {
    const value = (written: string) => parseMixedPlaces(written)?.digits;
    expect(value('1千8百')).toBe(1800n);
    expect(value('1千2百零4')).toBe(1204n);
    expect(value('2千零50')).toBe(2050n);
    expect(value('2百34')).toBe(234n);
    expect(value('1千零4十5')).toBe(1045n);
    expect(value('1万2千3百')).toBe(12300n);
    expect(value('1千2百万')).toBe(12_000_000n);
    expect(value('8百')).toBe(800n);
  });

  it('leaves the forms speech shortens unread: 1千2 may be 1,200 or 1,002', () => {
    for (const written of ['1千2', '1千2百5', '3万5', '2千零5百', '12千'])
      expect(parseMixedPlaces(written)).toBeNull();
    const text = notice('1千8人');
    expect(unread(text)).toContainEqual(['1千8', 'mixed-places']);
    expect(counts(text).some((count) => count.startsWith('registered'))).toBe(false);
    expect(alarms(text, true)).toEqual([]);
  });

  it('reads 8百人 as 800, not 8 and a count of 百人', () => {
    const text = '柳溪村选举情况：登记选民9百人，参加投票8百人，参选率88.89%。';
    expect(counts(text)).toEqual(['registered 900', 'cast 800']);
    expect(alarms(text, true)).toEqual([]);
  });

  it('keeps a name after a row number whole (13百里杰 is no count)', () => {
    expect(counts('13百里杰 356票')).toEqual([]);
  });
});

describe('a thousands separator at a line end', () => {
  it('lists 1,⏎204人 unread as possibly one number or two, and raises no alarm', () => {
    const text = notice('1,\n204人', '1,\n693张');
    expect(alarms(text, true)).toEqual([]);
    expect(unread(text)).toEqual(
      expect.arrayContaining([
        ['1', 'space-parted'],
        ['204', 'space-parted'],
        ['693', 'space-parted'],
      ]),
    );
    expect(counts(text).some((count) => count.startsWith('registered') || count.startsWith('returned'))).toBe(
      false,
    );
  });

  it('lists 3，⏎412人 after a label’s colon unread too, and raises no alarm (a WeChat post’s line break)', () => {
    const text = ['🙋 登记选民：3，', '412人', '🗳 参加投票：2，876人', '📈 参选率：84.29%'].join('\n');
    expect(alarms(text, true)).toEqual([]);
    expect(unread(text)).toEqual(
      expect.arrayContaining([
        ['3', 'space-parted'],
        ['412', 'space-parted'],
      ]),
    );
  });

  it('still reads a label’s colon, four digits and a line break as a number of its own (登记选民：2300⏎…)', () => {
    expect(
      unread('登记选民：2300，\n198人参加投票').filter(([, reason]) => reason === 'space-parted'),
    ).toEqual([]);
  });

  it('still reads a comma before other digits as the list it parts (1,⏎20人)', () => {
    expect(unread('有效票1,\n20人').filter(([, reason]) => reason === 'space-parted')).toEqual([]);
  });
});

/** Elements an array method visits while `work` runs (slice, filter, some …), each call by its array's length. */
function elementsVisited(
  work: () => unknown,
  names: readonly string[] = ['slice', 'filter', 'some', 'find', 'every', 'map', 'flatMap'],
): number {
  const prototype = Array.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const originals = names.map((name) => [name, prototype[name]] as const);
  let visited = 0;
  for (const [name, original] of originals)
    prototype[name] = function (this: unknown[], ...args: unknown[]): unknown {
      const result = original!.apply(this, args);
      // A slice copies what it returns; the others may visit every element.
      visited += name === 'slice' ? (result as unknown[]).length : this.length;
      return result;
    };
  try {
    work();
  } finally {
    for (const [name, original] of originals) prototype[name] = original!;
  }
  return visited;
}

describe('a long pasted page is read and judged in time linear in its length', () => {
  const page = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length));
  const growth = (unit: string, work: (text: string) => unknown, names?: readonly string[]) =>
    elementsVisited(() => work(page(unit, 100_000)), names) /
    Math.max(
      elementsVisited(() => work(page(unit, 10_000)), names),
      1_000,
    );

  it('a page-long sentence of counts and bare numbers (no full stop): the clauses after each count are not copied', () => {
    // Each count's parts were looked for in a copy of the rest of its sentence: 300 KB took 15 s.
    expect(growth('登记选民1204人，12，2050票，', (text) => counts(text))).toBeLessThanOrEqual(12);
  });

  // The winners' votes are still looked up among every figure of the same name and post (cheap filters,
  // under a second for 200,000 characters); the names declared elected are kept in sets, each folded once,
  // where each was compared with every other for each figure of a tie (20 s for 200,000 characters).
  it('one notice pasted again and again: its winners are not compared name against name for each', () => {
    const notice =
      '前岸村选举结果公告\n本村登记选民2316人，参加投票选民2050人，参选率88.51%。\n主任：鄭國強，得票1987票，当选。\n';
    expect(growth(notice, (text) => alarms(text, true), ['some'])).toBeLessThanOrEqual(12);
  });
});

describe('a count typed with spaces around it in prose', () => {
  const spaced = [
    '东林村选举结果公告',
    '本村登记选民 1 204 人，参加投票选民 1 102 人，参选率 91.53%。',
    '发出选票 1 102 张，收回选票 1 102 张，有效票 1 096 张，无效票 6 张。',
    '主任：林德全，得票 1 086 票，当选。',
  ].join('\n');

  it('reads 有效票 1 096 张，无效票 6 张。 as prose, 1,096 and 6, not a table row of cells', () => {
    expect(counts(spaced)).toEqual(expect.arrayContaining(['returned 1102', 'valid 1096', 'invalid 6']));
    expect(alarms(spaced, true)).toEqual([]);
  });

  it('still parts the cells of a row with no clause mark after its units', () => {
    expect(counts('城关镇 18 112人 28人')).not.toContain('registered 18112');
    expect(unread('有效票 1 096 张 无效票 6 张').map(([text]) => text)).not.toContain('1 096');
  });
});

describe('counts in prose beside spaced numbers, and what each household is handed', () => {
  const withStations = [
    '安平村选举结果公告',
    '一、本村共设 3 个投票站 1 个流动票箱，登记选民 1 846 人，参加投票选民 1 596 人，参选率 86.46%。',
    '二、收回选票 1 596 张，其中有效票 1 584 张，无效票 12 张。',
    '主任：张立军，得票 1 322 票，当选。',
  ].join('\n');

  it('reads 设 3 个投票站 1 个流动票箱 as prose, so that 1 846 and 1 596 on its line stay one number each', () => {
    expect(counts(withStations)).toEqual(expect.arrayContaining(['registered 1846', 'cast 1596']));
    expect(alarms(withStations, true)).toEqual([]);
  });

  it('still parts a row whose count cell has no words run on after its unit', () => {
    expect(counts('城关镇 3 个 18 112人')).not.toContain('registered 18112');
  });

  const memento = [
    '红旗村选举结果公告',
    '本村登记选民1846人，参加投票选民1596人，参选率86.46%。',
    '共收回选票1596张，其中有效票1584张，无效票12张。',
    '主任：张立军，得票1322票，当选。',
    '会后向每户发放纪念品一份，由村集体支出。',
  ].join('\n');

  it('takes no 每户发放纪念品一份 for the ballots issued', () => {
    expect(counts(memento)).not.toContain('issued 1');
    expect(alarms(memento, true)).toEqual([]);
  });
});
