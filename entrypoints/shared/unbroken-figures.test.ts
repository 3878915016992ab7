import { expect, test } from 'vitest';
import { figureRuns } from './unbroken-figures';

test('a share cut short is one run the line may not break in; the runs join to the text unchanged', () => {
  const text =
    'of 2301 voters who cast a ballot it is 66.4928…%, of 2299 ballots returned it is 66.5506…%, and';
  const runs = figureRuns(text);
  expect(runs.filter((run) => run.whole).map((run) => run.text)).toEqual(['66.4928…%', '66.5506…%']);
  expect(runs.map((run) => run.text).join('')).toBe(text);
  // A share written in full breaks nowhere inside by itself: it is left as it is.
  expect(figureRuns('公告写87.9%：正确')).toEqual([{ text: '公告写87.9%：正确', whole: false }]);
  expect(figureRuns('参加投票人数861占登记选民数980的87.8571…%')).toEqual([
    { text: '参加投票人数861占登记选民数980的', whole: false },
    { text: '87.8571…%', whole: true },
  ]);
});
