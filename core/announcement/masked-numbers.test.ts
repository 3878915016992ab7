import { describe, expect, it } from 'vitest';
import { withoutCopyResidue } from './copy-residue.js';
import { alarms, rows, unread } from './corpus/read-shapes.js';

/** Invented notices: identity and telephone numbers with masked digits beside a candidate's votes. */

const votes = (text: string) =>
  rows(text).flatMap(([kind, name, , value]) => (kind === 'votes' ? [[name, value]] : []));

const HEAD = '本村登记选民1200人，参加投票1100人，发出选票1100张，收回选票1096张，有效票1090张。\n';

describe('a number with masked digits', () => {
  it('between a name and its votes is no figure: the name and the votes are read', () => {
    const text = `${HEAD}张伟 4401**********1234 856票\n李娜 44010419××××××5678 190票\n`;
    expect(votes(text)).toEqual([
      ['张伟', 856],
      ['李娜', 190],
    ]);
    expect(unread(text)).toEqual([]);
  });

  it('in a bracket with its label is passed over whole', () => {
    const text = `${HEAD}李娜（身份证号：440104********5678）得票190张，张伟(电话 138****1234)得票856张。`;
    expect(votes(text)).toEqual([
      ['李娜', 190],
      ['张伟', 856],
    ]);
    expect(unread(text)).toEqual([]);
  });

  it('as a contact telephone is no unread figure', () => {
    expect(unread('联系人：周红 138****1234，尾号****5678')).toEqual([]);
  });

  it('leaves a loser declared elected beside a masked number caught', () => {
    const text = `${HEAD}张伟 4401**********1234 856票\n李娜（身份证号：440104********5678）得票230张\n李娜当选为村民委员会主任。`;
    expect(alarms(text, true)).toContain('ANNOUNCED_WINNER_MISMATCH 230/551');
  });

  it('is not made of Markdown bold or a product sign', () => {
    for (const kept of [
      '张伟得票**856**票',
      '上传人:b****8',
      '856×1÷1090×100%=78.5%',
      '3×××',
      '****',
      '12**34',
    ])
      expect(withoutCopyResidue(kept, kept).folded).toBe(kept);
    expect(withoutCopyResidue('电话138****1234。', '电话138****1234。').folded).toBe(
      `电话${' '.repeat(11)}。`,
    );
  });
});
