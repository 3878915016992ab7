import { describe, expect, it } from 'vitest';
import { findings, judged, reportAlone, rows } from './corpus/read-shapes.js';
import { readAnnouncementText } from './read-announcement-text.js';

const BALLOTS = '本次选举共发出选票1502张，收回选票1498张，其中有效票1480张。';
const withinValid = (text: string) => judged(text).filter(([rule]) => rule === 'votes-within-ballots');

describe('the first votes of a list given respectively are compared with the valid ballots', () => {
  it('compares every name of a 分别 list joined by 、 和 及 与', () => {
    for (const [list, names] of [
      ['张伟、刘芳分别得票956票、812票', ['张伟', '刘芳']],
      ['张伟和刘芳分别得票956票和812票', ['张伟', '刘芳']],
      ['张伟、王强及刘芳分别得票956票、900票、812票', ['张伟', '王强', '刘芳']],
      ['张伟与刘芳分别获得956票、812票', ['张伟', '刘芳']],
      ['张伟、刘芳，分别得票956票、812票', ['张伟', '刘芳']],
    ] as const) {
      const text = `${BALLOTS}${list}，当选委员。`;
      const compared = withinValid(text);
      expect(compared).toHaveLength(names.length);
      expect(compared.every(([, , right]) => right)).toBe(true);
    }
  });

  it('finds the first name of such a list over the valid ballots', () => {
    const text = `${BALLOTS}张伟、刘芳分别得票1490票、812票，当选委员。`;
    expect(withinValid(text)).toContainEqual(['votes-within-ballots', '张伟、刘芳分别得票1490票', false]);
  });

  it('still keeps a list of another time from the comparison', () => {
    const text = `${BALLOTS}上届张伟、刘芳分别得票956票、812票。`;
    expect(withinValid(text).map(([, words]) => words)).not.toContain('上届张伟、刘芳分别得票956票');
  });
});

describe('选举X为<post> and 选举产生X为<post> declare X elected to the post', () => {
  it('declares the name whose votes stand beside the post', () => {
    for (const text of [
      `${BALLOTS}选举郑晓燕为主任（1164票，78.6%）。`,
      `${BALLOTS}选举产生郑晓燕为村委会主任，得票1164票。`,
    ]) {
      const elected = rows(text).filter(([kind]) => kind === 'elected');
      expect(elected.map((row) => [row[2], row[3]])).toEqual([['主任', ['郑晓燕']]]);
    }
  });

  it('checks the seat needs more than half under the village rules', () => {
    const codes = (text: string) => reportAlone(text, true).findings.map((f) => f.code);
    expect(codes(`${BALLOTS}选举产生郑晓燕为村委会主任，得票700票。`)).toContain('ANNOUNCED_WINNER_MISMATCH');
    expect(codes(`${BALLOTS}选举郑晓燕为主任（1164票）。`)).not.toContain('ANNOUNCED_WINNER_MISMATCH');
  });

  it('declares no one after words that only propose, nor for a post of candidates', () => {
    for (const text of [
      `${BALLOTS}拟选举郑晓燕为主任（1164票）。`,
      `${BALLOTS}选举郑晓燕为主任候选人，得票1164票。`,
    ])
      expect(rows(text).filter(([kind]) => kind === 'elected')).toEqual([]);
  });
});

describe('a chair named by a heading right before a block of votes has one seat', () => {
  const sums = (text: string) =>
    withinValid(text)
      .filter(([, , right]) => right === false)
      .map(([, words]) => words);

  it('sums the votes under 主任选举结果： on its own line', () => {
    expect(sums(`${BALLOTS}\n\n主任选举结果：\n张伟 800票\n刘芳 700票\n`)).toEqual(['刘芳 700票']);
    expect(sums(`${BALLOTS}\n\n主任选举结果：\n张伟 800票\n刘芳 600票\n`)).toEqual([]);
  });

  it('sums a table after a sentence saying 应选主任1名', () => {
    const table = '\n\n| 姓名 | 得票数 |\n| --- | --- |\n| 张伟 | 800 |\n| 刘芳 | 700 |\n';
    expect(sums(`${BALLOTS}应选主任1名，得票情况如下：${table}`)).toEqual(['刘芳 | 700']);
    // Another post named beside the chair: which votes are the chair's cannot be told.
    expect(sums(`${BALLOTS}应选主任1名、委员3名，得票情况如下：${table}`)).toEqual([]);
  });

  it('sums a table after a paragraph that closes on the chair heading', () => {
    const table = '\n姓名\t得票数\n张伟\t800\n刘芳\t700\n';
    const lead = `${BALLOTS}根据有关规定，选举有效。现将选举结果公告如下。`;
    expect(sums(`${lead}主任选举结果：${table}`)).toEqual(['刘芳\t700']);
    expect(sums(`${lead}主任选举结果：${table.replace('700', '600')}`)).toEqual([]);
    // Not when the closing sentence names another post, nor when the heading is not the last sentence.
    expect(sums(`${lead}副主任选举结果：${table}`)).toEqual([]);
    expect(sums(`${lead}主任选举结果：见附表。${table}`)).toEqual([]);
  });

  it('carries a row share and result along with its votes', () => {
    const table = '\n姓名\t得票数\t得票率\t是否当选\n张伟\t800\t53.3%\t是\n刘芳\t700\t46.7%\t否\n';
    expect(sums(`${BALLOTS}现将选举结果公告如下。主任选举结果：${table}`)).toEqual(['刘芳\t700']);
    expect(sums(`${BALLOTS}\n主任选举结果：${table.replace('700', '600')}`)).toEqual([]);
  });

  it('leaves the votes alone when another heading or line intervenes', () => {
    expect(sums(`${BALLOTS}\n\n主任选举结果：\n张伟 800票\n委员选举结果：\n刘芳 700票\n`)).toEqual([]);
    expect(sums(`${BALLOTS}\n\n副主任选举结果：\n张伟 800票\n刘芳 700票\n`)).toEqual([]);
  });
});

