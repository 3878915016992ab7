import type { Lang } from '../../core/index.js';
import type { AuditRequest } from '../../workers/audit-api.js';
import type { GivenFile, InputCheck } from './match-inputs';

export interface HashedFile extends GivenFile {
  readonly file: File;
}

/**
 * The audit that recounts from the files paired with a receipt's inputs, each read as the role the
 * receipt gives it. It runs in the audit worker (files streamed, never read whole; the page responsive).
 */
export function recountRequest(checks: readonly InputCheck<HashedFile>[], lang: Lang): AuditRequest {
  const request: { -readonly [R in keyof AuditRequest]?: AuditRequest[R] } = { lang };
  for (const check of checks)
    if (check.file) request[check.signed.role] = { name: check.file.file.name, blob: check.file.file };
  return request as AuditRequest;
}
