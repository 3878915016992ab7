import { describe, expect, it } from 'vitest';
import { checkAnnouncementArithmetic } from './check-announcement-arithmetic.js';
import { textOfHtml } from './html-notice.js';
import { readAnnouncement } from './read-announcement.js';
import { readAnnouncementText } from './read-announcement-text.js';

/** Notices saved as web pages, their tables laid out as sites lay them out (names and numbers invented). */

const read = (html: string) => {
  const result = readAnnouncement('notice.html', new TextEncoder().encode(html));
  if (!result.ok) throw new Error('not read');
  return result.value;
};
const votesOf = (html: string) =>
  read(html).figures.flatMap((figure) =>
    figure.kind === 'votes' ? [[figure.candidate, figure.contest?.text ?? null, Number(figure.value)]] : [],
  );
const warnings = (html: string) =>
  checkAnnouncementArithmetic(read(html), 'en').map((finding) => [finding.code, finding.where?.text]);

/** A post cell spanning its candidates' rows (rowspan). */
const POST_SPANNING = `<p>本村登记选民1702人，参加投票选民1288人。</p>
<table border="1"><tr><th>职务</th><th>姓名</th><th>得票数</th><th>得票率</th><th>是否当选</th></tr>
<tr><td rowspan="2">主任</td><td>高振华</td><td>845</td><td>65.61%</td><td>是</td></tr>
<tr><td>马丽娟</td><td>412</td><td>31.99%</td><td>否</td></tr>
<tr><td rowspan="2">委员</td><td>许文斌</td><td>990</td><td>76.86%</td><td>是</td></tr>
<tr><td>朱桂芳</td><td>870</td><td>67.55%</td><td>是</td></tr></table>`;

/** A two-row header: 得票情况 over 得票数 and 得票率, 姓名 and 是否当选 spanning both rows. */
const TWO_ROW_HEADER = `<p>本村登记选民1530人，参加投票选民1190人。</p>
<table border="1"><tr><th rowspan="2">姓名</th><th colspan="2">得票情况</th><th rowspan="2">是否当选</th></tr>
<tr><th>得票数</th><th>得票率</th></tr>
<tr><td>彭立新</td><td>720</td><td>60.50%</td><td>是</td></tr>
<tr><td>曾小芬</td><td>455</td><td>38.24%</td><td>否</td></tr></table>`;

describe('a table whose cells span rows', () => {
  it('shows a cell of words again on each row it spans, so that every row has its post', () => {
    expect(textOfHtml(POST_SPANNING).split('\n').slice(1)).toEqual([
      '职务\t姓名\t得票数\t得票率\t是否当选',
      '主任\t高振华\t845\t65.61%\t是',
      '主任\t马丽娟\t412\t31.99%\t否',
      '委员\t许文斌\t990\t76.86%\t是',
      '委员\t朱桂芳\t870\t67.55%\t是',
    ]);
    expect(votesOf(POST_SPANNING)).toEqual([
      ['高振华', '主任', 845],
      ['马丽娟', '主任', 412],
      ['许文斌', '委员', 990],
      ['朱桂芳', '委员', 870],
    ]);
    expect(warnings(POST_SPANNING)).toEqual([]);
  });

  it('finds a wrong share on a row under a spanning post cell', () => {
    expect(warnings(POST_SPANNING.replace('67.55%', '67.45%'))).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '67.45%'],
    ]);
  });

  it('reads a two-row header by the names on its lower row', () => {
    expect(votesOf(TWO_ROW_HEADER)).toEqual([
      ['彭立新', null, 720],
      ['曾小芬', null, 455],
    ]);
    expect(warnings(TWO_ROW_HEADER)).toEqual([]);
    expect(warnings(TWO_ROW_HEADER.replace('60.50%', '65.50%'))).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '65.50%'],
    ]);
  });

  it('does not repeat a number spanning rows: the rows it covers stay a cell short and unread', () => {
    const html = (
      header: string,
    ) => `<p>参加投票1000人。</p><table><tr><th>姓名</th><th>得票数</th><th>${header}</th></tr>
<tr><td>王林</td><td>600</td><td rowspan="2">1000</td></tr><tr><td>李华</td><td>380</td></tr></table>`;
    for (const header of ['备注', '全镇参加投票人数', '得票率（占参加投票人数）'])
      expect(textOfHtml(html(header)).split('\n').slice(1)).toEqual([
        `姓名\t得票数\t${header}`,
        '王林\t600\t1000',
        '李华\t380',
      ]);
    // Under a header of each row's own base or place, the number is every covered row's: shown again.
    for (const header of ['参加投票人数', '有效票', '选区'])
      expect(textOfHtml(html(header)).split('\n').slice(1)).toEqual([
        `姓名\t得票数\t${header}`,
        '王林\t600\t1000',
        '李华\t380\t1000',
      ]);
  });
});

