import { describe, expect, it } from 'vitest';
import { findings, judged, rows, unread } from './corpus/read-shapes.js';

/** Invented notices: a candidate's votes beside the post, in a bracket or a clause of their own. */

const votes = (text: string) => rows(text).filter(([kind]) => kind === 'votes');

describe('votes and their share in a bracket after the name', () => {
  const text = '本次选举收回选票1950张，有效票1950张。郑晓燕（1164票，59.7%）当选主任。';

  it('quotes the whole bracket, share included', () => {
    expect(votes(text)).toEqual([['votes', '郑晓燕', null, 1164, '郑晓燕（1164票，59.7%）']]);
  });

  it('still compares the votes with the valid ballots and judges the share', () => {
    const rules = judged(text).map(([rule, words, right]) => [rule, words, right]);
    expect(rules.some(([, words, right]) => words === '郑晓燕（1164票，59.7%）' && right === true)).toBe(
      true,
    );
    expect(rules.some(([, words, right]) => words === '59.7%' && right === true)).toBe(true);
  });

  it('finds a wrong share of the ballots the notice states', () => {
    expect(findings('本次选举收回选票1950张，有效票1950张。郑晓燕（1164票，61.3%）当选主任。')).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '61.3%'],
    ]);
  });

  it('leaves the share unjudged when the ballots it is of are not clear', () => {
    const twoBases = '本次选举收回选票1950张，有效票1900张。郑晓燕（1164票，61.3%）当选主任。';
    expect(findings(twoBases)).toEqual([]);
    expect(judged(twoBases).some(([, words]) => words === '61.3%')).toBe(false);
  });

  it('keeps the quote at the count when the bracket holds more than the share', () => {
    expect(votes('郑晓燕（1164票，当选）。')[0]?.[4]).toBe('郑晓燕（1164票');
  });
});

describe('votes after the name elected to a post', () => {
  it('reads 选举甲为主任（1164票） as the votes of 甲 for that post', () => {
    const text =
      '本次选举收回选票1950张，有效票1950张。选举郑晓燕为主任（1164票，59.7%），李明为副主任（1000票，51.3%）。';
    expect(votes(text).map(([, name, , value, quote]) => [name, value, quote])).toEqual([
      ['郑晓燕', 1164, '郑晓燕为主任（1164票，59.7%）'],
      ['李明', 1000, '李明为副主任（1000票，51.3%）'],
    ]);
    expect(unread(text)).toEqual([]);
  });

  it('reads 甲当选为主任，得票1164票 as the votes of 甲', () => {
    const text = '本次选举收回选票1950张，有效票1950张。郑晓燕当选为主任，得票1164票。';
    expect(votes(text).map(([, name, , value]) => [name, value])).toEqual([['郑晓燕', 1164]]);
    expect(judged(text).some(([, words, right]) => words === '郑晓燕当选为主任，得票1164票' && right)).toBe(
      true,
    );
  });

  it('reads no votes when the word before 为 is no name', () => {
    const text = '有效票1950张。选举结果为主任（1164票）。';
    expect(votes(text)).toEqual([]);
  });
});

describe('English shares written with pc after a space', () => {
  it('reads 61.0 pc as a per cent and judges it', () => {
    const text =
      'Village election notice\n1,950 ballots were cast.\nZheng won 1,164 votes, 59.7 pc of the vote.';
    expect(judged(text).some(([, words, right]) => words === '59.7 pc' && right === true)).toBe(true);
    expect(findings(text.replace('59.7 pc', '61.0 pc'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '61.0 pc']]);
  });

  it('does not read pc two spaces or a line away', () => {
    expect(unread('Zheng won 1,164 votes, 59.7  pc of the vote.').map(([number]) => number)).toContain(
      '59.7',
    );
  });
});
