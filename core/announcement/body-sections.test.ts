import { describe, expect, it } from 'vitest';
import { alarms, findings, judged, work } from './corpus/read-shapes.js';

/**
 * A notice reporting two bodies' elections under numbered section headings (一、村民委员会选举结果 …
 * 二、村务监督委员会选举结果): the heading is the body of every figure under it (mention-settings.ts), so
 * that same-named posts (主任, 委员) of different bodies never meet. Every number and name here is invented.
 */
const NOTICE = (supervisionShare: string, secondChair = '420') =>
  '东坡村“两委”换届选举结果公告\n' +
  '一、村民委员会选举结果\n' +
  '本次选举登记选民1500人，参加投票1320人，参选率88.0%。发出选票1320张，收回选票1320张，有效票1300张，无效票20张。\n' +
  `主任：刘建国得票860票，当选；陈立得票${secondChair}票。\n` +
  '委员：王军得票1010票，李红得票980票，周平得票950票，当选；吴刚得票600票。\n' +
  '二、村务监督委员会选举结果\n' +
  '发出选票1320张，收回选票1318张，有效票1310张，无效票8张。\n' +
  `主任：赵强得票905票，得票率${supervisionShare}%，当选；孙伟得票400票。\n` +
  '委员：钱梅得票1000票，郑涛得票990票，当选；冯英得票500票。\n';

describe('figures under a section heading naming a body', () => {
  it('judges a supervisory chair’s share of its own section’s ballots', () => {
    expect(findings(NOTICE('68.66'))).toEqual([]);
    // Of the committee's 1320 voters it would be 68.56 %: right there, wrong of its own 1318.
    expect(findings(NOTICE('68.56'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '得票率68.56%']]);
  });

  it('sums the committee chair’s candidates against the committee’s valid ballots alone', () => {
    expect(findings(NOTICE('68.66', '460'))).toEqual([['ANNOUNCED_SUM_MISMATCH', '陈立得票460票']]);
  });

  it('never sums two bodies’ chairs together nor takes the committee’s voters as a base', () => {
    const noBallots =
      '南岭村选举结果公告\n一、村民委员会选举结果\n本村登记选民1500人，参加投票1320人，参选率88.0%，有效票1300张。\n' +
      '主任：刘建国得票860票，当选。\n二、村务监督委员会选举结果\n主任：赵强得票980票，得票率76.56%，当选。\n';
    expect(findings(noBallots)).toEqual([]);
    expect(judged(noBallots).map(([, words]) => words)).not.toContain('得票率76.56%');
    const [entry] = work(noBallots).unjudged.filter((figure) => figure.text === '得票率76.56%');
    expect(entry?.work.en).toMatch(/the section it stands in states no count of voters who cast a ballot/);
  });

  it('keeps the section across lower headings naming no body (（一）主任 under 二、村务监督委员会)', () => {
    const nested = (share: string) =>
      '西湖村选举结果公告\n一、村民委员会选举结果\n本次选举登记选民1500人，参加投票1320人，有效票1300张，无效票20张。\n' +
      '（一）主任\n刘建国得票860票，当选。\n二、村务监督委员会选举结果\n收回选票1318张，有效票1310张，无效票8张。\n' +
      `（一）主任\n赵强得票905票，得票率${share}%，当选。\n（二）委员\n钱梅得票1000票，当选。\n`;
    expect(findings(nested('68.66'))).toEqual([]);
    expect(findings(nested('68.56'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '得票率68.56%']]);
  });

  it('ends the section at the next heading of its level that names no body', () => {
    const ended =
      '南岭村选举结果公告\n一、村务监督委员会选举结果\n主任：赵强得票980票，当选。\n二、投票情况\n' +
      '本村登记选民1500人，参加投票1320人，有效票1300张。\n';
    expect(work(ended).judged.map((figure) => figure.text)).toContain('赵强得票980票');
  });
});

/**
 * A heading line naming another body, numbered or not (`村务监督委员会：`, `二、村务监督委员会`), over its
 * winners: they are that body's, never the members of the villagers' committee.
 */
