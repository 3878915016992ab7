import { describe, expect, it } from 'vitest';
import { groupOfSentence } from './mention-settings.js';
import { alarmCodes, alarms } from './corpus/read-shapes.js';

/**
 * Winners declared in a sentence opening scoped to a villagers' group (docs/announcement.md, “English
 * notices: winners of no named post, turnout lines, shares before the votes, yes-or-no votes”): a group
 * elects its own head and representatives among its households, so their votes are never judged against
 * the whole village's voters. Names and numbers are invented.
 */

const notice = (sentence: string, chairVotes = 920) =>
  'Taoyuan Village elections\n\n1,500 of the 1,760 registered voters voted. Qian Yu was elected chair with ' +
  `${chairVotes} votes. ${sentence}`;

describe("winners of a villagers' group", () => {
  it.each([
    "In villagers' group 3, Huang Pei and Xu Ming were elected with 88 and 75 votes.",
    'In Group 3, Huang Pei and Xu Ming were elected with 88 and 75 votes.',
    "In the villagers' group 3, Huang Pei was elected with 88 votes.",
  ])('does not judge their votes by the village voters: %s', (sentence) => {
    expect(alarms(notice(sentence), true)).toEqual([]);
  });

  it('does not judge them in a Chinese notice either', () => {
    const text =
      '桃源村村民委员会选举结果公告\n全村登记选民1760人，参加投票的选民1500人。钱宇得票920票，当选为村民委员会主任。' +
      '在第三村民小组，黄佩、徐明分别得票88票、75票，当选。';
    expect(alarms(text, true)).toEqual([]);
  });

  it('still judges the committee winner of the same notice', () => {
    const text = notice(
      "In villagers' group 3, Huang Pei and Xu Ming were elected with 88 and 75 votes.",
      720,
    );
    expect(alarmCodes(text)).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
  });
});

describe('groupOfSentence', () => {
  it.each([
    ["In villagers' group 3, Huang Pei was elected with 88 votes.", "villagers' group 3"],
    ['Group 3 elected Huang Pei with 88 votes.', 'Group 3'],
    ['在第三村民小组，黄佩得票88票，当选。', '第三村民小组'],
  ])('reads the group a sentence opens scoped to: %s', (sentence, group) => {
    expect(groupOfSentence(sentence)).toBe(group);
  });

  it.each([
    "In villagers' group 3, Huang Pei was elected to the village committee with 880 votes.",
    '在第三村民小组，黄佩得票880票，当选为村民委员会委员。',
    "Huang Pei of villagers' group 3 was elected with 880 votes.",
    'Group 3: Huang Pei 880 votes, elected.',
    '第三村民小组：黄佩880票，当选。',
  ])('leaves a group named as a place or beside the committee: %s', (sentence) => {
    expect(groupOfSentence(sentence)).toBe('');
  });
});
