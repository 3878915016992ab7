import { announcementRulesOf, type Report } from '../../core/index.js';
import type { AuditRequest } from '../../workers/audit-api.js';
import type { GivenFile, InputCheck } from './match-inputs';

export interface HashedFile extends GivenFile {
  readonly file: File;
}

/**
 * The audit that recounts from the files paired with a receipt's inputs, each read as the role the
 * receipt gives it, in the signed report's language; an announcement the receipt judged alone by a
 * rule pack is judged by the same pack and round; an election, by the same pack version. It runs in the audit worker (files streamed, never
 * read whole; the page responsive).
 */
export function recountRequest(
  checks: readonly InputCheck<HashedFile>[],
  signed: Pick<Report, 'lang' | 'rules' | 'round' | 'contests'> | undefined,
): AuditRequest {
  const request: { -readonly [R in keyof AuditRequest]?: AuditRequest[R] } = { lang: signed?.lang ?? 'zh' };
  for (const check of checks)
    if (check.file) request[check.signed.role] = { name: check.file.file.name, blob: check.file.file };
  const rules = signed && !request.election ? announcementRulesOf(signed) : undefined;
  if (rules) request.announcementRules = rules;
  // The election is recounted under the exact pack version the receipt names, not the newest.
  if (signed && request.election) request.receiptRules = signed.rules;
  return request as AuditRequest;
}
