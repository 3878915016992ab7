import { describe, expect, it } from 'vitest';
import type { CountFigure } from './announced-figures.js';
import { alarms } from './corpus/read-shapes.js';
import { readAnnouncementText } from './read-announcement-text.js';

const RESULTS =
  '主任候选人温建华得票528票，当选为村民委员会主任；委员候选人曾丽娟（女）得票501票，当选为委员。';

describe('ballots handed out again for spoiled ones (补发, 换发)', () => {
  it('does not flag more ballots issued than registered when the notice states replacements', () => {
    const text = `全村登记选民642人，参加投票的选民640人，共发出选票644张，其中因选民填写错误补发选票4张，作废选票4张已收回封存。收回选票640张，其中有效票636张，无效票4张。\n${RESULTS}`;
    expect(alarms(text)).toEqual([]);
  });

  it('still flags it when no replacement is stated', () => {
    const text = `全村登记选民642人，参加投票的选民640人，共发出选票644张。收回选票640张，其中有效票636张，无效票4张。\n${RESULTS}`;
    expect(alarms(text)).toEqual(['ANNOUNCED_SUM_MISMATCH 644/642']);
  });
});

describe('a sentence referring back to a part (该组) on a new line', () => {
  const text = [
    '白沙村第十三届村民委员会选举结果公告',
    '2026年4月5日，白沙村召开选举大会。第二村民小组在本组活动室设投票站。',
    '该组登记选民326人，参加投票301人。',
    '全村登记选民1,502人，参加投票的选民1,288人，发出选票1,288张，收回选票1,285张，其中有效票1,270张，无效票15张。',
    RESULTS,
  ].join('\n');

  it('keeps the part’s voters with the part', () => {
    const cast = readAnnouncementText(text)
      .figures.filter((figure): figure is CountFigure => figure.kind === 'count' && figure.meaning === 'cast')
      .map((figure) => [Number(figure.value), figure.scope ?? null]);
    expect(cast).toEqual([
      [301, '第二村民小组'],
      [1288, null],
    ]);
    expect(alarms(text)).toEqual([]);
  });
});
