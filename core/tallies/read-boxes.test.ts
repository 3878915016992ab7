// eslint-disable-next-line no-restricted-imports
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { InputError } from '../model/result.js';
import { readBoxes } from './read-boxes.js';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
const utf8 = (text: string) => new TextEncoder().encode(text);

const SHEETS = [
  { box: 'central', registered: 1500, issued: 1032, returned: 1031, invalid: 9 },
  { box: 'mobile-1', registered: 0, issued: 52, returned: 52, invalid: 1 },
];

function errorsOf(text: string): readonly InputError[] {
  const result = readBoxes('boxes.csv', utf8(text));
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}

const places = (errors: readonly InputError[]) => errors.map((error) => [error.line, error.column]);

describe('readBoxes', () => {
  it.each(['boxes.csv', 'boxes-zh.utf8.csv', 'boxes-zh.bom.csv', 'boxes-zh.gb18030.csv'])(
    'reads %s (English or Chinese headers, LF or CRLF, BOM, GB18030)',
    (name) => {
      expect(readBoxes(name, fixture(name))).toEqual({ ok: true, value: SHEETS });
    },
  );

  it('reads GB18030 when forced, and garbles nothing when UTF-8 is forced on UTF-8', () => {
    expect(readBoxes('b.csv', fixture('boxes-zh.gb18030.csv'), { encoding: 'gb18030' })).toEqual({
      ok: true,
      value: SHEETS,
    });
    expect(readBoxes('b.csv', fixture('boxes-zh.utf8.csv'), { encoding: 'utf-8' })).toEqual({
      ok: true,
      value: SHEETS,
    });
  });

  it('fails cleanly when GB18030 bytes are forced to be UTF-8', () => {
    // 票 is C6 B1 in GB18030, which happens to be valid UTF-8 (Ʊ); 登 (CF E4) is not.
    const result = readBoxes('b.csv', fixture('boxes-zh.gb18030.csv'), { encoding: 'utf-8' });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors[0]).toMatchObject({
        file: 'b.csv',
        line: 1,
        message: { en: expect.stringContaining('offset 2') },
      });
  });

  it('accepts other wordings of the headers, in any order, any case', () => {
    const reordered = readBoxes(
      'b.csv',
      utf8('无效票数,收回选票数,发出选票数,选民数,票箱编号\n9,1031,1032,1500,central\n'),
    );
    expect(reordered).toEqual({ ok: true, value: [SHEETS[0]] });
    const english = readBoxes(
      'b.csv',
      utf8('INVALID,Returned,issued,Registered,Box\n9,1031,1032,1500,central\n'),
    );
    expect(english).toEqual({ ok: true, value: [SHEETS[0]] });
  });

  it('passes over a title and a date above the header, as Excel saves a titled sheet as CSV', () => {
    const text = readFileSync(new URL('./fixtures/boxes-zh.utf8.csv', import.meta.url), 'utf8');
    const titled = '青山村第十一届村民委员会选举 各票箱情况,,,,,\n2026年3月5日,,,,,\n,,,,,\n' + text;
    expect(readBoxes('boxes.csv', new TextEncoder().encode(titled))).toEqual({ ok: true, value: SHEETS });
  });

  it('reads a two-row header saved from merged cells: 票箱 merged down beside a banner over the counts', () => {
    const text =
      '青山村各票箱情况,,,,,\n' +
      '票箱,选票情况,,,,备注\n' +
      ',登记选民,发出选票,收回选票,无效票,\n' +
      'central,1500,1032,1031,9,中心会场\n' +
      'mobile-1,0,52,52,1,"流动票箱, 上门"\n';
    expect(readBoxes('boxes.csv', new TextEncoder().encode(text))).toEqual({ ok: true, value: SHEETS });
    // Only an empty cell of the lower row is filled from above: a lower row naming another column keeps it.
    const clash = '票箱,选票情况,,,\n发出选票,登记选民,发出选票,收回选票,无效票\ncentral,1,1,1,0\n';
    expect(readBoxes('boxes.csv', new TextEncoder().encode(clash)).ok).toBe(false);
  });

  it('keeps a row above the header that holds a count: the header must then be the first row', () => {
    const text = readFileSync(new URL('./fixtures/boxes-zh.utf8.csv', import.meta.url), 'utf8');
    const read = readBoxes('boxes.csv', new TextEncoder().encode('north,300,200,200,1,\n' + text));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.errors[0]).toMatchObject({ line: 1 });
  });

  it('names each missing column, and those hidden by full-width commas in one message with a hint', () => {
    const errors = errorsOf('box,registered,issued\ncentral,1,1\n');
    expect(errors.map((error) => [error.line, error.column, error.message.en])).toEqual([
      [1, undefined, expect.stringContaining('missing the returned column')],
      [1, undefined, expect.stringContaining('missing the invalid column')],
    ]);
    expect(errors[0]?.message.zh).toContain('缺少“收回选票”列');
    const fullWidth = errorsOf('票箱，登记选民，发出选票，收回选票，无效票\n');
    // One cause, the separator: one message naming the five columns it hid (was one per column).
    expect(fullWidth).toHaveLength(1);
    expect(fullWidth[0]?.message.en).toContain(
      'missing the box, registered, issued, returned and invalid columns',
    );
    expect(fullWidth[0]?.message.en).toContain('full-width commas');
  });

  it('refuses a column given twice', () => {
    const errors = errorsOf('box,registered,issued,returned,invalid,无效票\n');
    expect(places(errors)).toEqual([[1, 40]]);
    expect(errors[0]?.message).toEqual({ zh: '“无效票”列重复', en: 'the invalid column appears twice' });
  });

  it('places every bad number at its cell, header counted as line 1', () => {
    const errors = errorsOf(
      'box,registered,issued,returned,invalid\n' +
        'central,-1,1032.5,,9\n' +
        '"mobile, 1",0,9007199254740992,abc,1\n',
    );
    expect(errors.map((error) => [error.line, error.column, error.message.en])).toEqual([
      [2, 9, 'registered: must not be negative'],
      [2, 12, 'issued: must be a whole number'],
      [2, 19, 'returned: the cell is empty'],
      [3, 15, 'issued: number is absurdly large (above 1,000,000,000)'],
      [3, 32, 'returned: “abc” is not a number'],
    ]);
    expect(errors[0]?.message.zh).toBe('“登记选民”：不能为负数');
  });

  it('refuses an empty box name, a repeated box and a short row', () => {
    const errors = errorsOf(
      'box,registered,issued,returned,invalid\n,1,1,1,0\nc,1,1,1,0\r\n c ,1,1,1,0\nd,1,1,1\n',
    );
    expect(errors.map((error) => [error.line, error.column, error.message.en])).toEqual([
      [2, 1, 'the box name is empty'],
      [4, 1, 'box “c” repeats (already on line 3)'],
      [5, 8, 'invalid: the cell is empty'],
    ]);
  });

  it('refuses filled cells beyond the header but allows trailing empty ones', () => {
    expect(readBoxes('b.csv', utf8('box,registered,issued,returned,invalid\nc,1,1,1,0,,\n')).ok).toBe(true);
    expect(places(errorsOf('box,registered,issued,returned,invalid\nc,1,1,1,0,7\n'))).toEqual([[2, 11]]);
  });

  it('refuses an empty file, and one with only a header (issue 21, defect 8: not an accounting to trust)', () => {
    expect(errorsOf('\n\n')[0]?.message.en).toBe('the file is empty: no header row');
    expect(readBoxes('b.csv', utf8('box,registered,issued,returned,invalid\n'))).toEqual({
      ok: false,
      errors: [
        {
          file: 'b.csv',
          line: 2,
          message: { zh: '文件只有表头，没有任何票箱行', en: 'the file holds only its header: no box rows' },
        },
      ],
    });
  });
});

