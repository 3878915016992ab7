import {
  nobleSha256Hasher,
  runAudit,
  type AuditSources,
  type ByteSource,
  type InputRole,
  type Lang,
  type Report,
  type Result,
} from '../../core/index.js';
import { fileSource } from './file-digest';
import type { GivenFile, InputCheck } from './match-inputs';

export interface HashedFile extends GivenFile {
  readonly file: File;
}

/**
 * Recounts from the files paired with a receipt's inputs, each read as the role the receipt gives it.
 * Runs in the page; files are streamed, never read whole.
 */
export async function recountFromFiles(
  checks: readonly InputCheck<HashedFile>[],
  lang: Lang,
): Promise<Result<Report>> {
  const sources: { [R in InputRole]?: ByteSource } = {};
  for (const check of checks)
    if (check.file) sources[check.signed.role] = fileSource(check.file.file, check.signed.role);
  return runAudit(sources as AuditSources, { lang, hasher: nobleSha256Hasher });
}
