import { describe, expect, test } from 'vitest';
import { gb18030 } from '../../tests/fuzz/gb18030.js';
import { checkNotice, PASTED_NOTICE } from './check-notice.js';

const NOTICE =
  '本村登记选民2100人，参加投票1476人，参选率73.0%。陈建华897票，刘国强517票。陈建华当选为主任。';
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('checkNotice', () => {
  test('checks pasted text on its own: the wrong share found, its work listed, the text kept', () => {
    const checked = checkNotice(PASTED_NOTICE, utf8(NOTICE), 'en');
    if (!checked.ok) throw new Error('expected a report');
    expect(checked.value.report.findings.map((finding) => finding.code)).toEqual([
      'ANNOUNCED_PERCENT_MISMATCH',
    ]);
    expect(checked.value.report.announcement?.judged.some((figure) => !figure.right)).toBe(true);
    expect(checked.value.text).toBe(NOTICE);
    expect(checked.value.report.inputs[0]).toMatchObject({ name: PASTED_NOTICE, role: 'announcement' });
  });

  test('a GB18030 file is read as such, and judged by the pack chosen', () => {
    const checked = checkNotice('notice.txt', gb18030(NOTICE), 'zh', { pack: 'cn-village', round: 'first' });
    if (!checked.ok) throw new Error('expected a report');
    expect(checked.value.text).toBe(NOTICE);
    expect(checked.value.report.announcement?.judged.map((figure) => figure.rule)).toContain('quorum');
  });

  test('a notice saved as a web page is shown as the text it reads, which the findings point into', () => {
    const page = `<html><head><title>公告</title></head><body><p>${NOTICE}</p></body></html>`;
    const checked = checkNotice('notice.html', utf8(page), 'en');
    if (!checked.ok) throw new Error('expected a report');
    expect(checked.value.text).toBe(NOTICE);
    const wrong = checked.value.report.announcement?.judged.find((figure) => !figure.right);
    if (!wrong?.span) throw new Error('expected the wrong share with its span');
    expect(wrong.text).toContain('73.0%');
    expect(checked.value.text?.slice(wrong.span[0], wrong.span[1])).toBe(wrong.text);
  });

  test('a page whose table spans a post over its rows and holds a remark with a space is judged as the command line judges it', () => {
    // corpus-written/table2 r-09 and x-08: the same core (readAnnouncement, auditAnnouncementAlone) as `check --announcement`.
    const row = (share: string) =>
      '<tr><td rowspan="3">委员</td><td>唐志强</td><td>800</td>' +
      `<td>${share}</td><td>是</td><td></td></tr>`;
    const page = (share: string) =>
      '<html><body><h1>清水村选举结果公告</h1><p>本村登记选民1460人，参加投票1250人。</p><table>' +
      '<tr><th>职务</th><th>姓名</th><th>得票数</th><th>得票率</th><th>是否当选</th><th>备注</th></tr>' +
      '<tr><td>主任</td><td>许文斌</td><td>990</td><td>79.20%</td><td>是</td><td>连任</td></tr>' +
      row(share) +
      '<tr><td>林永胜</td><td>760</td><td>60.80%</td><td>是</td><td>新任 党员</td></tr>' +
      '<tr><td>陈小燕</td><td>700</td><td>56.00%</td><td>是</td><td></td></tr></table></body></html>';
    const codes = (share: string) => {
      const checked = checkNotice('notice.html', utf8(page(share)), 'en', {
        pack: 'cn-village',
        round: 'first',
      });
      if (!checked.ok) throw new Error('expected a report');
      return checked.value.report.findings.filter((f) => f.severity !== 'info').map((f) => [f.code, f.found]);
    };
    expect(codes('64.00%')).toEqual([]);
    expect(codes('62.00%')).toEqual([['ANNOUNCED_PERCENT_MISMATCH', expect.stringContaining('62.00%')]]);
  });

  test('a broken JSON notice is an input error naming the file, not a report', () => {
    const checked = checkNotice('notice.json', utf8('{"figures": ['), 'en');
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.errors[0]?.file).toBe('notice.json');
  });
});
