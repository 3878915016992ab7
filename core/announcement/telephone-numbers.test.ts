import { describe, expect, it } from 'vitest';
import { withoutCopyResidue } from './copy-residue.js';
import { alarms, counts, rows, unread } from './corpus/read-shapes.js';

/** Invented notices: contact telephones written in groups beside the counts and the votes. */

const blank = (text: string) => withoutCopyResidue(text, text).folded;
const HEAD = '本村登记选民1240人，参加投票1100人，收回选票1100张，有效票1100张。\n';

describe('a telephone number written in groups', () => {
  it('is no figure, read or unread, in any of its usual shapes', () => {
    for (const line of [
      '监督电话：0731 8856 1234',
      '联系人手机 138 0731 5678',
      '联系电话 0731-8856 1234',
      '选举监督电话：（0731）8856 1234。',
      '请拨打138-1234-5678反映',
      '电话：88561234',
      '联系方式：+86 139 0745 2233',
      'Tel: 13807315678',
    ])
      expect(unread(`${HEAD}${line}\n`)).toEqual([]);
  });

  it('leaves the counts and votes beside it read as before', () => {
    const text = `${HEAD}主任：易国平 得票 902票，当选。（联系人：周红，电话 138 0731 5678；乡镇监督电话 0731-8856 1234）`;
    expect(counts(text)).toEqual(['registered 1240', 'cast 1100', 'returned 1100', 'valid 1100']);
    expect(
      rows(text)
        .filter(([kind]) => kind === 'votes')
        .map(([, name, , value]) => [name, value]),
    ).toEqual([['易国平', 902]]);
    expect(unread(text)).toEqual([]);
    expect(alarms(text, true)).toEqual([]);
  });

  it('is blanked one character for one, its words kept', () => {
    expect(blank('监督电话：0731 8856 1234。')).toBe(`监督电话：${' '.repeat(14)}。`);
    expect(blank('手机 138 0731 5678，')).toBe(`手机 ${' '.repeat(13)}，`);
  });

  it('is not made of counts: three groups parted by spaces with no telephone word, or a unit after', () => {
    for (const kept of [
      '石桥村 138 1234 5678',
      '电话通知选民1200人',
      '电话 0731 8856 1234人',
      '收回选票1318张，0.5%',
      '得票1450 得票率83.82%',
      '2026-03-18',
      '身份证号码430102199001011234',
    ])
      expect(blank(kept)).toBe(kept);
  });
});
