import type { Bilingual, Finding, Lang } from '../model/finding.js';
import type { InputDigest, Report } from '../model/report.js';
import { packOfReceipt } from '../rules/registry.js';
import { alignFindings } from './align-findings.js';
import { diffJson } from './diff-json.js';
import type { ReceiptPayload } from './receipt-format.js';
import { enCounts } from '../text/english-count.js';

export type ReceiptDifferenceCode = 'INPUTS_MISMATCH' | 'INPUT_MISSING' | 'INPUT_EXTRA' | 'REPORT_DIFFERS';

/** One way a receipt and a fresh recount disagree; shaped like a finding so the same views can show it. */
export interface ReceiptDifference {
  readonly code: ReceiptDifferenceCode;
  readonly severity: 'error';
  readonly messages: Bilingual;
  /** The input's role, or the JSON path in the report. */
  readonly where: string;
  /** What the receipt says. */
  readonly expected: unknown;
  /** What the fresh recount found. */
  readonly found: unknown;
}

/**
 * Parts of a report (JSON path from its root) that say how it was made, not what the election gave: its
 * language, a finding's wording in either language (a later version may word it better; its code,
 * place and figures are compared), the wording of the announcement's work shown (its rules, verdicts and
 * places are compared), the names the input files had (judged by their SHA-256 instead), and why the
 * pack's version was chosen (`rules`, the version itself, is compared).
 */
export const incidentalToReport = (path: string): boolean =>
  path === '$.lang' ||
  path === '$.inputs' ||
  /^\$\.rulesVersion(\.|$)/.test(path) ||
  /^\$\.findings\[\d+\]\.(message|messages|where\.file)$/.test(path) ||
  /^\$\.announcement\.(judged|unread)\[\d+\]\.work$/.test(path);

function compareInputs(signed: readonly InputDigest[], fresh: readonly InputDigest[]): ReceiptDifference[] {
  const differences: ReceiptDifference[] = [];
  for (const input of signed) {
    const other = fresh.find((candidate) => candidate.role === input.role);
    if (!other) {
      differences.push({
        code: 'INPUT_MISSING',
        severity: 'error',
        messages: {
          zh: `回执含有${input.role}输入 ${input.name}，这次复核没有给出`,
          en: `the receipt covers a ${input.role} input (${input.name}) not given this time`,
        },
        where: input.role,
        expected: input.sha256,
        found: null,
      });
    } else if (other.sha256 !== input.sha256) {
      differences.push({
        code: 'INPUTS_MISMATCH',
        severity: 'error',
        messages: {
          zh: `输入不一致：${other.name} 的 SHA-256 与回执中的 ${input.name} 不同，不是同一份文件`,
          en: `inputs mismatch: ${other.name} does not have the SHA-256 the receipt records for ${input.name}; it is not the same file`,
        },
        where: input.role,
        expected: input.sha256,
        found: other.sha256,
      });
    }
  }
  for (const input of fresh) {
    if (signed.some((candidate) => candidate.role === input.role)) continue;
    differences.push({
      code: 'INPUT_EXTRA',
      severity: 'error',
      messages: {
        zh: `这次给出的${input.role}输入 ${input.name} 不在回执中`,
        en: `the ${input.role} input given this time (${input.name}) is not in the receipt`,
      },
      where: input.role,
      expected: null,
      found: input.sha256,
    });
  }
  return differences;
}

/**
 * Whether the only differences are input files other than the ones signed (another encoding, a copy
 * saved again) while their recount gives the signed report: the files are not the signed ones, the
 * result is the same, and both are said.
 */
export function onlyOtherFiles(differences: readonly ReceiptDifference[]): boolean {
  return differences.length > 0 && differences.every((difference) => difference.code === 'INPUTS_MISMATCH');
}

/**
 * Compares a signed receipt with a fresh recount of the inputs: first the inputs (matched by role, judged
 * by SHA-256 — file names may differ), then the reports, field by field, leaving out what is incidental
 * (incidentalToReport): a recount in another language, of files under other names, is the same recount.
 * Findings are compared by what they state, whatever order each report lists them in (alignFindings).
 * An empty list means the fresh recount reproduces the receipt.
 */
export function compareReceiptWithRecount(
  payload: ReceiptPayload,
  freshReport: Report,
  freshInputs: readonly InputDigest[] = freshReport.inputs,
): ReceiptDifference[] {
  const fresh = JSON.parse(JSON.stringify(freshReport)) as Report;
  // A receipt signed before packs had versions names the family; it was made under its first version.
  if (packOfReceipt(payload.report.rules)?.id === fresh.rules)
    Object.assign(fresh, { rules: payload.report.rules });
  const reportDifferences = diffJson(
    payload.report,
    { ...fresh, findings: alignFindings(payload.report.findings, fresh.findings) },
    incidentalToReport,
  ).map((difference): ReceiptDifference => ({
    code: 'REPORT_DIFFERS',
    severity: 'error',
    messages: {
      zh: `报告不一致：${difference.path} 回执中为 ${show(difference.expected, 'zh')}，复核得到 ${show(difference.found, 'zh')}`,
      en: `report differs: ${difference.path} is ${show(difference.expected, 'en')} in the receipt, ${show(difference.found, 'en')} in the recount`,
    },
    where: difference.path,
    expected: difference.expected,
    found: difference.found,
  }));
  return [...compareInputs(payload.inputs, freshInputs), ...reportDifferences];
}

/**
 * How many differences a view lists one by one (the command line's text and JSON, the verify page); the
 * rest are counted. A recount of ballots that differ from the receipt's in 80,000 places gives 80,000
 * differences, tens of megabytes listed whole, which no one reads past the first.
 */
export const DIFFERENCES_LISTED = 1000;

/** The differences a view lists, and how many there are in all. */
export interface ListedDifferences {
  /** The first `DIFFERENCES_LISTED`, in the order compareReceiptWithRecount gives them. */
  readonly listed: readonly ReceiptDifference[];
  /** All the differences, listed or not. */
  readonly count: number;
  /** Those not listed: `count` less the listed. */
  readonly notListed: number;
}

/** The first `limit` differences and the count of all. */
export function listedDifferences(
  differences: readonly ReceiptDifference[],
  limit: number = DIFFERENCES_LISTED,
): ListedDifferences {
  const listed = differences.length > limit ? differences.slice(0, limit) : differences;
  return { listed, count: differences.length, notListed: differences.length - listed.length };
}

/** The line after the differences listed, saying how many more there are. */
export function differencesNotListed({
  count,
  notListed,
}: Pick<ListedDifferences, 'count' | 'notListed'>): Bilingual {
  return {
    zh: `另有${notListed}处不同未逐一列出（共${count}处）`,
    en: enCounts`${notListed} more ${notListed === 1 ? 'difference' : 'differences'} not listed (${count} in all)`,
  };
}

/** A value as a difference quotes it: a whole finding (one side lacks it) by its code and words, else as JSON. */
function show(value: unknown, lang: Lang): string {
  if (value === undefined) return lang === 'zh' ? '（无）' : '(absent)';
  const finding = value as Partial<Finding> | null;
  const words = finding?.messages?.[lang];
  if (typeof finding?.code === 'string' && typeof words === 'string')
    return lang === 'zh' ? `${finding.code}（${words}）` : `${finding.code} (${words})`;
  return JSON.stringify(value);
}
