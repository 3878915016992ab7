import { describe, expect, it } from 'vitest';
import { auditAnnouncementAlone } from '../audit/announcement-alone.js';
import { readAnnouncementText } from './read-announcement-text.js';

/** The report's lists for a notice checked alone, as the pages and the command line show them. */
function section(text: string) {
  const figures = { ...readAnnouncementText(text), file: 'notice.txt' };
  const inputs = [
    { name: 'notice.txt', sha256: '0'.repeat(64), size: text.length, role: 'announcement' } as const,
  ];
  const report = auditAnnouncementAlone(figures, inputs, 'zh');
  if (!report.ok) throw new Error('no report');
  return { text, section: report.value.announcement! };
}

// A township summary copied with its line breaks turned into spaces, as a browser's menu hands over a
// selection: the title and a heading run into the first sentence.
const FLAT =
  '某县第五次村民委员会换届选举工作总结报告 一、基本情况 全县18个乡镇，共有432个村委会，3个社区居委会。' +
  '全县共登记选民247049人，实际参加选举的217319人，参选率87.9%。';

describe('a figure listed in the report', () => {
  it('is quoted from its own line: the title and the heading before it are no part of it', () => {
    const { text, section: work } = section(FLAT);
    const listed = [...work.judged, ...work.unread];
    expect(listed.map((figure) => figure.text)).toContain('全县18个');
    for (const figure of listed) {
      expect(figure.text).not.toContain('总结报告');
      // The span still marks exactly the text quoted.
      if (figure.span && figure.text.length === figure.span[1] - figure.span[0])
        expect(text.slice(...figure.span)).toBe(figure.text);
    }
  });

  it('keeps the spaces of a label written in Latin letters', () => {
    const { section: work } = section(
      'Results of the election\nRegistered voters: 1,860. Voters who cast a ballot: 1,322 (turnout 71.1%).',
    );
    const texts = [...work.judged, ...work.unread].map((figure) => figure.text);
    expect(texts).toContain('Voters who cast a ballot: 1,322');
  });
});
