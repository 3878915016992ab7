import { describe, expect, it } from 'vitest';
import { checkAnnouncementArithmetic, workAnnouncementArithmetic } from './check-announcement-arithmetic.js';
import { announcementSection } from './announcement-section.js';
import { readAnnouncement } from './read-announcement.js';
import { readAnnouncementText } from './read-announcement-text.js';

/**
 * Notices captured from web pages with the site's header, menus and footer, and tables flattened into
 * text (names and numbers invented, every sum and share worked exactly).
 */

const read = (html: string) => {
  const result = readAnnouncement('notice.html', new TextEncoder().encode(html));
  if (!result.ok) throw new Error('not read');
  return result.value;
};
const votesOf = (html: string) =>
  read(html).figures.flatMap((figure) =>
    figure.kind === 'votes' ? [[figure.candidate, Number(figure.value)]] : [],
  );
const warnings = (html: string) =>
  checkAnnouncementArithmetic(read(html), 'en').map((finding) => [finding.code, finding.where?.text]);

/** A township's site: its name heads the page, before the village's notice and its title. */
const SITE_HEADED = `<html><body>
<div class="header"><h1>青山镇人民政府</h1><ul><li>首页</li><li>政务公开</li></ul></div>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 通知公告</div>
<h2>河东村村民委员会选举结果公告</h2>
<div>发布时间：2026-03-18 09:32 浏览次数：3315</div>
<p>河东村第十二届村民委员会选举大会于2026年3月14日举行，登记选民1456人，参加投票1100人，有效选票1088张，无效选票12张。选举结果如下：</p>
<table><tr><th>姓名</th><th>得票数</th><th>是否当选</th></tr>
<tr><td>黄永胜</td><td>700</td><td>是</td></tr>
<tr><td>林美玲</td><td>380</td><td>否</td></tr></table>
<div class="footer">主办单位：青山镇人民政府 邮编：065200</div></body></html>`;

describe("a page's site name before the notice's title", () => {
  it("takes the place the title names as the notice's own, so its counts are of the table's election", () => {
    const counts = read(SITE_HEADED).figures.filter((figure) => figure.kind === 'count');
    expect(
      counts.map((figure) => (figure.kind === 'count' ? [figure.meaning, figure.scope ?? null] : [])),
    ).toEqual([
      ['registered', null],
      ['cast', null],
      ['valid', null],
      ['invalid', null],
    ]);
    expect(warnings(SITE_HEADED)).toEqual([]);
  });

  it('finds votes over the valid ballots in such a page', () => {
    expect(warnings(SITE_HEADED.replace('<td>700</td>', '<td>1100</td>'))).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '黄永胜\t1100'],
    ]);
  });
});

const textWarnings = (text: string) =>
  checkAnnouncementArithmetic(readAnnouncementText(text), 'en').map((finding) => [
    finding.code,
    finding.where?.text,
  ]);

/** A Markdown table: a delimiter line under the header, a 弃权 row, a 合计 row with an empty cell. */
const MARKDOWN_TOTAL = `北坡村村民委员会主任另行选举于2026年3月20日进行。参加投票的选民760人，有效票752张，无效票8张。

| 候选人 | 得票数 | 得票率 |
|---|:--:|--:|
| 马超 | 401 | 52.76% |
| 郑敏 | 288 | 37.89% |
| 弃权 | 63 | 8.29% |
| 合计 | 752 | |
`;

describe('a Markdown table', () => {
  it('reads the line under the header as no row, so that the 合计 row is summed', () => {
    const figures = readAnnouncementText(MARKDOWN_TOTAL).figures;
    expect(figures.filter((figure) => figure.kind === 'group').map((figure) => figure.value)).toEqual([752n]);
    expect(textWarnings(MARKDOWN_TOTAL)).toEqual([]);
  });

  it('finds a 合计 that is not the sum of the rows', () => {
    expect(textWarnings(MARKDOWN_TOTAL.replace('| 合计 | 752 |', '| 合计 | 742 |'))).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '742'],
    ]);
  });
});

/** A table of polling places, its columns a ballot account and a 合计 row (copied: cells split by tabs). */
const POLLING_PLACES = `东沟村村民委员会选举设投票站2个、流动票箱1个，全村登记选民1320人。各投票站选票情况如下：

投票站\t发出选票（张）\t收回选票（张）\t有效票\t无效票
第一投票站（村委会）\t520\t518\t510\t8
第二投票站（小学）\t433\t433\t428\t5
流动票箱\t87\t85\t85\t0
合计\t1040\t1036\t1023\t13
`;

