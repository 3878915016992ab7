import { readAuditRecord, type AuditRecord, type Result } from '../../core/index.js';
import { readBoundedFile } from '../read-bounded.js';

/** An audit record file (`check --audit-record A`): a few kilobytes; refused past 16 MB. */
export function readAuditRecordFile(path: string): Result<AuditRecord> {
  const bytes = readBoundedFile(path, 16 * 1024 * 1024, { zh: '审计记录文件', en: 'an audit record file' });
  return bytes.ok ? readAuditRecord(path, bytes.value) : bytes;
}
