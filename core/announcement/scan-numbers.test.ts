import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize-text.js';
import { scanNumbers, scanNumbersUpTo } from './scan-numbers.js';

const scan = (text: string) =>
  scanNumbers(normalizeText(text)).map((token) => ({
    text: text.slice(token.span[0], token.span[1]),
    value: token.value.digits,
    decimals: token.value.decimals,
    percent: token.percent,
    unit: token.unit,
  }));

describe('scanNumbers', () => {
  it('finds half-width, full-width and separated numbers with their units', () => {
    expect(scan('登记选民1,860人，参加投票１，３２２人')).toEqual([
      { text: '1,860', value: 1860n, decimals: 0, percent: false, unit: '人' },
      { text: '１，３２２', value: 1322n, decimals: 0, percent: false, unit: '人' },
    ]);
  });
  it('finds percentages in all their spellings', () => {
    expect(
      scan('参选率71.1%，又称７１．１％，即百分之七十一点一').map((t) => [
        t.text,
        t.value,
        t.decimals,
        t.percent,
      ]),
    ).toEqual([
      ['71.1%', 711n, 1, true],
      ['７１．１％', 711n, 1, true],
      ['百分之七十一点一', 711n, 1, true],
    ]);
  });
  it('reads Chinese numerals only before a unit', () => {
    expect(scan('统一组织，万斌刚二百六十一票，两百人，1.2万人').map((t) => [t.text, t.value])).toEqual([
      ['二百六十一', 261n],
      ['两百', 200n],
      ['1.2万', 12000n],
    ]);
  });
  it('leaves out dates, ordinals, ages and identifiers', () => {
    expect(scan('第十二届，2024年3月15日，2024-03-15，35岁以下的成员18人，c001')).toEqual([
      { text: '18', value: 18n, decimals: 0, percent: false, unit: '人' },
    ]);
  });
  it('does not join a list of numbers into one', () => {
    expect(scan('812,497,3').map((t) => t.value)).toEqual([812n, 497n, 3n]);
  });
  it('reads English units', () => {
    expect(scan('856 votes and 1,860 registered voters').map((t) => t.unit)).toEqual(['votes', null]);
  });
  it('keeps counts of meetings and spans of days, which are stated figures', () => {
    expect(scan('召开座谈会4次，历时32天，下午4点30分').map((t) => [t.text, t.unit])).toEqual([
      ['4', '次'],
      ['32', '天'],
    ]);
  });
  it('takes no unit or age bound from the next line', () => {
    const tokens = scanNumbers(normalizeText('比重 % 16.9 22.1\n年末人数 7\n平均年龄44.96岁\n35岁以下'));
    expect(tokens.map((t) => [t.value.digits, t.unit, t.age ?? null])).toEqual([
      [169n, null, null],
      [221n, null, null],
      [7n, null, null],
      [4496n, '岁', 'age'],
    ]);
  });
  it('marks a person’s age (男，47岁; （女，39岁）; 47岁的李春生; 今年38岁) as a stated age', () => {
    const tokens = scanNumbers(
      normalizeText(
        '张三，男，47岁，得票1320票；李四（女，39岁）得票1105票。47岁的李春生说，今年38岁的刘晓光，现年52岁',
      ),
    );
    expect(tokens.map((t) => [t.value.digits, t.age ?? null])).toEqual([
      [47n, 'age'],
      [1320n, null],
      [39n, 'age'],
      [1105n, null],
      [47n, 'age'],
      [38n, 'age'],
      [52n, 'age'],
    ]);
  });
  it('keeps a label’s age bound out (35岁以下的委员, 36至50岁)', () => {
    const tokens = scanNumbers(normalizeText('35岁以下的委员12名，36至50岁的20名'));
    expect(tokens.map((t) => [t.value.digits, t.age ?? null])).toEqual([
      [12n, null],
      [20n, null],
    ]);
  });
  it('marks an age after 只有 or 仅 as a stated age', () => {
    const tokens = scanNumbers(normalizeText('年龄最小的书记只有29岁，仅31岁'));
    expect(tokens.map((t) => [t.value.digits, t.age ?? null])).toEqual([
      [29n, 'age'],
      [31n, 'age'],
    ]);
  });
});

describe('scanNumbersUpTo', () => {
  it('keeps the first numbers, counts the rest and says where the first one left out starts', () => {
    const text = normalizeText('第1届，1人、2人，2021年，3人、4人、百分之五、6票');
    const { tokens, more, cut } = scanNumbersUpTo(text, 2);
    expect(tokens.map((token) => text.slice(token.span[0], token.span[1]))).toEqual(['1', '2']);
    // Dates and ordinals are no numbers here either: 3人, 4人, 百分之五 and 6票 are the rest.
    expect(more).toBe(4);
    expect(text.slice(cut, cut + 2)).toBe('3人');
  });
  it('counts nothing more, and cuts nowhere, when the text holds no more than the bound', () => {
    const text = '1人、2人';
    expect(scanNumbersUpTo(text, 2)).toMatchObject({ more: 0, cut: text.length });
    expect(scanNumbersUpTo(text, 2).tokens).toEqual(scanNumbers(text));
  });
});

