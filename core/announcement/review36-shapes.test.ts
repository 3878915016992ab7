import { describe, expect, it } from 'vitest';
import { reportUnderPack } from './corpus/read-shapes.js';

/** Shapes of notices written for an outside review (corpus-written/review36*): figures invented. */
const findingsUnder = (text: string, pack: string) => reportUnderPack(text, pack).findings;
const alarmsUnder = (text: string, pack: string) =>
  findingsUnder(text, pack)
    .filter((finding) => finding.severity !== 'info')
    .map((finding) => finding.code);

describe('a notice that declares its own election void for its turnout, the vote to be held again', () => {
  const notice = (
    voted: string,
    rate: string,
    short = '未超过登记选民的半数。根据《中华人民共和国村民委员会组织法》第十五条的规定，本次选举无效。',
  ) =>
    '东岗村村民委员会选举无效的公告\n\n2026年4月12日，东岗村召开选举大会，选举第十三届村民委员会。\n\n' +
    `本村登记选民2,104人，当日参加投票${voted}人，占登记选民的${rate}，${short}\n\n` +
    '经村民选举委员会研究，定于2026年4月26日重新选举，选民登记名单不变。\n\n东岗村村民选举委员会\n2026年4月13日';

  it('raises no alarm where its figures agree that too few voted', () => {
    expect(alarmsUnder(notice('1,006', '47.81%'), 'cn-village')).toEqual([]);
    expect(
      alarmsUnder(notice('1,006', '47.81%', '参加投票人数未过半数，本次选举无效。'), 'cn-village'),
    ).toEqual([]);
    expect(
      alarmsUnder(notice('1,006', '47.81%', '因参加投票的选民未超过半数，选举无效。'), 'cn-village'),
    ).toEqual([]);
  });

  it('still says the election is void and why, as information', () => {
    const findings = findingsUnder(notice('1,006', '47.81%'), 'cn-village');
    const quorum = findings.find((finding) => finding.code === 'TURNOUT_BELOW_QUORUM');
    expect(quorum?.severity).toBe('info');
    expect(quorum?.messages.zh).toContain('公告自己宣布选举无效');
    expect(quorum?.messages.en).toContain('The notice itself declares the election void');
    expect(findings.find((finding) => finding.code === 'ELECTION_VOID')?.severity).toBe('info');
    expect(reportUnderPack(notice('1,006', '47.81%'), 'cn-village').verdict).toBe('void');
  });

  it('warns where its own figures meet the quorum it says was missed', () => {
    expect(alarmsUnder(notice('1,106', '52.57%'), 'cn-village')).toEqual(['ANNOUNCED_MISMATCH']);
  });

  it('is not a notice that reports winners after saying an earlier vote was void', () => {
    const repeat =
      '上湾村重新选举结果公告\n\n2026年4月18日上湾村选举，登记选民1,428人，参加投票689人，未超过登记选民半数，选举无效。\n\n' +
      '2026年4月25日重新选举，参加投票1,107人，参选率77.52%，有效票1,093张。石国平得票901票当选主任。';
    expect(alarmsUnder(repeat, 'cn-village')).toEqual([]);
  });

  it('still raises the alarm where the notice declares winners though too few voted', () => {
    const elected =
      '西岗村选举结果公告\n本村登记选民2,104人，参加投票1,006人，未超过登记选民的半数，本次选举无效。\n主任：王大山，得票900票，当选。';
    expect(alarmsUnder(elected, 'cn-village')).toContain('TURNOUT_BELOW_QUORUM');
  });
});

describe('a note naming the base of the shares with its count (以参加投票人数1,512为基数)', () => {
  const form = (share: string, note = '说明：得票率以参加投票人数1,512为基数。') =>
    '金竹村换届选举计票结果\n\n2026年4月15日　金竹村选举大会\n登记选民：1,733人｜参加投票：1,512人｜参选率：87.25%\n\n' +
    '职务｜姓名｜得票数｜得票率｜是否当选\n主任｜田大勇｜1,376｜91.01%｜是\n' +
    `委员｜唐小芬（女）｜1,245｜82.34%｜是\n委员｜毛继红｜1,068｜${share}｜是\n委员｜谭家旺｜397｜26.26%｜否\n\n` +
    `${note}\n\n金竹村村民选举委员会（章）`;

  it('judges the shares of that base where the notice states that count', () => {
    expect(alarmsUnder(form('70.63%'), 'cn-village')).toEqual([]);
    expect(alarmsUnder(form('76.03%'), 'cn-village')).toEqual(['ANNOUNCED_PERCENT_MISMATCH']);
    expect(alarmsUnder(form('76.03%', '注：得票率按参加投票人数1512人计算。'), 'cn-village')).toEqual([
      'ANNOUNCED_PERCENT_MISMATCH',
    ]);
  });

  it('leaves prose shares unread where the count the note names is not the notice’s count of that base', () => {
    const prose = (share: string, count: string) =>
      '金竹村第十三届村民委员会选举结果公告\n2026年4月15日，本村登记选民1,733人，参加投票1,512人，参选率87.25%。\n' +
      `主任：田大勇，1,376票，得票率91.01%；\n委员：毛继红，1,068票，得票率${share}。\n以上人员当选。\n` +
      `（得票率以参加投票人数${count}为基数）`;
    expect(alarmsUnder(prose('70.63%', '1,512'), 'cn-village')).toEqual([]);
    expect(alarmsUnder(prose('76.03%', '1,512'), 'cn-village')).toEqual(['ANNOUNCED_PERCENT_MISMATCH']);
    expect(alarmsUnder(prose('71.20%', '1,500'), 'cn-village')).toEqual([]);
  });
});

describe('all the representatives, then those present named by the meeting alone (居民代表共58名，出席会议52名)', () => {
  const notice = (due: string, votes: string) =>
    '阳光社区第十三届居民委员会选举结果公告\n2026年5月20日，阳光社区召开居民代表会议，由居民代表选举产生第十三届居民委员会。\n' +
    `${due}\n主任：卓家明，49票；\n委员：樊晓东，${votes}票。\n以上2人当选为阳光社区第十三届居民委员会成员。`;
  const pack = 'cn-residents:representatives';

  it('holds the winners to those present', () => {
    expect(alarmsUnder(notice('本社区居民代表共58名，出席会议52名，超过三分之二。', '44'), pack)).toEqual([]);
    expect(alarmsUnder(notice('本社区居民代表共58名，出席会议52名，超过三分之二。', '26'), pack)).toEqual([
      'ANNOUNCED_WINNER_MISMATCH',
    ]);
    expect(alarmsUnder(notice('本社区居民代表总数为58名，出席会议52名。', '26'), pack)).toEqual([
      'ANNOUNCED_WINNER_MISMATCH',
    ]);
  });

  it('says the quorum of the representatives, not of registered voters', () => {
    const judged =
      reportUnderPack(notice('本社区居民代表共58名，出席会议52名。', '44'), pack).announcement?.judged ?? [];
    const quorum = judged.find((figure) => figure.rule === 'quorum');
    expect(quorum?.work.zh).toContain('居民代表58人中52人参加投票');
    expect(quorum?.work.en).toContain("out of 58 residents' representatives");
  });
});
