import { describe, expect, it } from 'vitest';
import { alarms, reportAlone } from './corpus/read-shapes.js';
import { readAnnouncementText } from './read-announcement-text.js';

/**
 * A notice of a runoff still to come (另行选举公告, 第一轮选举结果及另行选举公告) reports the first round: its
 * winners are judged by more than half of that round's voters, and the candidates sent to the runoff are
 * judged as neither (docs/announcement.md, “Candidates' votes and winners”). Invented numbers.
 */

const firstRoundTitled = (chair: string) =>
  [
    '青山村第一轮选举结果及另行选举公告',
    '',
    '本村于2026年3月22日进行村民委员会换届选举。本村登记选民1850人，参加投票1500人，参选率81.1%。收回选票1500张，有效票1480张。选举有效。',
    `主任候选人张伟得票${chair}票，超过参加投票选民的半数，当选为村民委员会主任。`,
    '委员应选2名，候选人李芳得票700票，王强得票650票，赵磊得票600票，均未超过参加投票选民的半数，未能当选。',
    '根据选举办法，不足的2名委员另行选举，以李芳、王强、赵磊为候选人，于2026年3月24日进行另行选举。',
    '特此公告。',
  ].join('\n');

const runoffTitled = (member: string, after = '') =>
  [
    '白沙村村民委员会另行选举公告',
    '2026年4月5日，本村进行第九届村民委员会选举。全村登记选民2104人，参加投票的选民1733人。',
    `经投票，孙立得票1012票，超过参加投票选民的半数，当选为村民委员会主任；刘杰得票${member}票、何芬得票1109票，当选为村民委员会委员。`,
    '副主任候选人陈宇得票801票、马丽得票770票，均未过半数，副主任1名另行选举。',
    '另行选举定于2026年4月7日举行，候选人为陈宇、马丽。',
    after,
  ].join('\n');

const winnerErrors = (text: string) =>
  reportAlone(text, true)
    .findings.filter((finding) => finding.code === 'ANNOUNCED_WINNER_MISMATCH')
    .map((finding) => `${finding.candidate} ${finding.found}/${finding.expected}`);

describe('a notice of a runoff to come', () => {
  it('judges the first-round winner by more than half of the round’s voters', () => {
    expect(alarms(firstRoundTitled('856'), true)).toEqual([]);
    // 720 of 1500 voters is not more than half (751 needed).
    expect(winnerErrors(firstRoundTitled('720'))).toEqual(['张伟 720/751']);
  });

  it('judges winners of a notice titled 另行选举公告 by the first round, not a runoff’s third', () => {
    expect(alarms(runoffTitled('1320'), true)).toEqual([]);
    // 820 of 1733 is a runoff's third but not the first round's half (867).
    expect(winnerErrors(runoffTitled('820'))).toEqual(['刘杰 820/867']);
  });

  it('is read only when no figure follows the runoff it announces', () => {
    expect(readAnnouncementText(runoffTitled('820')).runoffToCome).toContain('另行选举定于');
    // The runoff's own counts and votes after it: a notice of both rounds, read as before.
    const both = runoffTitled('820', '另行选举参加投票的选民1650人，陈宇得票900票，当选为村民委员会副主任。');
    expect(readAnnouncementText(both).runoffToCome).toBeUndefined();
  });

  it('is not read under a heading of a runoff’s results', () => {
    const results = runoffTitled('820').replace('另行选举公告', '另行选举结果公告');
    expect(readAnnouncementText(results).runoffToCome).toBeUndefined();
  });
  it('is not read where the notice reports the runoff held and names its candidates with no day to come', () => {
    // The runoff was held (于3月24日举行另行选举): 450 of 1090 is more than a third, a runoff's winner.
    const held =
      '青山村村民委员会另行选举公告\n本村于3月24日举行另行选举，登记选民1200人，参加投票1100人，有效票1090张。李芳得票450票，当选为村民委员会委员。另行选举候选人为李芳、王强。';
    expect(readAnnouncementText(held).runoffToCome).toBeUndefined();
    expect(winnerErrors(held)).toEqual([]);
    // Candidates named with no day to come, the runoff's holding unsaid: no runoff still to come either.
    const bare = held.replace('本村于3月24日举行另行选举，', '本村');
    expect(readAnnouncementText(bare).runoffToCome).toBeUndefined();
    // A day fixed ahead for the runoff still makes it one to come.
    const ahead = held
      .replace('本村于3月24日举行另行选举，', '本村')
      .replace('另行选举候选人为', '另行选举定于4月7日举行，候选人为');
    expect(readAnnouncementText(ahead).runoffToCome).toContain('定于');
  });
});
