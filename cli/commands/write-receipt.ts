import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import {
  createReceipt,
  keyFileNeedsPassphrase,
  openSecretKey,
  parseJson,
  serializeSignedFile,
  undecodableError,
  verifySignedFile,
  type OpenedKey,
  type Result,
} from '../../core/index.js';
import { KEY_FILE, KEY_FILE_LIMIT, readBoundedFile } from '../read-bounded.js';
import type { ReceiptWriter } from './check.js';
import { writeFailure } from '../output-path.js';

/** The environment variable `check --key` reads a sealed key's passphrase from. */
export const PASSPHRASE_ENV = 'TALLYWITNESS_PASSPHRASE';

const tempBeside = (path: string) =>
  join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);

/**
 * Writes a file whole or not at all, and never over an existing file: a temporary file beside it, then a
 * hard link to the name (which fails with EEXIST if the name is taken). A write that fails part way (a
 * full disk) leaves neither the name nor the temporary file.
 */
export function writeNewFileAtomic(path: string, data: string | Uint8Array, mode: number): void {
  const temp = tempBeside(path);
  try {
    writeFileSync(temp, data, { flag: 'wx', mode });
  } catch (error) {
    // EEXIST: the temporary name was taken, and nothing was written; else ours is removed, whole or not.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST' && existsSync(temp)) unlinkSync(temp);
    throw error;
  }
  try {
    linkSync(temp, path);
  } finally {
    unlinkSync(temp);
  }
}

/** Reads and opens a key file; a sealed one with the passphrase from the environment. */
export function loadKey(keyPath: string, env: Record<string, string | undefined>): Result<OpenedKey> {
  const read = readBoundedFile(keyPath, KEY_FILE_LIMIT, KEY_FILE);
  if (!read.ok) return read;
  // Strict UTF-8, as keygen writes it: a key file an editor re-saved in GB18030 is refused where it
  // stops being UTF-8, never read with its label garbled into the receipts it signs.
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(read.value);
  } catch {
    return { ok: false, errors: [undecodableError(keyPath, read.value, 'utf-8')] };
  }
  const json = parseJson(keyPath, text);
  if (!json.ok) return json;
  const passphrase = keyFileNeedsPassphrase(json.value) ? env[PASSPHRASE_ENV] : undefined;
  if (keyFileNeedsPassphrase(json.value) && !passphrase)
    return {
      ok: false,
      errors: [
        {
          file: keyPath,
          message: {
            zh: `密钥受口令保护：请在环境变量 ${PASSPHRASE_ENV} 中给出口令`,
            en: `the key is protected by a passphrase: give it in the environment variable ${PASSPHRASE_ENV}`,
          },
        },
      ],
    };
  return openSecretKey(json.value, passphrase, keyPath);
}

/**
 * `check --receipt R --key K`: signs the report with the key (opened before the count) and writes the receipt file, then reads it
 * back and verifies it. Null on success; 2 after a bilingual error.
 */
export const writeSignedReceipt: ReceiptWriter = async ({ report, receiptPath, key, label, audit, io }) => {
  const signerLabel = label ?? key.label;
  const receipt = createReceipt({
    report,
    key,
    ...(signerLabel ? { label: signerLabel } : {}),
    ...(audit ? { audit } : {}),
  });
  try {
    writeNewFileAtomic(receiptPath, serializeSignedFile(receipt), 0o644);
    const check = verifySignedFile(readFileSync(receiptPath), receiptPath);
    if (!check.ok || !check.value.valid) throw new Error('the receipt just written does not verify');
    if (check.value.kind === 'receipt') {
      const { fingerprint, payloadSha256 } = check.value.receipt;
      io.err(
        io.lang === 'zh'
          ? `回执已签名写入 ${receiptPath}（签名人指纹 ${fingerprint}，回执核对码 ${payloadSha256}）`
          : `receipt signed and written to ${receiptPath} (signer fingerprint ${fingerprint}, receipt check number ${payloadSha256})`,
      );
    }
  } catch (error) {
    io.err(writeFailure(receiptPath, error));
    return 2;
  }
  return null;
};