describe('readBoxes: the optional voters column (投票人数)', () => {
  it('reads it when the file has it, under its English or Chinese header', () => {
    expect(
      readBoxes('b.csv', utf8('box,registered,issued,returned,invalid,voters\ncentral,100,60,59,1,58\n')),
    ).toEqual({
      ok: true,
      value: [{ box: 'central', registered: 100, issued: 60, returned: 59, invalid: 1, voters: 58 }],
    });
    expect(
      readBoxes('b.csv', utf8('票箱,登记选民,发出选票,收回选票,无效票,投票人数\n中心会场,100,60,59,1,58\n')),
    ).toEqual({
      ok: true,
      value: [{ box: '中心会场', registered: 100, issued: 60, returned: 59, invalid: 1, voters: 58 }],
    });
  });

  it('reads a file without it as before: no voters stated', () => {
    const result = readBoxes('b.csv', utf8('box,registered,issued,returned,invalid\ncentral,100,60,59,1\n'));
    expect(result.ok && result.value[0]).toEqual({
      box: 'central',
      registered: 100,
      issued: 60,
      returned: 59,
      invalid: 1,
    });
    expect(result.ok && 'voters' in (result.value[0] ?? {})).toBe(false);
  });

  it('refuses an empty or wrong cell in it, at its line and column', () => {
    const errors = errorsOf(
      'box,registered,issued,returned,invalid,voters\ncentral,100,60,59,1,\nmobile,0,5,5,0,x\n',
    );
    expect(places(errors)).toEqual([
      [2, 21],
      [3, 16],
    ]);
    expect(errors[0]?.message.zh).toContain('投票人数');
    expect(errors[1]?.message.en).toContain('voters');
  });

  it('refuses it twice', () => {
    expect(
      errorsOf('box,registered,issued,returned,invalid,voters,投票人数\nc,1,1,1,0,1,1\n')[0]?.message.en,
    ).toBe('the voters column appears twice');
  });

  it('says a registered count left empty or written as a dash is written 0 for a mobile box, refusing it still', () => {
    for (const written of ['', '—', '/', '－', '无']) {
      const errors = errorsOf(`box,registered,issued,returned,invalid\nmobile-1,${written},52,52,1\n`);
      expect(places(errors)).toEqual([[2, 10]]);
      expect(errors[0]?.message.en).toMatch(
        /\(a box with no voters registered to it, such as a mobile box, is written 0\)$/,
      );
      expect(errors[0]?.message.zh).toContain('流动票箱，登记选民请写 0');
    }
    // Other refusals, and other columns, are not given the hint.
    expect(errorsOf('box,registered,issued,returned,invalid\nmobile-1,abc,52,52,1\n')[0]?.message.en).toBe(
      'registered: “abc” is not a number',
    );
    expect(errorsOf('box,registered,issued,returned,invalid\nmobile-1,0,—,52,1\n')[0]?.message.en).toBe(
      'issued: “—” is not a number',
    );
  });
});
