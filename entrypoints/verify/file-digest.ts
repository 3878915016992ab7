import { nobleSha256Hasher, type ByteSource, type InputRole } from '../../core/index.js';
import { blobChunks } from '../../workers/blob-chunks.js';

/** Lower-case hex SHA-256 of a file's bytes, read as a stream. */
export async function sha256OfBlob(blob: Blob): Promise<string> {
  const hasher = nobleSha256Hasher();
  for await (const chunk of blobChunks(blob)) hasher.update(chunk);
  return hasher.digestHex();
}

export function fileSource(file: File, role: InputRole): ByteSource {
  return { name: file.name, role, size: file.size, chunks: () => blobChunks(file) };
}