describe('a numbered heading line naming the chair, with no colon (（一）主任), over lines of votes', () => {
  const NOTICE = (second: string) =>
    `西湖村选举结果公告\n${BALLOTS}\n（一）主任\n刘建国得票860票，当选；陈立得票${second}票。\n（二）委员\n王军得票1010票，李红得票980票，周平得票950票，当选。\n`;
  const chairSums = (text: string) =>
    withinValid(text).filter(([, words]) => words === '陈立得票420票' || words === '陈立得票640票');

  it('sums the chair’s candidates against the valid ballots, right and wrong', () => {
    expect(chairSums(NOTICE('420'))).toContainEqual(['votes-within-ballots', '陈立得票420票', true]);
    expect(chairSums(NOTICE('640'))).toContainEqual(['votes-within-ballots', '陈立得票640票', false]);
  });

  it('ends the chair’s block at the heading of another post, so no member’s votes join it', () => {
    // 主任： then 委员 with no colon: the members' 2940 votes summed as the chair's were a false alarm.
    const colon = NOTICE('420').replace('（一）主任', '主任：').replace('（二）委员', '委员');
    expect(withinValid(colon).filter(([, , right]) => right === false)).toEqual([]);
    expect(chairSums(colon)).toContainEqual(['votes-within-ballots', '陈立得票420票', true]);
  });
});

/** A post of the committee named by a heading line alone, numbered or with its seats, over its votes. */
describe('a heading line naming a post, with its number or seats, over the lines of its votes', () => {
  const NOTICE = (second: string, declared = '李强、王芳、赵敏') =>
    '东湖村第十二届村民委员会选举结果公告\n\n' +
    '本村登记选民1450人，参加投票1308人，收回选票1306张，其中有效票1298张，无效票8张。选举结果如下：\n\n' +
    '二、村民委员会主任\n张伟 得票812票\n' +
    `孙亮 得票${second}票\n` +
    '三、村民委员会委员（应选3名）\n李强 740票；王芳 733票；赵敏 690票；刘洋 402票\n' +
    `${declared}当选为委员。\n`;

  it('makes the votes under the chair’s heading the chair’s, one seat within the valid ballots', () => {
    expect(findings(NOTICE('461'))).toEqual([]);
    expect(judged(NOTICE('461'))).toContainEqual(['votes-within-ballots', '孙亮 得票461票', true]);
    // 812 + 600 = 1412 of 1298 valid ballots: each alone within them, together not.
    expect(findings(NOTICE('600'))).toEqual([['ANNOUNCED_SUM_MISMATCH', '孙亮 得票600票']]);
  });

  it('makes the votes under the members’ heading the members’, held to its seats', () => {
    expect(judged(NOTICE('461'))).toContainEqual([
      'winners-within-seats',
      '李强、王芳、赵敏当选为委员',
      true,
    ]);
    expect(findings(NOTICE('461', '李强、王芳、赵敏、刘洋'))).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '李强、王芳、赵敏、刘洋当选为委员'],
    ]);
    const members = readAnnouncementText(NOTICE('461')).figures.flatMap((figure) =>
      figure.kind === 'votes' ? [[figure.candidate, figure.contest?.text]] : [],
    );
    expect(members).toEqual([
      ['张伟', '主任'],
      ['孙亮', '主任'],
      ['李强', '委员'],
      ['王芳', '委员'],
      ['赵敏', '委员'],
      ['刘洋', '委员'],
    ]);
  });

  it('reads headings numbered 第二部分 and 1., the seats before or after the words of the results', () => {
    const text = (second: string) =>
      '本村登记选民980人，参加投票862人，收回选票860张，有效票851张，无效票9张。\n\n' +
      `第二部分 村民委员会主任选举\n马晓东 得票603票\n林峰 得票${second}票\n\n` +
      '1.村委会委员选举结果（应选2名）\n谢红 得票702票\n何勇 得票655票\n许杰 得票300票\n';
    expect(findings(text('231'))).toEqual([]);
    expect(findings(text('260'))).toEqual([['ANNOUNCED_SUM_MISMATCH', '林峰 得票260票']]);
    const contests = readAnnouncementText(text('231')).figures.flatMap((figure) =>
      figure.kind === 'votes' ? [figure.contest?.text ?? null] : [],
    );
    expect(contests).toEqual(['主任', '主任', '委员', '委员', '委员']);
  });

  it('ends the block at a line naming another body, whose votes stay as read', () => {
    const text =
      '本村登记选民1450人，参加投票1308人，有效票1298张。\n\n（一）主任\n张伟 得票812票\n' +
      '村务监督委员会由村民代表会议推选产生，孙亮得票40票。\n';
    const contests = readAnnouncementText(text).figures.flatMap((figure) =>
      figure.kind === 'votes' ? [[figure.candidate, figure.contest?.text ?? null]] : [],
    );
    expect(contests).toEqual([
      ['张伟', '主任'],
      ['孙亮', null],
    ]);
    expect(findings(text)).toEqual([]);
  });
});
