import { describe, expect, it } from 'vitest';
import { alarms, judged, unread } from './corpus/read-shapes.js';

const ACCOUNT =
  '本村登记选民1200人，参加投票的选民1000人，发出选票1000张，收回选票1000张，其中有效票996张，无效票4张。\n';
const notice = (margin: string) =>
  `${ACCOUNT}主任候选人张三得票504票，李四得票492票，${margin}，张三当选为村民委员会主任。`;

/** A margin of votes naming both candidates (vote-margins.ts): the leader's votes less the other's. */
describe('a margin of votes naming both candidates', () => {
  it('judges a right margin right, and no longer lists it unread', () => {
    for (const margin of ['张三比李四多12票', '张三领先李四12票', '张三领先第二名12票', '李四比张三少12票']) {
      const text = notice(margin);
      expect(judged(text)).toContainEqual(['calculation', margin, true]);
      expect(unread(text)).not.toContainEqual(['12', 'margin']);
      expect(alarms(text, true)).toEqual([]);
    }
  });

  it('warns of a wrong margin, with both counts', () => {
    const text = notice('张三比李四多21票');
    expect(judged(text)).toContainEqual(['calculation', '张三比李四多21票', false]);
    expect(alarms(text, true)).toEqual(['ANNOUNCED_SUM_MISMATCH 21/12']);
  });

  it('keeps the margin unread when a count is missing, doubled or in another contest', () => {
    const missing = `${ACCOUNT}主任候选人张三得票504票，张三比李四多21票，当选为村民委员会主任。`;
    const doubled = `${ACCOUNT}主任候选人张三得票504票，李四得票492票，委员候选人李四得票300票，张三比李四多21票。`;
    const other = `${ACCOUNT}主任候选人张三得票504票；委员候选人李四得票492票，张三比李四多21票。`;
    const oneName = `${ACCOUNT}主任候选人张三得票504票，李四得票492票，王五得票0票，两人相差21票。`;
    for (const text of [missing, doubled, other, oneName]) {
      expect(judged(text).filter(([rule]) => rule === 'calculation')).toEqual([]);
      expect(unread(text).some(([value]) => value === '21')).toBe(true);
      expect(alarms(text, true).filter((alarm) => alarm.startsWith('ANNOUNCED_SUM'))).toEqual([]);
    }
  });
});

const sumAlarms = (text: string) => alarms(text, true).filter((alarm) => alarm.startsWith('ANNOUNCED_SUM'));
const calculations = (text: string) => judged(text).filter(([rule]) => rule === 'calculation');

