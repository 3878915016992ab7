import { describe, expect, it } from 'vitest';
import { alarms, reportAlone } from './corpus/read-shapes.js';
import { placesReportedWords } from './places-reported.js';

const EN_DONGWAN =
  'SHUANGHE TOWNSHIP, May 3 (Pingan County Daily) -- Two villages of Shuanghe township completed their committees on Saturday.\n\nDongwan elected all five members in the first round on April 12, when 1,402 of its 1,630 registered voters cast ballots.\n\n';
const EN_RUNOFF =
  'Xiwan needed a second vote. In the runoff for the remaining member seat, held a week later, 700 villagers voted and Zhao Lei won with 352 votes.';
const ZH_RUNOFF =
  '东湾村登记选民1630人，参加投票1402人。西湾村一名委员未选足。另行选举于4月19日举行，参加投票700人，赵磊得352票当选。';

const unreadRunoff = (text: string) =>
  reportAlone(text, true).findings.filter(
    (finding) => finding.code === 'UNREAD_FIGURE' && /quorum is not judged/.test(finding.message),
  );

describe('a runoff of one village is never judged by another village’s register', () => {
  it('does not hold Xiwan’s runoff voters to Dongwan’s registered voters (English)', () => {
    expect(alarms(`${EN_DONGWAN}${EN_RUNOFF}`, true)).toEqual([]);
    expect(unreadRunoff(`${EN_DONGWAN}${EN_RUNOFF}`)).toHaveLength(1);
  });

  it('does not hold 西湾村’s runoff voters to 东湾村’s registered voters (Chinese)', () => {
    expect(alarms(ZH_RUNOFF, true)).toEqual([]);
    expect(unreadRunoff(ZH_RUNOFF)).toHaveLength(1);
  });

  it('still judges a runoff by the register of the one village its text reports', () => {
    const one =
      'DONGWAN, May 3 -- Dongwan elected four members in the first round on April 12, when 1,402 of its 1,630 registered voters cast ballots. In the runoff for the remaining member seat, held a week later, 700 villagers voted and Zhao Lei won with 352 votes.';
    expect(alarms(one, true)).toEqual(['TURNOUT_BELOW_QUORUM 700/816']);
    expect(
      alarms(
        '东湾村登记选民1630人，参加投票1402人。另行选举于4月19日举行，参加投票700人，赵磊得352票当选。',
        true,
      ),
    ).toEqual(['TURNOUT_BELOW_QUORUM 700/816']);
  });

  it('reads the words by which a text reports more than one place', () => {
    expect(placesReportedWords('Two villages of Shuanghe township voted.')).toBe('Two villages');
    expect(placesReportedWords('Dongwan Village voted; Xiwan Village held a runoff.')).toBe('Dongwan, Xiwan');
    expect(placesReportedWords(ZH_RUNOFF)).toBe('东湾村、西湾村');
    expect(
      placesReportedWords('东湾村村民委员会选举结果公告\n本村登记选民1630人。全镇各村均已完成。'),
    ).toBeUndefined();
    expect(placesReportedWords('Dongwan Village elected its committee.')).toBeUndefined();
  });
});
