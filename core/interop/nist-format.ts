/**
 * The NIST common data formats TallyWitness reads and writes (docs/interop.md): SP 1500-100 Election
 * Results Reporting version 2 and SP 1500-103 Cast Vote Records version 1.0.0, both in JSON.
 */
export type NistFormat = 'nist-election-report' | 'nist-cast-vote-records';

/** Bytes enough to see a report's root `@type`, or the first cast vote record. */
export const NIST_SNIFF_BYTES = 4096;

const ELECTION_REPORT = /"@type"\s*:\s*"(?:ElectionResults\.)?ElectionReport"/;
const CVR_REPORT = /"@type"\s*:\s*"(?:CVR\.)?CastVoteRecordReport"/;
/** A report whose root `@type` comes after its records still shows them near the start. */
const CVR_MARKS = /"(?:CVRSnapshot|CurrentSnapshotId)"\s*:/;
const ERR_MARKS = /"@type"\s*:\s*"ElectionResults\./;

/**
 * Which NIST format a JSON file is in, by its content (never its name): the root object's `@type`,
 * else the members only that format has. `null` for anything else.
 */
export function nistFormatOf(head: string): NistFormat | null {
  const text = head.replace(/^\uFEFF/, '').trimStart();
  if (!text.startsWith('{')) return null;
  if (CVR_REPORT.test(text)) return 'nist-cast-vote-records';
  if (ELECTION_REPORT.test(text)) return 'nist-election-report';
  if (CVR_MARKS.test(text)) return 'nist-cast-vote-records';
  if (ERR_MARKS.test(text)) return 'nist-election-report';
  return null;
}

/** `nistFormatOf` on the first bytes of a file (UTF-8, as both formats are). */
export function nistFormatOfBytes(bytes: Uint8Array): NistFormat | null {
  const head = bytes.subarray(0, NIST_SNIFF_BYTES);
  return nistFormatOf(new TextDecoder('utf-8').decode(head, { stream: true }));
}

/** The format's name as a person reads it, for "read as …" messages. */
export const NIST_FORMAT_NAMES: Record<NistFormat, { zh: string; en: string }> = {
  'nist-election-report': {
    zh: 'NIST SP 1500-100 选举结果报告（ERR 第 2 版，JSON）',
    en: 'NIST SP 1500-100 Election Results Reporting (v2 JSON)',
  },
  'nist-cast-vote-records': {
    zh: 'NIST SP 1500-103 选票记录（CVR 1.0.0，JSON）',
    en: 'NIST SP 1500-103 Cast Vote Records (1.0.0 JSON)',
  },
};

/**
 * Whether an object's `@type` is `type`. Exporters write the type with or without the format's
 * prefix (RCTab writes `CandidateContest` where the schema says `CVR.CandidateContest`): both are
 * taken. An object with no `@type` is taken as what its place in the document says it is.
 */
export function hasType(value: Record<string, unknown>, type: string): boolean {
  const stated = value['@type'];
  if (stated === undefined) return true;
  if (typeof stated !== 'string') return false;
  return stated === type || stated === type.slice(type.indexOf('.') + 1);
}

/** The `@type` without its prefix, or '' when absent. */
export function bareType(value: Record<string, unknown>): string {
  const stated = value['@type'];
  return typeof stated === 'string' ? stated.slice(stated.indexOf('.') + 1) : '';
}

export type JsonObject = Record<string, unknown>;

export const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An array member, or [] when absent (a non-array is left to the caller's checks). */
export const listOf = (value: JsonObject, key: string): unknown[] => {
  const member = value[key];
  return Array.isArray(member) ? member : [];
};

/** A string member's text, trimmed; undefined when absent, empty or not a string. */
export const textOf = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
