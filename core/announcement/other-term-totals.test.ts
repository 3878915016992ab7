import { describe, expect, it } from 'vitest';
import { alarms, judged } from './corpus/read-shapes.js';

/** A group of another term (上届女性成员) is the total of the parts in its own sentence only. */
describe('a total of another term', () => {
  const NOTICE = (young = '17.0') =>
    '本届选出村委会成员112人，上届为118人。本届女性成员31人，占27.7%，上届女性成员24人，占20.3%，提高7.4个百分点。' +
    `本届35岁以下成员19人，占${young}%。`;

  it('gives back this term’s total to the parts of the next sentence', () => {
    expect(alarms(NOTICE())).toEqual([]);
    expect(judged(NOTICE())).toContainEqual(['share', '占17.0%', true]);
    expect(alarms(NOTICE('18.0'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH 18.0%/17.0%']);
  });

  it('keeps the parts of its own sentence', () => {
    const text = '上届村委会成员共118人，其中女性24人，占20.3%。';
    expect(judged(text)).toContainEqual(['share', '占20.3%', true]);
    expect(alarms(text.replace('20.3%', '21.3%'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH 21.3%/20.3%']);
  });
});
