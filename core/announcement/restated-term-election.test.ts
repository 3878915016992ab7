import { describe, expect, it } from 'vitest';
import { alarms, counts, reportAlone } from './corpus/read-shapes.js';

/**
 * A by-election's notice that restates the term's election in a sentence of its own and gives that election's
 * figures in the next (docs/announcement.md, “The axes”, an earlier vote), and counts of the register's changes
 * since an earlier vote followed by words of registering. Every number and name here is invented.
 */

const NOTICE = (restated: string, earlier: string) =>
  '东湖村村民委员会委员补选结果公告\n' +
  `${restated}${earlier}登记选民1,862人，参加投票1,540人，发出选票1,540张，收回选票1,536张。` +
  '因委员李文辞职，2026年9月20日，东湖村召开补选大会，补选村民委员会委员1名。全村登记选民1,880人，参加投票的选民1,120人，' +
  '参选率59.6%，发出选票1,120张，收回选票1,118张，其中有效票1,110张，无效票8张，选举有效。\n' +
  '委员候选人王秀英（女）得票690票，当选为村民委员会委员。\n';

const summary = (text: string) => {
  const turnout = reportAlone(text, true).turnout;
  return [turnout?.registered, turnout?.cast].map(String);
};

describe('the term’s election restated before a by-election’s own figures', () => {
  it('keeps the figures of the sentence after the restated election to that election', () => {
    for (const restated of [
      '本届村民委员会于2026年3月12日选举产生。',
      '本届村委会是2026年3月12日选举产生的。',
      '2026年3月12日，东湖村进行了第十三届村民委员会换届选举。',
      '本届村民委员会（第十三届）于2026年3月12日选举产生。\n',
    ])
      for (const earlier of ['', '当时', '其时', '那次选举', '选举时全村']) {
        const text = NOTICE(restated, earlier);
        expect(alarms(text, true), `${restated}${earlier}`).toEqual([]);
        expect(summary(text), `${restated}${earlier}`).toEqual(['1880', '1120']);
      }
  });

  it('still catches an error in the by-election’s own figures', () => {
    const text = NOTICE('本届村民委员会于2026年3月12日选举产生。', '').replace('无效票8张', '无效票18张');
    expect(alarms(text, true)).toEqual(['ANNOUNCED_SUM_MISMATCH 1128/1118']);
    const share = NOTICE('本届村民委员会于2026年3月12日选举产生。', '').replace('参选率59.6%', '参选率57.6%');
    expect(alarms(share, true).map((alarm) => alarm.split(' ')[0])).toEqual(['ANNOUNCED_PERCENT_MISMATCH']);
  });

  it('keeps the earlier election’s account to it when it goes on in a second sentence on the same line', () => {
    const text =
      '东湖村村民委员会委员补选结果公告\n本届村民委员会于2026年3月12日选举产生。当时全村登记选民1,862人，参加投票1,540人。' +
      '发出选票1,540张，收回选票1,536张，其中有效票1,530张，无效票6张。\n因委员李文辞职，2026年9月20日，东湖村召开补选大会，' +
      '补选村民委员会委员1名。全村登记选民1,880人，参加投票的选民1,120人，参选率59.6%，发出选票1,120张，收回选票1,118张，' +
      '其中有效票1,110张，无效票8张，选举有效。\n委员候选人王秀英（女）得票690票，当选为村民委员会委员。\n';
    expect(alarms(text, true)).toEqual([]);
    expect(summary(text)).toEqual(['1880', '1120']);
    expect(alarms(text.replace('无效票8张', '无效票18张'), true)).toEqual([
      'ANNOUNCED_SUM_MISMATCH 1128/1118',
    ]);
  });

  it('keeps a sentence that opens another event after the restated election as the notice’s own', () => {
    const text =
      '青山村村民委员会委员补选结果公告\n本届村民委员会于2026年3月12日选举产生。2026年9月27日，青山村召开村民会议，' +
      '补选村民委员会委员1名，全村登记选民1,420人，参加投票的选民862人，参选率60.7%，发出选票862张，收回选票860张，' +
      '其中有效票852张，无效票8张，选举有效。\n委员候选人杨晓燕（女）得票511票，当选为村民委员会委员。\n';
    expect(alarms(text, true)).toEqual([]);
    expect(summary(text)).toEqual(['1420', '862']);
    expect(alarms(text.replace('无效票8张', '无效票18张'), true)).toEqual(['ANNOUNCED_SUM_MISMATCH 870/860']);
  });

  it('sets nothing apart in a notice of the term’s election itself', () => {
    const text =
      '东湖村第十三届村民委员会选举结果公告\n本届村民委员会于2026年3月12日选举产生。登记选民1,862人，参加投票1,540人，' +
      '发出选票1,540张，收回选票1,536张，其中有效票1,520张，无效票16张。\n主任候选人张建国得票901票，当选为村民委员会主任。\n';
    expect(summary(text)).toEqual(['1862', '1540']);
    expect(alarms(text.replace('无效票16张', '无效票26张'), true)).toEqual([
      'ANNOUNCED_SUM_MISMATCH 1546/1536',
    ]);
  });
});

describe('voters added to the register since an earlier vote', () => {
  it('reads 迁入的选民52人已登记 as no register', () => {
    for (const added of [
      '上次选举后迁入的选民52人已登记',
      '年满18周岁的新选民52人已登记',
      '新迁入选民52人已登记',
    ])
      expect(counts(`${added}。参加投票的选民1,688人，收回选票1,684张。`), added).toEqual([
        'cast 1688',
        'returned 1684',
      ]);
  });

  it('still reads a register named after its count as the register', () => {
    expect(counts('全村选民1,940人已登记，参加投票的选民1,688人。')).toEqual([
      'registered 1940',
      'cast 1688',
    ]);
  });
});
