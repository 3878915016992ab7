import { scrypt } from '@noble/hashes/scrypt.js';
import nacl from 'tweetnacl';
import type { Bilingual } from '../model/finding.js';
import { fail, failWith, ok, type Result } from '../model/result.js';
import { fromBase64, toBase64 } from './base64.js';
import { isoSeconds } from './build-receipt-payload.js';
import { fingerprint } from './fingerprint.js';
import { BUNDLE_FORMAT, RECEIPT_FORMAT } from './receipt-format.js';
import { ISO_TIME, ISO_TIME_TEXT, ShapeChecker } from './json-shape.js';
import { signingKeyFromSeed, type SigningKey } from './signing-key.js';
import { enCounts } from '../text/english-count.js';

export const KEY_FILE_FORMAT = 'tallywitness.key/1';

/** log2 of scrypt's N by default: 2^17 with r = 8 is 128 MiB and about a second (docs/receipt.md). */
export const DEFAULT_SCRYPT_LOG_N = 17;
/** The most memory a key file may make scrypt use when opened (noble's accounting, 128·r·(N+p+1) bytes). */
const MAX_SCRYPT_MEMORY = 2 ** 30;
const MAX_LOG_N = 20;
const MAX_R = 16;
const MAX_P = 4;

interface KeyFileCommon {
  readonly format: typeof KEY_FILE_FORMAT;
  readonly publicKey: string;
  /** For people; recomputed from publicKey when opened. */
  readonly fingerprint: string;
  /** Not protected: a key file's label is a reminder, the key is what counts. */
  readonly label?: string;
  readonly createdAt: string;
}

export interface ScryptParams {
  readonly logN: number;
  readonly r: number;
  readonly p: number;
}

/**
 * A secret key sealed with a passphrase: scrypt(NFC passphrase, salt) → a 32-byte key for nacl.secretbox
 * (XSalsa20-Poly1305), which seals the 32-byte Ed25519 seed.
 */
export interface SealedKeyFile extends KeyFileCommon {
  readonly protection: 'passphrase';
  readonly kdf: { readonly name: 'scrypt'; readonly salt: string } & ScryptParams;
  readonly cipher: { readonly name: 'xsalsa20-poly1305'; readonly nonce: string; readonly sealed: string };
}

/** A secret key stored as it is, for whoever can read the file: only as safe as its file permissions. */
export interface PlainKeyFile extends KeyFileCommon {
  readonly protection: 'none';
  /** The 32-byte Ed25519 seed, base64. */
  readonly seed: string;
}

export type KeyFile = SealedKeyFile | PlainKeyFile;

export interface KeyFileOptions {
  readonly label?: string;
  readonly createdAt?: Date;
}

export interface SealOptions extends KeyFileOptions {
  /** log2 of scrypt's N; tests pass a small one. */
  readonly logN?: number;
}

export interface OpenedKey extends SigningKey {
  readonly label?: string;
}

/** Why a passphrase cannot seal a key, or null when it can. */
export function passphraseProblem(passphrase: string): Bilingual | null {
  if (passphrase.trim().length === 0) return { zh: '口令不能为空', en: 'the passphrase is empty' };
  return null;
}

const scryptMemory = ({ logN, r, p }: ScryptParams) => 128 * r * (2 ** logN + p + 1);

/** Passphrases are NFC-normalized before use, so the same words typed on another keyboard open the file. */
function deriveKey(passphrase: string, salt: Uint8Array, params: ScryptParams): Uint8Array {
  return scrypt(passphrase.normalize('NFC'), salt, {
    N: 2 ** params.logN,
    r: params.r,
    p: params.p,
    dkLen: nacl.secretbox.keyLength,
    maxmem: MAX_SCRYPT_MEMORY,
  });
}

function common(secretKey: Uint8Array, options: KeyFileOptions) {
  if (secretKey.length !== nacl.sign.secretKeyLength)
    throw new RangeError(`secret key must be ${nacl.sign.secretKeyLength} bytes`);
  const publicKey = secretKey.subarray(32);
  return {
    format: KEY_FILE_FORMAT,
    publicKey: toBase64(publicKey),
    fingerprint: fingerprint(publicKey),
    ...(options.label ? { label: options.label } : {}),
    createdAt: isoSeconds(options.createdAt ?? new Date()),
  } as const;
}

