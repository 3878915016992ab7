import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { ByteSource, HasherFactory, InputRole } from '../../core/index.js';
import { blobChunks } from '../../workers/blob-chunks.js';

/** Incremental SHA-256 (WebCrypto cannot hash a stream). */
export const nobleHasher: HasherFactory = () => {
  const hash = sha256.create();
  return {
    update: (chunk) => void hash.update(chunk),
    digestHex: () => bytesToHex(hash.digest()),
  };
};

/** Lower-case hex SHA-256 of a file's bytes, read as a stream. */
export async function sha256OfBlob(blob: Blob): Promise<string> {
  const hasher = nobleHasher();
  for await (const chunk of blobChunks(blob)) hasher.update(chunk);
  return hasher.digestHex();
}

export function fileSource(file: File, role: InputRole): ByteSource {
  return { name: file.name, role, size: file.size, chunks: () => blobChunks(file) };
}
