import { describe, expect, it } from 'vitest';
import { alarms, judged } from './corpus/read-shapes.js';

/**
 * The bodies a village elects on the same day, kept apart in every layout (docs/announcement.md, “Bodies,
 * places and scopes”): the chairs of the committee and of the supervisory committee are two seats, the
 * party branch's ballots are its own, and a winner elected to both is judged by the committee's votes.
 * Every number and name here is invented.
 */
const OPENING =
  '青山村第十二届村民委员会选举结果公告\n\n' +
  '本村登记选民1520人，参加投票的选民1388人，收回选票1388张，其中有效票1370张，无效票18张。\n';

const supervisoryUnderHeading = (chair: string, loser: string) =>
  OPENING +
  `主任：张伟，得票${chair}票\n` +
  `主任：刘东，得票${loser}票\n` +
  '村务监督委员会\n' +
  '主任：李强，得票790票\n' +
  '主任：陈明，得票560票\n';

describe('the chairs of two bodies', () => {
  it('never adds the supervisory committee’s chairs under its own heading line to the committee’s', () => {
    expect(alarms(supervisoryUnderHeading('812', '540'), true)).toEqual([]);
    expect(judged(supervisoryUnderHeading('812', '540'))).toContainEqual([
      'votes-within-ballots',
      '刘东，得票540票',
      true,
    ]);
  });

  it('still sums the committee’s own chairs against its valid ballots', () => {
    expect(alarms(supervisoryUnderHeading('812', '600'), true)).toEqual(['ANNOUNCED_SUM_MISMATCH 1412/1370']);
  });

  it('keeps a heading naming the supervisory committee’s members over a line of one candidate apart', () => {
    const text =
      OPENING + '主任 张伟 812票\n主任 刘东 540票\n村务监督委员会成员\n主任 李强 790票\n主任 陈明 560票\n';
    expect(alarms(text, true)).toEqual([]);
  });

  it('reads 村监委 as the supervisory committee', () => {
    const text =
      OPENING +
      '村委会主任：张伟，812票；刘东，540票\n' +
      '村监委主任：李强，790票；陈明，560票\n' +
      '张伟当选村委会主任，李强当选村监委主任。\n';
    expect(alarms(text, true)).toEqual([]);
  });
});

describe('the party branch’s vote in the committee’s notice', () => {
  const text = (chair: string) =>
    '长乐村党支部和村民委员会换届选举结果公告\n\n' +
    '2026年3月28日，长乐村党支部召开党员大会，选举新一届支部委员会。应到党员52人，实到党员48人，发出选票48张，收回选票48张，有效票47张，无效票1张。黄志诚得票45票，当选为党支部书记。\n' +
    '2026年4月2日，长乐村举行村民委员会换届选举。全村登记选民1688人，参加投票的选民1512人，收回选票1512张，有效票1497张，无效票15张。\n' +
    `主任：黄志诚，得票${chair}票；郑木生，得票352票\n` +
    '黄志诚当选为村民委员会主任。\n';

  it('takes the ballots after the day that opens the party’s sentence as the party’s', () => {
    expect(alarms(text('1106'), true)).toEqual([]);
  });

  it('judges the committee chair who is also the party secretary by the committee’s votes', () => {
    expect(alarms(text('750'), true)).toEqual(['ANNOUNCED_WINNER_MISMATCH 750/757']);
  });
});
