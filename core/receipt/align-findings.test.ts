import { describe, expect, it } from 'vitest';
import { alignFindings } from './align-findings.js';

const finding = (code: string, box: string | null, found: number, wording = code) => ({
  code,
  severity: 'info',
  message: wording,
  messages: { zh: wording, en: wording },
  contest: 'chair',
  candidate: null,
  box,
  expected: null,
  found,
  where: { file: `${wording}.csv`, line: 2 },
});

describe('alignFindings', () => {
  const a = finding('OVERVOTE', 'central', 5);
  const b = finding('OVERVOTE', 'east', 1);
  const c = finding('WRITE_IN', null, 3);

  it('puts findings that state the same in the reference order, whatever their wording and file name', () => {
    const reworded = [finding('WRITE_IN', null, 3, 'other'), finding('OVERVOTE', 'east', 1, 'x'), a];
    expect(alignFindings([a, b, c], reworded)).toEqual([reworded[2], reworded[1], reworded[0]]);
  });

  it('puts a finding with other figures in the place of the one about the same subject', () => {
    const changed = finding('OVERVOTE', 'east', 2);
    const extra = finding('TIE', null, 0);
    expect(alignFindings([a, b, c], [c, extra, changed, a])).toEqual([a, changed, c, extra]);
  });

  it('leaves a hole where a finding is missing, so the ones after it still line up; new ones follow', () => {
    const extra = finding('TIE', null, 0);
    expect(alignFindings([a, b, c], [extra, c, a])).toEqual([a, undefined, c, extra]);
  });

  it('matches repeated findings one for one', () => {
    expect(alignFindings([a, a, b], [b, a])).toEqual([a, undefined, b]);
  });
});
