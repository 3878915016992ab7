import type { Report } from '../model/report.js';
import { packOfReceipt } from '../rules/index.js';
import type { RulePack } from '../rules/rule-pack.js';
import { toBase64 } from './base64.js';
import {
  RECEIPT_FORMAT,
  type AnnouncementSource,
  type ReceiptPayload,
  type RulesUsed,
} from './receipt-format.js';
import { TOOL, type ToolId } from './tool.js';
import type { AuditRecord } from '../audit-math/audit-record.js';

export interface ReceiptPayloadInit {
  readonly report: Report;
  /** The signer's raw 32-byte Ed25519 public key. */
  readonly publicKey: Uint8Array;
  /** A name the signer chose; signed with the rest. */
  readonly label?: string;
  /** When the receipt is signed; defaults to now. Kept to whole seconds, in UTC. */
  readonly signedAt?: Date;
  readonly announcementSource?: AnnouncementSource;
  /** Defaults to the report's rule pack with the parameters it decides by. */
  readonly rules?: RulesUsed;
  readonly tool?: ToolId;
  /** A risk-limiting audit of the recounted result, signed with it. */
  readonly audit?: AuditRecord;
}

/**
 * The pack's exact version and the parameters that decide outcomes: everything but its names, family,
 * sources and notes, and the provision a runoff's candidates are checked against (as numbered on any date), a citation that
 * decides no outcome (its warning is in the report), so receipts signed before it was cited stay the same. The
 * quorums of the meetings that elect the supervisory committee (`meetings`) are left out too: only a notice is
 * held to them, never a recount, and a receipt signed before the pack stated them must verify unchanged.
 */
export function rulesUsed(pack: RulePack): RulesUsed {
  const {
    id,
    family: _family,
    version,
    name: _name,
    sources: _sources,
    notes: _notes,
    runoffCandidatesUnelected: _runoffCandidates,
    runoffCandidatesRenumbered: _renumbered,
    meetings: _meetings,
    ...params
  } = pack;
  return { id, ...(version ? { version } : {}), params: params as unknown as RulesUsed['params'] };
}

/**
 * The rules a report was made under. A report from before packs had versions names a family; it is
 * signed under that name, with the parameters of the family's first version (the pack it was made by).
 */
function rulesOfReport(id: string): RulesUsed {
  const pack = packOfReceipt(id);
  if (!pack) return { id, params: {} };
  const used = rulesUsed(pack);
  return pack.id === id ? used : { id, params: used.params };
}

/** An ISO 8601 UTC time without milliseconds: `2024-05-12T08:30:00Z`. */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * The payload a receipt signs: the report, the digests of the inputs it was made from (copied from the
 * report, so they cannot disagree), the rules, the tool, when, and who. Strips `undefined` so that the
 * payload is exactly what its JSON says.
 */
export function buildReceiptPayload(init: ReceiptPayloadInit): ReceiptPayload {
  if (init.publicKey.length !== 32) throw new RangeError('public key must be 32 bytes');
  const tool = init.tool ?? TOOL;
  const payload: ReceiptPayload = {
    format: RECEIPT_FORMAT,
    tool: { name: tool.name, version: tool.version },
    rules: init.rules ?? rulesOfReport(init.report.rules),
    inputs: init.report.inputs,
    ...(init.announcementSource ? { announcementSource: init.announcementSource } : {}),
    report: init.report,
    ...(init.audit ? { audit: init.audit } : {}),
    signedAt: isoSeconds(init.signedAt ?? new Date()),
    signer: { publicKey: toBase64(init.publicKey), ...(init.label ? { label: init.label } : {}) },
  };
  return JSON.parse(JSON.stringify(payload)) as ReceiptPayload;
}
