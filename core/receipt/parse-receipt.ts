import type { InputRole } from '../model/report.js';
import { failWith, ok, type Result } from '../model/result.js';
import { fromBase64 } from './base64.js';
import { canonicalJson } from './canonical-json.js';
import { HEX_DIGEST, ISO_TIME, ISO_TIME_TEXT, SHA256_HEX, ShapeChecker } from './json-shape.js';
import { KEY_FILE_FORMAT } from './key-file.js';
import { RECEIPT_FORMAT, type Receipt } from './receipt-format.js';
import { checkAuditRecord } from '../audit-math/check-audit-record.js';
import { enCounts } from '../text/english-count.js';

const ROLES: readonly InputRole[] = ['election', 'boxes', 'tallies', 'ballots', 'announcement'];

/** A receipt whose shape has been checked, with its key and signature decoded. */
export interface ParsedReceipt {
  readonly receipt: Receipt;
  readonly publicKey: Uint8Array;
  readonly signature: Uint8Array;
}

export function checkInputDigests(check: ShapeChecker, value: unknown, path: string): void {
  check.array(value, path)?.forEach((item, index) => {
    const at = `${path}[${index}]`;
    const digest = check.object(item, at);
    if (!digest) return;
    check.string(digest['name'], `${at}.name`);
    check.matching(digest['sha256'], `${at}.sha256`, SHA256_HEX, HEX_DIGEST);
    check.wholeNumber(digest['size'], `${at}.size`);
    check.oneOf(digest['role'], `${at}.role`, ROLES);
  });
}

export function decodeKey(
  check: ShapeChecker,
  value: unknown,
  path: string,
  length: number,
): Uint8Array | undefined {
  const text = check.string(value, path);
  if (text === undefined) return undefined;
  const bytes = fromBase64(text);
  if (bytes && bytes.length === length) return bytes;
  return check.problem(path, {
    zh: `应为 ${length} 字节的 base64（标准字母表，带填充）`,
    en: enCounts`must be ${length} bytes in base64 (standard alphabet, padded)`,
  });
}

/** Checks the payload's shape; returns its signer object when there is one. */
function checkPayload(check: ShapeChecker, value: unknown): Record<string, unknown> | undefined {
  const payload = check.object(value, '$.payload');
  if (!payload) return undefined;
  if (payload['format'] !== RECEIPT_FORMAT) {
    check.problem('$.payload.format', {
      zh: `不是本工具能读的回执格式（应为 "${RECEIPT_FORMAT}"）`,
      en: `not a receipt format this tool reads (expected "${RECEIPT_FORMAT}")`,
    });
  }
  const tool = check.object(payload['tool'], '$.payload.tool');
  if (tool) {
    check.string(tool['name'], '$.payload.tool.name');
    check.string(tool['version'], '$.payload.tool.version');
  }
  const rules = check.object(payload['rules'], '$.payload.rules');
  if (rules) {
    check.string(rules['id'], '$.payload.rules.id');
    check.object(rules['params'], '$.payload.rules.params');
  }
  checkInputDigests(check, payload['inputs'], '$.payload.inputs');
  if (payload['announcementSource'] !== undefined) {
    const source = check.object(payload['announcementSource'], '$.payload.announcementSource');
    if (source) {
      check.string(source['url'], '$.payload.announcementSource.url');
      check.string(source['title'], '$.payload.announcementSource.title');
      check.matching(
        source['capturedAt'],
        '$.payload.announcementSource.capturedAt',
        ISO_TIME,
        ISO_TIME_TEXT,
      );
      check.matching(source['sha256'], '$.payload.announcementSource.sha256', SHA256_HEX, HEX_DIGEST);
    }
  }
  const report = check.object(payload['report'], '$.payload.report');
  if (report) {
    if (report['format'] !== 'tallywitness.report/1')
      check.problem('$.payload.report.format', {
        zh: '应为 "tallywitness.report/1"',
        en: 'must be "tallywitness.report/1"',
      });
    check.string(report['verdict'], '$.payload.report.verdict');
    check.object(report['turnout'], '$.payload.report.turnout');
    check.array(report['contests'], '$.payload.report.contests');
    check.array(report['boxes'], '$.payload.report.boxes');
    check.array(report['findings'], '$.payload.report.findings');
    checkInputDigests(check, report['inputs'], '$.payload.report.inputs');
  }
  if (payload['audit'] !== undefined) checkAuditRecord(check, payload['audit'], '$.payload.audit');
  check.matching(payload['signedAt'], '$.payload.signedAt', ISO_TIME, ISO_TIME_TEXT);
  if (report && check.errors.length === 0 && !sameJson(payload['inputs'], report['inputs'])) {
    check.problem('$.payload.inputs', {
      zh: '与 $.payload.report.inputs 不一致：回执不是由本工具生成的',
      en: 'differs from $.payload.report.inputs: the receipt was not made by this tool',
    });
  }
  if (check.errors.length === 0) checkAnnouncementSource(check, payload);
  const signer = check.object(payload['signer'], '$.payload.signer');
  if (signer && signer['label'] !== undefined) check.string(signer['label'], '$.payload.signer.label');
  return signer;
}

