import { expect, test } from 'vitest';
import { figureRuns } from './unbroken-figures';

test('a share cut short is one run the line may not break in; the runs join to the text unchanged', () => {
  const text =
    'of 2301 voters who cast a ballot it is 66.4928…%, of 2299 ballots returned it is 66.5506…%, and';
  const runs = figureRuns(text);
  expect(runs.filter((run) => run.whole).map((run) => run.text)).toEqual(['66.4928…%', '66.5506…%']);
  expect(runs.map((run) => run.text).join('')).toBe(text);
  // A share written in full breaks nowhere inside by itself: it is left as it is (the word closing the
  // line is held whole by itself, below).
  expect(figureRuns('公告写87.9%：正确')).toEqual([
    { text: '公告写87.9%：', whole: false },
    { text: '正确', whole: true },
  ]);
  expect(figureRuns('the notice states 87.9%: right')).toEqual([
    { text: 'the notice states 87.9%: right', whole: false },
  ]);
  expect(figureRuns('参加投票人数861占登记选民数980的87.8571…%')).toEqual([
    { text: '参加投票人数861占登记选民数980的', whole: false },
    { text: '87.8571…%', whole: true },
  ]);
});

test('the short word a Chinese line of work ends with after its colon (正确, 达到) is one run, never 正 / 确', () => {
  const right = '有效票1988加无效票27等于收回选票2015：正确';
  expect(figureRuns(right)).toEqual([
    { text: '有效票1988加无效票27等于收回选票2015：', whole: false },
    { text: '正确', whole: true },
  ]);
  expect(figureRuns('登记选民2368人中2015人参加投票，须超过登记选民数的半数：未达到。')).toEqual([
    { text: '登记选民2368人中2015人参加投票，须超过登记选民数的半数：', whole: false },
    { text: '未达到。', whole: true },
  ]);
  // With a cut-short share before it, both are kept whole and the runs still join to the text.
  const both = '参加投票人数2015占登记选民数2368的85.0929…%，公告写85.09%：正确';
  expect(
    figureRuns(both)
      .filter((run) => run.whole)
      .map((run) => run.text),
  ).toEqual(['85.0929…%', '正确']);
  expect(
    figureRuns(both)
      .map((run) => run.text)
      .join(''),
  ).toBe(both);
  // Only a short closing word: a clause after the colon, an English verdict or a colon mid-text is left.
  expect(figureRuns('公告写“当选”：但陈建华的票数没有超过半数')).toEqual([
    { text: '公告写“当选”：但陈建华的票数没有超过半数', whole: false },
  ]);
  expect(figureRuns('2,015 ballots returned, no more than the 2,015 issued: right')).toEqual([
    { text: '2,015 ballots returned, no more than the 2,015 issued: right', whole: false },
  ]);
  expect(figureRuns('主任：陈建华897票')).toEqual([{ text: '主任：陈建华897票', whole: false }]);
});
