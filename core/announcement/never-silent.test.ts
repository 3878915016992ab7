import { describe, expect, it } from 'vitest';
import { alarms, unread } from './corpus/read-shapes.js';
import { readAnnouncementText } from './read-announcement-text.js';

// Every figure a text states is judged or listed unread with a reason: these shapes were read as
// neither, so a reader of the report could not tell that they had been seen.
describe('figures once passed over in silence', () => {
  it('lists a person’s age before the noun that names them (的26岁青年) as an age', () => {
    const text = '从城里回来的26岁青年王明以612票当选村委会主任。';
    expect(unread(text)).toContainEqual(['26', 'age']);
  });
  it('lists an age with decimals and a change of years (预期寿命为77.25岁，延长了1.5岁)', () => {
    const text = '全县女性预期寿命为77.25岁，比五年前延长了1.5岁。';
    expect(unread(text)).toEqual([
      ['77.25', 'age'],
      ['1.5', 'change'],
    ]);
  });
  it('lists a span of years (已经6年) with no meaning, and reads the count beside it', () => {
    const text = '他来本村创业已经6年，这次以802票当选。';
    expect(unread(text)).toContainEqual(['6', 'no-meaning']);
    expect(unread('他來本村創業已經6年，8年來從未缺席。')).toEqual([
      ['6', 'no-meaning'],
      ['8', 'no-meaning'],
    ]);
  });
  it('lists spans of years before and after a time (38年前, 过去的19年里, 3年任期, 住满1年) with no meaning', () => {
    expect(unread('38年前，村民们在大樟树下选出了第一届村委会。')).toEqual([['38', 'no-meaning']]);
    expect(unread('过去的19年里，她只回过村子三次。')).toEqual([['19', 'no-meaning']]);
    expect(unread('他承诺把3年任期里的补贴全部捐出。')).toEqual([['3', 'no-meaning']]);
    expect(unread('在本社区住满1年的外地人员也有选举权。')).toEqual([['1', 'no-meaning']]);
    // A date and a term the law sets stay no figure.
    expect(unread('2019年3月，村委会任期5年。')).toEqual([]);
  });
  it('lists both terms of a rate per ten thousand (18.5/10万) as an expression', () => {
    expect(unread('农村孕产妇死亡率为18.5/10万。')).toEqual([
      ['18.5', 'in-expression'],
      ['10万', 'in-expression'],
    ]);
  });
  it('lists English stated ages and a bound of officials (41.6 years old; about 9 years; over 100 officials)', () => {
    const text =
      'The average age of the new committee is 41.6 years old, 8 years younger than before, the chair about 39 years old. Over 100 township officials watched.';
    expect(unread(text)).toEqual([
      ['41.6', 'age'],
      ['8', 'change'],
      ['39', 'approximate'],
      ['100', 'approximate'],
    ]);
  });
  it('raises nothing on a right notice with such figures beside its counts', () => {
    const text =
      '本村登记选民1200人，参加投票1100人，参选率91.7%。从城里回来的26岁青年王明已经6年在村工作，以612票当选村委会主任。';
    expect(alarms(text, true)).toEqual([]);
  });
});

describe('a web page’s anti-copy chaff (U8 l0 a3 D5)', () => {
  const notice = (line: string) =>
    `青山村选举结果公告\n本村登记选民1200人，参加投票1100人，参选率91.7%。\n${line}\n王林以612票当选村委会主任。`;

  it('lists each run of chaff unread as one, with its reason, and reads the notice around it', () => {
    const text = notice('* Q; K7 m0 b3 R5 H9 y5 E. J$ G$');
    expect(unread(text)).toEqual([['* Q; K7 m0 b3 R5 H9 y5 E. J$ G$', 'chaff']]);
    expect(alarms(text, true)).toEqual([]);
    expect(alarms(text.replace('91.7%', '93.7%'), true)).toEqual(['ANNOUNCED_PERCENT_MISMATCH 93.7%/91.7%']);
  });
  it('takes no number written alone, nor a word, into a run (e$ U% i3 h6 ~# S 5 O, y+)', () => {
    const text = notice('e$ U% P- i3 h6 ~# S 5 O, y+ X 登记选民');
    expect(unread(text).map(([, reason]) => reason)).toEqual(['chaff', 'no-meaning']);
    expect(unread(text)[0]).toEqual(['e$ U% P- i3 h6 ~# S', 'chaff']);
  });
  it('leaves box and room names in prose as they were (Room A1 or B2, 投票箱A1、A2、A3)', () => {
    expect(unread('Voters went to Room A1 or B2 in turn. 投票箱A1、A2、A3都已开启。')).toEqual([]);
    expect(unread('Boxes A1 A2 B1 B2 were opened.')).toEqual([]);
  });
});

describe('村代表 after a count of 个 (160个村代表席位)', () => {
  it('reads no villages from village representatives’ seats: the count stays unread', () => {
    const text = '这次选举共设1,200个席位，另有150个村代表席位因无人提名而悬空。全镇共有12个村。';
    const figures = readAnnouncementText(text).figures;
    expect(figures.filter((f) => f.kind === 'group').map((f) => f.origin.text)).toEqual(['全镇共有12个村']);
    expect(unread(text)).toContainEqual(['150', 'no-meaning']);
  });
});
