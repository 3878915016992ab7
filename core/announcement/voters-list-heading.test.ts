import { describe, expect, it } from 'vitest';
import { alarms, counts, judged } from './corpus/read-shapes.js';

/**
 * The places' voters listed under a heading (各投票站参加投票人数：第一组412人，…，合计1,188人; 参加投票：中心投票站
 * 1,040人，…，共1,288人; box-list-heading.ts, list-total.ts, set `grpvoters1`). Every number and name here is invented.
 */

const notice = (registered: string, list: string, after = '') =>
  `柳塘村第十二届村民委员会选举结果公告\n本村登记选民${registered}人。\n${list}\n${after}收回选票1,188张，其中有效票1,180张，无效票8张。\n主任：张国强，得票986票；委员：李秀英（女），得票912票。\n柳塘村村民选举委员会\n2026年5月18日\n`;

const stations = (second = '388', total = '1,188') =>
  `各投票站参加投票人数：第一组412人，第二组${second}人，第三组301人，流动票箱87人，合计${total}人。`;

describe('the places’ voters listed under a heading', () => {
  it('reads the 合计 the places make up as the whole’s voters, and sums them', () => {
    const text = notice('1,320', stations());
    expect(alarms(text, true)).toEqual([]);
    expect(counts(text)).toContain('cast 1188');
    expect(judged(text).filter(([rule]) => rule === 'partition')).toEqual([
      ['partition', '合计1,188人', true],
    ]);
  });

  it('judges the quorum of the voters the 合计 states', () => {
    expect(alarms(notice('2,520', stations()), true)).toContain('TURNOUT_BELOW_QUORUM 1188/1261');
  });

  it('catches a place that does not add up to the 合计 (or 共)', () => {
    expect(alarms(notice('1,320', stations('398')), true)).toEqual(['ANNOUNCED_SUM_MISMATCH 1198/1188']);
    const gong = (total: string) =>
      notice(
        '1,400',
        `参加投票：中心投票站1,040人，第一分站128人，流动票箱20人，共${total}人，参选率84.86%。`,
      );
    expect(alarms(gong('1,188'), true)).toEqual([]);
    expect(alarms(gong('1,198'), true)).toEqual(['ANNOUNCED_SUM_MISMATCH 1188/1198']);
  });

  it('holds the places under 各 with no total to no more than the whole’s own voters', () => {
    const text = (second: string) =>
      notice('1,320', `参加投票1,188人。各投票站参加投票人数：第一投票站700人，第二投票站${second}人。`);
    expect(alarms(text('400'), true)).toEqual([]);
    expect(alarms(text('500'), true)).toEqual(['ANNOUNCED_SUM_MISMATCH 1200/1188']);
  });

  it('reads nothing where a place holds another, proxies are counted apart, or a 共 closes some places only', () => {
    for (const [list, after] of [
      ['各投票站参加投票人数：中心投票站800人，其中流动票箱94人，第一分站298人，合计1,098人。', ''],
      ['各投票站参加投票人数：第一组412人，第二组388人，第三组368人，合计1,188人（含委托投票20人）。', ''],
      [
        '各投票站参加投票人数：第一组412人，第二组388人，第三组301人，合计1,101人；另有委托投票87人，全村共有1,188人参加投票。',
        '',
      ],
      [
        '各投票站参加投票人数：第一组412人，第二组388人，共800人。流动票箱参加投票388人。',
        '参加投票1,188人。',
      ],
      [
        '各投票站参加投票人数：第一组412人，第二组388人，第三组301人，合计1,101人。',
        '另有87名选民委托投票。',
      ],
    ]) {
      const text = notice('1,320', list!, after);
      expect(alarms(text, true)).toEqual([]);
      expect(counts(text)).not.toContain('cast 1101');
    }
  });

  it('reads the groups’ registered voters’ 合计 as the registered voters, never the first group’s', () => {
    const text = (second: string) =>
      `西河村第十二届村民委员会选举结果公告\n各组登记选民：第一组460人，第二组${second}人，第三组330人，合计1,220人。\n参加投票1,101人，参选率90.25%。\n`;
    expect(alarms(text('430'), true)).toEqual([]);
    expect(counts(text('430'))).toContain('registered 1220');
    expect(alarms(text('403'), true)).toContain('ANNOUNCED_SUM_MISMATCH 1193/1220');
    // A total said to leave some out, or registered voters counted apart: not the whole's.
    for (const list of [
      '各组登记选民：第一组460人，第二组430人，第三组330人，共1,220人（不含寄居选民30人）。',
      '各组登记选民：第一组460人，第二组430人，第三组330人，合计1,220人；另有外来登记选民30人，全村登记选民共1,250人。',
    ]) {
      const notice2 = `金水村村民委员会选举结果公告\n本村登记选民1,250人。${list}\n参加投票1,101人，参选率88.08%。\n`;
      expect(alarms(notice2, true)).toEqual([]);
      expect(counts(notice2)).not.toContain('registered 1220');
    }
  });

  it('reads no list of the groups’ registered voters as voters', () => {
    const text = notice(
      '1,220',
      '各投票站登记选民人数：第一组460人，第二组430人，第三组330人，合计1,220人。',
      '参加投票1,188人。',
    );
    expect(alarms(text, true)).toEqual([]);
    expect(counts(text)).not.toContain('cast 1220');
  });
});