describe('winners under a heading line naming another body', () => {
  const notice = (heading: string, winners: string) =>
    '西坪村村民委员会选举结果公告\n\n' +
    '本村登记选民1200人，参加投票1052人，收回选票1050张，有效票1041张，无效票9张。本次选举应选村民委员会委员3名。\n\n' +
    '主任：张伟得票802票，当选为主任。\n' +
    '委员：李强得票740票，王芳得票733票，赵敏得票690票，当选为委员；刘洋得票402票。\n' +
    `${heading}\n${winners}\n`;

  it('counts none of them toward the committee’s seats, nor judges them by its ballots', () => {
    for (const heading of [
      '村务监督委员会：',
      '村务监督委员会选举结果：',
      '二、村务监督委员会',
      '监委会成员',
    ])
      for (const winners of [
        '周平、吴刚、郑丽当选为委员。',
        '委员：周平得票41票，吴刚得票40票，郑丽得票38票，当选为委员。',
      ]) {
        const text = notice(heading, winners);
        expect([heading, winners, alarms(text, true)]).toEqual([heading, winners, []]);
        expect(judged(text)).toContainEqual(['winners-within-seats', '当选为委员', true]);
      }
  });

  it('still counts the committee’s own winners after a blank line or a heading naming the committee', () => {
    const text = (between: string) =>
      '西坪村“两委”选举结果公告\n\n本次选举应选村民委员会委员3名。\n村务监督委员会：\n周平、吴刚、郑丽当选为委员。\n' +
      `${between}李强、王芳、赵敏、刘洋当选为委员。\n`;
    for (const between of ['\n', '村民委员会：\n'])
      expect(findings(text(between))).toEqual([
        ['ANNOUNCED_SUM_MISMATCH', '李强、王芳、赵敏、刘洋当选为委员'],
      ]);
  });
});

/**
 * A line naming a body (`村民委员会：`, `村务监督委员会：`, `村务监督委员会主任：…`) scopes the posts and votes
 * after it, on its own line or on the lines under it, up to the next body: two bodies' chairs never meet
 * in one sum, while each body's own chairs still do.
 */
