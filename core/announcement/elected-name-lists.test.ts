import { describe, expect, it } from 'vitest';
import { getRulePack } from '../rules/registry.js';
import { unread } from './corpus/read-shapes.js';
import { judgeAnnouncement } from './judge-announcement.js';
import { readAnnouncementText } from './read-announcement-text.js';
import { namesBeforeBareElected } from './elected-above.js';

/**
 * A declaration whose subject is a list of names in the clause before a bare 当选, with what their votes
 * met (`马光明、陈芳、田野、邓军得票均超过参加投票选民的半数，当选为…成员`; docs/announcement.md, “Candidates'
 * votes and winners”). Names and numbers are invented: half of 1,745 is 872.5, so a seat needs 873.
 */
const NOTICE = (deng = 904, subject = '马光明、陈芳、田野、邓军') =>
  [
    '青石村村民委员会选举结果公告',
    '青石村登记选民2,016人，参加投票的选民1,745人，参选率86.56%。发出选票1,745张，收回选票1,741张，有效票1,722张，无效票19张。',
    `候选人得票情况：主任候选人马光明得票1,205票；委员候选人陈芳（女）得票1,188票，田野得票1,037票，邓军得票${deng}票，张力得票352票。`,
    `${subject}得票均超过参加投票选民的半数，当选为青石村第十二届村民委员会成员。`,
  ].join('\n');

const declared = (text: string) =>
  readAnnouncementText(text).figures.flatMap((figure) => (figure.kind === 'elected' ? figure.names : []));

const village = getRulePack('cn-village')!;
const mismatches = (text: string) =>
  judgeAnnouncement(readAnnouncementText(text), village, 'first', 'en')
    .findings.filter((finding) => finding.code === 'ANNOUNCED_WINNER_MISMATCH')
    .map((finding) => [finding.candidate, finding.expected, finding.found]);

describe('names listed before a bare 当选, with what their votes met', () => {
  it('declares each name listed, not the candidate left out', () => {
    expect(declared(NOTICE())).toEqual(['马光明', '陈芳', '田野', '邓军']);
    expect(mismatches(NOTICE())).toEqual([]);
  });

  it('judges each of them by the threshold', () => {
    expect(mismatches(NOTICE(804))).toEqual([['邓军', 873, 804]]);
  });

  it('takes a count after the names only when it is theirs', () => {
    expect(declared(NOTICE(904, '马光明、陈芳、田野、邓军4人'))).toEqual(['马光明', '陈芳', '田野', '邓军']);
    expect(namesBeforeBareElected('马光明、陈芳3人得票均超过参加投票选民的半数', '当选')).toBeNull();
  });

  it('lists the declaration unread when a name listed has no votes read', () => {
    const text = NOTICE(904, '马光明、陈芳、田野、王五');
    expect(declared(text)).toEqual([]);
    expect(unread(text)).toContainEqual(['当选', 'not-a-name']);
  });

  it('reads no list where the clause says something else of the votes, or the 当选 is not bare', () => {
    expect(namesBeforeBareElected('马光明、陈芳得票较多', '当选为委员')).toBeNull();
    expect(namesBeforeBareElected('马光明、陈芳得票均超过参加投票选民的半数', '均当选')).toBeNull();
    expect(namesBeforeBareElected('马光明得票超过参加投票选民的半数', '当选')).toBeNull();
  });
});
