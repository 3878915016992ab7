import { describe, expect, it } from 'vitest';
import { count, utf8 } from './testing/ballot-sources.js';
import { concatBytes, gb18030 } from '../../tests/fuzz/gb18030.js';

const HEADER = 'box,ballot,void,chair,vice-chair,member\n';

async function errorsOf(text: string | Uint8Array, sizes?: number[], encoding?: 'utf-8' | 'gb18030') {
  const result = await count(text, { ...(sizes ? { sizes } : {}), ...(encoding ? { encoding } : {}) });
  if (result.ok) throw new Error('expected an input error');
  return result.errors.map((error) => ({
    line: error.line,
    column: error.column,
    en: error.message.en,
    zh: error.message.zh,
  }));
}

describe('countBallots on bad input', () => {
  it('refuses an empty file', async () => {
    expect(await errorsOf('')).toEqual([
      expect.objectContaining({ line: 1, en: expect.stringMatching(/empty/) }),
    ]);
  });

  it('names a missing box or ballot column and an unknown column with its position', async () => {
    const errors = await errorsOf('选票编号,chair,vice-chair,member,remarks\n1,,,,\n');
    expect(errors).toEqual([
      expect.objectContaining({
        line: 1,
        column: 30,
        en: 'unknown column “remarks”: expected box, ballot, void or a contest of the election',
      }),
      expect.objectContaining({
        line: 1,
        en: 'the “box” column is missing',
        zh: expect.stringContaining('票箱'),
      }),
    ]);
  });

  it('says once that columns named after candidates are the wrong layout, not one unknown column each', async () => {
    const errors = await errorsOf('box,ballot,王林,李华,zhou-qing,陈梅,刘洋\n中心,1,√,,√,√,\n');
    expect(errors).toEqual([
      {
        line: 1,
        column: 12,
        en: 'the columns “王林”, “李华”, “zhou-qing”, “陈梅”, “刘洋” are candidates: ballot records have one column per contest (chair, vice-chair, member), each cell naming the people the ballot chose, separated by “|” (王芳|赵磊)',
        zh: '列“王林”“李华”“zhou-qing”“陈梅”“刘洋”是候选人：选票记录应每个职位一列（主任、副主任、委员），单元格中写这张选票所选的人，多人用“|”分隔，如“王芳|赵磊”',
      },
    ]);
  });

  it('names a contest without a column and a column given twice', async () => {
    const errors = await errorsOf('box,ballot,chair,主任,member\n');
    expect(errors.map((error) => error.en)).toEqual([
      'column “主任” appears twice',
      'no column for the contest “vice-chair” (副主任)',
    ]);
  });

  it('names a row with too many or too few cells', async () => {
    const errors = await errorsOf(HEADER + 'b,1,,王林,,,extra\n' + 'b,2,,王林\n');
    expect(errors).toEqual([
      expect.objectContaining({ line: 2, column: 11, en: 'the row has 7 cells; the header has 6 columns' }),
      expect.objectContaining({ line: 3, column: 8, en: 'the row has 4 cells; the header has 6 columns' }),
    ]);
  });

  it('refuses a binary file, and says where the NUL byte is', async () => {
    const bytes = new Uint8Array([...utf8(HEADER + 'b,1,,王'), 0, ...utf8(',,\n')]);
    expect(await errorsOf(bytes, [4])).toEqual([
      expect.objectContaining({ line: 2, column: 7, en: expect.stringMatching(/NUL/) }),
    ]);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(await errorsOf(png)).toEqual([
      expect.objectContaining({ en: expect.stringMatching(/not a CSV/) }),
    ]);
  });

  it('refuses bytes of no text without a NUL at once, as one error, at every chunk size', async () => {
    // Random bytes: control characters among bytes neither UTF-8 nor GB18030 reads.
    const noise = new Uint8Array(64 * 1024).map((_, i) => (((i * 2654435761) >>> 13) % 255) + 1);
    const control = noise.findIndex((byte) => byte < 0x20 && ![0x09, 0x0a, 0x0b, 0x0c, 0x0d].includes(byte));
    for (const sizes of [undefined, [1000]]) {
      const errors = await errorsOf(noise, sizes);
      expect(errors).toHaveLength(1);
      expect(errors[0]!.en).toContain(`offset ${control} (counting from 0) is a control character`);
    }
    // Forced to an encoding, the bytes are read as that encoding's text: its own errors say where.
    expect((await errorsOf(noise, undefined, 'gb18030'))[0]!.en).not.toContain('control character');
  });

  it('names every column a tab-separated header hid in one message, at the header', async () => {
    const errors = await errorsOf(HEADER.replaceAll(',', '\t') + 'b\t1\t\t王林\t\t\n');
    expect(errors).toEqual([
      {
        line: 1,
        column: 1,
        en: 'missing the box, ballot, chair, vice-chair and member columns; the header holds tabs: save the sheet as CSV, with commas between columns',
        zh: '缺少“票箱”、“选票编号”、“主任”、“副主任”、“委员”列（box, ballot, chair, vice-chair, member）；表头中有制表符：请把表格另存为以逗号分隔的 CSV',
      },
    ]);
  });

  it('refuses UTF-16', async () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x62, 0, 0x6f, 0]);
    expect(await errorsOf(bytes)).toEqual([
      expect.objectContaining({ line: 1, en: expect.stringMatching(/UTF-16/) }),
    ]);
  });

  it('names an unclosed quote and a stray byte after a closing quote', async () => {
    expect(await errorsOf(HEADER + 'b,1,,"王林,,\n', [1])).toEqual([
      expect.objectContaining({ line: 2, column: 6, en: 'a quote is never closed' }),
    ]);
    expect(await errorsOf(HEADER + 'b,1,,"王林"x,,\n')).toEqual([
      expect.objectContaining({
        line: 2,
        column: 10,
        en: 'a closing quote must be followed by a comma or a line break',
      }),
    ]);
  });

  it('names an empty box or ballot and a void mark other than 0 or 1', async () => {
    const errors = await errorsOf(HEADER + ',1,,,,\n' + 'b, ,,,,\n' + 'b,3,yes,,,\n');
    expect(errors.map((error) => [error.line, error.column, error.en])).toEqual([
      [2, 1, 'the box is empty'],
      [3, 3, 'the ballot number is empty'],
      [4, 5, 'the void column must be empty, 0 or 1'],
    ]);
  });

  it('names a name that is not in the encoding the file is read in', async () => {
    const bytes = new Uint8Array([...utf8(HEADER + 'b,1,,王林,,\n' + 'b,2,,'), 0xcd, 0xf5, ...utf8(',,\n')]);
    expect(await errorsOf(bytes, undefined, 'utf-8')).toEqual([
      expect.objectContaining({ line: 3, column: 6, en: expect.stringMatching(/not valid UTF-8/) }),
    ]);
  });

  it('stops on a row that never ends instead of holding the file in memory', async () => {
    const text = HEADER + 'b,1,,"' + 'x'.repeat((1 << 20) + 10) + '\n';
    expect(await errorsOf(text, [65536])).toEqual([
      expect.objectContaining({ line: 2, en: expect.stringMatching(/unclosed quote/) }),
    ]);
  });
});

