import { describe, expect, it } from 'vitest';
import { findings, work } from './corpus/read-shapes.js';

/**
 * A share of an electorate counted in households (应到户代表48户) is worked in households, as the notice
 * and the turnout's line count them: 占登记户数48的, never 占登记选民数48的. Every number and name here is
 * invented.
 */
describe('the words of a share whose base is counted in households', () => {
  const NOTICE = (share: string) =>
    '光明村第十二届村民委员会选举结果公告\n' +
    '光明村召开户代表会议，采取户代表选举方式选举村民委员会。应到户代表48户，实到42户，' +
    `发出选票42张，收回选票42张，其中有效票41张，无效票1张，参选率${share}。\n` +
    '主任：张三得30票，李四得11票。\n张三当选为村民委员会主任。\n';
  const shareWork = (share: string) =>
    work(NOTICE(share)).judged.find((figure) => figure.text.includes(share));

  it('names the households registered, in both languages, when the share is right', () => {
    expect(findings(NOTICE('87.5%'))).toEqual([]);
    const right = shareWork('87.5%');
    expect(right?.work.zh).toMatch(/^收回选票数42占登记户数48的/);
    expect(right?.work.zh).not.toContain('登记选民');
    expect(right?.work.en).toMatch(/^42 ballots returned out of 48 registered households is /);
  });

  it('and when it is wrong', () => {
    expect(findings(NOTICE('85.5%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '参选率85.5%']]);
    const wrong = shareWork('85.5%');
    expect(wrong?.work.zh).toMatch(/^收回选票数42占登记户数48的/);
  });

  it('keeps the voters’ words for an electorate of people', () => {
    const people = NOTICE('87.5%')
      .replace('光明村召开户代表会议，采取户代表选举方式选举村民委员会。', '')
      .replace('应到户代表48户，实到42户', '登记选民48人，参加投票42人');
    const worked = work(people).judged.find((figure) => figure.text.includes('87.5%'));
    expect(worked?.work.zh).toMatch(/占登记选民数48的/);
    expect(worked?.work.zh).not.toContain('户');
  });
});
