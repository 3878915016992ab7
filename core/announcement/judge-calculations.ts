import type { Finding, Lang } from '../model/finding.js';
import { makeFinding } from '../model/make-finding.js';
import type { AnnouncedFigures, WrittenCalculation } from './announced-figures.js';
import { decimalText } from './announced-figures.js';
import type { JudgedFigure } from './judged-figures.js';
import { exactShareText, judgePercent, roundedShare } from './percent-rule.js';
import { shareRightWords, shareWrongWords } from './share-words.js';

/**
 * Judges each calculation a notice writes out with its result (written-calculations.ts): the result is
 * right when it equals the left side worked out exactly, rounded half-up or truncated to the decimals
 * it is written with — the percentage rule, for a result with % or without. A result in % is a share
 * (rule `share`, ANNOUNCED_PERCENT_MISMATCH when wrong); any other is rule `calculation`
 * (ANNOUNCED_SUM_MISMATCH when wrong).
 */
export function judgeWrittenCalculations(
  figures: AnnouncedFigures,
  lang: Lang,
): { readonly findings: Finding[]; readonly judged: JudgedFigure[] } {
  const findings: Finding[] = [];
  const judged: JudgedFigure[] = [];
  for (const calculation of figures.calculations ?? []) {
    const { numerator, denominator, result, resultPercent } = calculation;
    // A share of the left side as a whole number: hundredths of it when the result has no %.
    const whole = resultPercent ? denominator : denominator * 100n;
    const verdict = judgePercent(result, numerator, whole);
    if (verdict.kind === 'undefined') continue;
    const sign = resultPercent ? '%' : '';
    const stated = decimalText(result) + sign;
    const exact = resultPercent ? exactShareText(numerator, whole) : exactValueText(calculation);
    const left = leftSideText(calculation);
    const rule = resultPercent ? 'share' : 'calculation';
    const where = { span: calculation.span, text: calculation.text };
    if (verdict.kind === 'agrees') {
      const end = shareRightWords(exact, stated, exactlyEqual(calculation) ? 'equal' : verdict.how);
      judged.push({
        rule,
        right: true,
        ...where,
        work: { zh: `算式${left}得${end.zh}`, en: `${left} is ${end.en}` },
      });
      continue;
    }
    const expected = decimalText(roundedShare(numerator, whole, result.decimals)) + sign;
    const wrong = shareWrongWords(exact, stated, expected);
    const work = { zh: `算式${left}得${wrong.zh}`, en: `${left} is ${wrong.en}` };
    judged.push({ rule, right: false, ...where, work });
    findings.push(
      makeFinding(
        {
          code: resultPercent ? 'ANNOUNCED_PERCENT_MISMATCH' : 'ANNOUNCED_SUM_MISMATCH',
          severity: 'warning',
          messages: {
            zh: `公告写“${calculation.text}”，但${left}得${exact}，应为${expected}`,
            en: `The notice states “${calculation.text}”, but ${left} is ${exact}, so ${expected}`,
          },
          contest: null,
          candidate: null,
          expected: result.decimals === 0 && !resultPercent ? Number(rounded(calculation)) : expected,
          found: result.decimals === 0 && !resultPercent ? Number(result.digits) : stated,
          where: { ...(figures.file !== undefined ? { file: figures.file } : {}), ...where },
        },
        lang,
      ),
    );
  }
  return { findings, judged };
}

/** The calculation without its result: before `=`, or the bracket after a share (89.14%（1100/1234）). */
function leftSideText({ text, besideShare, statedOf }: WrittenCalculation): string {
  if (statedOf !== undefined) return statedOf;
  if (besideShare) return text.slice(text.search(/[（(]/) + 1, -1).trim();
  return text.slice(0, text.search(/[=≈＝]/)).trim();
}

/** Whether the result is the left side exactly, with nothing rounded away. */
function exactlyEqual({ numerator, denominator, result, resultPercent }: WrittenCalculation): boolean {
  const scale = 10n ** BigInt(result.decimals) * (resultPercent ? 100n : 1n);
  return numerator * scale === result.digits * denominator;
}

/** The left side for people to read: a whole number as it is, else four decimals and `…` when they go on. */
function exactValueText({ numerator, denominator }: WrittenCalculation): string {
  if (numerator % denominator === 0n) return (numerator / denominator).toString();
  return exactShareText(numerator, denominator * 100n).replace(/%$/, '');
}

/** The left side rounded half-up to a whole number. */
function rounded({ numerator, denominator }: WrittenCalculation): bigint {
  return (2n * numerator + denominator) / (2n * denominator);
}
