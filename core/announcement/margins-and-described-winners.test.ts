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

const ACCOUNT =
  '本村登记选民1200人，参加投票的选民1000人，发出选票1000张，收回选票1000张，其中有效票996张，无效票4张。\n';

/** A margin of votes (X多N票, X比Y多N票, 领先第二名N票) is a difference, never a candidate's votes. */
describe('a margin of votes after the candidates', () => {
  it('reads NAME多N票 after the candidates were named as a margin, and the 当选 after it as the leader’s', () => {
    for (const more of ['羅傳仙多6票', '羅傳仙多得6票']) {
      const text = `${ACCOUNT}主任候選人羅傳仙得票501票，陳大明得票495票，${more}，當選為村民委員會主任。`;
      expect(votesOf(text)).toEqual(['羅傳仙 501', '陳大明 495']);
      expect(unread(text)).toContainEqual(['6', 'margin']);
      expect(electedOf(text)).toEqual(['羅傳仙']);
      expect(alarms(text, true)).toEqual([]);
    }
  });

  it('flags the leader declared by a margin when the leader has not half the ballots', () => {
    const text = `${ACCOUNT}主任候選人羅傳仙得票480票，陳大明得票476票，羅傳仙多4票，當選為村民委員會主任。`;
    expect(electedOf(text)).toEqual(['羅傳仙']);
    expect(alarms(text, true).some((alarm) => alarm.startsWith('ANNOUNCED_WINNER_MISMATCH'))).toBe(true);
  });

  it('reads X比Y多N票 and 领先第二名N票 as a margin, and the 当选 after it as the leader’s', () => {
    for (const margin of ['张三比李四多12票', '张三领先第二名12票', '张三领先李四12票']) {
      const text = `${ACCOUNT}主任候选人张三得票504票，李四得票492票，${margin}，当选为村民委员会主任。`;
      // Both counts read in its sentence: judged as their difference (vote-margins.ts), no one's votes.
      expect(votesOf(text)).toEqual(['张三 504', '李四 492']);
      expect(judged(text)).toContainEqual(['calculation', margin, true]);
      expect(electedOf(text)).toEqual(['张三']);
    }
    // Votes stated in the sentence before, on the margin's line: judged too (vote-margins.ts).
    const next = `${ACCOUNT}主任候选人张三得票504票，李四得票492票。张三领先第二名12票，当选为村民委员会主任。`;
    expect(judged(next)).toContainEqual(['calculation', '张三领先第二名12票', true]);
    expect(electedOf(next)).toEqual(['张三']);
  });

  it('reads 以N票之差 and 以N票的优势 as a margin, never as the votes of the name before 以', () => {
    for (const margin of [
      '张三以24票之差胜出，当选为村民委员会主任。',
      '张三以24票的差距领先，当选为村民委员会主任。',
      '张三以24票之差勝出，當選為村民委員會主任。',
    ]) {
      const text = `${ACCOUNT}主任候选人张三得票510票，李四得票486票，${margin}`;
      expect(votesOf(text)).toEqual(['张三 510', '李四 486']);
      // The contest's two candidates read: the margin is judged as their difference (vote-margins.ts).
      expect(
        judged(text).filter(([rule, words]) => rule === 'calculation' && /24票/.test(String(words))),
      ).toEqual([['calculation', expect.stringContaining('张三以24票'), true]]);
      expect(electedOf(text)).toEqual(['张三']);
      expect(alarms(text, true)).toEqual([]);
    }
    // 以N票的优势: the votes by which one led, or those one won with (以1200票的绝对优势当选): unread.
    const lead = `${ACCOUNT}主任候选人张三得票510票，李四得票486票，张三以24票的优势当选为村民委员会主任。`;
    expect(votesOf(lead)).toEqual(['张三 510', '李四 486']);
    expect(unread(lead)).toContainEqual(['24', 'margin-or-votes']);
    expect(alarms(lead, true)).toEqual([]);
  });

  it('reads the leader by a margin in the clause of 当选 as the one declared, never the margin’s words', () => {
    for (const [margin, listed] of [
      ['羅傳仙多4票當選。', ['4', 'margin']],
      ['羅傳仙以4票之差當選為主任。', ['calculation', '羅傳仙以4票之差', true]],
    ] as const) {
      const text = `${ACCOUNT}主任候選人邱奎彰得票496票，羅傳仙得票500票，${margin}`;
      expect([...unread(text), ...judged(text)]).toContainEqual(listed);
      expect(electedOf(text)).toEqual(['羅傳仙']);
    }
    const unknown = `${ACCOUNT}主任：王林多4票当选。`;
    expect(electedOf(unknown)).toEqual([]);
    expect(unread(unknown)).toContainEqual(['当选', 'not-a-name']);
  });

  it('reads NAME仅多N票 (只多, 又多) as a margin when the name was named before', () => {
    const text = `${ACCOUNT}主任候选人张三得票510票，李四得票486票，张三仅多24票，当选为村民委员会主任。`;
    expect(unread(text)).toContainEqual(['24', 'margin']);
    expect(electedOf(text)).toEqual(['张三']);
  });

  it('leaves NAME多N票 unread, as votes or a margin, when no one of the stem’s name was named before', () => {
    const text = `${ACCOUNT}主任：羅傳仙多4票。`;
    expect(votesOf(text)).toEqual([]);
    expect(unread(text)).toContainEqual(['4', 'margin-or-votes']);
  });

  it('still reads the votes of a name ending in 多 that was named whole before', () => {
    const text = `${ACCOUNT}主任候选人王多多、李四。王多多得票600票，李四得票396票。`;
    expect(votesOf(text)).toEqual(['王多多 600', '李四 396']);
  });
});

/** 同额参选的林有進以17票當選: the votes of the last name before 以, after a phrase describing the person. */
describe('votes of a person described before the name', () => {
  const small = '本村登记选民32人，参加投票的选民30人，发出选票30张，收回选票30张，有效票30张。\n';
  it('reads 同额参选的NAME以N票当选 as the name’s votes, not as voters', () => {
    for (const [line, name] of [
      ['主任：同额参选的张三以17票当选。', '张三'],
      ['主任：同額參選的林有進以17票當選。', '林有進'],
      ['主任：作为唯一候选人的李四以17票当选。', '李四'],
      ['主任：同额参选的王林同志以17张选票当选。', '王林'],
      ['主任：等額參選林有進以17票當選。', '林有進'],
      ['主任：同额参选的欧阳·娜以17票当选。', '欧阳·娜'],
    ] as const) {
      const text = small + line;
      expect(votesOf(text)).toEqual([`${name} 17`]);
      expect(electedOf(text)).toEqual([name]);
      expect(alarms(text, true)).toEqual([]);
    }
  });

  it('flags such a winner below half of the ballots cast', () => {
    const text = `${small}主任：同额参选的张三以15票当选。`;
    expect(alarms(text, true).some((alarm) => alarm.startsWith('ANNOUNCED_WINNER_MISMATCH'))).toBe(true);
  });
});
