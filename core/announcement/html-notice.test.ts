import { describe, expect, it } from 'vitest';
import { checkAnnouncementArithmetic } from './check-announcement-arithmetic.js';
import { expectedRows } from './corpus/expected-rows.js';
import { looksLikeHtml, textOfHtml } from './html-notice.js';
import { announcementText, readAnnouncement } from './read-announcement.js';
import { readAnnouncementText } from './read-announcement-text.js';

/** A results notice saved from a township's site (names and numbers invented). */
const PAGE = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>选举结果公告</title>
<style>td { padding: 2px }</style><script>var hits = 1203; document.title = "1203";</script></head>
<body>
<div class="nav">首页 &gt; 通知公告</div>
<h1>柳溪村第十二届村民委员会选举结果公告</h1>
<p>本村登记选民1860人，参加投票1322人，
   参选率71.1%。</p>
<!-- 旧版数据：参加投票1300人 -->
<p>主任</p>
<table border="1">
  <tr><th>姓名</th><th>得票数</th><th>得票率</th><th>是否当选</th></tr>
  <tr><td>王林</td><td>812</td><td>61.4%</td><td>是</td></tr>
  <tr><td>李&nbsp;华</td><td>497<br></td><td>37.6%</td><td>否</td></tr>
</table>
<p>特此公告。<br>柳溪村村民选举委员会<br>2026年5月18日</p>
</body></html>`;

describe('a notice saved as a web page', () => {
  it('is read as the text its reader sees: one block a line, a table row a line with cells split by tabs', () => {
    expect(textOfHtml(PAGE)).toBe(
      [
        '首页 > 通知公告',
        '柳溪村第十二届村民委员会选举结果公告',
        '本村登记选民1860人，参加投票1322人， 参选率71.1%。',
        '主任',
        '姓名\t得票数\t得票率\t是否当选',
        '王林\t812\t61.4%\t是',
        '李华\t497\t37.6%\t否',
        '特此公告。',
        '柳溪村村民选举委员会',
        '2026年5月18日',
      ].join('\n'),
    );
  });

  it('gives the vote table and the turnout as the same notice in text does, and nothing from scripts or comments', () => {
    const read = readAnnouncement('notice.html', new TextEncoder().encode(PAGE));
    if (!read.ok) throw new Error('not read');
    const fromText = readAnnouncementText(
      '本村登记选民1860人，参加投票1322人，参选率71.1%。\n主任\n姓名\t得票数\t得票率\t是否当选\n王林\t812\t61.4%\t是\n李华\t497\t37.6%\t否\n',
    );
    const votes = (rows: ReturnType<typeof expectedRows>) =>
      rows.filter((row) => row[0] === 'votes' || row[0] === 'elected').map((row) => row.slice(0, 4));
    expect(votes(expectedRows(read.value))).toEqual(votes(expectedRows(fromText)));
    expect(votes(expectedRows(read.value))).toEqual([
      ['votes', '王林', '主任', 812],
      ['elected', 'elected', '主任', ['王林']],
      ['votes', '李华', '主任', 497],
    ]);
    const quoted = JSON.stringify(read.value, (_key, value: unknown) =>
      typeof value === 'bigint' ? String(value) : value,
    );
    expect(quoted).not.toContain('1203');
    expect(quoted).not.toContain('1300');
    expect(quoted).not.toContain('<td>');
    expect(checkAnnouncementArithmetic(read.value, 'en')).toEqual([]);
  });

  it('still finds a wrong share in the table', () => {
    const wrong = PAGE.replace('<td>61.4%</td>', '<td>64.1%</td>');
    const read = readAnnouncement('notice.html', new TextEncoder().encode(wrong));
    if (!read.ok) throw new Error('not read');
    const found = checkAnnouncementArithmetic(read.value, 'en');
    expect(found.map((finding) => [finding.code, finding.where?.text])).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '64.1%'],
    ]);
  });

  it('is told from prose by its name or its opening tag, and the spans point into the text it shows', () => {
    expect(looksLikeHtml('公告.HTM', '本村登记选民1860人')).toBe(true);
    expect(looksLikeHtml('notice.txt', '  <table><tr><td>王林</td></tr></table>')).toBe(true);
    expect(looksLikeHtml('notice.txt', '本村登记选民1860人，<注>见附件')).toBe(false);
    expect(looksLikeHtml('notice.txt', '参选率 < 50% 时选举无效')).toBe(false);
    const bytes = new TextEncoder().encode(PAGE);
    const shown = announcementText('notice.html', bytes);
    const read = readAnnouncement('notice.html', bytes);
    if (!shown.ok || !read.ok) throw new Error('not read');
    expect(shown.value.kind).toBe('prose');
    const figure = read.value.figures.find((one) => one.kind === 'count' && one.meaning === 'cast');
    if (!figure || !('span' in figure.origin)) throw new Error('no voters read');
    const [start, end] = figure.origin.span!;
    expect(shown.value.text.slice(start, end)).toBe(figure.origin.text);
  });

  it('keeps a preformatted block as it is laid out, and a cell with paragraphs on its row', () => {
    expect(
      textOfHtml(
        '<pre>登记选民 1860\n参加投票 1322</pre><table><tr><td><p>王林</p><p>村主任</p></td><td>812</td></tr></table>',
      ),
    ).toBe('登记选民 1860\n参加投票 1322\n王林 村主任\t812');
  });

  it('reads a cut-short or broken page without throwing, keeping the text it has', () => {
    expect(textOfHtml('<p>参加投票1322人<table><tr><td>王林<td>812')).toBe('参加投票1322人\n王林\t812');
    expect(textOfHtml('<p>参加投票<b>1322</p>人</b><div')).toBe('参加投票1322\n人');
  });
});
