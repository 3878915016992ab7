import { describe, expect, it } from 'vitest';
import { workAnnouncementArithmetic } from './check-announcement-arithmetic.js';
import { readAnnouncementText } from './read-announcement-text.js';
import { titleOnItsOwnLine } from './title-line.js';

/** Every number and name here is invented. */
const NOTICE = [
  '柳溪村第十二届村民委员会选举结果公告',
  '本村登记参加选举的村民1850人，参加投票的村民1602人。共发出选票1602张，收回选票1598张，其中有效票1571张，无效票27张。',
  '主任：孙立新1012票，钱德明559票。孙立新当选为村民委员会主任。',
];

const judged = (text: string) =>
  workAnnouncementArithmetic(readAnnouncementText(text), 'en').judged.map((figure) => [
    figure.text,
    figure.span,
    figure.right,
  ]);

describe('a title run into the first sentence of a notice pasted on one line', () => {
  it('reads the notice on one line as it reads it line by line, at the same offsets', () => {
    const lines = NOTICE.join('\n');
    const oneLine = NOTICE.join(' ');
    // The ballot account, each chair's candidate within the valid ballots, and both together (1012 + 559 = 1571).
    expect(judged(lines)).toHaveLength(7);
    expect(judged(oneLine)).toEqual(judged(lines));
    expect(readAnnouncementText(oneLine).title).toBe('柳溪村第十二届村民委员会选举结果公告');
  });

  it('gives the title a line of its own, one character for one, numbered notices too', () => {
    const text = '  东风社区居民委员会换届选举公告（第3号）\u3000本社区登记选民2100人。';
    const lined = titleOnItsOwnLine(text);
    expect(lined).toBe('  东风社区居民委员会换届选举公告（第3号）\n本社区登记选民2100人。');
    expect(lined).toHaveLength(text.length);
  });

  it('leaves alone what is no election notice’s title, or a sentence', () => {
    for (const text of [
      '关于村道维修的公告 本村登记选民2100人。',
      '东山村第十届村委会选举：登记选民2100人，参加投票1800人。',
      '根据选举委员会的公告 本村于3月18日选举。',
      '  根据选举委员会的公告 本村于3月18日选举。',
      '经选举，现将结果公告 如下。',
    ])
      expect(titleOnItsOwnLine(text)).toBe(text);
  });
});
