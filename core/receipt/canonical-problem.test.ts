import { describe, expect, it } from 'vitest';
import { canonicalProblem } from './canonical-problem.js';
import { readSignedFile } from './signed-file.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('canonicalProblem (issue 21, defect 13)', () => {
  it('names nesting deeper than a signed file has, without overflowing the stack', () => {
    const deep = `{"format":"tallywitness.receipt/1","payload":{"report":${'['.repeat(5000)}${']'.repeat(5000)}}}`;
    const read = readSignedFile(bytes(deep), 'r.json');
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors[0]!.message.en).toMatch(/nested more than 64 levels deep/);
    expect(read.errors[0]!.message.en).not.toMatch(/surrogate/);
    expect(read.errors[0]!.path).toMatch(/^\$\.payload\.report(\[0\])+$/);
  });

  it('names a number JSON cannot carry, such as 1e400, at its path', () => {
    const read = readSignedFile(bytes('{"payload":{"figures":[1, 1e400]}}'), 'r.json');
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors[0]).toMatchObject({ path: '$.payload.figures[1]' });
    expect(read.errors[0]!.message.en).toContain('1e400');
    expect(read.errors[0]!.message.zh).toContain('1e400');
  });

  it('still names a lone surrogate as one, in a value or a key', () => {
    expect(canonicalProblem({ a: ['ok', 'x\ud800'] })).toMatchObject({ path: '$.a[1]' });
    expect(canonicalProblem({ ['k\udc00']: 1 })?.message.en).toContain('key holds a lone surrogate');
    expect(canonicalProblem({ a: ['😀', 1.5, null, true] })).toBeNull();
  });
});
