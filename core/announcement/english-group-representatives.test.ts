import { describe, expect, it } from 'vitest';
import { alarmCodes, alarms } from './corpus/read-shapes.js';

/**
 * A group's own representatives declared in English with their votes (docs/announcement.md, “English
 * notices: winners of no named post, turnout lines, shares before the votes, yes-or-no votes”): their
 * votes are of the group's households, never of the committee election's ballots. Names and numbers are
 * invented.
 */

const notice = (sentence: string) =>
  'Taoyuan Village elections\n\n1,500 of the 1,760 registered voters voted. Qian Yu was elected chair with ' +
  `920 votes. ${sentence}`;

describe('representatives chosen by a group, declared with `were elected with`', () => {
  it.each([
    "Villagers' group 3 then chose its representatives: Huang Pei and Xu Ming were elected with 88 and 75 votes.",
    'Group 3 then elected its representatives: Huang Pei and Xu Ming were elected with 88 and 75 votes.',
    'Huang Pei and Xu Ming were elected group representatives with 88 and 75 votes.',
    'Group representatives: Huang Pei and Xu Ming were elected with 88 and 75 votes.',
  ])('does not judge their votes by the village voters: %s', (sentence) => {
    expect(alarms(notice(sentence), true)).toEqual([]);
  });

  it('still judges the committee winner of the same notice', () => {
    const text = notice(
      'Group 3 then chose its representatives: Huang Pei and Xu Ming were elected with 88 and 75 votes.',
    ).replace('with 920 votes', 'with 720 votes');
    expect(alarmCodes(text)).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
  });
});