/** A table on its side: a candidate to a column, a row for each of 姓名, 得票数, 得票率, 是否当选. */
const ON_ITS_SIDE = `<p>河口村登记选民1366人，参加投票1150人。</p><p>村委会主任</p>
<table border="1"><tr><td>姓名</td><td>韩志勇</td><td>唐美玲</td><td>冯涛</td></tr>
<tr><td>得票数</td><td>633</td><td>402</td><td>88</td></tr>
<tr><td>得票率</td><td>55.04%</td><td>34.96%</td><td>7.65%</td></tr>
<tr><td>是否当选</td><td>是</td><td>否</td><td>否</td></tr></table>`;

describe('a vote table on its side', () => {
  it('reads each column as a candidate’s row, from a page or its copied text', () => {
    expect(votesOf(ON_ITS_SIDE)).toEqual([
      ['韩志勇', '主任', 633],
      ['唐美玲', '主任', 402],
      ['冯涛', '主任', 88],
    ]);
    expect(read(ON_ITS_SIDE).figures.filter((figure) => figure.kind === 'elected')).toHaveLength(1);
    expect(warnings(ON_ITS_SIDE)).toEqual([]);
    const copied = readAnnouncementText(textOfHtml(ON_ITS_SIDE));
    expect(copied.figures.filter((figure) => figure.kind === 'votes')).toHaveLength(3);
  });

  it('finds a wrong share in it', () => {
    expect(warnings(ON_ITS_SIDE.replace('34.96%', '35.96%'))).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '35.96%'],
    ]);
  });

  it('leaves it unread when a row is not a column it knows', () => {
    const unknown = ON_ITS_SIDE.replace('<td>得票率</td>', '<td>得票比</td>');
    expect(votesOf(unknown)).toEqual([]);
    expect(warnings(unknown)).toEqual([]);
  });
});

/** A village site laying the page out in a table: a column of links, and the article in a cell. */
const LAID_OUT = `<table width="960"><tr><td><b>联系我们</b><br>电话：0731-8456 7788</td>
<td><div>您现在的位置：首页 &gt;&gt; 民主选举</div><div align="center"><b>村民委员会选举结果公告</b></div>
<div>时间：2020-12-28 点击：357次</div><p>本村登记选民1477人，参加投票1130人，选举有效。</p>
<table border="1"><tr><th>姓名</th><th>性别</th><th>年龄</th><th>得票数</th><th>得票率</th><th>是否当选</th></tr>
<tr><td>王建华<br>（男）</td><td>男</td><td>46</td><td>744</td><td>65.84%</td><td>是</td></tr>
<tr><td>郭秀珍（女）</td><td>女</td><td>39</td><td>366</td><td>32.39%</td><td>否</td></tr></table>
<p>特此公告。</p><p>大路口村村民选举委员会</p></td></tr></table>`;

