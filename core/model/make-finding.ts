import type { Bilingual, Finding, FindingCode, FindingLocation, Lang, Severity } from './finding.js';

export interface FindingInit {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly messages: Bilingual;
  readonly contest?: string | null;
  readonly candidate?: string | null;
  readonly box?: string | null;
  readonly expected?: number | string | null;
  readonly found?: number | string | null;
  readonly where?: FindingLocation;
}

/** Builds a finding with every contract field present (null where it does not apply). */
export function makeFinding(init: FindingInit, lang: Lang): Finding {
  const finding: Finding = {
    code: init.code,
    severity: init.severity,
    message: init.messages[lang],
    messages: init.messages,
    contest: init.contest ?? null,
    candidate: init.candidate ?? null,
    box: init.box ?? null,
    expected: init.expected ?? null,
    found: init.found ?? null,
  };
  return init.where ? { ...finding, where: init.where } : finding;
}
