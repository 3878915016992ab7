import { describe, expect, it } from 'vitest';
import { readAnnouncementText } from './read-announcement-text.js';
import { reportUnreadFigures, UNREAD_REASONS } from './report-unread.js';

describe('reportUnreadFigures', () => {
  it('gives one info finding per unread number, pointing at it', () => {
    const findings = reportUnreadFigures(readAnnouncementText('登记选民1860人，共设投票站25个。'), 'en');
    expect(findings.map((finding) => [finding.code, finding.severity, finding.found, finding.where])).toEqual(
      [['UNREAD_FIGURE', 'info', '25', { span: [15, 17], text: '25' }]],
    );
    expect(findings[0]?.messages.zh).toContain('共设投票站25个');
  });

  it('words an unread declaration as a declaration, never as a number', () => {
    const [declaration] = reportUnreadFigures(
      readAnnouncementText('吴刚（连任）、郑华（新任）当选为委员。'),
      'en',
    );
    expect(declaration?.found).toBe('当选');
    expect(declaration?.messages.en).toMatch(
      /^The notice's declaration “当选” was not checked: it names winners whose names could not be made out/,
    );
    expect(declaration?.messages.zh).toMatch(/^公告中的当选宣告“当选”未加核对：未能确定当选人的姓名/);
    expect(declaration?.messages.en).not.toContain('number');
  });

  it('words the votes of a name it cannot tell as votes (near miss: a number, not a declaration)', () => {
    const findings = reportUnreadFigures(readAnnouncementText('主任：委员500票。'), 'en');
    expect(findings.map((finding) => finding.messages.en)).toEqual([
      "The notice's number “500” was not checked: it is a candidate's votes, but which candidate's could not be made out (“主任：委员500票”)",
    ]);
  });

  it('words a share of a name it cannot tell as a share of the votes, not as votes', () => {
    // 1,134 of 1,467 valid ballots is 77.3006…%, so 77.30%.
    const text = [
      'Registered voters: 1,736. Ballots cast: 1,482. Valid ballots: 1,467; void: 15.',
      '',
      'Members',
      '',
      'Name | Votes | Share | Elected',
      'Li Hong (female) | 1,134 | 77.30% | Yes',
      'Sun Wei | 1,046 | 71.30% | Yes',
    ].join('\n');
    const messages = reportUnreadFigures(readAnnouncementText(text), 'en').map((finding) => finding.messages);
    const share = messages.find((words) => words.en.includes('“77.30%”'));
    expect(share?.en).toContain(
      "is a candidate's share of the votes, but which candidate's could not be made out",
    );
    expect(share?.zh).toContain('是某人的得票率，但未能确定其姓名');
    expect(messages.find((words) => words.en.includes('“1,134”'))?.en).toContain(
      "is a candidate's votes, but which candidate's could not be made out",
    );
  });

  it('says once that a number was not checked, then why (never “is not checked and was not checked”)', () => {
    const [place] = reportUnreadFigures(
      readAnnouncementText('本村登记选民1,500人。中心会场收回选票1,000张，流动票箱收回选票203张。'),
      'en',
    );
    expect(place?.messages.en).toMatch(
      /^The notice's number “1,000” was not checked: it is one polling place's/,
    );
    expect(place?.messages.en).not.toMatch(/not checked and was not checked/);
    expect(place?.messages.zh).toMatch(/^公告中的数字“1,000”未加核对：是某一投票站/);
    for (const reason of Object.values(UNREAD_REASONS)) {
      expect(reason.en).not.toMatch(/[,;:]$/);
      expect(reason.zh).not.toMatch(/(?:未作核对|不予核对|未加核对)$/);
    }
  });
});