describe('a table of polling places and their ballots', () => {
  it('sums each column of the places against its 合计 cell', () => {
    const judged = workAnnouncementArithmetic(readAnnouncementText(POLLING_PLACES), 'en').judged;
    expect(judged.filter((figure) => figure.right).map((figure) => figure.text)).toEqual(
      expect.arrayContaining(['1040', '1036', '1023', '13']),
    );
    expect(textWarnings(POLLING_PLACES)).toEqual([]);
  });

  it('finds a 合计 cell that is not the sum of its column', () => {
    expect(textWarnings(POLLING_PLACES.replace('合计\t1040\t1036', '合计\t1040\t1046'))).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '1046'],
    ]);
  });

  it('leaves a table with no 合计 row to the prose, none of its numbers summed', () => {
    const text = POLLING_PLACES.replace(/合计.*\n/, '');
    const tableFigures = readAnnouncementText(text).figures.filter(
      (figure) =>
        figure.kind === 'group' && /\t/.test(text.slice(0, figure.origin.span?.[0]).split('\n').at(-1) ?? ''),
    );
    expect(tableFigures).toEqual([]);
    expect(textWarnings(text)).toEqual([]);
  });
});

/** An English table whose share column names no base, beside both the ballots cast and the valid ones. */
const ENGLISH_SHARE = `<h2>Westside Village Committee Election Results</h2>
<p>Of 1,980 registered voters, 1,412 cast ballots; 1,384 ballots were valid and 28 were invalid.</p>
<table><thead><tr><th>Candidate</th><th>Votes</th><th>Share</th><th>Elected</th></tr></thead><tbody>
<tr><td>Anna Wright</td><td>903</td><td>64.0%</td><td>Yes</td></tr>
<tr><td>Tom Baker</td><td>481</td><td>34.1%</td><td>No</td></tr></tbody></table>`;

describe('an English table whose Share column names no base', () => {
  it('leaves a share right of one base and wrong of the other unjudged', () => {
    expect(warnings(ENGLISH_SHARE)).toEqual([]);
  });

  it('flags a share wrong of the ballots cast and of the valid ballots alike', () => {
    // 481 of 1412 is 34.0651…% and of 1384 is 34.7543…%: 36.1% is neither.
    expect(warnings(ENGLISH_SHARE.replace('34.1%', '36.1%'))).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '36.1%'],
    ]);
  });

  it('keeps the shares unread when the valid ballots are not stated', () => {
    const text = ENGLISH_SHARE.replace('; 1,384 ballots were valid and 28 were invalid', '').replace(
      '34.1%',
      '36.1%',
    );
    expect(warnings(text)).toEqual([]);
    expect(
      read(text)
        .unread.filter((number) => number.reason === 'ambiguous-base')
        .map((n) => n.text),
    ).toEqual(['64.0%', '36.1%']);
  });
});

/** A table on its side, a candidate to a column, and after it a line of words split by spaces. */
const SIDEWAYS_THEN_WORDS = `<p>双河村村民委员会主任选举于2026年3月15日举行，登记选民1598人，参加投票1250人。结果如下：</p>
<table border="1"><tr><td>姓名</td><td>金明</td><td>雷虹</td></tr>
<tr><td>得票数</td><td>801</td><td>437</td></tr>
<tr><td>得票率</td><td>64.08%</td><td>34.96%</td></tr>
<tr><td>是否当选</td><td>是</td><td>否</td></tr></table>
<div class="share">分享到：微信 微博 QQ空间</div>`;

describe('a table on its side on a page', () => {
  it('ends at its last row, not undone by a line after it with as many words', () => {
    expect(votesOf(SIDEWAYS_THEN_WORDS)).toEqual([
      ['金明', 801],
      ['雷虹', 437],
    ]);
    expect(warnings(SIDEWAYS_THEN_WORDS)).toEqual([]);
  });

  it('finds a wrong share in it', () => {
    // 437 of 1250 is 34.96% exactly.
    expect(warnings(SIDEWAYS_THEN_WORDS.replace('34.96%', '35.96%'))).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '35.96%'],
    ]);
  });
});

/** Columns of the person between the name and the votes (性别, 年龄). */
const ABOUT_BETWEEN = `<p>枣林村村民委员会主任选举于2026年3月13日举行。本村登记选民1102人，参加投票875人，有效票866张，无效票9张。</p>
<table border="1"><tr><th>序号</th><th>姓名</th><th>性别</th><th>年龄</th><th>得票数</th><th>是否当选</th></tr>
<tr><td>1</td><td>唐志强</td><td>男</td><td>46</td><td>560</td><td>是</td></tr>
<tr><td>2</td><td>任雪</td><td>女</td><td>39</td><td>301</td><td>否</td></tr></table>`;

