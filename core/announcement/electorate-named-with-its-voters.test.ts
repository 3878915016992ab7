import { describe, expect, it } from 'vitest';
import { alarms, findings, rows, unread } from './corpus/read-shapes.js';

/**
 * The electorate and its voters in one phrase (issue #15): 登记选民中参加投票的有, 在…名选民中, 选民…人，其中参加投票…;
 * and labels given respectively that hold 及以上 or 及以下 (大专及以上学历成员). Numbers and names are invented.
 */

const countRows = (text: string) => rows(text).filter(([kind]) => kind === 'count');

describe('the voters named among the electorate', () => {
  it('reads 登记选民中参加投票的有1380人 as the voters, never the electorate', () => {
    const text = '本村登记选民1500人。登记选民中参加投票的有1380人，参选率91.35%。';
    expect(countRows(text)).toEqual([
      ['count', 'registered', null, 1500, '本村登记选民1500人'],
      ['count', 'cast', null, 1380, '登记选民中参加投票的有1380人'],
    ]);
    expect(findings(text)).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '参选率91.35%']]);
    expect(alarms('本村登记选民1500人。登记选民中参加投票的有1380人，参选率92.00%。')).toEqual([]);
  });

  it('reads 在1204名选民中 as the electorate, not a group named 在', () => {
    const text = '在1204名选民中，有1102人参加了投票，参选率91.35%。';
    expect(countRows(text)).toEqual([
      ['count', 'registered', null, 1204, '1204名选民中'],
      ['count', 'cast', null, 1102, '1102人参加了投票'],
    ]);
    expect(findings(text)).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '参选率91.35%']]);
    expect(alarms('在全村1204名选民中，有1102人参加了投票，参选率91.53%。')).toEqual([]);
  });

  it('reads 选民1,204人 as the electorate when those who voted are counted among them', () => {
    for (const text of [
      '选民1,204人，其中参加投票1,102人，参选率91.35%。',
      '选民1,204人，其中有1,102人参加了投票，参选率91.35%。',
      '选民1,204人中，有1,102人参加投票，参选率91.35%。',
    ]) {
      expect(countRows(text)[0]?.slice(1, 4)).toEqual(['registered', null, 1204]);
      expect(findings(text)).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '参选率91.35%']]);
    }
    expect(alarms('选民1,204人，其中参加投票1,102人，参选率91.53%。')).toEqual([]);
  });

  it('reads no electorate from people, households or some of the voters', () => {
    for (const text of [
      '选举日全村1,204人中1,102人投票，参选率91.35%。',
      '全村1204人中有1102人参加投票，参选率91.35%。',
      '一组：选民212人，其中参加投票198人，参选率91.35%。',
      '外出选民312人，其中参加投票280人，参选率91.35%。',
      '第三村民小组选民212人，其中参加投票198人，参选率91.35%。',
      '选民代表45人，其中参加投票41人，参选率91.35%。',
      '全村1204户中1102户参加投票，参选率91.35%。',
      '选民1,204人，户代表参加投票1,102户，参选率91.35%。',
    ]) {
      expect(countRows(text).filter(([, meaning]) => meaning === 'registered')).toEqual([]);
      expect(alarms(text, true)).toEqual([]);
    }
  });
});

describe('some of the electorate who voted, named after 选民中', () => {
  it('lists 登记选民中外出务工人员参加投票的312人 unread, never as the electorate', () => {
    const text =
      '本村登记选民2,203人。登记选民中外出务工人员参加投票的312人。参加投票2,016人，参选率91.51%。收回选票2,016张。';
    expect(countRows(text).map(([, meaning, , value]) => [meaning, value])).toEqual([
      ['registered', 2203],
      ['cast', 2016],
      ['returned', 2016],
    ]);
    expect(unread(text)).toEqual([['312', 'doubtful-label']]);
    expect(alarms(text, true)).toEqual([]);
  });
});

describe('labels given respectively that hold 及以上 or 及以下', () => {
  it('keeps 大专及以上学历 one label, and judges each share of the total', () => {
    const text =
      '全镇新一届村（社区）“两委”成员共417名，35岁以下、大专及以上学历成员分别为100名、150名，分别占24.0%、38.0%。';
    expect(rows(text).filter(([kind]) => kind === 'group')).toEqual([
      ['group', '村（社区）“两委”成员', null, 417, '全镇新一届村（社区）“两委”成员共417名'],
      ['group', '35岁以下', '村（社区）“两委”成员', 100, '35岁以下、大专及以上学历成员分别为100名'],
      ['group', '大专及以上学历成员', '村（社区）“两委”成员', 150, '150名'],
    ]);
    expect(findings(text)).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '38.0%']]);
    expect(alarms(text.replace('38.0%', '36.0%'))).toEqual([]);
  });

  it('reads 60岁及以上 and 高中及以下学历 in the same way', () => {
    const text =
      '全镇选出“两委”成员300名，60岁及以上、高中及以下学历成员分别为30名、90名，分别占10.0%、31.0%。';
    expect(
      rows(text)
        .filter(([kind]) => kind === 'group')
        .map(([, label]) => label),
    ).toEqual(['“两委”成员', '60岁及以上', '高中及以下学历成员']);
    expect(findings(text)).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '31.0%']]);
    expect(alarms(text.replace('31.0%', '30.0%'))).toEqual([]);
  });

  it('still reads 及 between two labels as a joiner', () => {
    const text = '全镇选出“两委”成员300名，女性及党员分别为30名、90名，分别占10.0%、30.0%。';
    expect(
      rows(text)
        .filter(([kind]) => kind === 'group')
        .map(([, label]) => label),
    ).toEqual(['“两委”成员', '女性', '党员']);
    expect(alarms(text)).toEqual([]);
  });
});

describe('a share before the total it is of, stated with the bare noun of its body', () => {
  it('judges a share of 村“两委”成员 by 全镇共选出成员 later in its sentence', () => {
    const text =
      '新一届村“两委”成员中，大专及以上学历152人，占41.9%，比上届提高6.8个百分点；全镇共选出成员354人。';
    expect(rows(text).find(([, , , value]) => value === 354)).toEqual([
      'group',
      '村“两委”成员',
      null,
      354,
      '全镇共选出成员354人',
    ]);
    expect(findings(text)).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占41.9%']]);
    expect(alarms(text.replace('41.9%', '42.9%'))).toEqual([]);
  });

  it('leaves it unjudged when the total is another place’s, in another sentence, or of either of two bodies', () => {
    for (const text of [
      '新一届村“两委”成员中，大专及以上学历152人，占41.9%；城关镇选出成员354人。',
      '新一届村“两委”成员中，大专及以上学历152人，占41.9%。全镇共选出成员354人。',
      '新一届村委会成员中，女性52人，占41.9%；新一届监委会成员中，女性30人；全镇共选出成员354人。',
    ]) {
      expect(findings(text).filter(([code]) => code === 'ANNOUNCED_PERCENT_MISMATCH')).toEqual([]);
      expect(alarms(text)).toEqual([]);
    }
    // A count of the body stated before: the bare total after is not taken for it.
    const counted =
      '村“两委”成员共360人。新一届村“两委”成员中，大专及以上学历152人，占42.2%；全镇共选出成员354人。';
    expect(rows(counted).find(([, , , value]) => value === 354)?.[1]).toBe('成员');
    expect(alarms(counted)).toEqual([]);
  });
});
