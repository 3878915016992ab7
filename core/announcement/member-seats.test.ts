import { describe, expect, it } from 'vitest';
import { findings, judged } from './corpus/read-shapes.js';
import { readAnnouncementText } from './read-announcement-text.js';

/** The members' post with its seats stated (member-seats.ts): its votes together and its winners. */
describe('the seats of the members stated once', () => {
  const account =
    '全村登记选民1,200人，参加投票的选民1,050人，收回选票1,050张，有效票1,040张，无效票10张，选举有效。';
  const votes = (third: string) =>
    `${account}本次选举应选村民委员会委员3名。\n\n委员选举结果：刘一得票1,010票，刘二得票1,005票，刘三得票${third}票，刘四得票98票。刘一、刘二、刘三当选为村民委员会委员。`;

  it('holds the candidates’ votes together to the seats times the valid ballots', () => {
    expect(findings(votes('980'))).toEqual([]);
    expect(judged(votes('980'))).toContainEqual(['votes-within-ballots', '刘四得票98票', true]);
    // 1010 + 1005 + 1020 + 98 = 3133 > 3 × 1040: each alone within the ballots, together not.
    expect(findings(votes('1,020'))).toEqual([['ANNOUNCED_SUM_MISMATCH', '刘四得票98票']]);
  });

  const winners = (declared: string) =>
    `${account}本次选举应选村民委员会委员3名，正式候选人5名。\n\n委员选举结果：刘洋得票920票，陈静得票803票，黄伟得票706票，${declared}`;

  it('holds the winners declared to the seats', () => {
    const right = winners('以上3人当选为村民委员会委员；马军得票620票，未当选。');
    expect(findings(right)).toEqual([]);
    expect(judged(right)).toContainEqual(['winners-within-seats', '当选', true]);
    expect(findings(winners('马军得票620票。以上4人当选为村民委员会委员。'))).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '当选'],
    ]);
    expect(findings(winners('刘洋、陈静、黄伟、马军当选为村民委员会委员。'))).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '刘洋、陈静、黄伟、马军当选为村民委员会委员'],
    ]);
  });

  it('judges nothing where the seats of another post are stated, or two counts of them differ', () => {
    for (const text of [
      // 委员 in the wide sense, the chair among them.
      `${account}本次选举应选主任1名、委员3名。\n\n刘洋得票920票，陈静得票803票，黄伟得票706票，马军得票620票，刘洋、陈静、黄伟、马军当选为村民委员会委员，其中刘洋为主任。`,
      `${account}应选村民委员会委员3名，正式候选人5名。应选委员4名。\n\n刘洋、陈静、黄伟、马军当选为村民委员会委员。`,
      `${account}应选村民委员会成员4名。应选委员3名。\n\n刘洋、陈静、黄伟、马军当选为村民委员会委员。`,
    ]) {
      expect(findings(text)).toEqual([]);
      expect(judged(text).filter(([rule]) => rule === 'winners-within-seats')).toEqual([]);
    }
  });

  it('judges nothing beside a post for a woman member, whose votes read as the members’', () => {
    for (const women of [
      '妇女委员：孙丽，得票1,000票，当选。',
      '妇女委员选举结果：孙丽得票1,000票，当选为村民委员会妇女委员。',
    ]) {
      const text = `${account}本次选举应选村民委员会委员2名。\n\n委员：刘洋得票900票，陈静得票850票，黄伟得票206票。刘洋、陈静当选为村民委员会委员。\n${women}`;
      expect(findings(text)).toEqual([]);
    }
  });

  it('judges nothing where the members declared may be of both committees', () => {
    const text = `${account}应选村民委员会委员3名。\n\n张强、李明、王红、赵六当选为村“两委”委员。`;
    expect(findings(text)).toEqual([]);
  });

  it('leaves a runoff’s notice and a supervisory committee’s winners alone', () => {
    const runoff = `大岭村村民委员会委员另行选举结果公告\n\n${account}应选委员1名。刘洋、陈静当选为村民委员会委员。`;
    expect(findings(runoff)).toEqual([]);
    const other = `${account}应选村民委员会委员3名。\n\n刘洋、陈静、黄伟当选为村民委员会委员；王一、王二当选为村务监督委员会委员。`;
    expect(findings(other)).toEqual([]);
  });
});

