import { failWith, ok, type Result } from '../model/result.js';
import { HEX_DIGEST, SHA256_HEX, ShapeChecker } from '../receipt/json-shape.js';
import { decodeText } from '../text/index.js';
import { AUDIT_RECORD_FORMAT, type AuditRecord } from './audit-record.js';

/** An audit record's frame at `path`: its format, method, contest, hand-count file and steps. */
export function checkAuditRecord(check: ShapeChecker, value: unknown, path: string): void {
  const audit = check.object(value, path);
  if (!audit) return;
  if (audit['format'] !== AUDIT_RECORD_FORMAT)
    check.problem(`${path}.format`, {
      zh: `应为 "${AUDIT_RECORD_FORMAT}"`,
      en: `must be "${AUDIT_RECORD_FORMAT}"`,
    });
  check.string(audit['method'], `${path}.method`);
  check.string(audit['contest'], `${path}.contest`);
  check.string(audit['outcome'], `${path}.outcome`);
  const hand = check.object(audit['handCounts'], `${path}.handCounts`);
  if (hand) check.matching(hand['sha256'], `${path}.handCounts.sha256`, SHA256_HEX, HEX_DIGEST);
  check.array(audit['steps'], `${path}.steps`);
}

/**
 * An audit record file to sign into a receipt: the record itself, or what `tallywitness audit …
 * --format json` printed (the record is its `record`).
 */
export function readAuditRecord(file: string, bytes: Uint8Array): Result<AuditRecord> {
  const decoded = decodeText(file, bytes);
  if (!decoded.ok) return decoded;
  let json: unknown;
  try {
    json = JSON.parse(decoded.value.text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return failWith([
      { file, message: { zh: `不是有效的 JSON：${detail}`, en: `not valid JSON: ${detail}` } },
    ]);
  }
  const printed = typeof json === 'object' && json !== null && 'record' in json;
  const record = printed ? (json as { record: unknown }).record : json;
  const check = new ShapeChecker(file);
  checkAuditRecord(check, record, printed ? '$.record' : '$');
  return check.errors.length > 0 ? failWith(check.errors) : ok(record as AuditRecord);
}
