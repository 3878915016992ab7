import { describe, expect, it } from 'vitest';
import { findings, rows, unread } from './corpus/read-shapes.js';
import { normalizeText } from './normalize-text.js';
import { scanNumbers } from './scan-numbers.js';

/**
 * The same notice as other copies write it — spaces a web page puts around numbers, line breaks where a
 * copy wraps, unrelated sentences with dates and times between the figures — reads the same. Each
 * class here was found by the metamorphic test (corpus-real/metamorphic.test.ts); every number and
 * name is invented.
 */

const numbers = (text: string) => scanNumbers(normalizeText(text)).map((token) => text.slice(...token.span));

describe('spaces a copy puts inside a figure', () => {
  it('keeps 多 and 余 with their number across a space: 2750 多万 is approximate', () => {
    expect(unread('全省登记选民有 2750 多万名。')).toEqual([['2750 多万', 'approximate']]);
    expect(unread('共选出委员 300 余名。')).toEqual([['300 余', 'approximate']]);
    expect(unread('参加投票的选民近 3万人。')).toEqual([['3万', 'approximate']]);
  });

  it('reads a base named after 占 with a space before the share', () => {
    const text =
      '新一届村委会干部共100名，其中妇女干部12名，少数民族干部3名，分别占村委会干部总数的 12%和 3%。';
    expect(findings(text)).toEqual([]);
    const wrong =
      '新一届村委会干部共100名，其中妇女干部12名，少数民族干部3名，分别占村委会干部总数的 15%和 3%。';
    expect(findings(wrong)).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '分别占村委会干部总数的 15%']]);
  });

  it('reads a copy’s 。 for a decimal point with a space before %', () => {
    expect(numbers('参选率达90。5 %。')).toEqual(['90。5 %']);
  });
});

describe('a share of a count left unread is not judged against an earlier count', () => {
  it('does not take the registered voters for the part of 占登记选民的', () => {
    const text = '全省登记选民2750万名，有2600多万名选民参加投票，占登记选民的94.5%。';
    expect(findings(text)).toEqual([]);
    expect(unread(text)).toContainEqual(['94.5%', 'no-meaning']);
  });

  it('does not take a count that has no meaning for the part either', () => {
    const text = '登记选民5000人，有4100名党员到会，占登记选民的82%。';
    expect(findings(text)).toEqual([]);
  });

  it('keeps the figure before a change as the part of the share after it', () => {
    const text = '共选出村委会成员60名，其中女性成员15名，比上届增加3名，占25%。';
    expect(rows(text)).toContainEqual(['percent', 'group 女性成员 / group 村委会成员', null, '25', '占25%']);
  });
});

describe('sentences with dates and times between the figures', () => {
  const summary = (between: string) =>
    [
      '一、基本情况',
      '新一届村委会成员64名，其中主任16名，副主任6名，委员42名。',
      between,
      '连任的39名，占60.9%；新当选的25名，占40.1%。',
    ].join('\n');

  it('a line that only gives a time is no heading: the parts after it are still of the total', () => {
    expect(findings(summary('投票时间为上午9时至下午3点半。'))).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '占40.1%'],
    ]);
  });

  it('a heading still starts the totals afresh, at a line’s start or after a sentence', () => {
    expect(findings(summary('二、基本做法'))).toEqual([]);
    expect(findings(summary('选举于3月5日举行。（二）主要做法'))).toEqual([]);
  });

  it('reads no figure from an English date', () => {
    expect(numbers('Voting ran from 9 am to 3 pm on 5 March 2026, and on March 6, 2026.')).toEqual([]);
    expect(numbers('Of 2,026 registered voters, 1,800 voted on 5 March.')).toEqual(['2,026', '1,800']);
  });

  it('a date in an English sentence pasted into Chinese prose is no count of voters', () => {
    const text =
      'Voting ran from 9 am to 3 pm on 5 March 2026.本村登记选民980人，参加投票742人，参选率75.7%。';
    expect(findings(text)).toEqual([]);
  });
});

describe('a line break after a clause mark', () => {
  it('goes on with the sentence: 其中 on the next line still opens parts of the total', () => {
    const text = '全镇共选出村委会成员98名，\n其中女性成员25名，\n占25.5%。';
    expect(findings(text)).toEqual([]);
    expect(rows(text)).toContainEqual([
      'percent',
      'group 女性成员 / group 村委会成员',
      null,
      '25.5',
      '占25.5%',
    ]);
  });

  it('still ends a heading or a line closed by nothing', () => {
    expect(unread('主任\n812')).toEqual([['812', 'no-meaning']]);
  });
});

describe('其中 written another way', () => {
  it('opening a sentence, it points back at the group read last, as inside a sentence', () => {
    const text =
      '全省有449名大学生村官当选村委会主任。全省有35707名妇女进入村“两委”班子，比上届增加1605名。其中1479人当选村党组织书记。';
    expect(findings(text)).toEqual([]);
    const nested = '新一届党组织班子成员52名，其中女性9名。其中担任书记的2名，占22.2%。';
    expect(findings(nested)).toEqual([]);
    expect(unread(nested)).toContainEqual(['22.2%', 'ambiguous-base']);
  });

  it('with a comma inside a bracket, the share after the bracket is still of the count before it', () => {
    const text = '选出“两委”成员62人，高中以上学历的51人（其中，全日制大专以上5人），占比82.3%。';
    expect(findings(text)).toEqual([]);
    expect(rows(text)).toContainEqual([
      'percent',
      'group 高中以上学历 / group “两委”成员',
      null,
      '82.3',
      '占比82.3%',
    ]);
  });
});

describe('a point after a number and before a word', () => {
  it('ends the sentence: the number takes no meaning from the next one', () => {
    const text =
      'The meeting opened in Building 3.Thousands of people voted, a turnout of 81.45 percent. The village has 8,363 registered voters.';
    expect(rows(text).filter(([kind]) => kind === 'count')).toEqual([
      ['count', 'registered', null, 8363, '8,363 registered voters'],
    ]);
    expect(findings(text)).toEqual([]);
  });
});

describe('bullets and list numbers at the start of lines', () => {
  it('reads no count from a list’s number, and no bullet into a label', () => {
    const text = [
      '石桥村村民委员会选举结果公告',
      '1. 本村登记选民980人，参加投票742人，参选率75.7%。',
      '2、发出选票742张，收回选票742张。',
      '（3）新一届村委会成员5名。',
      '● 村委会成员中，男性3名，女性2名，占40%。',
    ].join('\n');
    expect(
      rows(text)
        .filter(([kind]) => kind === 'count')
        .map(([, meaning, , value]) => [meaning, value]),
    ).toEqual([
      ['registered', 980],
      ['cast', 742],
      ['issued', 742],
      ['returned', 742],
    ]);
    expect(findings(text)).toEqual([]);
    expect(unread(text)).toEqual([]);
    const wrong = text.replace('女性2名，占40%', '女性3名，占40%');
    expect(findings(wrong)).toContainEqual([
      'ANNOUNCED_SUM_MISMATCH',
      expect.stringContaining('新一届村委会成员5名'),
    ]);
  });

  it('still reads a count at the start of a line that no list mark follows', () => {
    expect(rows('1322人参加投票。')).toEqual([['count', 'cast', null, 1322, '1322人参加投票']]);
  });
});
