import { describe, expect, it } from 'vitest';
import { checkAnnouncementArithmetic, workAnnouncementArithmetic } from './check-announcement-arithmetic.js';
import { alarmCodes, counts } from './corpus/read-shapes.js';
import { readAnnouncementText } from './read-announcement-text.js';

/** A group counted apart after 另有 (外来, 委托, 流动…): a part added to the whole (figures invented). */
const codes = (text: string) =>
  checkAnnouncementArithmetic(readAnnouncementText(text), 'zh').map((finding) => finding.code);
const unreadReasons = (text: string) => readAnnouncementText(text).unread.map((figure) => figure.reason);

const unjudgedReasons = (text: string) =>
  workAnnouncementArithmetic(readAnnouncementText(text), 'zh').unjudged.map((entry) => entry.reason);

const HEAD = '东湖村第十二届村民委员会选举结果公告\n本村于2026年5月10日进行村民委员会换届选举。';

describe('a group of voters or ballots counted apart after 另有', () => {
  it('is the group’s own count, never the registered voters the turnout is of', () => {
    const text = `${HEAD}全村登记选民1,220人，另有外来登记选民30人。参加投票1,101人，参选率88.08%。`;
    expect(codes(text)).toEqual([]);
    expect(unreadReasons(text)).toContain('doubtful-label');
  });

  it('leaves the turnout unread when the base may be the stated total or the total with the group', () => {
    const text = `${HEAD}全村登记选民1,220人，另有外来登记选民30人。参加投票1,101人，参选率88.08%。`;
    expect(unjudgedReasons(text)).toContain('ambiguous-base');
    const listed =
      `${HEAD}各组登记选民：第一组460人，第二组410人，第三组350人，合计1,220人；另有外来登记选民30人。` +
      '参加投票1,101人，参选率88.08%。';
    expect(codes(listed)).toEqual([]);
  });

  it('so too for voters and ballots counted apart', () => {
    expect(codes(`${HEAD}全村登记选民1,220人。参加投票1,080人，另有委托投票21人，参选率90.25%。`)).toEqual(
      [],
    );
    expect(
      codes(
        `${HEAD}全村登记选民1,220人，参加投票1,101人，参选率90.25%。发出选票1,101张，收回选票1,075张，` +
          '此外还有流动票箱收回选票26张，有效票1,095张，无效票6张。',
      ),
    ).toEqual([]);
  });

  it('takes no more ballots than the voters stated for an error when the voters counted apart hold them', () => {
    expect(
      codes(
        `${HEAD}全村登记选民1,220人。参加投票1,080人，另有委托投票21人。收回选票1,101张，有效票1,096张，无效票5张。`,
      ),
    ).toEqual([]);
    expect(
      codes(
        `${HEAD}全村登记选民1,220人。参加投票1,080人，另有委托投票21人。收回选票1,110张，有效票1,105张，无效票5张。`,
      ),
    ).toEqual(['ANNOUNCED_SUM_MISMATCH']);
  });

  it('flags a turnout wrong of the stated total and of the total with the group alike', () => {
    expect(
      codes(`${HEAD}全村登记选民1,220人，另有外来登记选民30人。参加投票1,101人，参选率80.08%。`),
    ).toEqual(['ANNOUNCED_PERCENT_MISMATCH']);
  });

  it('takes 此外 or 另外 alone for no group: the count after it is the whole’s own', () => {
    expect(codes(`${HEAD}全村登记选民1,220人。此外，参加投票1,101人，参选率88.08%。`)).toEqual([
      'ANNOUNCED_PERCENT_MISMATCH',
    ]);
  });

  it('still catches a wrong turnout where no group is counted apart', () => {
    expect(codes(`${HEAD}全村登记选民1,220人。参加投票1,101人，参选率88.08%。`)).toEqual([
      'ANNOUNCED_PERCENT_MISMATCH',
    ]);
  });
});

describe('an English group counted apart after plus, another or in addition', () => {
  const HEAD_EN =
    'Donghu Village Committee Election Results\nDonghu Village held its committee election on 10 May 2026. ';
  const codesEn = (text: string) =>
    checkAnnouncementArithmetic(readAnnouncementText(text), 'en').map((finding) => finding.code);
  const unjudgedEn = (text: string) =>
    workAnnouncementArithmetic(readAnnouncementText(text), 'en').unjudged.map((entry) => entry.reason);

  it('is the group’s own count, never the registered voters the turnout is of', () => {
    for (const added of ['plus 30', 'and another 30', 'in addition, 30'])
      expect(
        codesEn(
          `${HEAD_EN}The village has 1,220 registered voters, ${added} registered from outside the village. ` +
            '1,101 voted, a turnout of 88.08%.',
        ),
      ).toEqual([]);
    expect(
      unjudgedEn(
        `${HEAD_EN}The village has 1,220 registered voters, plus 30 registered from outside the village. ` +
          '1,101 voted, a turnout of 88.08%.',
      ),
    ).toContain('ambiguous-base');
  });

  it('still flags a turnout wrong of the stated total and of the total with the group alike', () => {
    expect(
      codesEn(
        `${HEAD_EN}The village has 1,220 registered voters, plus 30 registered from outside the village. ` +
          '1,101 voted, a turnout of 80.08%.',
      ),
    ).toEqual(['ANNOUNCED_PERCENT_MISMATCH']);
  });

  describe('a count with more, other or further after it', () => {
    const MOBILE =
      'Dongwan Village, villagers’ committee election results, 12 April 2026\n' +
      'Registered voters: 1,630. 1,310 voters cast ballots at the main polling station, and 92 more voters ' +
      'cast ballots in the mobile ballot box.\nValid ballots: 1,391; invalid ballots: 11.\n' +
      'Chair: Gao Ming, 812 votes, elected.\n';

    it('is a group beside those just counted, never every voter: no void election', () => {
      expect(counts(MOBILE)).not.toContain('cast 92');
      expect(alarmCodes(MOBILE)).toEqual([]);
      expect(
        alarmCodes(MOBILE.replace('92 more voters cast ballots in', '92 other villagers voted by')),
      ).toEqual([]);
    });

    it('leaves a count compared by more than to the words after it', () => {
      const compared = `${HEAD_EN}The village has 1,630 registered voters. 1,402 voted, 92 more than in 2023.`;
      expect(counts(compared)).toContain('cast 1402');
    });
  });
});