describe('a page laid out in a table', () => {
  it('gives the blocks of the cell holding the article a line each, with no mark of its own left', () => {
    const text = textOfHtml(LAID_OUT);
    expect(text).not.toContain('\uE000');
    expect(text.split('\n')).toContain('本村登记选民1477人，参加投票1130人，选举有效。');
    expect(text.split('\n').slice(-2)).toEqual(['特此公告。', '大路口村村民选举委员会']);
    const registered = read(LAID_OUT).figures.find(
      (figure) => figure.kind === 'count' && figure.meaning === 'registered',
    );
    expect(registered && 'value' in registered ? Number(registered.value) : null).toBe(1477);
  });

  it('reads a vote table with columns telling of the candidates (性别, 年龄) and a note after a name', () => {
    expect(votesOf(LAID_OUT)).toEqual([
      ['王建华', null, 744],
      ['郭秀珍', null, 366],
    ]);
    expect(warnings(LAID_OUT)).toEqual([]);
    expect(warnings(LAID_OUT.replace('32.39%', '23.39%'))).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '23.39%'],
    ]);
  });

  it('reads no name before a note that could name a post', () => {
    const post = LAID_OUT.replace('郭秀珍（女）', '郭秀珍（主任）');
    expect(votesOf(post).map((row) => row[0])).toEqual(['王建华']);
  });
});

describe('a page laid out in a table, with figures of the site beside the notice', () => {
  const SIDEBAR = `<table><tr><td><p>本站共有文章1326篇</p><p>今日访问323人</p></td>
<td><p>本村登记选民1860人，参加投票选民1322人。</p>
<table><tr><th>姓名</th><th>得票数</th><th>得票率</th></tr><tr><td>王建国</td><td>812</td><td>61.42%</td></tr></table>
</td><td>友情链接</td></tr></table>`;

  it('puts the columns of the layout on lines of their own, so no figure of the site joins the notice', () => {
    expect(textOfHtml(SIDEBAR).split('\n')).toEqual([
      '本站共有文章1326篇',
      '今日访问323人',
      '本村登记选民1860人，参加投票选民1322人。',
      '姓名\t得票数\t得票率',
      '王建国\t812\t61.42%',
      '友情链接',
    ]);
    const registered = read(SIDEBAR).figures.find(
      (figure) => figure.kind === 'count' && figure.meaning === 'registered',
    );
    expect(registered && 'value' in registered ? Number(registered.value) : null).toBe(1860);
    expect(warnings(SIDEBAR)).toEqual([]);
  });
});

describe('a vote table with a name on two rows', () => {
  it('leaves the rows of a name counted in two rounds unread, as their bases differ', () => {
    const html = `<p>本村登记选民1500人，第一次投票参加投票1200人；另行选举参加投票900人。</p>
<table border="1"><tr><th>姓名</th><th>轮次</th><th>得票数</th><th>得票率</th></tr>
<tr><td rowspan="2">田伟</td><td>第一次投票</td><td>512</td><td>42.67%</td></tr>
<tr><td>另行选举</td><td>470</td><td>52.22%</td></tr></table>`;
    expect(votesOf(html)).toEqual([]);
    expect(read(html).unread.map((figure) => [figure.text, figure.reason])).toEqual(
      expect.arrayContaining([
        ['512', 'no-meaning'],
        ['42.67%', 'no-meaning'],
        ['470', 'no-meaning'],
        ['52.22%', 'no-meaning'],
      ]),
    );
    expect(warnings(html)).toEqual([]);
  });

  it('still reads a name standing for two posts, each on its row', () => {
    const html = `<p>参加投票1000人。</p><table><tr><th>职务</th><th>姓名</th><th>得票数</th></tr>
<tr><td>主任</td><td>周强</td><td>610</td></tr><tr><td>委员</td><td>周强</td><td>720</td></tr></table>`;
    expect(votesOf(html)).toEqual([
      ['周强', '主任', 610],
      ['周强', '委员', 720],
    ]);
  });
});

