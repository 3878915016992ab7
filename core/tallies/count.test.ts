import { describe, expect, it } from 'vitest';
import { zhengMarks } from '../tally-live/zheng-marks.js';
import { countFromCell, countFromJson } from './count.js';

describe('countFromCell', () => {
  it.each([
    ['0', 0],
    ['1032', 1032],
    ['1,032', 1032],
    ['１２', 12],
    ['１，９００', 1900],
    ['1，032', 1032],
    ['１２．００', 12],
    ['12.00', 12],
    ['-0', 0],
    ['1000000000', 1_000_000_000],
  ])('reads %j as %i', (cell, value) => {
    expect(countFromCell(cell)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'the cell is empty'],
    ['-3', 'must not be negative'],
    ['－3', 'must not be negative'],
    ['3.5', 'must be a whole number'],
    ['1.2E+3', 'must be a whole number'],
    ['9007199254740991', 'absurdly large'],
    ['1000000001', 'absurdly large'],
    ['99999999999999999999999', 'absurdly large'],
    ['12,34', 'is not a number'],
    ['12，34', 'is not a number'],
    ['３．５', 'must be a whole number'],
    ['十二', 'is not a number'],
    ['12票', 'is not a number'],
  ])('refuses %j: %s', (cell, reason) => {
    const reading = countFromCell(cell);
    expect(reading.ok).toBe(false);
    if (!reading.ok) {
      expect(reading.message.en).toContain(reason);
      expect(reading.message.zh).not.toBe('');
    }
  });
});

describe('countFromJson', () => {
  it('accepts whole numbers up to a billion', () => {
    expect(countFromJson(0)).toEqual({ ok: true, value: 0 });
    expect(countFromJson(1_000_000_000)).toEqual({ ok: true, value: 1_000_000_000 });
    expect(countFromCell('1,000,000,000')).toEqual({ ok: true, value: 1_000_000_000 });
  });

  it.each([
    ['1860', 'must be a number'],
    [null, 'must be a number'],
    [-1, 'must not be negative'],
    [1.5, 'must be a whole number'],
    [2 ** 53, 'absurdly large'],
    [Number.MAX_SAFE_INTEGER, 'absurdly large'],
    [1_000_000_001, 'absurdly large'],
  ])('refuses %j: %s', (value, reason) => {
    const reading = countFromJson(value);
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.message.en).toContain(reason);
  });
});

describe('countFromCell with 正 tally marks', () => {
  it.each([
    ['正', 5],
    ['丅', 2],
    ['正正正一', 16],
    ['正正丅', 12],
    ['正 正 下', 13],
    ['正正正正止', 24],
  ])('reads %s as %i, as the live tally writes it', (cell, value) => {
    expect(countFromCell(cell)).toEqual({ ok: true, value });
  });

  it.each(['正一一', '一正', '正T', '正正 3', '正丁'])('refuses %s, naming tally marks', (cell) => {
    const reading = countFromCell(cell);
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.message.en).toContain('nor tally marks (each 正 is 5 votes');
  });

  it('refuses a lone 一, which may be a dash for none as well as one vote', () => {
    const reading = countFromCell('一');
    expect(reading.ok).toBe(false);
    if (!reading.ok)
      expect(reading.message.en).toBe(
        '“一” may be one stroke of a 正 (1 vote) or a dash for none: write the count as a number (1 or 0)',
      );
    expect(countFromCell('正一')).toEqual({ ok: true, value: 6 });
  });

  it('reads what zhengMarks writes for every count from 2 up to 60 (a lone 一 is refused above)', () => {
    for (let votes = 2; votes <= 60; votes++) {
      const { full, partial } = zhengMarks(votes);
      expect(countFromCell('正'.repeat(full) + partial)).toEqual({ ok: true, value: votes });
    }
  });
});
