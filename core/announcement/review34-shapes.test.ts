import { describe, expect, it } from 'vitest';
import { counts, reportUnderPack, unread } from './corpus/read-shapes.js';

/** Shapes of notices written for an outside review (corpus-written/review34*): figures invented. */
const alarmsUnder = (text: string, pack: string) =>
  reportUnderPack(text, pack)
    .findings.filter((finding) => finding.severity !== 'info')
    .map((finding) => finding.code);

describe('a runoff winner declared after a clause that works out a third in a bracket', () => {
  const RUNOFF =
    '桃源村村民委员会另行选举结果公告\n2026年5月2日对不足的名额进行另行选举。本村登记选民1,530人，参加另行选举投票1,204人，选举有效。发出选票1,204张，收回1,204张，其中有效票1,186张，无效票18张。\n';
  const text = (votes: string, bracket = '（1,204÷3≈401.3票）') =>
    `${RUNOFF}候选人得票情况：陆海平${votes}票，韩桂英396票，邵明336票。\n陆海平得票最多，且不少于已投选票总数的三分之一${bracket}，当选为桃源村第十二届村民委员会委员。`;

  it('holds the winner to a third of the ballots cast', () => {
    expect(alarmsUnder(text('398'), 'cn-village')).toContain('ANNOUNCED_WINNER_MISMATCH');
  });

  it('raises nothing when the winner has a third, with or without the bracket', () => {
    expect(alarmsUnder(text('452'), 'cn-village')).toEqual([]);
    expect(alarmsUnder(text('452', ''), 'cn-village')).toEqual([]);
    expect(alarmsUnder(text('452', '（1204/3=401.33）'), 'cn-village')).toEqual([]);
  });

  it('reads no winner past a bracket that is no worked threshold', () => {
    expect(alarmsUnder(text('398', '（见附表）'), 'cn-village')).toEqual([]);
  });

  it('raises nothing for a first-round winner past half worked out in a bracket', () => {
    const first =
      '北岗村第十二届村民委员会选举结果公告\n全村登记选民1,645人，参加投票1,377人，选举有效。共发出选票1,377张，收回1,377张，有效票1,370张，无效票7张。\n委员候选人赵国良得689票，钱立新得640票。赵国良得票最多，且超过参加投票村民的半数（1,377÷2＝688.5），当选为村民委员会委员。';
    expect(alarmsUnder(first, 'cn-village')).toEqual([]);
  });
});

describe('those who voted right after the household representatives registered in people', () => {
  const text = (voted: string, turnout: string, valid: string) =>
    `东湖社区第十三届居民委员会选举结果公告\n东湖社区采取户代表投票方式选举第十三届居民委员会。登记户代表2,310人，参加投票${voted}人，参选率${turnout}，选举有效。共发出选票${voted}张，收回${voted}张，有效票${valid}张，无效票17张。`;

  it('reads the register and the voters, and judges the quorum of households', () => {
    expect(counts(text('1,803', '78.05%', '1,786'))).toEqual(
      expect.arrayContaining(['registered 2310', 'cast 1803']),
    );
    expect(alarmsUnder(text('1,803', '78.05%', '1,786'), 'cn-residents:households')).toEqual([]);
    expect(alarmsUnder(text('1,103', '47.75%', '1,086'), 'cn-residents:households')).toContain(
      'TURNOUT_BELOW_QUORUM',
    );
  });

  it('raises nothing under the pack of all residents', () => {
    expect(alarmsUnder(text('1,803', '78.05%', '1,786'), 'cn-residents')).toEqual([]);
  });

  it('keeps a register of voters beside them unread, as before', () => {
    const both =
      '东湖社区第十三届居民委员会选举结果公告\n东湖社区采取户代表投票方式选举。本社区登记选民5,263人，登记户代表2,310人，参加投票1,103人，选举有效。';
    expect(alarmsUnder(both, 'cn-residents:households')).toEqual([]);
    expect(unread(both).map(([text]) => text)).toEqual(expect.arrayContaining(['5,263', '1,103']));
  });

  it('leaves voters named as voters to their own label', () => {
    const voters =
      '东湖社区第十三届居民委员会选举结果公告\n本社区登记选民3,120人，参加投票2,406人，参选率77.12%，选举有效。同日召开户代表会议，应到户代表412人，实到390人，推选居民小组长。';
    expect(alarmsUnder(voters, 'cn-residents')).toEqual([]);
  });
});

describe('a meeting of representatives that elected the committee 差额', () => {
  const text = (came: string, rate: string, valid: string) =>
    `明珠社区第十三届居民委员会选举结果公告\n明珠社区于2026年5月19日召开居民代表会议，差额选举第十三届居民委员会成员，应选3人，候选人4人。应到居民代表76名，实到${came}名，到会率${rate}，超过三分之二，选举有效。发出选票${came}张，收回${came}张，有效票${valid}张，无效票1张。`;

  it('takes the representatives due for the electorate', () => {
    expect(alarmsUnder(text('71', '93.42%', '70'), 'cn-residents:representatives')).toEqual([]);
    expect(alarmsUnder(text('50', '65.79%', '49'), 'cn-residents:representatives')).toContain(
      'TURNOUT_BELOW_QUORUM',
    );
  });

  it('reads no election by representatives from a meeting that chose the supervisory committee 差额', () => {
    const other =
      '明珠社区第十三届居民委员会选举结果公告\n本社区登记选民4,012人，参加投票3,204人，参选率79.86%，选举有效。同日召开居民代表会议，差额选举居务监督委员会成员，应到居民代表76名，实到71名。';
    expect(counts(other)).toContain('registered 4012');
    expect(alarmsUnder(other, 'cn-residents')).toEqual([]);
  });
});

describe('a note that the shares are of the representatives present', () => {
  const MEETING =
    '晨光社区第十三届居民委员会选举结果公告\n2026年5月12日，晨光社区召开居民代表会议，选举产生第十三届居民委员会。本社区应到居民代表94名，实到87名，到会率92.55%，超过三分之二，选举有效。\n共发出选票87张，收回87张，有效票86张，无效票1张。\n';
  const text = (share: string, note = '（得票率按到会居民代表人数计算）') =>
    `${MEETING}当选名单：\n主任：庞志远，得票81票，得票率${share}；\n委员：白雪梅（女），得票76票，得票率87.36%。\n${note}`;

  it('judges the shares of the representatives present', () => {
    expect(alarmsUnder(text('93.10%'), 'cn-residents:representatives')).toEqual([]);
    expect(alarmsUnder(text('93.01%'), 'cn-residents:representatives')).toContain(
      'ANNOUNCED_PERCENT_MISMATCH',
    );
    expect(
      alarmsUnder(text('93.01%', '注：得票率＝得票数÷实到居民代表人数。'), 'cn-residents:representatives'),
    ).toContain('ANNOUNCED_PERCENT_MISMATCH');
  });

  it('leaves such shares unread in an election by all voters', () => {
    const voters = `和风社区第十三届居民委员会选举结果公告\n本社区登记选民5,263人，参加投票4,127人，参选率78.42%，选举有效。有效票4,089张，无效票38张。\n主任：严国平，得票3,804票，得票率91.01%。\n同日召开居民代表会议，应到居民代表60名，实到52名，推选居务监督委员会。\n（得票率按到会居民代表人数计算）`;
    expect(alarmsUnder(voters, 'cn-residents')).toEqual([]);
    expect(unread(voters).map(([text]) => text)).toContain('91.01%');
  });
});
