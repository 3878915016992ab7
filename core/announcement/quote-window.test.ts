import { describe, expect, it } from 'vitest';
import { readAnnouncementText } from './read-announcement-text.js';
import { quoteWindow } from './quote-window.js';

describe('quoteWindow', () => {
  it('keeps to the figure’s own line: the title before and the line after are not quoted', () => {
    const text = '青山村选举结果公告\n本村修路35公里\n参加投票1322人';
    const at = text.indexOf('35');
    expect(quoteWindow(text, 0, text.length, [at, at + 2])).toBe('本村修路35公里');
  });

  it('cuts a long line with … on the side it cuts, and not at a line end', () => {
    const line = '甲'.repeat(40) + '35' + '乙'.repeat(40);
    const text = `标题\n${line}\n下一行`;
    const at = text.indexOf('35');
    expect(quoteWindow(text, 0, text.length, [at, at + 2])).toBe(
      '…' + '甲'.repeat(24) + '35' + '乙'.repeat(24) + '…',
    );
  });

  it('cuts English between words, never inside one, with … where cut', () => {
    const text =
      'A man said he had given the 20,000 yuan ($3,216) to a local school before the Representatives met';
    const at = text.indexOf('20,000');
    // 24 characters either side end inside "man" and inside "local": both are left out.
    expect(quoteWindow(text, 0, text.length, [at, at + 6])).toBe(
      '…said he had given the 20,000 yuan ($3,216) to a…',
    );
    const figure = text.indexOf('school');
    // Inside "Representatives" on the right: "Representati…" is not written.
    expect(quoteWindow(text, 0, text.length, [figure, figure + 6])).toBe(
      '…($3,216) to a local school before the…',
    );
  });

  it('cuts Chinese between characters, never inside a number', () => {
    const text =
      '登记选民12,345人，其中实际参加本次投票的选民人数共为11,876人，占全村登记选民总数的比例经过统计计算为96.2%，超过半数';
    const at = text.indexOf('11,876');
    // 24 characters before the figure start inside 12,345, 24 after end inside 96.2%.
    expect(quoteWindow(text, 0, text.length, [at, at + 6])).toBe(
      '…人，其中实际参加本次投票的选民人数共为11,876人，占全村登记选民总数的比例经过统计计算为…',
    );
    const numerals = '一千二百三十四' + '甲'.repeat(20) + '35' + '乙'.repeat(20) + '一千二百三十四';
    const figure = numerals.indexOf('35');
    expect(quoteWindow(numerals, 0, numerals.length, [figure, figure + 2])).toBe(
      '…' + '甲'.repeat(20) + '35' + '乙'.repeat(20) + '…',
    );
  });

  it('keeps a figure whole when the whole window is one long word or number', () => {
    const digits = '1'.repeat(100);
    const text = `${digits} 35 ${digits}`;
    const at = text.indexOf(' 35 ') + 1;
    expect(quoteWindow(text, 0, text.length, [at, at + 2])).toBe('…35…');
  });

  it('takes a carriage return as a line end too', () => {
    const text = 'Results of the election\r\nRoads built: 35 km\r\nRegistered voters: 1,860';
    const at = text.indexOf('35');
    expect(quoteWindow(text, 0, text.length, [at, at + 2])).toBe('Roads built: 35 km');
  });
});

describe('a figure unread where its clause runs over a line end', () => {
  it('is quoted from its own line, never with the title run into it', () => {
    // No stop after the title: the clause the reader sees spans both lines.
    const read = readAnnouncementText('Results of the village election\n35 km of road were built\n');
    const unread = read.unread.find((figure) => figure.text === '35');
    expect(unread?.context).toBe('35 km of road were built');
    for (const figure of read.unread) expect(figure.context).not.toMatch(/[\n\r]/);
  });
});

describe('a figure whose words open a line', () => {
  it('is quoted without the line break before it', () => {
    const read = readAnnouncementText(
      '共发出选票1502张，收回选票1498张，有效票1480张。\n李秀英得票889票，当选副主任；\n张伟、刘芳分别得票956票、812票，当选委员。\n',
    );
    const quoted = [
      ...read.figures.map((figure) => figure.origin.text),
      ...read.unread.map((figure) => figure.text),
    ];
    expect(quoted.some((text) => text.includes('张伟'))).toBe(true);
    for (const text of quoted) expect(text).toBe(text.trim());
  });
});

describe('quoteWindow and brackets cut at its edges', () => {
  const quote = (text: string, figure: string) => {
    const at = text.indexOf(figure);
    return quoteWindow(text, 0, text.length, [at, at + figure.length]);
  };
  const halves = (quoted: string) => {
    let depth = 0;
    for (const char of quoted) {
      if ('（('.includes(char)) depth++;
      else if ('）)'.includes(char) && --depth < 0) return true;
    }
    return depth !== 0;
  };

  it('leaves out a closing bracket whose opening the window cut off, far before it', () => {
    const text =
      '村民委员会主任候选人王林（男，四十七岁，高中文化程度，现任村党支部书记兼村委会主任）本次得票812票，其余略';
    const quoted = quote(text, '812');
    expect(quoted).toBe('…本次得票812票，其余略');
    expect(halves(quoted)).toBe(false);
  });

  it('brings in the opening bracket when it lies just past the window', () => {
    const text = '甲'.repeat(30) + '（' + '乙'.repeat(24) + '得票812票）' + '丙'.repeat(30);
    const quoted = quote(text, '812');
    expect(quoted.startsWith('…（')).toBe(true);
    expect(halves(quoted)).toBe(false);
  });

  it('ends before an opening bracket whose closing the window cut off', () => {
    const text = '本次得票812票，另有王林（男，四十七岁，高中文化程度，现任村党支部书记兼村委会主任）';
    const quoted = quote(text, '812');
    expect(quoted).toBe('本次得票812票，另有王林…');
    expect(halves(quoted)).toBe(false);
  });

  it('drops the opening bracket a figure stands in when its closing is far past the window', () => {
    const text = '王林（得票812票，' + '乙'.repeat(40) + '）';
    const quoted = quote(text, '812');
    expect(halves(quoted)).toBe(false);
    expect(quoted).toContain('得票812票');
  });

  it('keeps whole brackets as they are', () => {
    expect(quote('当选委员王林（男，得票812票）、李华（女）', '812')).toBe(
      '当选委员王林（男，得票812票）、李华（女）',
    );
  });

  it('never shows half a bracket pair in the unread numbers of a notice with long brackets', () => {
    const notice =
      '选举结果公告\n' +
      '王林（男，现任本村党支部书记兼村委会主任，曾任村委会委员）带领本村修路35公里（其中硬化道路和绿化工程及其他配套设施建设）。\n';
    const figures = readAnnouncementText(notice);
    expect(figures.unread.length).toBeGreaterThan(0);
    for (const unread of figures.unread) expect(halves(unread.context)).toBe(false);
  });
});
