import { describe, expect, it } from 'vitest';
import { settingWords } from './mention-settings.js';
import { roundNamed } from './round-words.js';

/** The round a sentence's words name, read as a figure's setting is. */
const roundOf = (words: string) => roundNamed(settingWords(words));

describe('the one list of round words', () => {
  it.each([
    ['另行选举：参加投票的选民1850人', 'runoff'],
    ['第二轮投票中，参加投票的选民2100人', 'runoff'],
    ['第二次投票：参加投票的选民1400人', 'runoff'],
    ['一、第一次投票：参加投票的选民1600人', 'first'],
    ['第一轮投票，参加投票2400人', 'first'],
    ['In the runoff held the same afternoon, 2,050 voters cast ballots', 'runoff'],
    ['Run-off: 1,500 voted', 'runoff'],
    ['In the second round, 1,500 voters took part', 'runoff'],
    ['In the first round, 2,400 voted', 'first'],
  ] as const)('names a round: %s', (words, round) => {
    expect(roundOf(words)).toBe(round);
  });

  it.each([
    '村民选举委员会第二次会议决定，参加投票的选民40人',
    '村民委员会第二次全体会议，出席委员5人',
    '这是该村第二次选举，参加投票的选民1500人',
    '第十二次“两委”换届，登记选民2000人',
    '选举委员会第一次全体会议，参加投票的选民1600人',
    '这是大步村第一次有自荐候选人，参加投票1200人',
  ])('names no round where 第二次 or 第一次 is not of a vote: %s', (words) => {
    expect(roundOf(words)).toBeNull();
  });

  it('keeps 投票 in the setting of 第二次投票 and leaves a meeting’s 第二次 as it was', () => {
    expect(settingWords('第二次投票：')).toBe('第二次投票');
    expect(settingWords('第二次会议决定')).toBe('第二次');
    expect(settingWords('第二轮投票中')).toBe('第二轮');
  });
});
