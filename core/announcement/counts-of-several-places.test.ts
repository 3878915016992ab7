import { describe, expect, it } from 'vitest';
import { alarms, counts, judged, unread } from './corpus/read-shapes.js';

/**
 * Counts of one meaning given for several places at once, and the total of them: never the first
 * place's count taken as the notice's. Every number and name here is invented.
 */

describe('counts of one meaning given respectively', () => {
  const stations =
    '团结村设3个投票站，登记选民分别为420人、386人、512人，合计1318人；参加投票的分别为398人、361人、470人，' +
    '合计1229人，参选率93.25%。马国栋得票1003票，当选为村民委员会主任。';

  it('takes no station’s count for the notice’s electorate or voters', () => {
    expect(counts(stations)).not.toContain('registered 420');
    expect(counts(stations)).not.toContain('cast 398');
  });

  it('raises no alarm on a right turnout of the stations together', () => {
    expect(alarms(stations)).toEqual([]);
    expect(alarms(stations, true)).toEqual([]);
  });

  it('takes no count of two meanings given respectively for the last meaning’s', () => {
    const text = '收回选票1200张，有效票和无效票分别为1180张和20张。';
    expect(counts(text)).toEqual(['returned 1200']);
    expect(unread(text)).toContainEqual(['1180', 'doubtful-label']);
  });
});

describe('the whole of a written fraction', () => {
  it('takes no count after `N of` for the voters who cast a ballot', () => {
    const text =
      'Turnout in the two wards: North ward 2,410 of 2,980 registered voters (80.9pc) and South ward 1,876 of ' +
      '2,204 (85.1pc). Overall, 4,286 of 5,184 voters cast ballots, a turnout of 82.7 per cent.';
    expect(counts(text)).not.toContain('cast 5184');
    expect(alarms(text)).toEqual([]);
    expect(alarms(text, true)).toEqual([]);
  });
});

describe('places under a heading line each', () => {
  const twoVillages =
    '一、东村\n登记选民1300人，参加投票1100人，参选率84.62%。\n主任：韩明700票，当选；委员：姜丽650票，当选。\n' +
    '二、西村\n登记选民900人，参加投票640人，参选率71.11%。\n主任：殷涛400票，当选。';

  it('keeps each village’s counts to its own heading', () => {
    expect(alarms(twoVillages)).toEqual([]);
    expect(alarms(twoVillages, true)).toEqual([]);
    expect(judged(twoVillages)).toEqual(
      expect.arrayContaining([
        ['share', '参选率84.62%', true],
        ['share', '参选率71.11%', true],
      ]),
    );
  });

  it('keeps polling stations under their headings, and a line of the whole to the notice', () => {
    const text =
      '第一投票站\n登记选民420人，参加投票398人。\n第二投票站\n登记选民386人，参加投票361人。\n' +
      '全村合计：登记选民1318人，参加投票1229人，参选率93.25%。\n马国栋得票1003票，当选为村民委员会主任。';
    expect(alarms(text)).toEqual([]);
    expect(alarms(text, true)).toEqual([]);
    expect(judged(text)).toContainEqual(['share', '参选率93.25%', true]);
  });

  it('still compares two counts under one heading', () => {
    const text = '一、东村\n登记选民1300人，参加投票1100人。\n登记选民1200人。\n二、西村\n登记选民900人。';
    expect(alarms(text)).toContainEqual(expect.stringMatching(/^ANNOUNCED_SUM_MISMATCH/));
  });
});

describe('places of wider places just counted', () => {
  // 13个街道的139个社区: the district's communities, of all its streets; not some of one street's 10.
  const district =
    '越秀路街10个社区共设10个主会场及4个分会场。全区13个街道的139个社区中，733人被居民选为社区居委会成员。';

  it('takes them for no part of one street’s communities', () => {
    expect(alarms(district)).toEqual([]);
    expect(alarms(district.replace('全区', ''))).toEqual([]);
  });

  it('still holds places said of before them to the count they are some of', () => {
    const some = '全镇共有村15个，其中实现“一肩挑”的村16个。';
    expect(alarms(some)).not.toEqual([]);
  });
});

describe('voters who took part, said with 进行了投票', () => {
  // 共有选民21545人进行了投票: the voters who voted, not the register (one street's beside another's turnout).
  const streets =
    '“友谊路街参选人数22771人，参选率达86.63%”“越秀路街10个社区共设10个主会场及4个分会场，共有选民21545人进行了投票”。';

  it('reads them as voters, never as the registered voters', () => {
    expect(counts('共有选民21545人进行了投票。')).not.toContain('registered 21545');
    expect(alarms(streets)).toEqual([]);
  });
});
