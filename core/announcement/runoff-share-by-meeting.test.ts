import { describe, expect, it } from 'vitest';
import { reportUnderPack } from './corpus/read-shapes.js';
import { electedByRepresentatives } from './representative-counts.js';

/**
 * A runoff (另行选举) at a meeting of residents' representatives: its winner's 得票率 is of the runoff's own
 * ballots or voters, whoever the electors are; the runoff that states ballots but no voters of its own may
 * give it of its ballots issued (35 of 71 = 49.30%), never judged wrong for that. Names and numbers are invented.
 */

/** Warnings and errors of a notice checked alone, with the rules named. */
const alarms = (text: string, pack?: string) =>
  reportUnderPack(text, pack)
    .findings.filter((finding) => finding.severity !== 'info')
    .map((finding) => finding.code);

const NOTICE = (opening: string, share: string) =>
  [
    '青石社区第九届居民委员会选举结果公告',
    `2026年5月16日，青石社区${opening}第九届居民委员会。应到居民代表82人，实到71人，超过应到人数的三分之二，会议有效。`,
    '第一轮选举：发出选票71张，收回71张，有效票70张，无效票1张。孙立新得62票，当选为主任；周丽娟（女）得57票、吴国栋得51票、郑晓燕（女）得48票，当选为委员。应选委员4名，尚缺1名。',
    `另行选举：发出选票71张，收回70张，有效票69张，无效票1张。候选人马俊得35票，得票率${share}，超过已投选票数的三分之一，当选为委员。`,
  ].join('\n');

describe('the committee elected by a meeting of representatives, with or without a comma', () => {
  it('reads 召开居民代表会议，选举产生第九届居民委员会 as an election by representatives', () => {
    expect(electedByRepresentatives('召开居民代表会议，选举产生第九届居民委员会。')).toBe(true);
    expect(electedByRepresentatives('召开居民代表会议选举第十二届居民委员会。')).toBe(true);
    // A meeting of representatives for another deed says no such thing.
    expect(electedByRepresentatives('召开居民代表会议，审议通过选举办法。')).toBe(false);
  });

  it('holds the comma form to the representatives’ quorum', () => {
    const short = (present: number) =>
      `青石社区第九届居民委员会选举结果公告\n2026年5月16日，青石社区召开居民代表会议，选举产生第九届居民委员会。应到居民代表82人，实到${present}人，会议有效。\n共发出选票${present}张，收回${present}张，均为有效票。孙立新得47票，当选为主任；周丽娟（女）得44票、吴国栋得40票，当选为委员。`;
    expect(alarms(short(52), 'cn-residents:representatives')).toContain('TURNOUT_BELOW_QUORUM');
    expect(alarms(short(56), 'cn-residents:representatives')).toEqual([]);
  });
});

describe('a runoff’s 得票率 of its own ballots issued', () => {
  const openings = ['召开居民代表会议，选举产生', '召开居民代表会议选举', '召开居民代表大会，选举'];

  it('never calls 35 of the 71 ballots issued (49.30%) wrong', () => {
    for (const opening of openings) {
      expect(alarms(NOTICE(opening, '49.30%'))).toEqual([]);
      expect(alarms(NOTICE(opening, '49.30%'), 'cn-residents:representatives')).toEqual([]);
    }
  });

  it('still flags a share no count of the runoff gives', () => {
    for (const opening of openings)
      expect(alarms(NOTICE(opening, '52.86%'))).toContain('ANNOUNCED_PERCENT_MISMATCH');
  });
});
