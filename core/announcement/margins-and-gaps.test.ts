import { describe, expect, it } from 'vitest';
import { readAnnouncementText } from './read-announcement-text.js';
import { alarms, judged, unread } from './corpus/read-shapes.js';

const votesOf = (text: string) =>
  readAnnouncementText(text).figures.flatMap((figure) =>
    figure.kind === 'votes' ? [`${figure.candidate} ${figure.value}`] : [],
  );
const electedOf = (text: string) =>
  readAnnouncementText(text).figures.flatMap((figure) =>
    figure.kind === 'elected' ? [figure.names.join('、')] : [],
  );

/** Whether the count is listed unread, or judged right in a calculation whose words hold it: never silent. */
const accountedFor = (text: string, count: string) =>
  unread(text).some(([value]) => value === count) ||
  judged(text).some(
    ([rule, words, right]) => rule === 'calculation' && right && String(words).includes(count),
  );

const ACCOUNT =
  '本村登记选民1200人，参加投票的选民1000人，发出选票1000张，收回选票1000张，其中有效票996张，无效票4张。\n';

/** 差N票 (张三差3票未过半, 仅差4票当选, 比张三只差12票): a gap of votes, never someone's votes. */
describe('a gap of votes (差N票)', () => {
  it('never reads the words before 差 as a name with the gap as its votes', () => {
    for (const [line, gap] of [
      ['主任候选人张三得票498票，李四得票494票，张三差3票未过半，主任未选出。', '3'],
      ['主任候选人张三得票499票，李四得票493票，张三仅差2票未能过半数，主任未选出。', '2'],
      ['主任候选人张三得票504票，当选为主任；李四得票492票，比张三只差12票。', '12'],
    ] as const) {
      const text = ACCOUNT + line;
      expect(votesOf(text).every((votes) => !votes.endsWith(` ${gap}`))).toBe(true);
      expect(accountedFor(text, gap)).toBe(true);
      expect(alarms(text, true)).toEqual([]);
    }
  });

  it('reads 仅差N票当选 as no declaration, so that the gap is never judged as a winner’s votes', () => {
    const text = `${ACCOUNT}委员候选人赵一得票700票，钱二得票650票，孙三得票520票；李四得票516票，仅差4票当选。`;
    expect(electedOf(text)).toEqual([]);
    expect(unread(text)).toContainEqual(['4', 'gap']);
    expect(alarms(text, true)).toEqual([]);
  });
});

/** 以4票之微弱优势当选, 羅傳仙以502票当选，多12票: margins with one name, never anyone's votes. */
describe('a margin of votes naming one candidate', () => {
  it('reads 以N票之微弱优势 (的微弱优势) as a margin, never the votes of the name before 以', () => {
    for (const lead of ['以12票之微弱优势', '以12票的微弱优势']) {
      const text = `${ACCOUNT}主任候选人张三得票504票，李四得票492票，张三${lead}当选为村民委员会主任。`;
      expect(votesOf(text)).toEqual(['张三 504', '李四 492']);
      expect(accountedFor(text, '12')).toBe(true);
      expect(alarms(text, true)).toEqual([]);
    }
  });

  it('declares the leader by a slight lead, 多出第二名 or 的绝对优势 in the clause of 当选', () => {
    for (const margin of [
      '张三以12票之微弱优势当选为村民委员会主任。',
      '张三多出第二名12票，当选为村民委员会主任。',
      '张三以504票的绝对优势当选为村民委员会主任。',
    ]) {
      const text = `${ACCOUNT}主任候选人张三得票504票，李四得票492票，${margin}`;
      expect(electedOf(text)).toEqual(['张三']);
      expect(unread(text).filter(([, reason]) => reason === 'not-a-name')).toEqual([]);
      expect(alarms(text, true)).toEqual([]);
    }
  });

  it('reads a clause that is 多N票 alone after the leader’s votes as a margin', () => {
    const text = `${ACCOUNT}主任候选人陈大明得票490票。羅傳仙以502票当选为村民委员会主任，多12票。`;
    expect(votesOf(text)).toEqual(['陈大明 490', '羅傳仙 502']);
    expect(accountedFor(text, '12')).toBe(true);
    expect(alarms(text, true)).toEqual([]);
  });
});
