import { describe, expect, it } from 'vitest';
import { checkAnnouncementArithmetic } from './check-announcement-arithmetic.js';
import { readAnnouncementText } from './read-announcement-text.js';
import { findings, judged } from './corpus/read-shapes.js';

/**
 * A share stated twice in one notice (in its opening counts and again in a closing line): a wrong one is
 * one error, and the observer sees one finding naming both places; a right one is judged right at both.
 */
const notice = (first: string, again: string) =>
  '青石村第十二届村民委员会选举结果公告\n' +
  `本村登记选民1500人，参加投票1250人，参选率${first}%，收回选票1240张，有效票1230张，无效票10张。\n` +
  '主任张三得票1000票，当选。\n' +
  `本次选举参选率${again}%，选举有效。\n`;

describe('a share stated again later in the notice', () => {
  it('raises one finding for a wrong share stated twice, naming both places', () => {
    const found = checkAnnouncementArithmetic(readAnnouncementText(notice('83.8', '83.8')), 'en');
    expect(found.map((finding) => [finding.code, finding.where?.text])).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '参选率83.8%'],
    ]);
    expect(found[0]?.messages.en).toBe(
      'The notice states “参选率83.8%”, and again “本次选举参选率83.8%”, but 1,250 voters who cast a ballot of 1,500 registered voters is 83.3333…%, which rounds to 83.3%, not the 83.8% stated',
    );
    expect(found[0]?.messages.zh).toMatch(/^公告写“参选率83\.8%”，后又写“本次选举参选率83\.8%”，但/);
  });

  it('quotes the first two restatements of a share stated many times and counts the rest', () => {
    const text =
      notice('83.8', '83.8') +
      ['再次公布参选率83.8%。', '第三次公布参选率83.8%。', '第四次公布参选率83.8%。'].join('\n') +
      '\n';
    const found = checkAnnouncementArithmetic(readAnnouncementText(text), 'en');
    expect(found.map((finding) => finding.code)).toEqual(['ANNOUNCED_PERCENT_MISMATCH']);
    expect(found[0]?.messages.en).toMatch(
      /^The notice states “参选率83\.8%”, and again “本次选举参选率83\.8%”, “再次公布参选率83\.8%” and 2 more times, but /,
    );
    expect(found[0]?.messages.zh).toMatch(
      /^公告写“参选率83\.8%”，后又写“本次选举参选率83\.8%”、“再次公布参选率83\.8%”，另有2处，但/,
    );
  });

  it('still judges both places, and keeps a right share stated twice right at both', () => {
    expect(judged(notice('83.8', '83.8')).filter(([rule]) => rule === 'share')).toEqual([
      ['share', '参选率83.8%', false],
      ['share', '本次选举参选率83.8%', false],
    ]);
    expect(findings(notice('83.3', '83.3'))).toEqual([]);
    expect(judged(notice('83.3', '83.3')).filter(([rule]) => rule === 'share')).toEqual([
      ['share', '参选率83.3%', true],
      ['share', '本次选举参选率83.3%', true],
    ]);
  });

  it('keeps two different wrong shares two findings', () => {
    expect(findings(notice('83.8', '83.9'))).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '参选率83.8%'],
      ['ANNOUNCED_PERCENT_MISMATCH', '本次选举参选率83.9%'],
    ]);
  });

  it('joins a share in a table’s row and the same share in the prose under it', () => {
    const text = (share: string) =>
      '石桥村第十二届村民委员会选举结果公告\n本村登记选民1586人，参加投票1320人，收回选票1320张，其中有效票1298张，无效票22张。\n' +
      `主任选举结果如下：\n姓名\t得票数\t得票率\n吴志刚\t845\t${share}%\n钱卫东\t421\t31.89%\n` +
      `吴志刚得票845票，得票率${share}%，当选为村民委员会主任。\n`;
    expect(findings(text('64.02'))).toEqual([]);
    expect(findings(text('64.20'))).toHaveLength(1);
  });
});
