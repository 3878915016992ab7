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
  it('lists a span of years (已经6年) as a span, and reads the count beside it', () => {
    const text = '他来本村创业已经6年，这次以802票当选。';
    expect(unread(text)).toContainEqual(['6', 'span']);
    expect(unread('他來本村創業已經6年，8年來從未缺席。')).toEqual([
      ['6', 'span'],
      ['8', 'span'],
    ]);
  });
  it('lists minutes written in traditional characters (坐車 20分鐘) as a span, as 20分钟 is', () => {
    expect(unread('從粉嶺火車站坐車 20分鐘，我們來到沙頭角南涌。')).toEqual([['20', 'span']]);
    expect(unread('从粉岭火车站坐车 20分钟，我们来到沙头角南涌。')).toEqual([['20', 'span']]);
  });
  it('lists spans of years before and after a time (38年前, 过去的19年里) as spans', () => {
    expect(unread('38年前，村民们在大樟树下选出了第一届村委会。')).toEqual([['38', 'span']]);
    expect(unread('过去的19年里，她只回过村子三次。')).toEqual([['19', 'span']]);
    // A condition of the law (住满1年, as 年满18周岁) is no figure.
    expect(unread('在本社区住满1年的外地人员也有选举权。')).toEqual([]);
    expect(unread('他在3年内还清了欠款，到现在已有5年的时间，这15年时间里从未缺席。')).toEqual([
      ['3', 'span'],
      ['5', 'span'],
      ['15', 'span'],
    ]);
    // A date and a term of office, before or after its years, stay no figure.
    expect(unread('2019年3月，村委会任期5年。')).toEqual([]);
    expect(unread('他承诺把3年任期里的补贴全部捐出。')).toEqual([]);
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

// Ages, work points, spans of time and measures are stated figures no election counts: each is listed
// unread with its kind. Dates, months and a term of office are no figures (corpus-real/README.md).
describe('ages, points, spans and measures, listed by their kind', () => {
  it('lists a person’s age by the words around it (40岁出头, 4岁离开, 那时58岁, 这个19岁“…”, a headline’s 19岁)', () => {
    expect(unread('40岁出头的虞廷顺以802票当选村委会主任。')).toContainEqual(['40', 'age']);
    expect(unread('一切还是她4岁离开时的模样。')).toEqual([['4', 'age']]);
    expect(unread('高凯那时58岁，算是最年轻的。')).toEqual([['58', 'age']]);
    expect(unread('人们对这个19岁“明星村官”的指望又多了一层。')).toEqual([['19', 'age']]);
    expect(unread('女村官19岁\n本刊记者')).toEqual([['19', 'age']]);
    // A label's bounds stay no figure.
    expect(unread('35岁以下的委员，31至55岁的成员，年满18周岁的村民')).toEqual([]);
  });
  it('reads the name after a person’s age and its 的 (19岁的赵六得票800票), and judges the votes', () => {
    // 800 / 1480 = 54.054…%: 54.1%.
    const notice = (share: string) =>
      `登记选民1600人，参加投票1480人。19岁的赵六得票800票，得票率${share}，当选村委会主任。`;
    expect(unread(notice('54.1%'))).toEqual([['19', 'age']]);
    expect(alarms(notice('54.1%'), true)).toEqual([]);
    expect(alarms(notice('55.1%'), true)).toEqual(['ANNOUNCED_PERCENT_MISMATCH 55.1%/54.1%']);
  });
  it('lists English ages of people (a 52-year-old man, aged 57) and keeps bounds and terms out', () => {
    expect(unread('A 52-year-old man was detained. Wei Huaneng, aged 57, recalled the vote.')).toEqual([
      ['52', 'age'],
      ['57', 'age'],
    ]);
    expect(unread('residents aged 18 years or over, aged 55 and over, under 35, a 5-year term')).toEqual([]);
  });
  it('lists spans of time in English and in months, days and minutes as spans', () => {
    expect(
      unread('He was village head for 14 years, the past 10 years saw change, and 20 years ago none voted.'),
    ).toEqual([
      ['14', 'span'],
      ['10', 'span'],
      ['20', 'span'],
    ]);
    expect(unread('换届历时2个月，名单公示7天，每批相隔15分钟。')).toEqual([
      ['2', 'span'],
      ['7', 'span'],
      ['15', 'span'],
    ]);
    // A term of office in English is no figure, as 任期3年 is none.
    expect(unread('The committee serves a term of 3 years; members serve 3 years a term.')).toEqual([]);
    // A span joined to its noun by a hyphen is a span; a hyphened term and a hyphened age are not.
    expect(unread('Britain took a 99-year lease on the area under a 10-month plan.')).toEqual([
      ['99', 'span'],
      ['10', 'span'],
    ]);
    expect(unread('Heads serve a 4-year term, a five-year tenure; a 35-year-old won.')).toEqual([
      ['35', 'age'],
    ]);
  });
  it('lists terms and years a post was held, sentences and days allowed as spans (連任協和里長6屆, 緩刑5年, 10日內)', () => {
    expect(unread('林春勇連任協和里長6屆，曾獲表揚；連續7屆當選的李憲桐過世。')).toContainEqual([
      '6',
      'span',
    ]);
    expect(unread('連續7屆當選保安里長的李憲桐2月間過世。')).toContainEqual(['7', 'span']);
    expect(unread('從民國70年起擔任里長38年、共10屆（第4屆～13屆）。')).toEqual([
      ['38', 'span'],
      ['10', 'span'],
    ]);
    expect(unread('一审被判刑2年、褫夺公权5年，缓刑5年；全案还可上诉。')).toEqual([
      ['2', 'span'],
      ['5', 'span'],
      ['5', 'span'],
    ]);
    expect(unread('違反者將處1 年以下有期徒刑。')).toEqual([['1', 'span']]);
    expect(unread('宋忠诚已连任12年；已參選3屆的廖富男；因任期尚余3年多，须办理补选。')).toEqual([
      ['12', 'span'],
      ['3', 'span'],
      ['3', 'span'],
    ]);
    expect(unread('當選人將在當選公告後10日內宣誓就職。')).toContainEqual(['10', 'span']);
    // A date's day, a term of office, an ordinal term and the law's condition stay no figures.
    expect(unread('3月10日内完成交接。任期5年。本届为第11届。居住1年以上的村民。')).toEqual([]);
  });
  it('lists years no notice is dated in before 年 as a span (相当于一个农民2300年的收入), a year not', () => {
    expect(unread('230万元，相当于当地一个农民2300年的收入！')).toEqual([
      ['230万', 'measure'],
      ['2300', 'span'],
    ]);
    expect(unread('2019年的收入比上年高。')).toEqual([]);
  });
  it('lists work points as points, never minutes (一个工分最低值8分, 300分工分; 8时30分 stays a time)', () => {
    expect(unread('那时一个工分最低值8分，生产队长一年只补贴300分工分。')).toEqual([
      ['8', 'points'],
      ['300', 'points'],
    ]);
    expect(unread('上午8时30分开始投票。')).toEqual([]);
  });
  it('lists measures of area, length, volume and money as measures (3578亩, 12.5公里, 9 m3, 30块钱)', () => {
    expect(unread('离乡政府12.5公里，耕地3578亩，库容600万方的水库，算下来也就30块钱。9 m3')).toEqual([
      ['12.5', 'measure'],
      ['3578', 'measure'],
      ['600万', 'measure'],
      ['30', 'measure'],
      ['9', 'measure'],
    ]);
  });
  it('raises nothing on a right notice with ages, points, spans and terms beside its counts', () => {
    const text =
      '南坪村村委会主任任期3年。40岁出头的李四过去10年里一直在外，工分最低值8分。全村登记选民2300人，2024人参加投票，参选率88%。李四以1230票当选，得票率60.8%。';
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
