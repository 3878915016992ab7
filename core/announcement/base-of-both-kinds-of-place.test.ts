import { describe, expect, it } from 'vitest';
import { alarmsOf } from './corpus-written/written-sets.js';

const alarms = (text: string) =>
  alarmsOf('t.txt', new TextEncoder().encode(text), 'cn-village').map((f) => f.code);

describe('a base naming villages and communities together (占村（社区）总数的)', () => {
  it('is not the villages alone: 16 of 14 村 and 2 社区 is not judged as 114%', () => {
    expect(
      alarms(
        '石门镇换届选举情况\n全镇14个村、2个社区全部完成换届，共选出成员73名。其中女性成员23名，占31.5%；“一肩挑”16人，占村（社区）总数的100%。\n',
      ),
    ).toEqual([]);
  });
  it('nor with 村和社区', () => {
    expect(
      alarms('河口街道换届选举情况\n河口街道辖5个村、9个社区。“一肩挑”14人，占村和社区总数的100%。\n'),
    ).toEqual([]);
  });
  it('is judged of a count of both stated as one', () => {
    const text = (share: string) =>
      `柳溪镇换届选举情况\n全镇共有村（社区）16个，均已完成换届选举。“一肩挑”的村（社区）15个，占村（社区）总数的${share}%。\n`;
    expect(alarms(text('93.8'))).toEqual([]);
    expect(alarms(text('95.8'))).toContain('ANNOUNCED_PERCENT_MISMATCH');
  });
});
