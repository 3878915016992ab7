import { describe, expect, it } from 'vitest';
import { getRulePack } from '../rules/registry.js';
import { alarms, work } from './corpus/read-shapes.js';
import { judgeAnnouncement } from './judge-announcement.js';
import { readAnnouncementText } from './read-announcement-text.js';

/**
 * A township's summary of both its villages' 村委会 and its communities' 居委会 elections: each committee's
 * counts stay its own, never the other's base or the same figure stated twice; a share naming neither is left
 * unread. And a direct election's register under the households' pack is no households' register.
 * Written for these tests (set scope2, scope2-res); every share worked with exact fractions.
 */

// 21,745 of 24,324 is 89.397…%; 16,512 of 18,204 is 90.705…%; 5,233 of 6,120 is 85.506…%.
const TOWN_RATE_AFTER_BOTH = [
  '青山镇村（居）委会换届选举工作总结',
  '全镇12个村、3个社区共选出村（居）委会成员81人，其中村委会成员60人，居委会成员21人。村委会选举登记选民18,204人，参加投票16,512人；居委会选举登记选民6,120人，参加投票5,233人。全镇参选率89.4%。',
].join('\n');

const RATE_BEFORE_ITS_COUNTS = [
  '青山镇村（居）民委员会换届选举情况',
  '全镇12个村、3个社区换届选举顺利完成。村委会选举参选率90.7%，登记选民18,204人，参加投票16,512人，共选出村委会主任12名、委员48名；社区居委会选举参选率85.5%，登记选民6,120人，参加投票5,233人，共选出居委会主任3名、委员18名。',
].join('\n');

const COMMITTEES_AS_HEADINGS_IN_ONE_LINE =
  '白河乡村（居）委会换届选举结果\n村委会：登记选民10,300人，参加投票9,450人，参选率91.7%；居委会：登记选民3,760人，参加投票3,105人，参选率82.6%；全乡参选率89.3%。';

const unjudgedShares = (text: string) => work(text).unjudged.map((figure) => [figure.text, figure.reason]);

describe('a township summary of villages’ and communities’ elections', () => {
  it('leaves a township rate unread where only each committee’s counts are stated', () => {
    expect(alarms(TOWN_RATE_AFTER_BOTH)).toEqual([]);
    expect(unjudgedShares(TOWN_RATE_AFTER_BOTH)).toContainEqual(['全镇参选率89.4%', 'ambiguous-base']);
  });

  it('judges a committee’s rate stated before its counts by that committee’s counts', () => {
    expect(alarms(RATE_BEFORE_ITS_COUNTS)).toEqual([]);
    const right = work(RATE_BEFORE_ITS_COUNTS).judged.filter((figure) => figure.rule === 'share');
    expect(right.map((figure) => [figure.text, figure.right])).toEqual([['社区居委会选举参选率85.5%', true]]);
    const wrong = RATE_BEFORE_ITS_COUNTS.replace('参选率85.5%', '参选率86.5%');
    expect(alarms(wrong)).toEqual(['ANNOUNCED_PERCENT_MISMATCH 86.5%/85.5%']);
  });

  it('never calls the two committees’ counts one figure stated twice', () => {
    expect(alarms(COMMITTEES_AS_HEADINGS_IN_ONE_LINE, true)).toEqual([]);
  });

  it('still judges each committee’s share by its own counts', () => {
    const text = [
      '青山镇村（社区）换届选举情况',
      '全镇登记选民24,324人，参加投票21,745人，参选率89.4%。其中，村委会选举登记选民18,204人，参加投票16,512人，参选率90.7%；社区居委会选举登记选民6,120人，参加投票5,233人，参选率87.5%。',
    ].join('\n');
    expect(alarms(text)).toEqual(['ANNOUNCED_PERCENT_MISMATCH 87.5%/85.5%']);
  });
});

// 1,900 of 3,200 voters: a direct election by the voters.
const DIRECT_ELECTION = [
  '东门社区第十二届居民委员会选举结果公告',
  '东门社区居民委员会换届选举于2026年3月20日举行。本社区登记选民3,200人，参加投票1,900人，参选率59.4%。发出选票1,900张，收回选票1,898张，其中有效票1,890张，无效票8张。',
  '张伟得票1,200票，当选为居民委员会主任。',
].join('\n');

describe('the households’ pack on a direct election', () => {
  const households = getRulePack('cn-residents:households@2025')!;
  const judged = (text: string) => judgeAnnouncement(readAnnouncementText(text), households, 'first', 'en');

  it('does not judge the voters’ turnout by the households’ quorum, and says why', () => {
    const report = judged(DIRECT_ELECTION);
    expect(report.judged.some((figure) => figure.rule === 'quorum')).toBe(false);
    expect(report.findings.map((finding) => finding.message).join(' ')).toContain(
      'the register of a direct election by the voters',
    );
    expect(report.findings.filter((finding) => finding.severity !== 'info')).toEqual([]);
  });

  it('still judges a households’ election by it', () => {
    const text = [
      '南街社区居民委员会选举结果公告',
      '南街社区以户代表投票方式选举第十二届居民委员会。全社区应参加投票户数1,980户，实际参加投票980户，占应参加投票户数的49.5%。收回选票980张，其中有效票972张，无效票8张。',
    ].join('\n');
    expect(judged(text).findings.map((finding) => finding.code)).toContain('TURNOUT_BELOW_QUORUM');
  });
});