describe('columns of the person between the name and the votes', () => {
  it('compares the votes with the valid ballots, 男 and 女 being no qualifier of the votes', () => {
    const judged = workAnnouncementArithmetic(read(ABOUT_BETWEEN), 'en').judged;
    expect(
      judged.filter((figure) => figure.rule === 'votes-within-ballots').map((figure) => figure.text),
    ).toEqual(['560', '301']);
  });

  it('finds votes over the valid ballots there', () => {
    expect(warnings(ABOUT_BETWEEN.replace('<td>560</td>', '<td>960</td>'))).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '960'],
    ]);
  });
});

describe("a page's two-row header shown with its spanning cells again", () => {
  it('keeps the upper row in the table: its 是否当选 declares no one', () => {
    const html = `<p>柳河村村民委员会主任选举，参加投票选民948人，有效票931张。</p>
<table><tr><td rowspan="2">姓名</td><td colspan="2">得票情况</td><td rowspan="2">是否当选</td></tr>
<tr><td>得票数</td><td>得票率</td></tr>
<tr><td>刘建国</td><td>602</td><td>63.50%</td><td>当选</td></tr>
<tr><td>陈光明</td><td>318</td><td>33.54%</td><td>未当选</td></tr></table>`;
    expect(read(html).unread.map((number) => number.text)).not.toContain('当选');
    expect(votesOf(html)).toEqual([
      ['刘建国', 602],
      ['陈光明', 318],
    ]);
  });
});

describe('a vote table in a notice of a 另行选举', () => {
  const runoff = `北岗村村民委员会主任另行选举于2026年3月20日进行。参加投票的选民760人，有效票752张，无效票8张。得票情况如下：

候选人\t得票数\t是否当选
马小龙\t401\t是
郑光\t288\t否
`;

  it('compares its votes with the ballots, both of the 另行选举', () => {
    const judged = workAnnouncementArithmetic(readAnnouncementText(runoff), 'en').judged;
    expect(
      judged.filter((figure) => figure.rule === 'votes-within-ballots').map((figure) => figure.right),
    ).toEqual([true, true]);
  });

  it('finds votes over the valid ballots', () => {
    expect(textWarnings(runoff.replace('马小龙\t401', '马小龙\t801'))).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '马小龙\t801'],
    ]);
  });
});

describe("the report's list of a table's numbers left unread", () => {
  it("reads a 弃权 row's count as the abstentions, never as votes of someone unnamed", () => {
    const figures = read(`<p>参加投票的选民760人，有效票752张，无效票8张。</p>
<table><tr><th>候选人</th><th>得票数</th></tr><tr><td>马小龙</td><td>401</td></tr>
<tr><td>郑光</td><td>288</td></tr><tr><td>弃权</td><td>63</td></tr></table>`);
    const section = announcementSection(figures, workAnnouncementArithmetic(figures, 'en'));
    expect(section.unread.find((figure) => figure.text === '63')).toBeUndefined();
    expect(
      figures.figures.filter((figure) => figure.kind === 'count' && figure.meaning === 'abstained'),
    ).toMatchObject([{ value: 63n, origin: { text: '63' } }]);
    expect(figures.figures.filter((figure) => figure.kind === 'votes').map((figure) => figure.value)).toEqual(
      [401n, 288n],
    );
  });
});