/**
 * The page an announcement was captured from names the text that was checked: its SHA-256 is the
 * announcement input's. A source beside other text, or beside no announcement at all, would tell a
 * reader the wrong page.
 */
function checkAnnouncementSource(check: ShapeChecker, payload: Record<string, unknown>): void {
  const source = payload['announcementSource'] as { sha256?: unknown } | undefined;
  if (source === undefined) return;
  const inputs = payload['inputs'] as readonly { role?: unknown; sha256?: unknown }[];
  const announcement = inputs.find((input) => input.role === 'announcement');
  if (announcement?.sha256 !== source.sha256)
    check.problem('$.payload.announcementSource.sha256', {
      zh: announcement ? '与结果公告输入文件的 SHA-256 不一致' : '回执中没有结果公告输入，却载明了公告来源',
      en: announcement
        ? "differs from the notice input's SHA-256"
        : 'names a notice source but the receipt has no notice input',
    });
}

function sameJson(a: unknown, b: unknown): boolean {
  try {
    return canonicalJson(a) === canonicalJson(b);
  } catch {
    return false;
  }
}

/**
 * Checks that a parsed JSON value has a receipt's shape. Every problem is reported with its JSON path;
 * the signature itself is not checked here (see verifyReceipt). Fields outside the payload
 * other than the signature are refused: nothing unsigned can ride along.
 */
export function parseReceipt(json: unknown, file = 'receipt.json'): Result<ParsedReceipt> {
  const check = new ShapeChecker(file);
  const root = check.object(json, '$');
  if (!root) return failWith(check.errors);
  // Another kind of file (an election definition, a key) names its format at the top, where a receipt
  // has only payload and signature: said once, by what it is, not field by field.
  const format = root['format'];
  if (typeof format === 'string' && !('payload' in root)) {
    const secret = format === KEY_FILE_FORMAT;
    check.problem('$.format', {
      zh:
        `这是格式为“${format}”的文件，不是回执（或回执合集）` +
        (secret ? '；这是私钥文件，须保密，不要交给他人' : ''),
      en:
        `this is a file of the format “${format}”, not a receipt (or a bundle of receipts)` +
        (secret ? '; it is a secret key file: keep it to yourself' : ''),
    });
    return failWith(check.errors);
  }
  for (const key of Object.keys(root)) {
    if (key !== 'payload' && key !== 'signature')
      check.problem(`$[${JSON.stringify(key)}]`, {
        zh: '回执只有 payload 与 signature 两项',
        en: 'a receipt holds only payload and signature',
      });
  }
  const signer = checkPayload(check, root['payload']);
  const publicKey = signer
    ? decodeKey(check, signer['publicKey'], '$.payload.signer.publicKey', 32)
    : undefined;
  const signature = decodeKey(check, root['signature'], '$.signature', 64);
  if (check.errors.length > 0 || !publicKey || !signature) return failWith(check.errors);
  return ok({ receipt: json as Receipt, publicKey, signature });
}