describe('positions of errors', () => {
  it('stay right when chunks split a CRLF or a quoted line break, at every chunk size', async () => {
    const text =
      'box,ballot,void,chair,vice-chair,member\r\n' +
      'b,1,,"王林",,\r\n' +
      '"b\r\n2",2,,,,\r\n' +
      'b,3,x,,,\r\n';
    for (let size = 1; size <= utf8(text).length; size++) {
      const errors = await errorsOf(text, [size]);
      expect(errors.map((error) => [error.line, error.column])).toEqual([[5, 5]]);
    }
  });
});

describe('countBallots on one bad byte or a mixed file (issue 21, defects 4 and 12)', () => {
  const rows = (from: number, to: number) =>
    Array.from({ length: to - from }, (_, i) => `一号箱,${from + i},,王林,周青,陈梅 刘洋 孙涛\n`).join('');

  it('reports one bad byte at line 919 there, and nowhere else', async () => {
    const before = utf8(HEADER + rows(1, 918));
    const bad = utf8(`一号箱,918,,王林,周青,陈梅 刘洋 孙涛\n`);
    bad[16] = 0xff; // inside 王 of the chair column
    const errors = await errorsOf(concatBytes(before, bad, utf8(rows(919, 1000))));
    expect(errors.map((error) => error.line)).toEqual([919]);
    expect(errors[0]!.en).toContain('UTF-8');
  });

  it('refuses a name written in UTF-8 inside a GB18030 file, at its line', async () => {
    const gbPart = gb18030(HEADER + '一号箱,1,,王林,周青,陈梅\n');
    const errors = await errorsOf(concatBytes(gbPart, utf8('一号箱,2,,王林,周青,陈梅 刘洋 孙涛\n')));
    expect(errors.map((error) => error.line)).toContain(3);
    expect(errors[0]!.en).toContain('the whole file must be in one encoding');
  });
});