describe('posts under an unnumbered line naming a body', () => {
  // 村务监督委员会：收回选票…: another body's own ballot account on its heading's line is that body's, never
  // a second statement of the committee's opening ballots.
  it('keeps another body’s ballot count on its heading’s line apart from the opening count', () => {
    for (const body of ['村务监督委员会', '居务监督委员会']) {
      const text =
        '幸福社区第十二届居民委员会和居务监督委员会选举结果公告\n' +
        '本社区登记选民3120人，参加投票2488人，收回选票2486张，有效票2100张，无效票386张。\n' +
        '居民委员会：主任严淑珍得票1347票，许文彬得票690票；委员林涛得票1655票、黄晓燕得票1590票。\n' +
        `${body}：收回选票2480张，有效票2460张，无效票20张；主任郭明得票1880票，郭亮得票560票。\n`;
      expect([body, findings(text)]).toEqual([body, []]);
    }
  });

  const notice = (committee: string, supervision: string) =>
    '红星村第十二届村民委员会和村务监督委员会选举结果公告\n\n' +
    '红星村于2026年11月9日召开选举大会，本村登记选民1420人，参加投票选民1186人，收回选票1184张，有效票1178张。\n' +
    `${committee}\n${supervision}\n`;
  const committeeLines = (second: string) => [
    `村民委员会：\n主任：韦国强，得票802票；覃明，得票${second}票；委员：莫小红，得票760票；覃军，得票702票。`,
    `村民委员会：\n主任：韦国强，得票802票；覃明，得票${second}票\n委员：莫小红，得票760票；覃军，得票702票`,
    `村民委员会：主任：韦国强，得票802票；覃明，得票${second}票；委员：莫小红，得票760票；覃军，得票702票。`,
  ];
  const supervisionLines = [
    '村务监督委员会：\n主任：黎志明，得票830票；委员：蓝秀英，得票790票；韦海，得票720票。',
    '村务监督委员会：\n主任：黎志明，得票830票\n委员：蓝秀英，得票790票；韦海，得票720票',
    '村务监督委员会：主任：黎志明，得票830票；委员：蓝秀英，得票790票；韦海，得票720票。',
  ];

  it('never sums the supervisory committee’s chair with the committee’s', () => {
    for (const committee of committeeLines('300'))
      for (const supervision of supervisionLines)
        expect([committee, supervision, alarms(notice(committee, supervision), true)]).toEqual([
          committee,
          supervision,
          [],
        ]);
  });

  // The committee named before the colon of its votes' own line is their section, as on a line of its own:
  // before, its votes were kept apart from the opening ballots, which the title makes of both bodies.
  it('still sums the committee’s own chairs under its heading against the valid ballots', () => {
    for (const committee of committeeLines('400'))
      for (const supervision of supervisionLines)
        expect([committee, supervision, findings(notice(committee, supervision))]).toEqual([
          committee,
          supervision,
          [['ANNOUNCED_SUM_MISMATCH', '覃明，得票400票']],
        ]);
  });

  it('checks a member’s votes on the committee’s own line against the opening ballots, as under it', () => {
    for (const committee of [
      '村民委员会：主任韦国强得票802票；委员莫小红得票1190票、覃军得票702票。',
      '村民委员会：\n主任韦国强得票802票；委员莫小红得票1190票、覃军得票702票。',
    ])
      expect([committee, findings(notice(committee, supervisionLines[0] ?? ''))]).toEqual([
        committee,
        [['ANNOUNCED_SUM_MISMATCH', '莫小红得票1190票']],
      ]);
  });

  it('gives the post glued before a list’s first name to the names after it, up to a semicolon', () => {
    for (const committee of [
      '村民委员会：主任韦国强得票802票，覃明得票400票；委员莫小红得票760票、覃军得票702票。',
      '村民委员会：\n主任韦国强得票802票，覃明得票400票；委员莫小红得票760票、覃军得票702票。',
    ])
      expect([committee, findings(notice(committee, supervisionLines[0] ?? ''))]).toEqual([
        committee,
        [['ANNOUNCED_SUM_MISMATCH', '覃明得票400票']],
      ]);
    // 360 keeps the chair's sum within the 1178 valid ballots; a name after its own post is that post's.
    expect(
      findings(
        notice('村民委员会：主任韦国强得票802票，覃明得票360票；委员莫小红得票760票、覃军得票702票。', ''),
      ),
    ).toEqual([]);
    expect(
      findings(notice('村民委员会：主任韦国强得票802票，委员莫小红得票760票、覃军得票702票。', '')),
    ).toEqual([]);
  });

  // 委员覃军 and 代表韦一 read as four characters of a name: the post (or another role) switched there.
  it('ends the post glued before a list where another post or role opens a name, with no semicolon', () => {
    for (const committee of [
      '村民委员会：主任韦国强得票802票，委员覃军得票702票，黄丽得票655票，莫小红得票640票。',
      '主任韦国强得票802票，覃明得票360票，委员莫小红得票760票，覃军得票702票，黄丽得票655票。',
      '主任韦国强得票802票，委员何静得票702票，林涛得票655票，张磊得票640票。',
      '主任韦国强得票802票，覃明得票360票，村民代表韦一得票600票，覃二得票580票。',
      '主任韦国强得票802票，覃明得票360票，代表韦一得票600票，覃二得票580票。',
      '主任韦国强得票802票，覃明得票360票，组长韦一得票600票，覃二得票580票。',
    ])
      expect([committee, findings(notice(committee, ''))]).toEqual([committee, []]);
    // The list itself is still read: the chair's two candidates over the 1178 valid ballots.
    expect(
      findings(notice('主任韦国强得票802票，覃明得票400票，委员莫小红得票760票，覃军得票702票。', '')),
    ).toEqual([['ANNOUNCED_SUM_MISMATCH', '覃明得票400票']]);
  });
});
