import { describe, expect, it } from 'vitest';
import { checkAnnouncementArithmetic } from './check-announcement-arithmetic.js';
import { readAnnouncementText } from './read-announcement-text.js';

/** Shapes of the 2026 village notices that were misread (figures invented, every right one exact). */
const codes = (text: string) =>
  checkAnnouncementArithmetic(readAnnouncementText(text), 'zh').map((finding) => finding.code);
const countOf = (text: string, meaning: string) =>
  readAnnouncementText(text).figures.flatMap((figure) =>
    figure.kind === 'count' && figure.meaning === meaning ? [figure.value] : [],
  );
const contestsOfVotes = (text: string) =>
  readAnnouncementText(text).figures.flatMap((figure) =>
    figure.kind === 'votes' ? [`${figure.candidate}:${figure.contest?.text ?? ''}`] : [],
  );

const HEAD = '东升村村民委员会选举结果公告\n';

describe('the later items of a list opened by 其中', () => {
  const registered = (items: string, rate: string) =>
    `${HEAD}本村登记选民1,856人（其中${items}），参加投票1,540人，参选率${rate}。`;

  it('are parts of the whole before it, never the whole stated again', () => {
    for (const items of [
      '户籍选民1,702人，经申请登记参选的选民154人',
      '户籍登记选民1,702人，非户籍登记选民154人',
      '户籍选民1,702人、登记参选的非户籍选民154人',
    ]) {
      expect(codes(registered(items, '82.97%'))).toEqual([]);
      expect(countOf(registered(items, '82.97%'), 'registered')).toEqual([1856n]);
    }
  });

  it('leave a wrong turnout of the whole flagged', () => {
    expect(codes(registered('户籍登记选民1,702人，非户籍登记选民154人', '82.79%'))).toContain(
      'ANNOUNCED_PERCENT_MISMATCH',
    );
  });

  it('end with the sentence: a count of the meaning after it is no part', () => {
    const text = `${HEAD}本村登记选民1,856人，其中户籍选民1,702人。另行选举时登记选民1,850人。`;
    expect(countOf(text, 'registered')).toContain(1856n);
  });
});

describe('words after a colon that follows a count', () => {
  const runoff = (before: string, valid: string) =>
    `${HEAD}${before}：参加投票1,003人，收回选票1,003张，有效票${valid}张，无效票7张。`;

  it('label the count after the colon, not the seats before it', () => {
    for (const before of ['补选1名委员', '对尚缺的1名委员另行选举', '对尚缺的1名委员另行选举:']) {
      const text = runoff(before.replace(/:$/, ''), '996');
      expect(codes(text)).toEqual([]);
      expect(countOf(text, 'cast')).toEqual([1003n]);
    }
  });

  it('leave a wrong account of the runoff flagged', () => {
    expect(codes(runoff('补选1名委员', '990'))).toContain('ANNOUNCED_SUM_MISMATCH');
  });

  it('still let a count say what it is before its colon (1,204人参加投票：…)', () => {
    const text = `${HEAD}登记选民1,400人，1,204人参加投票：收回选票1,204张。`;
    expect(countOf(text, 'cast')).toEqual([1204n]);
  });
});

describe('a post with its seats opening a line wrapped after ；', () => {
  const text =
    `${HEAD}参加投票1,523人，收回选票1,519张，有效票1,506张，无效票13张。\n` +
    '主任：马志刚得票1,102票，当选；\n委员应选3名，刘桂英（女）得票903票，当选；孙强得票812票，当选；' +
    '另两名候选人赵平得票701票、钱伟得票655票，均未过半数。';

  it('opens that post’s contest, so the members’ votes are never summed as the chair’s', () => {
    expect(codes(text)).toEqual([]);
    expect(contestsOfVotes(text)).toEqual([
      '马志刚:主任',
      '刘桂英:委员',
      '孙强:委员',
      '赵平:委员',
      '钱伟:委员',
    ]);
  });

  it('leaves a chair’s votes beyond the valid ballots flagged', () => {
    const wrong = text.replace(
      '主任：马志刚得票1,102票，当选；',
      '主任：马志刚得票1,102票，当选，王海得票502票；',
    );
    expect(codes(wrong)).toContain('ANNOUNCED_SUM_MISMATCH');
  });
});

describe('a body’s heading line with a bracketed note', () => {
  const text =
    '梨园村“两委”换届选举结果公示\n村党总支委员会（党员大会选举，应到党员112名，实到105名）\n' +
    '书记 尤志刚 得票 101\n委员 彭丽 得票 98\n委员 韩国 得票 95\n' +
    '村民委员会（登记选民2,240人，参加投票1,902人，参选率84.9%；收回选票1,900张，有效票1,887张，无效票13张）\n' +
    '主任 尤志刚 得票 1,502\n委员 彭丽 得票 1,433\n委员 冷建设 得票 1,320\n委员 卫红 得票 1,187\n';

  it('keeps the votes under it that body’s, apart from the committee’s of the same person', () => {
    expect(codes(text)).toEqual([]);
    for (const note of ['（党员大会选举）', '选举结果（应到党员112名，实到105名）'])
      expect(codes(text.replace('（党员大会选举，应到党员112名，实到105名）', note))).toEqual([]);
  });

  it('leaves the committee’s own figures judged', () => {
    expect(codes(text.replace('参选率84.9%', '参选率89.4%'))).toContain('ANNOUNCED_PERCENT_MISMATCH');
  });
});

describe('a lone 分会场 in a list of the places’ voters', () => {
  const text = (branch: string) =>
    `${HEAD}登记选民2,316人。\n参加投票：中心会场1,506人，分会场${branch}人，流动票箱119人，合计1,987人，参选率85.79%。\n`;

  it('is one place, so the 合计 is the voters and the turnout is judged of them', () => {
    expect(codes(text('362'))).toEqual([]);
    expect(countOf(text('362'), 'cast')).toEqual([1987n]);
  });

  it('makes a list that does not come to its 合计 flagged', () => {
    expect(codes(text('326'))).toContain('ANNOUNCED_SUM_MISMATCH');
  });
});
