// Sealing and opening key files run here: scrypt at 2^17 takes about a second and 128 MiB, which
// would freeze the page. One worker per operation, ended after it, so the memory is given back.
import * as Comlink from 'comlink';
// From their modules, not the core's index: the worker's bundle then holds key files, not the whole core.
import type { Result } from '../../core/model/result.js';
import { openSecretKey, sealSecretKey, type KeyFile, type OpenedKey } from '../../core/receipt/key-file.js';

const keySealing = {
  seal(secretKey: Uint8Array, passphrase: string, label: string, logN?: number): KeyFile {
    return sealSecretKey(secretKey, passphrase, { label, ...(logN ? { logN } : {}) });
  },
  open(keyFile: unknown, passphrase: string, fileName: string): Result<OpenedKey> {
    return openSecretKey(keyFile, passphrase, fileName);
  },
};

export type KeySealing = typeof keySealing;

Comlink.expose(keySealing);
