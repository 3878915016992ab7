import { describe, expect, it } from 'vitest';
import { alarmsOf } from './corpus-written/written-sets.js';
import { readAnnouncementText } from './read-announcement-text.js';

/**
 * Candidates' names and their votes (docs/announcement.md, “Candidates' votes and winners”): a tie's one
 * count said of each name (`张明、李华得票相等，均为600票`), a name ending in 新 before 当选为, and the votes in a
 * bracket after the post, the sex and the age. Names and numbers are invented: 1,230 voted, so a seat needs
 * 616; 1,223 ballots are valid.
 */
const NOTICE = (body: string) =>
  [
    '东塘村第十二届村民委员会选举结果公告',
    '东塘村登记选民1,468人，参加投票选民1,230人。共发出选票1,230张，收回1,230张，有效票1,223张，无效票7张。',
    body,
  ].join('\n');

const votes = (text: string) =>
  readAnnouncementText(text).figures.flatMap((figure) =>
    figure.kind === 'votes' ? [[figure.candidate, Number(figure.value)]] : [],
  );

const alarms = (text: string) =>
  alarmsOf('notice.txt', new TextEncoder().encode(text), 'cn-village').map((finding) => [
    finding.code,
    finding.candidate,
  ]);

const CHAIR = '主任候选人王林得票1,004票，当选为村民委员会主任。';

describe('a tie whose one count is said of each name', () => {
  it.each([
    ['委员候选人张明、李华得票相等，均为600票，经抽签，张明当选为委员。'],
    ['张明、李华均为600票，经抽签，张明当选为委员。'],
    ['委员候选人张明（男）、李华两人得票相等（均为600票），以抽签方式确定，张明当选为委员。'],
  ])('reads the count as each name’s votes and judges the winner by lot: %s', (tie) => {
    const text = NOTICE(CHAIR + tie);
    expect(votes(text)).toEqual([
      ['王林', 1004],
      ['张明', 600],
      ['李华', 600],
    ]);
    expect(alarms(text)).toEqual([['ANNOUNCED_WINNER_MISMATCH', '张明']]);
  });

  it('raises no undecided tie where the notice says how it was decided', () => {
    expect(
      alarms(NOTICE(`${CHAIR}委员候选人张明、李华得票相等，均为700票，经抽签，张明当选为委员。`)),
    ).toEqual([]);
  });

  it('still raises the tie where the notice does not say how it was decided', () => {
    expect(alarms(NOTICE(`${CHAIR}委员候选人张明、李华得票相等，均为700票。张明当选为委员。`))).toEqual([
      ['TIE', '张明'],
    ]);
  });

  it('declares no one of a tie left to another ballot', () => {
    expect(
      alarms(NOTICE(`${CHAIR}委员候选人张明、李华得票相等，均为400票，均未当选，该名额另行选举。`)),
    ).toEqual([]);
  });

  it('leaves the count unread when the words before it are no names', () => {
    const text = NOTICE(`${CHAIR}其余候选人得票均为400票。`);
    expect(votes(text)).toEqual([['王林', 1004]]);
  });
});

describe('a name ending in 新 before 当选为', () => {
  it('keeps its 新 and is judged by its votes', () => {
    const text = NOTICE('经选举，陈立新当选为村民委员会主任。陈立新得票600票。');
    expect(alarms(text)).toEqual([['ANNOUNCED_WINNER_MISMATCH', '陈立新']]);
  });

  it('declares no one by 新当选的, 新当选2名 or 重新当选 after no name', () => {
    for (const words of [
      '本届新当选的村民委员会成员2名。',
      '其中新当选2名。',
      '本届重新当选为村民委员会委员的有2人。',
    ])
      expect(
        readAnnouncementText(NOTICE(words)).figures.filter((figure) => figure.kind === 'elected'),
      ).toEqual([]);
  });
});

describe('votes in a bracket after the post, the sex and the age', () => {
  it('holds them to the valid ballots', () => {
    const text = NOTICE(
      '王林（主任，男，48岁，得票1,304票）、李红（副主任，女，42岁，得票850票）当选为第十二届村民委员会成员。',
    );
    expect(alarms(text)).toEqual([['ANNOUNCED_SUM_MISMATCH', '王林']]);
  });
});