/** Seals a 64-byte tweetnacl secret key under a passphrase. Random salt and nonce come from the platform. */
export function sealSecretKey(
  secretKey: Uint8Array,
  passphrase: string,
  options: SealOptions = {},
): SealedKeyFile {
  const problem = passphraseProblem(passphrase);
  if (problem) throw new RangeError(problem.en);
  const params = { logN: options.logN ?? DEFAULT_SCRYPT_LOG_N, r: 8, p: 1 };
  if (!Number.isInteger(params.logN) || params.logN < 1 || params.logN > MAX_LOG_N)
    throw new RangeError(`logN must be an integer from 1 to ${MAX_LOG_N}`);
  const salt = nacl.randomBytes(16);
  const nonce = nacl.randomBytes(nacl.secretbox.nonceLength);
  const sealed = nacl.secretbox(secretKey.subarray(0, 32), nonce, deriveKey(passphrase, salt, params));
  return {
    ...common(secretKey, options),
    protection: 'passphrase',
    kdf: { name: 'scrypt', ...params, salt: toBase64(salt) },
    cipher: { name: 'xsalsa20-poly1305', nonce: toBase64(nonce), sealed: toBase64(sealed) },
  };
}

/** A key file with the seed in the clear, for a command line whose user chose no passphrase. */
export function plainKeyFile(secretKey: Uint8Array, options: KeyFileOptions = {}): PlainKeyFile {
  return { ...common(secretKey, options), protection: 'none', seed: toBase64(secretKey.subarray(0, 32)) };
}

/**
 * Whether a parsed key file needs a passphrase to open (so a caller knows to ask for one). Only a key
 * file can: a receipt or anything else given as the key is left to openSecretKey to name.
 */
export function keyFileNeedsPassphrase(keyFile: unknown): boolean {
  return (
    typeof keyFile === 'object' &&
    keyFile !== null &&
    (keyFile as Record<string, unknown>)['format'] === KEY_FILE_FORMAT &&
    (keyFile as Record<string, unknown>)['protection'] !== 'none'
  );
}

function bytesAt(check: ShapeChecker, value: unknown, path: string, length: number): Uint8Array | undefined {
  const text = check.string(value, path);
  if (text === undefined) return undefined;
  const bytes = fromBase64(text);
  if (bytes && bytes.length === length) return bytes;
  return check.problem(path, {
    zh: `应为 ${length} 字节的 base64`,
    en: enCounts`must be ${length} bytes in base64`,
  });
}

function checkScrypt(check: ShapeChecker, kdf: Record<string, unknown>): ScryptParams | undefined {
  if (kdf['name'] !== 'scrypt') check.problem('$.kdf.name', { zh: '应为 "scrypt"', en: 'must be "scrypt"' });
  const inRange = (n: unknown, max: number): n is number =>
    typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= max;
  const { logN, r, p } = kdf;
  const limits: [unknown, string, number][] = [
    [logN, 'logN', MAX_LOG_N],
    [r, 'r', MAX_R],
    [p, 'p', MAX_P],
  ];
  for (const [value, name, max] of limits)
    if (!inRange(value, max))
      check.problem(`$.kdf.${name}`, {
        zh: `应为 1 到 ${max} 的整数`,
        en: enCounts`must be an integer from 1 to ${max}`,
      });
  if (!inRange(logN, MAX_LOG_N) || !inRange(r, MAX_R) || !inRange(p, MAX_P)) return undefined;
  const params = { logN, r, p };
  if (scryptMemory(params) > MAX_SCRYPT_MEMORY) {
    check.problem('$.kdf', {
      zh: 'scrypt 参数要求的内存超过 1 GiB，拒绝打开',
      en: 'the scrypt parameters ask for more than 1 GiB of memory; refused',
    });
    return undefined;
  }
  return params;
}

/**
 * Opens a key file (parsed JSON): with its passphrase when sealed; a plain one needs none. A wrong
 * passphrase is an error that says so in both languages; the key file is only read, never changed.
 * The opened key must match the file's public key.
 */
