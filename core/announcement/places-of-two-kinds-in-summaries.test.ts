import { describe, expect, it } from 'vitest';
import { alarms, judged, unread } from './corpus/read-shapes.js';

/**
 * A county's summary names the members of the villages and of the communities, and a share of the
 * members of some places (docs/announcement.md, “Summaries”). Every number and name here is invented.
 */
const TITLE = '宁远县村（社区）“两委”换届取得好成效\n';
const COUNTY = TITLE + '全县“两委”成员总数2,017名，比上届减少124名。\n';

describe('a share naming its group before 中, its count in brackets after it', () => {
  it('is of that group, not of the county’s total stated before (社区“两委”成员中…占33.9%（19名）)', () => {
    for (const sentence of [
      '在清溪街道，8个社区“两委”成员中35岁以下的占33.9%（19名）。',
      '在清溪街道，社区“两委”成员中35岁以下的占33.9%（19名）。',
      '8个社区“两委”成员中35岁以下的占33.9%（19名）。',
      '在清溪街道，“两委”成员中35岁以下的占33.9%（19名）。',
    ]) {
      const text = COUNTY + sentence + '\n';
      expect(alarms(text)).toEqual([]);
      expect(judged(text).filter(([, words]) => String(words).includes('%'))).toEqual([]);
    }
  });

  it('still judges a share whose group is the total just stated, in its sentence', () => {
    const text = TITLE + '全县“两委”成员2,017名，其中35岁以下的占0.9%（19名）。\n';
    expect(alarms(text)).toEqual([]);
    expect(judged(text).some(([, words, right]) => String(words).includes('0.9%') && right)).toBe(true);
  });

  it('still flags a wrong share of the group named before 中 when that group is counted', () => {
    const text = TITLE + '全县“两委”成员2,017名。“两委”成员中35岁以下的占9.4%（19名）。\n';
    expect(alarms(text)).toEqual(['ANNOUNCED_PERCENT_MISMATCH 9.4%/0.9%']);
  });
});

describe('the members of the villages and of the communities', () => {
  it('never takes the communities’ members for a part of the villages’ (村“两委”成员186名…；社区“两委”成员210名)', () => {
    for (const text of [
      TITLE +
        '全区新一届村“两委”成员186名，其中女性49名，占26.3%；社区“两委”成员210名，其中女性120名，占57.1%。\n',
      TITLE + '全区村“两委”成员186名，其中女性49名；社区“两委”成员210名。\n',
      TITLE + '全区社区“两委”成员210名，其中女性120名；村“两委”成员186名。\n',
    ])
      expect(alarms(text)).toEqual([]);
  });

  it('judges each kind’s share of its own members', () => {
    const text =
      TITLE + '全区村“两委”成员186名，其中女性49名，占26.3%；社区“两委”成员62名，其中女性36名，占58.1%。\n';
    const shares = judged(text).filter(([, words]) => String(words).includes('%'));
    expect(shares.map(([, words, right]) => [words, right])).toEqual([
      ['占26.3%', true],
      ['占58.1%', true],
    ]);
    expect(unread(text)).toEqual([]);
  });

  it('still takes the members of communities that were villages (村改居社区) for a part of the communities’', () => {
    const text = TITLE + '全区社区“两委”成员62名，其中女性36名，村改居社区成员70名。\n';
    expect(alarms(text).length).toBeGreaterThan(0);
  });

  it('still flags a part more than the villages’ members', () => {
    const text = TITLE + '全区村“两委”成员186名，其中女性49名，村“两委”成员中党员210名。\n';
    expect(alarms(text).length).toBeGreaterThan(0);
  });
});