/** Margins naming one candidate, gaps, and votes stated twice (vote-margins.ts). */
describe('a margin or a gap whose other side the words make certain', () => {
  const line = (contest: string, words: string) => `${ACCOUNT}${contest}${words}`;
  const TWO = '主任候选人张三得票504票，李四得票492票，';
  const THREE = '主任候选人张三得票504票，李四得票480票，王五得票10票，';

  it.each([
    ['the leader opening the clause before', TWO, '张三当选为主任，比李四多12票。', '比李四多12票', '21'],
    ['votes stated twice, agreeing', TWO, '张三以504票当选为主任，比李四多12票。', '比李四多12票', '21'],
    ['votes stated twice, 领先', TWO, '张三以504票当选为主任，领先李四12票。', '领先李四12票', '21'],
    [
      '多N票 alone, two candidates',
      '主任候选人李四得票492票。',
      '张三以504票当选为主任，多12票。',
      '多12票',
      '21',
    ],
    ['a slight lead, two candidates', TWO, '张三以12票之微弱优势当选为主任。', '张三以12票之微弱优势', '21'],
    [
      '以N票之差落选, two candidates',
      '主任候选人张三得票504票，当选为主任；',
      '李四得票492票，以12票之差落选。',
      '以12票之差',
      '21',
    ],
    ['以N票之差险胜 the other named', THREE, '张三以24票之差险胜李四，当选为主任。', '张三以24票之差', '42'],
    ['多出第二名', THREE, '张三多出第二名24票，当选为主任。', '张三多出第二名24票', '42'],
    [
      '比得票第二的候选人多',
      THREE,
      '张三比得票第二的候选人多24票，当选为主任。',
      '张三比得票第二的候选人多24票',
      '42',
    ],
    ['比第二名多 after 当选', THREE, '张三当选为主任，比第二名多24票。', '比第二名多24票', '42'],
    [
      'a gap to a named candidate',
      '主任候选人张三得票504票，当选为主任；',
      '李四得票492票，比张三只差12票。',
      '比张三只差12票',
      '21',
    ],
  ])('%s: judged right, and a wrong one flagged', (_, contest, words, shown, wrong) => {
    const right = line(contest, words);
    expect(calculations(right)).toContainEqual(['calculation', shown, true]);
    expect(alarms(right, true)).toEqual([]);
    const margin = shown.replace(/\D/g, '');
    const planted = line(contest, words.replace(`${margin}票`, `${wrong}票`));
    expect(calculations(planted)).toContainEqual(['calculation', shown.replace(margin, wrong), false]);
    expect(sumAlarms(planted)).toEqual([`ANNOUNCED_SUM_MISMATCH ${wrong}/${margin}`]);
  });

  it('judges 两人相差 (二人只差, 兩人只差) of a line of two candidates as the more votes less the fewer', () => {
    for (const words of ['两人相差12票。', '二人只差12票。', '兩人只差12票。']) {
      const right = line(TWO, words);
      expect(calculations(right)).toContainEqual(['calculation', words.replace('。', ''), true]);
      expect(alarms(right, true)).toEqual([]);
      expect(sumAlarms(line(TWO, words.replace('12', '21')))).toEqual(['ANNOUNCED_SUM_MISMATCH 21/12']);
    }
    // Three candidates on the line: which two?
    const three = line(THREE, '两人相差24票。');
    expect(calculations(three)).toEqual([]);
    expect(unread(three)).toContainEqual(['24', 'margin']);
  });

  it('judges a gap to more than half of the ballots cast: ⌊cast ÷ 2⌋ + 1 less the votes', () => {
    // 1000 ballots cast: more than half is 501.
    for (const [words, shown] of [
      ['张三差3票未过半，主任未选出。', '张三差3票未过半'],
      ['张三仅差3票未能过半数，主任未选出。', '张三仅差3票未能过半'],
    ] as const) {
      const right = `${ACCOUNT}主任候选人张三得票498票，李四得票494票，${words}`;
      expect(calculations(right)).toContainEqual(['calculation', shown, true]);
      expect(alarms(right, true)).toEqual([]);
      const planted = right.replace('3票', '2票');
      expect(sumAlarms(planted)).toEqual(['ANNOUNCED_SUM_MISMATCH 2/3']);
    }
  });

  it('judges a gap in a runoff by the runoff’s own ballots cast: to a third (⌈cast ÷ 3⌉) or to more than half', () => {
    const runoff = (words: string) =>
      `${ACCOUNT}主任候选人张三得票480票，李四得票470票，均未过半。另行选举，参加投票的选民950人，张三得票520票，当选为主任；李四得票300票，${words}`;
    // 950 cast in the runoff: at least a third is 317, more than half 476; the first round's 470 is another count.
    for (const [words, shown] of [
      ['差17票未达到参加投票选民的三分之一。', '差17票未达到参加投票选民的三分之一'],
      ['差176票未过半。', '差176票未过半'],
    ] as const) {
      expect(calculations(runoff(words))).toContainEqual(['calculation', shown, true]);
      expect(alarms(runoff(words), true)).toEqual([]);
    }
    expect(sumAlarms(runoff('差27票未达到三分之一。'))).toEqual(['ANNOUNCED_SUM_MISMATCH 27/17']);
    // 超过 a third of 900 (more than 300) and at least a third (300) differ: unread.
    const divides = `本村登记选民1000人，参加投票的选民900人。\n主任候选人张三得票290票，差11票未超过三分之一。`;
    expect(unread(divides)).toContainEqual(['11', 'gap']);
    expect(calculations(divides)).toEqual([]);
  });

  it('reads a contest wrapped over lines (a copy from a phone) as one line: a third candidate is not missed', () => {
    const wrapped = `${ACCOUNT}主任候选人王五得票500票，\n张三得票504票，李四得票480票，张三以4票之差胜出，当选为主任。`;
    expect(unread(wrapped)).toContainEqual(['4', 'margin']);
    expect(calculations(wrapped)).toEqual([]);
    expect(alarms(wrapped, true)).toEqual([]);
    const two = `${ACCOUNT}主任候选人张三得票504票，\n李四得票492票，张三以12票之差胜出，当选为主任。`;
    expect(calculations(two)).toContainEqual(['calculation', '张三以12票之差', true]);
  });

  it('takes no subject from a list of votes where the other side is unnamed or a threshold', () => {
    for (const words of ['以12票之差胜出，当选为主任。', '多12票，当选为主任。', '距过半数还差9票。']) {
      // 李四 opens the clause before, but is one of a list: 张三 may be meant.
      const text = `${ACCOUNT}主任候选人张三得票504票，李四得票492票，${words}`;
      expect(calculations(text)).toEqual([]);
      expect(alarms(text, true)).toEqual([]);
    }
    // Opening its own sentence, the subject is sure: 距过半数还差3票 is ⌊1000 ÷ 2⌋ + 1 − 498.
    const sure = `${ACCOUNT}主任候选人李四得票494票。张三得票498票，距过半数还差3票，主任未选出。`;
    expect(calculations(sure)).toContainEqual(['calculation', '距过半数还差3票', true]);
    expect(sumAlarms(sure.replace('还差3票', '还差2票'))).toEqual(['ANNOUNCED_SUM_MISMATCH 2/3']);
  });

  it('leaves unread what the words leave uncertain, and never raises an alarm there', () => {
    for (const [text, count, reason] of [
      // A second place or an unnamed other among more than two candidates, or several seats.
      [line(THREE, '张三以24票之微弱优势当选为主任。'), '24', 'margin'],
      [
        line(
          '委员候选人赵一得票700票，钱二得票650票，孙三得票520票，李四得票516票，',
          '孙三以4票之微弱优势当选。',
        ),
        '4',
        'margin',
      ],
      // Short of being elected: of the threshold, or of the last winner?
      [
        line('委员候选人赵一得票700票，钱二得票650票，孙三得票520票；', '李四得票516票，仅差4票当选。'),
        '4',
        'gap',
      ],
      // No ballots cast stated: more than half of what?
      ['本村登记选民1200人。\n主任候选人张三得票498票，李四得票494票，张三差3票未过半。', '3', 'gap'],
      // A name's votes stated twice, differently.
      [line(TWO, '张三以540票当选为主任，比李四多12票。'), '12', 'margin'],
      // A name glued to 多: 王多多 may be a candidate with 4 votes.
      [
        line('主任候选人张三得票600票，李四得票392票，', '王多多4票。张三当选为村民委员会主任。'),
        '4',
        'margin-or-votes',
      ],
      [line('主任候选人王多得票600票，李四得票392票，', '王多多4票。'), '4', 'margin'],
      // The votes one won with, or the lead: unread. (An absolute lead, 的绝对优势, is the votes.)
      [
        line('主任候选人张三得票900票，李四得票96票。', '张三以900票的明显优势当选为村民委员会主任。'),
        '900',
        'margin-or-votes',
      ],
    ] as const) {
      expect(unread(text)).toContainEqual([count, reason]);
      expect(calculations(text)).toEqual([]);
      expect(alarms(text, true)).toEqual([]);
    }
  });
});
