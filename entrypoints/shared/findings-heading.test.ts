import { describe, expect, it } from 'vitest';
import { findingsHeading } from './findings-heading.js';
import { messagesFor } from './i18n';

const findings = [{ severity: 'error' as const }, { severity: 'info' as const }];

describe('the heading over the findings, on the result page and the printable receipt', () => {
  it('counts them by kind, not in all ("1 error, 1 note", not "2")', () => {
    expect(findingsHeading(findings, messagesFor('en'))).toBe('Findings (1 error, 1 note)');
    expect(findingsHeading(findings, messagesFor('zh'))).toBe('发现的问题（1 个错误、1 条提示）');
    expect(
      findingsHeading([...findings, { severity: 'warning' }, { severity: 'warning' }], messagesFor('en')),
    ).toBe('Findings (1 error, 2 warnings, 1 note)');
    expect(findingsHeading([], messagesFor('en'))).toBe('Findings (0)');
  });
});
