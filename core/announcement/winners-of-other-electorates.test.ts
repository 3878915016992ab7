import { describe, expect, it } from 'vitest';
import { alarms, reportAlone } from './corpus/read-shapes.js';

/**
 * Winners of another body or electorate beside the committee's (docs/announcement.md, “Winners of
 * another body”): villager representatives of a group, chosen by its households, are judged never by the
 * committee election's voters. Names and numbers are invented.
 */

/** The winners listed as unjudged, each with the body the notice elects them to. */
const unjudgedWinners = (text: string) =>
  reportAlone(text, true)
    .findings.filter((finding) => finding.code === 'UNREAD_FIGURE' && finding.candidate !== null)
    .map((finding) => finding.candidate);

describe('villager representatives of a group, beside the committee', () => {
  // 890, 801 and 705 are each over half of 1,320 (at least 661); the representatives' 60 and 52 are of
  // the group's 86 households, not of the 1,320 voters.
  const english = [
    'Beiping Village election results',
    '1,320 voted.',
    'Members: Li Na 890 votes (67.4%), Wang Fang 801 votes (60.7%), Sun Mei 705 votes (53.4%). All three were elected members.',
    'Villager representatives of Group 3, chosen by the 86 households of the group: Zhao Lei 60 votes, Qian Jun 52 votes, Sun Hao 20 votes. The first two were elected.',
  ].join('\n');

  it('does not judge the representatives’ votes by the committee’s voters, in English', () => {
    expect(alarms(english, true)).toEqual([]);
    expect(
      alarms(english.replace('The first two were elected.', 'Zhao Lei and Qian Jun were elected.'), true),
    ).toEqual([]);
    expect(
      alarms(english.replace('Villager representatives of Group 3', 'Representatives of Group 3'), true),
    ).toEqual([]);
    expect(unjudgedWinners(english)).toEqual(['Zhao Lei', 'Qian Jun']);
  });

  it('still judges the committee’s winners', () => {
    const wrong = english
      .replace('Sun Mei 705 votes (53.4%)', 'Sun Mei 605 votes (45.8%)')
      .replace('All three were elected members.', 'Li Na, Wang Fang and Sun Mei were elected members.');
    expect(alarms(wrong, true)).toEqual(['ANNOUNCED_WINNER_MISMATCH 605/661']);
  });

  it('does not judge the representatives’ votes by the committee’s voters, in Chinese', () => {
    const chinese = [
      '北坪村选举结果公告',
      '参加投票1320人。',
      '村民委员会委员：李娜890票，王芳801票，孙梅705票，以上3人当选。',
      '第三村民小组村民代表（由本组86户推选）：赵磊60票，钱军52票，孙浩20票，赵磊、钱军当选。',
    ].join('\n');
    expect(alarms(chinese, true)).toEqual([]);
  });

  it('ties no winner with the same person written in the other script', () => {
    // The English line restates the Chinese one; 钱军 and Qian Jun are one person, not a tie at 52.
    const bilingual = [
      '北坪村村民委员会选举结果公告',
      '本村登记选民1500人，参加投票1320人。李娜、王芳、孙梅当选为委员。',
      '第三村民小组村民代表推选（该组86户参加推选）：赵磊60票，钱军52票，孙浩20票。',
      'Villager representatives of Group 3 (86 households took part): Zhao Lei 60 votes, Qian Jun 52 votes, Sun Hao 20 votes. The first two were elected.',
    ].join('\n');
    expect(alarms(bilingual, true)).toEqual([]);
  });
});