/** Votes under a heading that names a post with its seats (委员应选2名：) are that post's. */
describe('votes under a post heading with its seats', () => {
  const account = '全村登记选民1,380人，参加投票的选民1,244人，收回选票1,244张，选举有效。\n';
  const notice = (chair: string, members: string, declared: string, women = '') =>
    `${account}${chair}岭鸣得票1,012票，当选。\n${members}岭英得票802票，岭华得票761票，岭山得票702票。${declared}当选为村民委员会委员。\n${women}`;

  it('holds the winners to the seats of 委员应选2名： and 村民委员会委员（应选2名）：', () => {
    for (const [chair, members] of [
      ['主任应选1名：', '委员应选2名：'],
      ['村民委员会主任（应选1名）：', '村民委员会委员（应选2名）：'],
    ] as const) {
      const right = notice(chair, members, '岭英、岭华');
      expect(findings(right)).toEqual([]);
      expect(judged(right).filter(([rule]) => rule === 'winners-within-seats')).toEqual([
        ['winners-within-seats', '岭英、岭华当选为村民委员会委员', true],
      ]);
      expect(findings(notice(chair, members, '岭英、岭华、岭山'))).toEqual([
        ['ANNOUNCED_SUM_MISMATCH', '岭英、岭华、岭山当选为村民委员会委员'],
      ]);
    }
  });

  it('files each candidate’s votes under the post of the heading above them', () => {
    const text = notice('主任应选1名：', '委员应选2名：', '岭英、岭华', '妇女委员应选1名：岭霞得票930票。');
    const posts = readAnnouncementText(text).figures.flatMap((figure) =>
      figure.kind === 'votes' ? [`${figure.candidate} ${figure.contest?.text ?? '-'}`] : [],
    );
    expect(posts).toEqual(['岭鸣 主任', '岭英 委员', '岭华 委员', '岭山 委员', '岭霞 妇女委员']);
  });

  it('reads a woman member’s post with seats of its own as her own election', () => {
    const women = '妇女委员应选1名：岭霞得票930票，岭云得票290票。岭霞当选为村民委员会妇女委员。';
    expect(findings(notice('主任应选1名：', '委员应选2名：', '岭英、岭华', women))).toEqual([]);
    expect(findings(notice('主任应选1名：', '委员应选2名：', '岭英、岭华、岭山', women))).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '岭英、岭华、岭山当选为村民委员会委员'],
    ]);
  });

  it('judges nothing where the chair may be among the members declared', () => {
    const text = `${account}本次选举应选主任1名、委员2名。\n主任：岭鸣得票1,012票，当选。\n委员应选2名：岭英得票802票，岭华得票761票，岭山得票302票。岭鸣、岭英、岭华当选为村民委员会委员，其中岭鸣为主任。`;
    expect(findings(text)).toEqual([]);
    expect(judged(text).filter(([rule]) => rule === 'winners-within-seats')).toEqual([]);
  });

  it('leaves votes under 委员（应选3名，其中妇女委员1名） as read before, of no post', () => {
    const text = `${account}主任应选1名：岭鸣得票1,012票，当选。\n委员（应选3名，其中妇女委员1名）：岭英得票802票，岭华得票761票，岭霞得票702票，岭山得票302票。岭英、岭华、岭霞当选为村民委员会委员，其中岭霞为妇女委员。`;
    expect(findings(text)).toEqual([]);
  });

  const head =
    '青山村第十二届村民委员会选举结果公告\n本次选举登记选民1200人，参加投票1100人，有效票1090张。应选委员3名。\n委员：李娜得票700票，王芳得票650票，赵磊得票600票，李娜、王芳、赵磊当选为委员。';

  it('counts the names declared in characters and in letters apart, not as different people', () => {
    const text = `${head}\nLi Na, Wang Fang and Zhao Lei were elected members.`;
    expect(findings(text)).toEqual([]);
    expect(
      findings(
        `${head.replace('赵磊当选', '赵磊、刘一当选')}\nLi Na, Wang Fang and Zhao Lei were elected members.`,
      ),
    ).toEqual([['ANNOUNCED_SUM_MISMATCH', '李娜、王芳、赵磊、刘一当选为委员']]);
  });

  it('counts no winners of a declaration whose line names another body', () => {
    expect(findings(`${head}\n村务监督委员会委员：王五、赵六、孙七当选。`)).toEqual([]);
  });
});

describe('the winners declared to the members’ seats, with no ballots stated', () => {
  it('holds them to the seats all the same: the seats and the declarations are all it takes', () => {
    const text = (declared: string) =>
      `东村村民委员会选举结果公告\n\n本次选举应选村民委员会委员3名，正式候选人4名。经投票，${declared}当选为村民委员会委员。`;
    expect(findings(text('张三、李四、王五'))).toEqual([]);
    expect(judged(text('张三、李四、王五'))).toContainEqual([
      'winners-within-seats',
      '张三、李四、王五当选为村民委员会委员',
      true,
    ]);
    expect(findings(text('张三、李四、王五、赵六'))).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '张三、李四、王五、赵六当选为村民委员会委员'],
    ]);
  });

  it('judges nothing where the seats are stated again after winners: two places’ elections', () => {
    const text =
      '某镇村民委员会换届选举结果\n\n一、东村\n应选村民委员会委员3名。张三、李四、王五当选为村民委员会委员。\n二、西村\n应选村民委员会委员3名。赵六、孙七、周八当选为村民委员会委员。';
    expect(findings(text)).toEqual([]);
    expect(judged(text).filter(([rule]) => rule === 'winners-within-seats')).toEqual([]);
  });
});
