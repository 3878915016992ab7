import { describe, expect, it } from 'vitest';
import { workAnnouncementArithmetic } from './check-announcement-arithmetic.js';
import { readAnnouncementText } from './read-announcement-text.js';

/**
 * Vote tables with rows of abstentions, other persons or invalid ballots, such tables flattened a cell
 * a line, registers a scan garbled, and English lists of names and numbers. Every number and name here
 * is invented.
 */

const unjudged = (text: string) =>
  workAnnouncementArithmetic(readAnnouncementText(text), 'en').unjudged.map((figure) => [
    figure.text,
    figure.work.zh,
    figure.work.en,
  ]);

describe('a share of a register a scan garbled', () => {
  it('says the register is stated but unreadable, not unstated', () => {
    const text = '高桥村村民委员会选举结果公告\n本村登记选民22O7人，参加投票选民1860人，参选率84.3%。\n';
    const [[figure, zh, en]] = unjudged(text) as [[string, string, string]];
    expect(figure).toBe('参选率84.3%');
    expect(zh).toMatch(/登记选民数“22O7”.*无法辨认/);
    expect(zh).not.toMatch(/没有写出/);
    expect(en).toMatch(/count of registered voters, “22O7”, is garbled/);
    expect(en).not.toMatch(/states no count/);
  });

  it('still says no register is stated when the garbled number is another count', () => {
    const text = '本村参加投票选民1860人，有效票18O6张，参选率84.3%。\n';
    const [[, zh, en]] = unjudged(text) as [[string, string, string]];
    expect(zh).toMatch(/没有写出登记选民数/);
    expect(en).toMatch(/states no count of registered voters/);
  });
});
