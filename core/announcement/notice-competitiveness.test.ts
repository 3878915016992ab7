import { describe, expect, it } from 'vitest';
import { alarms, reportAlone } from './corpus/read-shapes.js';

/** 差额 judged from a notice alone under a competitive pack (notice-competitiveness.ts). */
describe('the candidates stated right after the seats', () => {
  const notice = (seats: string, title = '松林村第十二届村民委员会选举结果公告') =>
    `${title}\n\n松林村于2026年3月26日召开选举大会。全村登记选民1,690人，参加投票的选民1,512人，收回选票1,512张，选举有效。${seats}\n\n胡兵得票1,201票，林霞得票1,102票，罗刚得票998票，当选为村民委员会委员。`;

  it('flags no more candidates than seats, and shows the check either way', () => {
    expect(alarms(notice('本次选举应选村民委员会委员3名，正式候选人3名。'), true)).toEqual([
      'NOT_COMPETITIVE 3/4',
    ]);
    expect(alarms(notice('应选村委会成员5名，候选人4名。'), true)).toEqual(['NOT_COMPETITIVE 4/6']);
    const right = notice('本次选举应选村民委员会委员3名，正式候选人4名。');
    expect(alarms(right, true)).toEqual([]);
    expect(
      reportAlone(right, true).announcement?.judged?.filter((figure) => figure.rule === 'competitive'),
    ).toMatchObject([{ right: true, text: '正式候选人4名' }]);
  });

  it('lists the seats as a term of the judgement, not as a figure nothing checked', () => {
    // No votes read: the seats are a term of the 差额 judgement alone.
    const text = notice('本次选举应选村民委员会委员3名，正式候选人3名。').replace(/\n\n胡兵.*$/u, '');
    const unread = reportAlone(text, true).announcement?.unread ?? [];
    expect(unread.map((figure) => figure.text)).not.toContain('本次选举应选村民委员会委员3名');
    expect(alarms(text, true)).toEqual(['NOT_COMPETITIVE 3/4']);
  });

  it('judges nothing where the candidates are not certainly those of the seats', () => {
    for (const text of [
      // Not right after the seats, preliminary, several posts, a supervisory committee, a runoff.
      notice('本次选举应选村民委员会委员3名。经村民提名，确定正式候选人3名。'),
      notice('应选村民委员会委员3名，初步候选人3名。'),
      notice('应选主任1名，候选人1名；应选委员3名，候选人3名。'),
      notice('应选委员3名，正式候选人3名。', '松林村村务监督委员会选举结果公告'),
      notice('应选委员3名，正式候选人3名。', '松林村村民委员会委员另行选举结果公告'),
    ])
      expect(alarms(text, true)).toEqual([]);
    // A township's candidates together do not show which village had too few.
    expect(
      alarms('全镇12个村于2026年3月完成换届选举。应选村民委员会成员60名，正式候选人60名。', true),
    ).toEqual([]);
    // Without a pack, nothing is judged.
    expect(alarms(notice('应选村民委员会委员3名，正式候选人3名。'))).toEqual([]);
  });

  const head = '青山村第十二届村民委员会选举结果公告\n本次选举登记选民1200人，参加投票1100人，有效票1090张。';
  const members =
    '\n委员：李娜得票700票，王芳得票650票，赵磊得票600票，赵强得票200票。李娜、王芳、赵磊当选为委员。';

  it('reads no candidates’ count that does not end its clause (候选人3名得票过半数)', () => {
    for (const text of [
      `${head}应选委员3名，候选人3名得票过半数。${members}`,
      `${head}应选委员3名，候选人3名获得过半数选票当选。${members}`,
    ])
      expect(alarms(text, true)).toEqual([]);
    // Not for the fourth candidate's votes alone: the count runs on into 得票过半数.
    const three = members.replace('，赵强得票200票', '');
    expect(alarms(`${head}应选委员3名，候选人3名得票过半数。${three}`, true)).toEqual([]);
    expect(alarms(`${head}应选委员3名，候选人3名。${three}`, true)).toEqual(['NOT_COMPETITIVE 3/4']);
  });

  it('judges nothing where votes are listed for more members’ candidates than the count stated', () => {
    expect(alarms(`${head}应选委员3名，候选人3名。${members}`, true)).toEqual([]);
  });
});
