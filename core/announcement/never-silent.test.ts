import { describe, expect, it } from 'vitest';
import { alarms, unread } from './corpus/read-shapes.js';

// Every figure a text states is judged or listed unread with a reason: these shapes were read as
// neither, so a reader of the report could not tell that they had been seen.
describe('figures once passed over in silence', () => {
  it('lists a person’s age before the noun that names them (的26岁青年) as an age', () => {
    const text = '从城里回来的26岁青年王明以612票当选村委会主任。';
    expect(unread(text)).toContainEqual(['26', 'age']);
  });
  it('lists an age with decimals and a change of years (预期寿命为77.25岁，延长了1.5岁)', () => {
    const text = '全县女性预期寿命为77.25岁，比五年前延长了1.5岁。';
    expect(unread(text)).toEqual([
      ['77.25', 'age'],
      ['1.5', 'change'],
    ]);
  });
  it('lists a span of years (已经6年) with no meaning, and reads the count beside it', () => {
    const text = '他来本村创业已经6年，这次以802票当选。';
    expect(unread(text)).toContainEqual(['6', 'no-meaning']);
  });
  it('lists both terms of a rate per ten thousand (18.5/10万) as an expression', () => {
    expect(unread('农村孕产妇死亡率为18.5/10万。')).toEqual([
      ['18.5', 'in-expression'],
      ['10万', 'in-expression'],
    ]);
  });
  it('lists English stated ages and a bound of officials (41.6 years old; about 9 years; over 100 officials)', () => {
    const text =
      'The average age of the new committee is 41.6 years old, 8 years younger than before, the chair about 39 years old. Over 100 township officials watched.';
    expect(unread(text)).toEqual([
      ['41.6', 'age'],
      ['8', 'change'],
      ['39', 'approximate'],
      ['100', 'approximate'],
    ]);
  });
  it('raises nothing on a right notice with such figures beside its counts', () => {
    const text =
      '本村登记选民1200人，参加投票1100人，参选率91.7%。从城里回来的26岁青年王明已经6年在村工作，以612票当选村委会主任。';
    expect(alarms(text, true)).toEqual([]);
  });
});
