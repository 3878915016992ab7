import { describe, expect, it } from 'vitest';
import { readAnnouncementText } from './read-announcement-text.js';
import { findings } from './corpus/read-shapes.js';
import { getRulePack } from '../rules/registry.js';
import { judgeAnnouncement } from './judge-announcement.js';

/**
 * News reports of village elections in shapes the first set did not try: a name after a word telling
 * who the person is in the race (挑战者李春生). Each right beside a variant with one error planted. Every
 * number and name is invented.
 */

const village = getRulePack('cn-village')!;

const votes = (text: string) =>
  readAnnouncementText(text)
    .figures.filter((figure) => figure.kind === 'votes')
    .map((figure) => [figure.candidate, figure.value]);

describe('a name after a word of the person’s part in the race', () => {
  // 2400 voted: 1020 is 42.50%, 1360 is 56.666…% → 56.67%.
  const REPORT = (rate = '56.67') =>
    `竞选中，现任村主任得票1020票，得票率为42.50%；挑战者赵新民得票1360票，得票率为${rate}%，当选村主任。当天该村参加投票的选民有2400人。`;

  it('reads the name after 挑战者, and leaves the post alone (现任村主任) no name', () => {
    expect(votes(REPORT())).toEqual([['赵新民', 1360n]]);
    expect(votes('竞争者刘晓光得票1180票，竞选者王海得票760票')).toEqual([
      ['刘晓光', 1180n],
      ['王海', 760n],
    ]);
  });

  it('flags a share of the challenger’s votes wrong of the voters', () => {
    expect(findings(REPORT())).toEqual([]);
    expect(findings(REPORT('57.67')).map(([code]) => code)).toEqual(['ANNOUNCED_PERCENT_MISMATCH']);
  });
});

describe('参选人 before a name: the candidate, not voters', () => {
  const NOTICE = (line: string) =>
    `本村登记选民2000人，参加投票的选民1800人，收回选票1800张，有效票1790张，无效票10张。\n${line}`;

  it('reads 参选人刘晓光 as the candidate and judges him elected', () => {
    expect(votes(NOTICE('参选人刘晓光得票1180票，当选为村委会主任。'))).toEqual([['刘晓光', 1180n]]);
    expect(votes(NOTICE('参选者王海得票960票，当选为村委会委员。'))).toEqual([['王海', 960n]]);
    const judged = (line: string) =>
      judgeAnnouncement(readAnnouncementText(NOTICE(line)), village, 'first', 'en').findings.map(
        (finding) => [finding.code, finding.candidate, finding.expected, finding.found],
      );
    expect(judged('参选人刘晓光得票1180票，当选为村委会主任。')).toEqual([]);
    // More than half of the 1800 who voted is at least 901.
    expect(judged('参选人刘晓光得票880票，当选为村委会主任。')).toEqual([
      ['ANNOUNCED_WINNER_MISMATCH', '刘晓光', 901, 880],
    ]);
  });

  it('still reads 参选人数, 参选选民 and 参选率 as of voters', () => {
    const cast = (text: string) =>
      readAnnouncementText(text).figures.flatMap((figure) =>
        figure.kind === 'count' && figure.meaning === 'cast' ? [figure.value] : [],
      );
    expect(cast('本村登记选民2000人，参选人数1800人。')).toEqual([1800n]);
    expect(cast('本村登记选民2000人，参选选民1800人。')).toEqual([1800n]);
    // 参选率: those who voted of those registered.
    const rate = readAnnouncementText('本村登记选民2000人，参加投票的选民1800人，参选率为90%。').figures.find(
      (figure) => figure.kind === 'percent',
    );
    expect(rate).toMatchObject({ part: { meaning: 'cast' }, whole: { meaning: 'registered' } });
  });
});

describe('abstentions and invalid ballots counted together', () => {
  const RECALL =
    '4月12日，东林村就是否罢免村委会主任陈某举行投票。全村登记选民1860人，参加投票1302人，收回选票1302张，其中赞成罢免876票，反对罢免399票，弃权和无效票共27张。';

  it('reads 弃权和无效票共27张 as no count of invalid ballots, and lists it unread', () => {
    for (const words of ['弃权和无效票共27张', '无效票和弃权票27张', '弃权票、无效票共27张']) {
      const read = readAnnouncementText(RECALL.replace('弃权和无效票共27张', words));
      expect(
        read.figures.filter((figure) => figure.kind === 'count' && figure.meaning === 'invalid'),
      ).toEqual([]);
      expect(read.unread.map((figure) => [figure.text.includes('27'), figure.reason])).toEqual(
        expect.arrayContaining([[true, 'doubtful-label']]),
      );
    }
  });

  it('still reads invalid ballots alone (无效票27张)', () => {
    const read = readAnnouncementText(RECALL.replace('弃权和无效票共27张', '无效票27张'));
    expect(
      read.figures.filter((figure) => figure.kind === 'count' && figure.meaning === 'invalid'),
    ).toHaveLength(1);
  });
});
