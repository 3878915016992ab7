// docs/receipt.schema.json against receipts, sample commitments and selections this project writes. No
// 2020-12 validator is installed, so this checks the keywords the schema uses (type, required,
// properties, additionalProperties, items, const, enum, pattern, minimum, $ref, oneOf) with a small
// walker of its own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  consistentSample,
  createCommitment,
  createSelection,
  populationDigest,
  signingKeyFromSeed,
} from '../../core/index.js';
import { sampleReceipt } from '../../core/receipt/testing/sample-receipt.js';
import { projectRoot } from './run-cli.js';

type Schema = Record<string, unknown>;
const root = JSON.parse(readFileSync(join(projectRoot, 'docs', 'receipt.schema.json'), 'utf8')) as Schema;

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** Every place the value breaks the schema, as `path: keyword`. */
function problems(schema: Schema, value: unknown, path = '$'): string[] {
  if (typeof schema['$ref'] === 'string') {
    const name = (schema['$ref'] as string).replace('#/$defs/', '');
    return problems((root['$defs'] as Record<string, Schema>)[name]!, value, path);
  }
  if (Array.isArray(schema['oneOf'])) {
    // Exactly one branch must fit; when none does, the problems of the nearest one are reported.
    const results = (schema['oneOf'] as Schema[]).map((branch) => problems(branch, value, path));
    const fitting = results.filter((list) => list.length === 0).length;
    if (fitting === 1) return [];
    if (fitting > 1) return [`${path}: oneOf`];
    return results.reduce((best, list) => (list.length < best.length ? list : best));
  }
  const found: string[] = [];
  const type = schema['type'];
  if (type && typeOf(value) !== type && !(type === 'number' && typeOf(value) === 'integer'))
    return [`${path}: type`];
  if ('const' in schema && value !== schema['const']) found.push(`${path}: const`);
  if (Array.isArray(schema['enum']) && !schema['enum'].includes(value)) found.push(`${path}: enum`);
  if (typeof schema['pattern'] === 'string' && !new RegExp(schema['pattern'], 'u').test(value as string))
    found.push(`${path}: pattern`);
  if (typeof schema['minimum'] === 'number' && (value as number) < schema['minimum'])
    found.push(`${path}: minimum`);
  if (typeOf(value) === 'object') {
    const object = value as Record<string, unknown>;
    const properties = (schema['properties'] ?? {}) as Record<string, Schema>;
    for (const key of (schema['required'] ?? []) as string[])
      if (!(key in object)) found.push(`${path}.${key}: required`);
    for (const [key, item] of Object.entries(object)) {
      if (properties[key]) found.push(...problems(properties[key], item, `${path}.${key}`));
      else if (schema['additionalProperties'] === false) found.push(`${path}.${key}: additionalProperties`);
    }
  }
  if (typeOf(value) === 'array' && schema['items'])
    (value as unknown[]).forEach((item, i) =>
      found.push(...problems(schema['items'] as Schema, item, `${path}[${i}]`)),
    );
  return found;
}

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('docs/receipt.schema.json', () => {
  it('declares draft 2020-12', () =>
    expect(root['$schema']).toBe('https://json-schema.org/draft/2020-12/schema'));

  it('accepts receipts with and without a label and an announcement source', () => {
    expect(problems(root, copy(sampleReceipt(0)))).toEqual([]);
    const labelled = copy(sampleReceipt(1, undefined, '甲')) as unknown as {
      payload: Record<string, unknown>;
    };
    labelled.payload['announcementSource'] = {
      url: 'https://example.org/a',
      title: '公告',
      capturedAt: '2024-05-12T08:00:00Z',
      sha256: 'f'.repeat(64),
    };
    expect(problems(root, labelled)).toEqual([]);
  });

  it('rejects what the verifier rejects', () => {
    const bad = copy(sampleReceipt(0)) as unknown as {
      payload: Record<string, unknown>;
      signature: string;
      extra?: number;
    };
    bad.signature = bad.signature.slice(1);
    bad.extra = 1;
    delete bad.payload['signedAt'];
    expect(problems(root, bad).sort()).toEqual([
      '$.extra: additionalProperties',
      '$.payload.signedAt: required',
      '$.signature: pattern',
    ]);
  });

  describe('sample commitments and selections (docs/audit.md)', () => {
    const key = signingKeyFromSeed(new Uint8Array(32).fill(3));
    const ids = ['central', 'branch-north', 'mobile-1'];
    const population = populationDigest({ kind: 'boxes', ids });
    const file = { name: 'boxes.csv', sha256: 'b'.repeat(64), size: 120 };
    const commitment = createCommitment({ key, population, source: file, recountReceipt: file, label: '甲' });
    const seed = '01382438112797316654';
    const selection = (take: number | null) =>
      createSelection({
        key,
        commitment: { sha256: 'c'.repeat(64), population },
        draw: { seed, withReplacement: false, drop: 0, take, digits: 9 },
        sample: consistentSample(ids, seed, take === null ? {} : { take }),
      });

    it('accepts both, with take a number or null', () => {
      expect(problems(root, copy(commitment))).toEqual([]);
      expect(problems(root, copy(selection(2)))).toEqual([]);
      expect(problems(root, copy(selection(null)))).toEqual([]);
    });

    it('rejects a short seed, an unknown kind and an extra field', () => {
      const bad = copy(selection(1)) as unknown as { payload: Record<string, unknown> };
      bad.payload['seed'] = '12345';
      bad.payload['note'] = 'x';
      expect(problems(root, bad).sort()).toEqual([
        '$.payload.note: additionalProperties',
        '$.payload.seed: pattern',
      ]);
      const odd = copy(commitment) as unknown as { payload: { population: Record<string, unknown> } };
      odd.payload.population['kind'] = 'precincts';
      expect(problems(root, odd)).toEqual(['$.payload.population.kind: enum']);
    });
  });
});
