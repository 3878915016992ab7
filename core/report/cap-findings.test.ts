import { describe, expect, it } from 'vitest';
import { makeFinding } from '../model/make-finding.js';
import type { Finding } from '../model/finding.js';
import { capFindings } from './cap-findings.js';

const writeIn = (i: number): Finding =>
  makeFinding(
    { code: 'WRITE_IN', severity: 'info', candidate: `w${i}`, messages: { zh: `w${i}`, en: `w${i}` } },
    'en',
  );
const error = makeFinding(
  { code: 'VOTES_EXCEED_BALLOTS', severity: 'error', messages: { zh: 'e', en: 'e' } },
  'en',
);

describe('capFindings (issue 21, defect 15)', () => {
  it('lists 50 of a kind and counts the rest in one finding of that kind', () => {
    const capped = capFindings([error, ...Array.from({ length: 100_000 }, (_, i) => writeIn(i))], 'en');
    expect(capped).toHaveLength(52);
    expect(capped[0]).toBe(error);
    expect(capped[50]!.candidate).toBe('w49');
    expect(capped[51]).toMatchObject({ code: 'WRITE_IN', severity: 'info', found: 99_950 });
    expect(capped[51]!.messages.en).toBe('and 99,950 more WRITE_IN findings not listed');
    expect(capped[51]!.messages.zh).toBe('另有 99950 条同类发现（WRITE_IN）未列出');
  });

  it('leaves a report of few findings as it was', () => {
    const few = [error, writeIn(1), writeIn(2)];
    expect(capFindings(few, 'en')).toEqual(few);
  });
});
