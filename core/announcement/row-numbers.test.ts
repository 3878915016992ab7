import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize-text.js';
import { readAnnouncementText } from './read-announcement-text.js';
import { reportNothingRead } from './report-unread.js';
import { rowNumberStarts } from './row-numbers.js';
import { scanNumbers } from './scan-numbers.js';

const scan = (text: string) =>
  scanNumbers(normalizeText(text)).map((token) => [
    text.slice(token.span[0], token.span[1]),
    token.value.digits,
    token.value.decimals,
  ]);

const PROXY_VOTES = [
  '某村委托投票公示',
  '序号  委托人  小组  受委托人',
  '1  曹金兰  第3组  委托  毛红春',
  '12  万强伟  第2组  委托  陆梅春',
].join('\n');

describe('a number before a name opening with the surname 万', () => {
  it('is not scaled by that 万', () => {
    expect(scan('委托人名单：\n12  万强伟  第2组\n3\t万丽\t第5组')).toEqual([
      ['12', 12n, 0],
      ['3', 3n, 0],
    ]);
  });
  it('keeps counts in 万, spaced or not, as before', () => {
    expect(scan('登记选民12万人，参加投票1.2万人，另有12 万人、1.2 万选民、3 万余名、5 万以上')).toEqual([
      ['12万', 120000n, 0],
      ['1.2万', 12000n, 0],
      ['12 万', 120000n, 0],
      ['1.2 万', 12000n, 0],
      ['3 万余', 30000n, 0],
      ['5 万', 50000n, 0],
    ]);
  });
});

describe('row numbers under a 序号 column', () => {
  it('are found under 序号, 编号 and No. while the numbers rise', () => {
    const text = '序号  姓名\n1  王林\n\n2  万强\n编号\t姓名\n3\t李华\nNo.  姓名\n| 1 | 周丽 |\n1  不再是行';
    const folded = normalizeText(text);
    expect([...rowNumberStarts(folded)].map((at) => folded.slice(at, at + 1))).toEqual(['1', '2', '3', '1']);
  });
  it('are no figure of any list, read or unread', () => {
    // 第3组, 第2组 are ordinals too: nothing in the list is a number.
    expect(scan(PROXY_VOTES)).toEqual([]);
    const figures = readAnnouncementText(PROXY_VOTES);
    expect(figures.unread).toEqual([]);
    expect(figures.rowNumbers).toBe(2);
  });
  it('make the notice no text without numbers: nothing read is informational', () => {
    const [finding] = reportNothingRead(readAnnouncementText(PROXY_VOTES), 'zh');
    expect(finding?.severity).toBe('info');
    expect(finding?.message).toContain('2个序号');
  });
});
