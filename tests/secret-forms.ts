// The ways a signing key's secret could show up in text or bytes: its 32-byte seed (from which the whole
// secret key follows) in hex, base64 and base64url, as a list of numbers, or raw. The 64-byte secret key
// begins with the seed, so each of these finds it too.
import { Buffer } from 'node:buffer';

export interface SecretForms {
  readonly texts: readonly string[];
  readonly raw: Buffer;
}

export function secretForms(seed: Uint8Array): SecretForms {
  if (seed.length !== 32) throw new RangeError('a seed is 32 bytes');
  const bytes = Buffer.from(seed);
  // The first 30 bytes are 40 base64 characters whatever follows them, in the seed alone or the whole key.
  const head = bytes.subarray(0, 30);
  return {
    texts: [
      bytes.toString('hex'),
      bytes.toString('hex').toUpperCase(),
      head.toString('base64'),
      head.toString('base64url'),
      [...bytes.subarray(0, 12)].join(','),
      [...bytes.subarray(0, 12)].join(', '),
    ],
    raw: bytes,
  };
}

/** Where the secret shows in `content` (a form's name and index), or null when it does not. */
export function findSecret(content: string | Uint8Array, forms: SecretForms): string | null {
  const buffer = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
  const text = buffer.toString('latin1');
  for (const form of forms.texts) {
    const at = text.indexOf(form);
    if (at >= 0) return `"${form.slice(0, 12)}…" at ${at}`;
  }
  const raw = buffer.indexOf(forms.raw);
  return raw >= 0 ? `the raw seed at byte ${raw}` : null;
}
