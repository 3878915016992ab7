import { describe, expect, it } from 'vitest';
import type { Election } from '../model/election.js';
import type { AnnouncedFigure } from './announced-figures.js';
import { expectedRows } from './corpus/expected-rows.js';
import { normalizeText } from './normalize-text.js';
import { readAnnouncementText } from './read-announcement-text.js';

const rows = (text: string, election?: Election) => expectedRows(readAnnouncementText(text, election));

const election: Election = {
  name: '希望村',
  rules: 'cn-village',
  round: 'first',
  contests: [
    {
      id: 'chair',
      name: '主任',
      seats: 1,
      candidates: [
        { id: 'wang-lin', name: '王林' },
        { id: 'li-hua', name: '李华' },
      ],
    },
    { id: 'vice-chair', name: '副主任', seats: 1, candidates: [{ id: 'zhou-qing', name: '周青' }] },
    {
      id: 'member',
      name: '委员',
      seats: 3,
      candidates: [
        { id: 'chen-mei', name: '陈梅' },
        { id: 'wan-bin', name: '万斌刚' },
      ],
    },
  ],
};

describe('normalizeText', () => {
  it('keeps every offset: one unit in, one unit out', () => {
    const text = '選舉結果：登記選民１，８６０人，參選率７１．１％。';
    const folded = normalizeText(text);
    expect(folded).toBe('选举结果:登记选民1,860人,参选率71.1%。');
    expect(folded.length).toBe(text.length);
  });
  it('folds the last characters of its table to their pairs', () => {
    expect(normalizeText('鄭謝韓馮')).toBe('郑谢韩冯');
  });
});

describe('readAnnouncementText', () => {
  it('reads the contract example', () => {
    expect(rows('登记选民1860人，参加投票1322人，参选率71.1%……王林得票812票，当选为主任', election)).toEqual([
      ['count', 'registered', null, 1860, '登记选民1860人'],
      ['count', 'cast', null, 1322, '参加投票1322人'],
      ['percent', 'cast / registered', null, '71.1', '参选率71.1%'],
      ['votes', '王林', null, 812, '王林得票812票'],
      ['elected', 'elected', 'chair', ['王林'], '当选为主任'],
    ]);
  });

  it('reads 1.2万, 两百 and counts whose meaning follows them', () => {
    expect(rows('全乡登记选民1.2万人，共有两百人参加投票。')).toEqual([
      ['count', 'registered', null, 12000, '全乡登记选民1.2万人'],
      ['count', 'cast', null, 200, '两百人参加投票'],
    ]);
  });

  it('takes the contest from a role written before the name, and reads write-ins', () => {
    expect(rows('主任候选人王林获得812票，另选他人张三5票。', election)).toEqual([
      ['votes', '王林', 'chair', 812, '王林获得812票'],
      ['votes', '张三', null, 5, '张三5票'],
    ]);
  });

  it('reads a heading that maps to no election contest by its role word', () => {
    expect(rows('副主任：周青600票，弃权12票。')).toEqual([
      ['votes', '周青', '副主任', 600, '周青600票'],
      ['count', 'abstained', '副主任', 12, '弃权12票'],
    ]);
  });

  it('does not take a name that contains a numeral for a number', () => {
    expect(rows('委员：陈梅900票，万斌刚261票。', election)).toEqual([
      ['votes', '陈梅', 'member', 900, '陈梅900票'],
      ['votes', '万斌刚', 'member', 261, '万斌刚261票'],
    ]);
  });

  it('does not read 未当选 as elected', () => {
    const figures = readAnnouncementText('李华未当选。王林当选为主任。', election).figures;
    expect(figures.filter((figure: AnnouncedFigure) => figure.kind === 'elected')).toHaveLength(1);
    expect(rows('李华未当选。王林当选为主任。', election)).toEqual([
      ['elected', 'elected', 'chair', ['王林'], '王林当选为主任'],
    ]);
  });

  it('lists numbers it cannot give a meaning to, with their clause, and guesses none', () => {
    const read = readAnnouncementText('本次选举共设3个投票站，联系电话12345。');
    expect(read.figures).toEqual([]);
    expect(read.unread.map((unread) => [unread.text, unread.context])).toEqual([
      ['3', '本次选举共设3个投票站'],
      ['12345', '联系电话12345'],
    ]);
  });

  it('reads a share of the ballots cast after 占', () => {
    expect(rows('有效票1306张，占收回选票的98.8%。')).toEqual([
      ['count', 'valid', null, 1306, '有效票1306张'],
      ['percent', 'valid / returned', null, '98.8', '占收回选票的98.8%'],
    ]);
  });

  it('reads English in both orders of number and meaning', () => {
    expect(
      rows('Of the 1,322 ballots returned, 1,306 were valid and 16 invalid. Wang Lin received 812 votes.'),
    ).toEqual([
      ['count', 'returned', null, 1322, '1,322 ballots returned'],
      ['count', 'valid', null, 1306, '1,306 were valid'],
      ['count', 'invalid', null, 16, '16 invalid'],
      ['votes', 'Wang Lin', null, 812, 'Wang Lin received 812 votes'],
    ]);
  });

  it('reads numbers without a unit under a heading, and names with the dot of minority names', () => {
    expect(rows('主任：王林 812，欧阳·娜 497。')).toEqual([
      ['votes', '王林', '主任', 812, '王林 812'],
      ['votes', '欧阳·娜', '主任', 497, '欧阳·娜 497'],
    ]);
  });

  it('leaves a share unread when the text does not say of what', () => {
    const read = readAnnouncementText('王林812票（62.1%），当选票数过半。');
    expect(expectedRows(read)).toEqual([['votes', '王林', null, 812, '王林812票']]);
    expect(read.unread.map((unread) => unread.text)).toEqual(['62.1%']);
  });
});
