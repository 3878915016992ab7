/* eslint-disable @typescript-eslint/no-explicit-any -- tests edit parsed JSON in place, as a tamperer would */
import { describe, expect, it } from 'vitest';
import type { Report } from '../model/report.js';
import {
  compareReceiptWithRecount,
  DIFFERENCES_LISTED,
  differencesNotListed,
  listedDifferences,
  onlyOtherFiles,
} from './compare-receipt.js';
import { groupedCount } from '../text/english-count.js';
import { SAMPLE_REPORT } from './testing/sample-report.js';
import { sampleReceipt } from './testing/sample-receipt.js';

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const { payload } = sampleReceipt();

describe('compareReceiptWithRecount', () => {
  it('finds nothing when the recount reproduces the receipt, in another language and under other file names', () => {
    const fresh: Report = {
      ...copy(SAMPLE_REPORT),
      lang: 'en',
      findings: SAMPLE_REPORT.findings.map((finding) => ({ ...finding, message: finding.messages.en })),
      inputs: SAMPLE_REPORT.inputs.map((input) => ({ ...input, name: 'renamed.csv' })),
    };
    expect(compareReceiptWithRecount(payload, fresh)).toEqual([]);
  });

  it('compares the pack version, not why it was chosen; a receipt of a family alone means its first version', () => {
    // SAMPLE_REPORT predates versions: it names `cn-village`, made under what is now cn-village@2018.
    const reason = { zh: '选举日期 2024-05-12 适用', en: "the election's date, 2024-05-12, picks" };
    const fresh = {
      ...copy(SAMPLE_REPORT),
      rules: 'cn-village@2018',
      rulesVersion: {
        id: 'cn-village@2018',
        statute: null,
        from: '2018-12-29',
        until: null,
        chosenBy: 'pinned' as const,
        date: null,
        reason,
      },
    };
    expect(compareReceiptWithRecount(payload, fresh)).toEqual([]);
    expect(compareReceiptWithRecount(payload, { ...fresh, rules: 'cn-village@2025' })).toMatchObject([
      { code: 'REPORT_DIFFERS', where: '$.rules', expected: 'cn-village', found: 'cn-village@2025' },
    ]);
    const versioned = { ...payload, report: { ...payload.report, rules: 'cn-village@2018' } };
    expect(compareReceiptWithRecount(versioned, fresh)).toEqual([]);
    expect(
      compareReceiptWithRecount(versioned, {
        ...fresh,
        rulesVersion: { ...fresh.rulesVersion, chosenBy: 'election-date' as const },
      }),
    ).toEqual([]);
  });

  it("leaves out the findings' wording, which a later version may improve, but not what they state", () => {
    const reworded = copy(SAMPLE_REPORT) as any;
    for (const finding of reworded.findings) {
      finding.messages = { zh: `${finding.messages.zh}。`, en: `${finding.messages.en} (reworded)` };
      finding.message = finding.messages.en;
    }
    expect(reworded.findings.length).toBeGreaterThan(0);
    expect(compareReceiptWithRecount(payload, reworded)).toEqual([]);
    reworded.findings[0].found = Number(reworded.findings[0].found ?? 0) + 1;
    expect(compareReceiptWithRecount(payload, reworded).map((difference) => difference.where)).toEqual([
      '$.findings[0].found',
    ]);
    // Another code is another finding: the receipt's is missing from the recount, and a new one is there.
    reworded.findings[0].code = 'TIE';
    expect(compareReceiptWithRecount(payload, reworded)).toMatchObject([
      { where: '$.findings[0]', expected: { code: 'OVERVOTE' }, found: undefined },
      { where: '$.findings[1]', expected: undefined, found: { code: 'TIE' } },
    ]);
    const [missing] = compareReceiptWithRecount(payload, reworded);
    expect(missing!.messages.en).toBe(
      `report differs: $.findings[0] is OVERVOTE (${SAMPLE_REPORT.findings[0]!.messages.en}) in the receipt, (absent) in the recount`,
    );
    expect(missing!.messages.zh).toBe(
      `报告不一致：$.findings[0] 回执中为 OVERVOTE（${SAMPLE_REPORT.findings[0]!.messages.zh}），复核得到 （无）`,
    );
  });

  it('compares findings by what they state, not by the order a version lists them in', () => {
    const [overvote] = SAMPLE_REPORT.findings;
    const inContest = (contest: string, found: number) => ({ ...overvote!, contest, found });
    const signed = {
      ...payload,
      report: { ...copy(SAMPLE_REPORT), findings: [inContest('member', 3), inContest('vice', 2)] },
    };
    const reordered: Report = {
      ...copy(SAMPLE_REPORT),
      findings: [inContest('vice', 2), inContest('member', 3)],
    };
    expect(compareReceiptWithRecount(signed, reordered)).toEqual([]);
    const changed: Report = {
      ...copy(SAMPLE_REPORT),
      findings: [inContest('vice', 2), inContest('member', 4)],
    };
    expect(compareReceiptWithRecount(signed, changed)).toMatchObject([
      { where: '$.findings[0].found', expected: 3, found: 4 },
    ]);
  });

  it('reports an inputs mismatch as such, naming the input', () => {
    const fresh: Report = {
      ...copy(SAMPLE_REPORT),
      inputs: [
        SAMPLE_REPORT.inputs[0]!,
        { ...SAMPLE_REPORT.inputs[1]!, name: 'tallies-v2.csv', sha256: 'd'.repeat(64) },
      ],
    };
    const differences = compareReceiptWithRecount(payload, fresh);
    expect(differences).toHaveLength(1);
    expect(differences[0]).toMatchObject({
      code: 'INPUTS_MISMATCH',
      where: 'tallies',
      expected: 'b'.repeat(64),
      found: 'd'.repeat(64),
    });
    expect(differences[0]!.messages.en).toContain('tallies-v2.csv');
  });

  it('reports inputs missing or added', () => {
    const fresh: Report = {
      ...copy(SAMPLE_REPORT),
      inputs: [
        SAMPLE_REPORT.inputs[0]!,
        { name: 'ballots.csv', sha256: 'e'.repeat(64), size: 1, role: 'ballots' },
      ],
    };
    expect(
      compareReceiptWithRecount(payload, fresh).map((difference) => `${difference.code} ${difference.where}`),
    ).toEqual(['INPUT_MISSING tallies', 'INPUT_EXTRA ballots']);
  });

  it('lists each report difference by path', () => {
    const fresh = copy(SAMPLE_REPORT) as any;
    fresh.contests[0].candidates[0].votes = 17;
    fresh.verdict = 'discrepancies';
    expect(compareReceiptWithRecount(payload, fresh)).toMatchObject([
      { code: 'REPORT_DIFFERS', where: '$.contests[0].candidates[0].votes', expected: 18, found: 17 },
      { code: 'REPORT_DIFFERS', where: '$.verdict', expected: 'valid', found: 'discrepancies' },
    ]);
  });
});

