import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bytesSource, type ByteSource, type HasherFactory } from '../core/index.js';
import type { AuditFile } from './audit-api.js';
import { createAuditService } from './audit-service.js';

const hasher: HasherFactory = () => {
  const hash = createHash('sha256');
  return { update: (chunk) => void hash.update(chunk), digestHex: () => hash.digest('hex') };
};

const text = (value: string) => new TextEncoder().encode(value);
const election = JSON.stringify({
  format: 'tallywitness.election/1',
  name: 'e',
  rules: 'cn-village',
  registeredVoters: 10,
  contests: [{ id: 'chair', name: '主任', seats: 1, candidates: [{ id: 'a', name: '甲' }] }],
});

/** A file whose reading fails part-way, as a disk error or a file removed since it was chosen would. */
function failingSource(name: string, role: ByteSource['role']): ByteSource {
  return {
    name,
    role,
    async *chunks() {
      yield text('box,contest,candidate,votes\n');
      throw Object.assign(new Error('i/o error, read'), { code: 'EIO' });
    },
  };
}

describe('createAuditService', () => {
  it('names the file whose reading failed, whichever input it is', async () => {
    const service = createAuditService({
      hasher,
      open: (file: AuditFile, role) =>
        file.name === 'tallies.csv'
          ? failingSource(file.name, role)
          : bytesSource(file.name, role, 'bytes' in file ? file.bytes : new Uint8Array()),
    });
    const outcome = await service.audit({
      lang: 'en',
      election: { name: 'election.json', bytes: text(election) },
      boxes: { name: 'boxes.csv', bytes: text('box,registered,issued,returned,invalid\nc,10,8,8,0\n') },
      tallies: { name: 'tallies.csv', bytes: new Uint8Array() },
    });
    expect(outcome).toEqual({
      ok: false,
      errors: [
        {
          file: 'tallies.csv',
          message: expect.objectContaining({
            en: 'cannot be read: the disk reported an input/output error (EIO)',
          }),
        },
      ],
    });
  });

  it('lets a fault that is not a read failure through', async () => {
    const service = createAuditService({
      hasher,
      open: (file, role) => ({
        name: file.name,
        role,
        // eslint-disable-next-line require-yield -- fails before its first chunk
        async *chunks() {
          throw new TypeError('a fault of the program');
        },
      }),
    });
    await expect(
      service.audit({ lang: 'en', election: { name: 'election.json', bytes: text(election) } }),
    ).rejects.toThrow('a fault of the program');
  });

  it('gives a file’s SHA-256 with progress, and names a file it cannot read', async () => {
    const service = createAuditService({
      hasher,
      open: (file, role) =>
        file.name === 'broken.csv'
          ? failingSource(file.name, role)
          : {
              name: file.name,
              role,
              size: 3 << 20,
              async *chunks() {
                for (let part = 0; part < 3; part++) yield new Uint8Array(1 << 20).fill(part);
              },
            },
    });
    const whole = new Uint8Array(3 << 20);
    for (let part = 0; part < 3; part++) whole.fill(part, part << 20, (part + 1) << 20);
    const seen: number[] = [];
    const outcome = await service.digest({ name: 'ballots.csv', bytes: new Uint8Array() }, (progress) =>
      seen.push(progress.bytesRead),
    );
    expect(outcome).toEqual({ ok: true, sha256: createHash('sha256').update(whole).digest('hex') });
    expect(seen.at(-1)).toBe(3 << 20); // the last report is never held back
    expect(await service.digest({ name: 'broken.csv', bytes: new Uint8Array() })).toEqual({
      ok: false,
      errors: [
        {
          file: 'broken.csv',
          message: expect.objectContaining({
            en: 'cannot be read: the disk reported an input/output error (EIO)',
          }),
        },
      ],
    });
  });
});