describe('ranges, fractions and calculations', () => {
  const marked = (text: string) =>
    scanNumbers(normalizeText(text)).map((token) => [
      text.slice(token.span[0], token.span[1]),
      token.inExpression === true ? 'in-expression' : token.approximate === true ? 'approximate' : 'figure',
    ]);

  it('marks both ends of a range, both terms of a fraction and every term of a calculation', () => {
    expect(marked('可选派代表1-2人')).toEqual([
      ['1', 'in-expression'],
      ['2', 'in-expression'],
    ]);
    expect(marked('占了总人口的1/10。')).toEqual([
      ['1', 'in-expression'],
      ['10', 'in-expression'],
    ]);
    expect(marked('交叉率为3÷(5+7-3)×100%=33.3%。').map(([, how]) => how)).toEqual(
      Array(6).fill('in-expression'),
    );
  });

  it('leaves dates, times, years, identifiers and ranges of months or ages out, as before', () => {
    expect(marked('2025-07-01 03:55:50发布')).toEqual([]);
    expect(marked('2018-2021年任期，5-6月选举，18-35岁的青年，电话0371-1234')).toEqual([]);
    expect(marked('网址html/2021-12-13/155_16634.html')).toEqual([]);
  });

  it('keeps a count beside a range or a sum sign in words a figure (near misses)', () => {
    expect(marked('党支部5人、村委会7人，其中3人交叉任职')).toEqual([
      ['5', 'figure'],
      ['7', 'figure'],
      ['3', 'figure'],
    ]);
    expect(marked('第1-2号选区，选民1200人')).toEqual([['1200', 'figure']]);
  });

  it('reads over 400 signatures as a bound of a count, under 35 as an age of a label', () => {
    expect(marked('collected over 400 signatures out of 1,400 eligible voters')).toEqual([
      ['400', 'approximate'],
      ['1,400', 'figure'],
    ]);
    expect(marked('over 60 signatures')).toEqual([['60', 'approximate']]);
    // Thousands parted by a space: the bound is of the whole number, not an age of a label.
    expect(marked('have over 200 000 registered electors')).toEqual([['200 000', 'approximate']]);
    expect(marked('members under 35 and over 60 years')).toEqual([]);
  });
});

describe('stated ages, spans of years and rates per ten thousand (never silent)', () => {
  const how = (text: string) =>
    scanNumbers(normalizeText(text)).map((token) => [
      text.slice(token.span[0], token.span[1]),
      token.age ??
        (token.inExpression === true
          ? 'in-expression'
          : token.approximate === true
            ? 'approximate'
            : (token.unit ?? 'figure')),
    ]);

  it('marks an age before the noun of the person it describes (的26岁青年) as a stated age', () => {
    expect(how('从镇上回来的26岁青年王明当选，这位31岁村医也当选')).toEqual([
      ['26', 'age'],
      ['31', 'age'],
    ]);
  });
  it('marks an age written with decimals (预期寿命为77.25岁) as a stated age, and 延长了1.5岁 as a change', () => {
    expect(how('人均预期寿命为77.25岁，比五年前延长了1.5岁，缩短了2岁')).toEqual([
      ['77.25', 'age'],
      ['1.5', 'change'],
      ['2', 'change'],
    ]);
  });
  it('keeps a span of years (已经6年, 工作了12年) as a stated figure, never a year', () => {
    expect(how('他在村里已经6年，先后工作了12年，2019年当选')).toEqual([
      ['6', '年'],
      ['12', '年'],
    ]);
  });
  it('still leaves label bounds and legal ages out (年满18周岁, 35岁以下, 任期5年)', () => {
    expect(how('年满18周岁，35岁以下的委员3人，每届任期5年，第3年')).toEqual([['3', '人']]);
  });
  it('marks both terms of a rate per ten thousand (18.5/10万) unread as an expression', () => {
    expect(how('死亡率为18.5/10万，低于城市的14.1/10万')).toEqual([
      ['18.5', 'in-expression'],
      ['10万', 'in-expression'],
      ['14.1', 'in-expression'],
      ['10万', 'in-expression'],
    ]);
  });
  it('marks an English stated age (is about 41.6 years old, 8 years younger) and keeps label bounds out', () => {
    expect(how('the average age is about 41.6 years old, some 8 years younger than before')).toEqual([
      ['41.6', 'age'],
      ['8', 'change'],
    ]);
    expect(
      how('members under 35 years old, aged 55 and over, 30 years old or younger, a 5-year term'),
    ).toEqual([]);
    // A person's age, hyphened, is a stated age.
    expect(how('a 67-year-old farmer')).toEqual([['67', 'age']]);
  });
  it('reads over 100 township officials as a bound of a count, not an age', () => {
    expect(how('when over 100 township officials arrived')).toEqual([['100', 'approximate']]);
    expect(how('members over 60 years of age')).toEqual([]);
  });
});
