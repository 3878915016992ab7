import { describe, expect, it } from 'vitest';
import { findings, unread } from './corpus/read-shapes.js';

/**
 * A share or count given as a bound (参选率在80%以上, turnout was above 80 percent, more than 6,000
 * villagers) is no exact figure: it is listed unread as approximate, never judged as if exact. Every
 * number here is invented.
 */

describe('bounds after a share', () => {
  it.each(['以上', '以下', '左右', '上下'])('lists 参选率在80%%%s as approximate', (bound) => {
    const text = `本村登记选民1000人，参加投票820人，参选率在80%${bound}。`;
    expect(findings(text)).toEqual([]);
    expect(unread(text)).toContainEqual(['80%', 'approximate']);
  });

  it('still judges the exact share beside it, and flags it when wrong', () => {
    const text = '全镇各村参选率均在90%以上，其中白沙村登记选民1000人，参加投票920人，参选率93%。';
    expect(findings(text)).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '参选率93%']]);
  });
});

describe('bounds before a number, in English', () => {
  it.each(['above', 'over', 'more than', 'at least', 'nearly', 'about'])(
    'lists "turnout was %s 80 percent" as approximate',
    (bound) => {
      const text = `Registered voters: 7,923. Ballots cast: 6,475. Turnout was ${bound} 80 percent.`;
      expect(findings(text)).toEqual([]);
      expect(unread(text)).toContainEqual(['80 percent', 'approximate']);
    },
  );

  it('lists "turnout reported to exceed 80%" as approximate', () => {
    const text = 'Registered voters: 7,923. Ballots cast: 6,475. Turnout reported to exceed 80%.';
    expect(findings(text)).toEqual([]);
    expect(unread(text)).toContainEqual(['80%', 'approximate']);
  });

  it('still flags an exact turnout that is wrong', () => {
    const text = 'Registered voters: 7,923. Ballots cast: 6,475. Turnout was 80 percent.';
    expect(findings(text).map(([code]) => code)).toEqual(['ANNOUNCED_PERCENT_MISMATCH']);
  });
});

describe('a ratio', () => {
  it('lists the terms of 男女比例为1:5 unread as an expression, and a time of day stays no figure', () => {
    const text = '社区党委书记男女比例为1:5。投票时间9:30开始。';
    expect(unread(text)).toEqual([
      ['1', 'in-expression'],
      ['5', 'in-expression'],
    ]);
  });
});

describe('a change in English', () => {
  it.each(['grew', 'rose by', 'increased', 'fell', 'was up'])(
    'lists "income %s 12%%" as a change',
    (verb) => {
      const text = `Registered voters: 7,923. Ballots cast: 6,475. Local income ${verb} 12%.`;
      expect(findings(text)).toEqual([]);
      expect(unread(text)).toContainEqual(['12%', 'change']);
    },
  );

  it('still reads "women made up 12%" as a share', () => {
    const text = 'The committee has 25 members; 3 women made up 12% of the members.';
    expect(unread(text)).not.toContainEqual(['12%', 'change']);
  });
});