export function openSecretKey(
  keyFile: unknown,
  passphrase: string | undefined,
  file = 'key.json',
): Result<OpenedKey> {
  const check = new ShapeChecker(file);
  const root = check.object(keyFile, '$');
  if (!root) return failWith(check.errors);
  const payload = root['payload'];
  const payloadFormat =
    typeof payload === 'object' && payload !== null
      ? (payload as Record<string, unknown>)['format']
      : undefined;
  if (
    payloadFormat === RECEIPT_FORMAT ||
    root['format'] === BUNDLE_FORMAT ||
    root['format'] === RECEIPT_FORMAT
  )
    return fail({
      file,
      path: '$.format',
      message: {
        zh: '这是回执（或回执合集）文件，不是密钥文件：请给出 keygen 写出的密钥文件',
        en: 'this is a receipt (or bundle) file, not a key file: give the key file keygen wrote',
      },
    });
  if (root['format'] !== KEY_FILE_FORMAT)
    check.problem('$.format', {
      zh: `不是密钥文件（应为 "${KEY_FILE_FORMAT}"）`,
      en: `not a key file (expected "${KEY_FILE_FORMAT}")`,
    });
  const publicKey = bytesAt(check, root['publicKey'], '$.publicKey', 32);
  if (root['label'] !== undefined) check.string(root['label'], '$.label');
  check.matching(root['createdAt'], '$.createdAt', ISO_TIME, ISO_TIME_TEXT);
  const protection = check.oneOf(root['protection'], '$.protection', ['passphrase', 'none'] as const);

  let seed: Uint8Array | null | undefined;
  if (protection === 'none') {
    seed = bytesAt(check, root['seed'], '$.seed', 32);
    if (check.errors.length > 0 || !seed || !publicKey) return failWith(check.errors);
  } else if (protection === 'passphrase') {
    const kdf = check.object(root['kdf'], '$.kdf');
    const params = kdf ? checkScrypt(check, kdf) : undefined;
    const saltText = kdf ? check.string(kdf['salt'], '$.kdf.salt') : undefined;
    const salt = saltText === undefined ? undefined : fromBase64(saltText);
    if (saltText !== undefined && (!salt || salt.length < 16))
      check.problem('$.kdf.salt', {
        zh: '应为至少 16 字节的 base64',
        en: 'must be at least 16 bytes in base64',
      });
    const cipher = check.object(root['cipher'], '$.cipher');
    if (cipher && cipher['name'] !== 'xsalsa20-poly1305')
      check.problem('$.cipher.name', { zh: '应为 "xsalsa20-poly1305"', en: 'must be "xsalsa20-poly1305"' });
    const nonce = cipher
      ? bytesAt(check, cipher['nonce'], '$.cipher.nonce', nacl.secretbox.nonceLength)
      : undefined;
    const sealed = cipher
      ? bytesAt(check, cipher['sealed'], '$.cipher.sealed', 32 + nacl.secretbox.overheadLength)
      : undefined;
    if (check.errors.length > 0 || !publicKey || !params || !salt || !nonce || !sealed)
      return failWith(check.errors);
    if (passphrase === undefined || passphrase.length === 0)
      return fail({
        file,
        path: '$.cipher',
        message: {
          zh: '密钥受口令保护，需要口令',
          en: 'the key is protected by a passphrase; a passphrase is needed',
        },
      });
    seed = nacl.secretbox.open(sealed, nonce, deriveKey(passphrase, salt, params));
    if (!seed) {
      return fail({
        file,
        path: '$.cipher.sealed',
        message: {
          zh: '口令不对，无法打开密钥（也可能是密钥文件已损坏）。密钥文件没有被改动。',
          en: 'wrong passphrase: the key could not be opened (or the key file is damaged). The key file was not changed.',
        },
      });
    }
  } else {
    return failWith(check.errors);
  }
  const key = signingKeyFromSeed(seed);
  if (!nacl.verify(key.publicKey, publicKey)) {
    return fail({
      file,
      path: '$.publicKey',
      message: {
        zh: '密钥文件中的公钥与私钥不符：文件被改过',
        en: 'the public key in the key file does not match its secret key: the file was altered',
      },
    });
  }
  const label = typeof root['label'] === 'string' ? root['label'] : undefined;
  return ok(label !== undefined ? { ...key, label } : key);
}