describe('a row that is a part of the row above it (其中…)', () => {
  it('sums no column of a table of polling places with such a row against its 合计', () => {
    const text = `本村登记选民1200人。

投票站\t发出选票\t收回选票\t有效票\t无效票
中心会场\t900\t898\t890\t8
其中流动票箱\t80\t80\t80\t0
第二投票站\t200\t200\t196\t4
合计\t1100\t1098\t1086\t12
`;
    expect(textWarnings(text)).toEqual([]);
  });

  it('sums no column of a township summary table with such a row against its 合计', () => {
    const text = `全镇情况如下。

村名 村委会成员数 女性成员数 女性成员占比
东村 5 2 40.0%
其中：东村一组 3 1 33.3%
西村 5 1 20.0%
合计 10 3 30.0%
`;
    expect(textWarnings(text)).toEqual([]);
    // Its shares are still judged row by row: 1 of 3 is 33.33…%.
    expect(textWarnings(text.replace('33.3%', '35.3%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '35.3%']]);
  });
});

describe('a 小计 row among the rows a 合计 sums', () => {
  it('sums no column of a table of polling places with one', () => {
    const text = `本村登记选民1200人。

投票站\t发出选票\t收回选票
第一组\t100\t100
第二组\t200\t200
小计\t300\t300
流动票箱\t50\t50
合计\t350\t350
`;
    expect(textWarnings(text)).toEqual([]);
  });

  it('sums no column of a county summary table with one', () => {
    const text = `全县情况如下。

乡镇 村委会成员数 女性成员数 女性成员占比
东镇 10 2 20.0%
西镇 10 3 30.0%
东片小计 20 5 25.0%
南镇 10 1 10.0%
合计 30 6 20.0%
`;
    expect(textWarnings(text)).toEqual([]);
  });
});

describe('the post of each of several tables', () => {
  const twoTables = (
    second: string,
  ) => `<p>南湖村村民委员会换届选举，参加投票选民2210人，有效票2185张，无效票25张。</p>
<p><strong>一、主任</strong></p>
<table><tr><td>姓名</td><td>得票数</td><td>是否当选</td></tr><tr><td>许文斌</td><td>1503</td><td>是</td></tr><tr><td>宋佳</td><td>661</td><td>否</td></tr></table>
<p><strong>${second}</strong></p>
<table><tr><td>姓名</td><td>得票数</td><td>是否当选</td></tr><tr><td>钱红</td><td>1640</td><td>是</td></tr><tr><td>韩磊</td><td>1422</td><td>是</td></tr><tr><td>曹芳</td><td>1201</td><td>是</td></tr></table>`;
  const posts = (html: string) =>
    read(html).figures.flatMap((figure) =>
      figure.kind === 'votes' ? [[figure.candidate, figure.contest?.text ?? null]] : [],
    );

  it("reads a heading with a section mark and a note in brackets as the next table's post", () => {
    expect(posts(twoTables('二、委员（应选3名）'))).toEqual([
      ['许文斌', '主任'],
      ['宋佳', '主任'],
      ['钱红', '委员'],
      ['韩磊', '委员'],
      ['曹芳', '委员'],
    ]);
    expect(warnings(twoTables('二、委员（应选3名）'))).toEqual([]);
  });

  it("does not carry the first table's post to a table under a heading naming none", () => {
    const html = twoTables('二、其他当选人员（共3名）');
    expect(
      posts(html)
        .slice(2)
        .map(([, post]) => post),
    ).toEqual([null, null, null]);
    expect(warnings(html)).toEqual([]);
  });
});

/**
 * A township's page of its villages' votes whose village and voters cells span each village's rows: the
 * voters are every covered row's own base, shown again on each row as the village's name is.
 */
const SPANNED = (rate: string, voters = '参加投票人数') => `<html><body>
<p>新华镇各村村民委员会主任选举得票情况</p>
<table>
<tr><td>村名</td><td>${voters}</td><td>候选人</td><td>得票数</td><td>${rate}</td></tr>
<tr><td rowspan="3">东湖村</td><td rowspan="3">1500</td><td>张伟</td><td>812</td><td>54.13%</td></tr>
<tr><td>李强</td><td>640</td><td>42.67%</td></tr>
<tr><td>小计</td><td>1452</td><td></td></tr>
<tr><td rowspan="3">西山村</td><td rowspan="3">1400</td><td>王芳</td><td>733</td><td>52.36%</td></tr>
<tr><td>赵敏</td><td>590</td><td>42.14%</td></tr>
<tr><td>小计</td><td>1323</td><td></td></tr>
<tr><td>合计</td><td>2900</td><td></td><td>2775</td><td></td></tr>
</table></body></html>`;

describe('a village’s voters cell spanning its candidates’ rows', () => {
  const judgedShares = (html: string) =>
    workAnnouncementArithmetic(read(html), 'en')
      .judged.filter((figure) => figure.rule === 'share')
      .map((figure) => [figure.text, figure.right]);

  it('reads the spanned voters for every row it covers, and judges each row’s share of them', () => {
    const html = SPANNED('得票率（占参加投票人数）');
    expect(votesOf(html)).toEqual([
      ['张伟', 812],
      ['李强', 640],
      ['王芳', 733],
      ['赵敏', 590],
    ]);
    expect(judgedShares(html)).toEqual([
      ['54.13%', true],
      ['42.67%', true],
      ['52.36%', true],
      ['42.14%', true],
    ]);
    expect(warnings(html)).toEqual([]);
    expect(warnings(html.replace('52.36%', '53.26%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '53.26%']]);
    expect(warnings(html.replace('<td>1323</td>', '<td>1333</td>'))).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '1333'],
    ]);
  });

  it('never shows a spanned total again, nor judges a bare 得票率 it does not give', () => {
    // A column of the township's voters is no row's own: its spanned cell stays once, the rows unread.
    const township = SPANNED('得票率（占参加投票人数）', '全镇参加投票人数');
    expect(warnings(township)).toEqual([]);
    expect(judgedShares(township)).toEqual([]);
    const bare = SPANNED('得票率').replace('52.36%', '53.12%');
    expect(warnings(bare)).toEqual([]);
    expect(judgedShares(bare)).toEqual([
      ['54.13%', true],
      ['42.67%', true],
      ['42.14%', true],
    ]);
  });
});
