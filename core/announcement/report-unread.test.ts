import { describe, expect, it } from 'vitest';
import { readAnnouncementText } from './read-announcement-text.js';
import { reportUnreadFigures } from './report-unread.js';

describe('reportUnreadFigures', () => {
  it('gives one info finding per unread number, pointing at it', () => {
    const findings = reportUnreadFigures(readAnnouncementText('登记选民1860人，共设投票站25个。'), 'en');
    expect(findings.map((finding) => [finding.code, finding.severity, finding.found, finding.where])).toEqual(
      [['UNREAD_FIGURE', 'info', '25', { span: [15, 17], text: '25' }]],
    );
    expect(findings[0]?.messages.zh).toContain('共设投票站25个');
  });
});