describe('listedDifferences', () => {
  it('lists the first DIFFERENCES_LISTED differences and counts all of them, in both languages', () => {
    const fresh = copy(SAMPLE_REPORT) as any;
    const candidates = fresh.contests[0].candidates;
    const extra = 2_500;
    for (let i = 0; i < extra; i++)
      candidates.push({ ...candidates[0], id: `write-in-${i}`, name: `名${i}` });
    const differences = compareReceiptWithRecount(payload, fresh);
    // One difference for each candidate the receipt does not have, and no more.
    expect(differences).toHaveLength(extra);
    const shown = listedDifferences(differences);
    expect(shown.count).toBe(extra);
    expect(shown.listed).toEqual(differences.slice(0, DIFFERENCES_LISTED));
    expect(shown.notListed).toBe(extra - DIFFERENCES_LISTED);
    expect(differencesNotListed(shown)).toEqual({
      zh: `另有${extra - DIFFERENCES_LISTED}处不同未逐一列出（共${extra}处）`,
      en: `${groupedCount(extra - DIFFERENCES_LISTED)} more differences not listed (${groupedCount(extra)} in all)`,
    });
  });

  it('lists every difference up to the bound, with nothing left to count', () => {
    const fresh = copy(SAMPLE_REPORT) as any;
    fresh.contests[0].candidates[0].votes = 17;
    const differences = compareReceiptWithRecount(payload, fresh);
    expect(listedDifferences(differences)).toEqual({ listed: differences, count: 1, notListed: 0 });
    expect(listedDifferences(differences, 0).notListed).toBe(1);
    expect(differencesNotListed({ count: 1, notListed: 1 }).en).toBe(
      '1 more difference not listed (1 in all)',
    );
  });
});

describe('onlyOtherFiles', () => {
  it('is true when only the files differ and the report is the same, false when anything else does', () => {
    const otherBytes: Report = {
      ...copy(SAMPLE_REPORT),
      inputs: SAMPLE_REPORT.inputs.map((input, i) =>
        i === 0 ? { ...input, sha256: '0'.repeat(64) } : input,
      ),
    };
    const files = compareReceiptWithRecount(payload, otherBytes);
    expect(files.map((difference) => difference.code)).toEqual(['INPUTS_MISMATCH']);
    expect(onlyOtherFiles(files)).toBe(true);
    const changed = copy(otherBytes) as any;
    changed.verdict = changed.verdict === 'valid' ? 'discrepancies' : 'valid';
    expect(onlyOtherFiles(compareReceiptWithRecount(payload, changed))).toBe(false);
    expect(onlyOtherFiles([])).toBe(false);
  });
});
