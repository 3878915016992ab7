import { describe, expect, it } from 'vitest';
import { alarms, findings } from './corpus/read-shapes.js';

/**
 * A notice handed over on one line (a selection from a PDF or a frame; the side panel's capture): a post's
 * label with its colon mid-line starts that post's candidates, as a line break would have.
 */

const turnout =
  '本村登记选民2136人，参加投票2010人，发出选票2010张，收回选票2004张，其中有效票1988张，无效票16张。';

describe('a post label with its colon mid-line starts a new contest', () => {
  it('adds no member’s votes to the chair’s when the labels follow a space', () => {
    const text =
      '公告 主任：周明远（得票1562票） 副主任：孙丽华（得票1433票） 委员：钱志强（得票1290票） 有效票1988张';
    expect(alarms(text)).toEqual([]);
    expect(alarms(text, true)).toEqual([]);
  });

  it('after a full-width space, two or more spaces, and with the committee’s name in the label', () => {
    expect(
      alarms(
        `公告\u3000${turnout}\u3000主任：刘建国（得票1340票）、马文（得票296票）\u3000副主任：陈秀英（得票1208票）\u3000委员：黄立新（得票1177票）`,
        true,
      ),
    ).toEqual([]);
    expect(
      alarms(
        `公告 ${turnout}  村委会主任：王德胜  1188票  村委会副主任：李春燕  1046票  村委会委员：张国庆  998票`,
        true,
      ),
    ).toEqual([]);
    expect(
      alarms(
        `公告 ${turnout} 居委会主任：许文静（得票1233票） 居委会副主任：高建华（得票1010票） 居委会委员：唐敏（得票976票）`,
        true,
      ),
    ).toEqual([]);
  });

  it('a label run into prose (选举主任：) starts nothing, and the first post is read as before', () => {
    expect(
      alarms(`${turnout} 本次选举主任：贺明得票1077票 副主任：姚娟得票1001票 委员：秦松得票985票。`, true),
    ).toEqual([]);
  });

  it('still adds the candidates of one post', () => {
    expect(
      findings(
        `${turnout} 主任：周明远（得票1562票）、李刚（得票480票） 副主任：孙丽华（得票1433票） 委员：钱志强（得票1290票）`,
      ),
    ).toEqual([['ANNOUNCED_SUM_MISMATCH', '李刚（得票480票）']]);
  });

  it('a flattened table with no post adds nothing across posts', () => {
    const text =
      '柳溪村选举结果公告 本村有效票1988张。 姓名 得票数 得票率 是否当选 周明远 1562 78.57% 是 孙丽华 1433 72.08% 是 钱志强 1290 64.89% 是';
    expect(alarms(text, true)).toEqual([]);
  });

  it('in English, a post label after a candidate’s votes with no semicolon', () => {
    const text =
      'Donghu Village Committee Election Results 2026. Valid ballots: 1,681. Chair: Liu Jianguo 1,340 Vice-chair: Chen Xiuying 1,208 Member: Huang Lixin 1,177 Member: Zhao Hongmei 1,105';
    expect(alarms(text)).toEqual([]);
    expect(
      findings(
        'Donghu Village Committee Election Results 2026. Valid ballots: 1,681. Chair: Liu Jianguo 1,340; Chair: Ma Wen 396; Vice-chair: Chen Xiuying 1,208 Member: Huang Lixin 1,177',
      ),
    ).toEqual([['ANNOUNCED_SUM_MISMATCH', 'Ma Wen 396']]);
  });
});