describe('countBallots on a header of many cells (issue 21, defect 15)', () => {
  it('lists the first 50 unknown columns and counts the rest, without overflowing the stack', async () => {
    const errors = await errorsOf('1,'.repeat(200_000));
    expect(errors).toHaveLength(51);
    expect(errors[1]).toMatchObject({ line: 1, column: 3 });
    expect(errors[50]!.en).toMatch(/^199,9\d\d more errors not listed$/);
  });

  it('does work in proportion to the header', async () => {
    // Names not in ASCII: the columns between them are counted by decoding (ASCII by its bytes).
    const header = (size: number) => utf8('一,'.repeat(size / 4));
    const work = async (bytes: Uint8Array) => {
      let calls = 0;
      // countBallots is asynchronous: the meter wraps the whole run
      const saved = TextDecoder.prototype.decode;
      TextDecoder.prototype.decode = function (
        this: TextDecoder,
        ...args: Parameters<TextDecoder['decode']>
      ) {
        calls += (args[0] as Uint8Array | undefined)?.byteLength ?? 0;
        return saved.apply(this, args);
      };
      try {
        await count(bytes);
      } finally {
        TextDecoder.prototype.decode = saved;
      }
      return calls;
    };
    const small = await work(header(10_000));
    expect(small).toBeGreaterThan(10_000); // the meter sees the header decoded
    expect((await work(header(100_000))) / small).toBeLessThan(15);
  });
});

describe('a title above the header', () => {
  const body = 'b,1,,王林,,\nb,2,,,李华,\n';
  const counted = async (text: string, sizes?: number[]) => {
    const result = await count(text, sizes ? { sizes } : {});
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return { rows: result.value.rows, boxes: result.value.boxes };
  };

  it('is passed over, with a date, a banner and blank lines, as on tally sheets', async () => {
    const plain = await counted(HEADER + body);
    expect(await counted('青山村投票记录,,,,,\n' + HEADER + body)).toEqual(plain);
    expect(await counted('青山村投票记录\n\n2026年11月30日\n' + HEADER + body, [7])).toEqual(plain);
  });

  it('leaves the first row the header when no row below names every column, its errors as before', async () => {
    // A misspelt header above ballots: the ballot numbers end the search, the header's own errors stand.
    const misspelt = await errorsOf('bx,ballot,void,chair,vice-chair,member\n' + body);
    expect(misspelt.map((error) => [error.line, error.en])).toEqual([
      [1, 'unknown column “bx”: expected box, ballot, void or a contest of the election'],
      [1, 'the “box” column is missing'],
    ]);
    expect(await errorsOf('青山村投票记录\n')).toEqual(await errorsOf('青山村投票记录\nb,1,,王林,,\n'));
  });

  it('names the errors of the header below it at that header’s line', async () => {
    const errors = await errorsOf('青山村投票记录\nbox,ballot,void,chair,vice-chair,member,remarks\n' + body);
    expect(errors).toEqual([
      expect.objectContaining({
        line: 2,
        column: 41,
        en: 'unknown column “remarks”: expected box, ballot, void or a contest of the election',
      }),
    ]);
  });
});