describe('a vote table with a column twice', () => {
  it('leaves unread a table with 得票数 under two posts, as which is whose its header does not tell', () => {
    const html = `<p>本村登记选民1300人，参加投票1000人。</p><table border="1">
<tr><th rowspan="2">姓名</th><th colspan="2">主任</th><th colspan="2">委员</th></tr>
<tr><th>得票数</th><th>得票率</th><th>得票数</th><th>得票率</th></tr>
<tr><td>周强</td><td>610</td><td>61.00%</td><td>—</td><td>—</td></tr>
<tr><td>吴敏</td><td>350</td><td>35.00%</td><td>720</td><td>72.00%</td></tr></table>`;
    expect(votesOf(html)).toEqual([]);
    expect(read(html).unread.map((figure) => figure.text)).toEqual(
      expect.arrayContaining(['610', '61.00%', '350', '720', '72.00%']),
    );
    expect(warnings(html)).toEqual([]);
  });
});

describe('a vote table with a row naming each post', () => {
  const HEADED = `<p>本村登记选民1500人，参加投票1150人。</p><table border="1">
<tr><td><b>姓名</b></td><td><b>得票数</b></td><td><b>得票率</b></td><td><b>是否当选</b></td></tr>
<tr><td colspan="4">主任</td></tr>
<tr><td>常青</td><td>700</td><td>60.87%</td><td>是</td></tr><tr><td>雷雨</td><td>430</td><td>37.39%</td><td>否</td></tr>
<tr><td colspan="4">委员</td></tr>
<tr><td>白露</td><td>820</td><td>71.30%</td><td>是</td></tr><tr><td>常青</td><td>300</td><td>26.09%</td><td>否</td></tr></table>`;

  it('reads the rows under each such row as that post’s', () => {
    expect(votesOf(HEADED)).toEqual([
      ['常青', '主任', 700],
      ['雷雨', '主任', 430],
      ['白露', '委员', 820],
      ['常青', '委员', 300],
    ]);
    expect(warnings(HEADED)).toEqual([]);
    expect(warnings(HEADED.replace('26.09%', '62.09%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '62.09%']]);
  });
});

describe('a page of cells spanning many rows', () => {
  it('shows spanning text again no more than the page is long', () => {
    const html = `<table><tr>${'<td rowspan="1000">主任委员</td>'.repeat(200)}</tr>${'<tr></tr>'.repeat(999)}</table>`;
    expect(textOfHtml(html).length).toBeLessThanOrEqual(2 * html.length);
  });
});

describe('a 得票率 column whose header names its base or its unit', () => {
  const table = (header: string, first: string, second: string) =>
    `<p>本村登记选民1500人，参加投票1200人，其中有效票1180张。</p><table>
<tr><th>姓名</th><th>得票数</th><th>${header}</th></tr>
<tr><td>钱明</td><td>800</td><td>${first}</td></tr><tr><td>黄燕</td><td>380</td><td>${second}</td></tr></table>`;
  const shares = (html: string) =>
    read(html).figures.flatMap((figure) =>
      figure.kind === 'percent' && figure.whole.kind === 'count'
        ? [[figure.origin.text, figure.whole.meaning]]
        : [],
    );

  it('leaves unread the shares of a base other than the ballots, rather than judging them of the ballots', () => {
    const html = table('得票率（占登记选民数）', '53.33%', '25.33%');
    expect(shares(html)).toEqual([]);
    expect(
      read(html)
        .unread.filter((figure) => figure.reason === 'named-base')
        .map((figure) => figure.text),
    ).toEqual(['53.33%', '25.33%']);
    expect(warnings(html)).toEqual([]);
  });

  it('judges the shares of the valid ballots when the header names them', () => {
    const html = table('得票率（按有效票计算）', '67.80%', '32.20%');
    expect(shares(html)).toEqual([
      ['67.80%', 'valid'],
      ['32.20%', 'valid'],
    ]);
    expect(warnings(html)).toEqual([]);
    expect(warnings(html.replace('32.20%', '23.20%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '23.20%']]);
  });

  it('reads bare numbers under 得票率(%) as percentages, and none under a header without the unit', () => {
    expect(shares(table('得票率(%)', '66.67', '31.67'))).toEqual([
      ['66.67', 'cast'],
      ['31.67', 'cast'],
    ]);
    expect(shares(table('得票率', '0.67', '0.32'))).toEqual([]);
  });
});
