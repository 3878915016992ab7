import { describe, expect, it } from 'vitest';
import { findings, unread } from './corpus/read-shapes.js';

/**
 * The last term's own figures beside a change (`比上届（2021年）的1,802人增加113人`, `比上届提高2.35个百分点（上届
 * 84.93%）`) are listed as the last term's, not as changes; a bracketed percentage restating a fraction in
 * words (`占三分之一（33.33%）`) is listed as that restatement where it matches as rounded. Every number and
 * name is invented.
 */

const BALLOTS = '发出选票1,602张，收回选票1,600张，其中有效票1,589张，无效票11张。';

describe('the last term’s figures beside a change', () => {
  it('lists the last term’s count after 上届 as the last term’s, and the change as a change', () => {
    for (const said of [
      '比上届（2021年）的1,802人增加113人',
      '比上届的1,802人增加113人',
      '较上一届的1,802人增加113人',
    ]) {
      const text = `本村本届登记选民1,915人，${said}。参加投票1,602人，参选率83.66%。${BALLOTS}`;
      expect(unread(text)).toEqual([
        ['1,802', 'last-term-aside'],
        ['113', 'change'],
      ]);
      expect(findings(text)).toEqual([]);
    }
  });

  it('lists the last term’s share in a bracket after a change in points as the last term’s', () => {
    const text = `本村登记选民1,915人，参加投票1,602人，参选率83.66%，比上届提高2.35个百分点（上届81.31%）。${BALLOTS}`;
    expect(unread(text)).toEqual([
      ['2.35', 'change'],
      ['81.31%', 'last-term-aside'],
    ]);
    expect(findings(text)).toEqual([]);
  });

  it('still lists an increase with no last term’s figure as a change', () => {
    const text = `本村登记选民1,915人，比上届增加113人。参加投票1,602人，参选率83.66%。${BALLOTS}`;
    expect(unread(text)).toEqual([['113', 'change']]);
  });
});

describe('a bracketed percentage restating a fraction in words', () => {
  const NOTICE = (share: string) => `本村共推选产生村民代表27名，其中女性代表9名，占${share}。`;

  it('lists a matching restatement as such', () => {
    for (const share of ['三分之一（33.33%）', '三分之一（33.3%）', '三分之一(33%)']) {
      expect(unread(NOTICE(share))).toContainEqual([
        share.slice(share.search(/[（(]/) + 1, -1),
        'restated-fraction',
      ]);
      expect(findings(NOTICE(share))).toEqual([]);
    }
    expect(unread('其中女性成员2名，占五分之二（40%）。')).toContainEqual(['40%', 'restated-fraction']);
  });

  it('does not call a percentage that does not match the fraction its restatement', () => {
    // 1/3 is 33.33% rounded, not 33.34% (nor 30%).
    for (const share of ['三分之一（33.34%）', '三分之一（30%）']) {
      const [, percent] = /[（(]([^（）()]*)[）)]/.exec(share) ?? [];
      expect(unread(NOTICE(share))).not.toContainEqual([percent, 'restated-fraction']);
      expect(findings(NOTICE(share))).toEqual([]);
    }
  });
});
