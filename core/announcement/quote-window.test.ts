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
