import { enCounts } from '../text/english-count.js';
import type { Bilingual } from '../model/finding.js';
import type { AnnouncedFigure, PercentFigure } from './announced-figures.js';
import { decimalText } from './announced-figures.js';
import { termName } from './figure-names.js';

/**
 * A share of at most 100% whose part is more than the count taken as its whole, where the text states
 * that whole's count more than once with different values (`第三投票站登记选民498人 … 全社区参加投票1,718人，
 * 参选率86.6%` after `登记选民1,984人`; `其中村登记选民24,106人、社区登记选民3,829人。参加投票24,372人`): the
 * count taken is a part's (a station's, the communities'), not the share's whole. Which of the others it
 * is of, the text does not say: the share is unjudged (`ambiguous-base`), with the values in its work.
 * Null when the whole is stated once (a count of voters over the registered is then an error of the
 * counts) or when the share is over 100% itself.
 */
export function baseBelowPart(
  figure: PercentFigure,
  part: bigint,
  whole: bigint,
  statedWholes: readonly AnnouncedFigure[],
): Bilingual | null {
  if (part <= whole || figure.whole.kind !== 'count' || overHundred(figure)) return null;
  const values = distinctValues(statedWholes);
  if (values.size < 2) return null;
  const share = decimalText(figure.value);
  const partName = termName(figure.part);
  const wholeName = termName(figure.whole);
  const others = [...values].filter((value) => value !== whole);
  return {
    zh: `${share}%是${partName.zh}占${wholeName.zh}的比例，但离它最近的${wholeName.zh}${whole}比${partName.zh}${part}还少，是某一部分的数；公告还写出${wholeName.zh}${others.join('、')}，是哪一个的比例，文中没有说明`,
    en: enCounts`${share}% is a share of ${partName.en} in ${wholeName.en}, but the nearest count of ${wholeName.en}, ${whole}, is less than the ${part} ${partName.en}: it is a part's; the notice also states ${wholeName.en} of ${others.map((value) => enCounts`${value}`).join(', ')}, and which one it is a share of, the text does not say`,
  };
}

function overHundred(figure: PercentFigure): boolean {
  return figure.value.digits > 100n * 10n ** BigInt(figure.value.decimals);
}

/** The distinct values of a term's stated figures, worked out once per list (a long notice states many). */
const DISTINCT = new WeakMap<readonly AnnouncedFigure[], Set<bigint>>();
function distinctValues(statedWholes: readonly AnnouncedFigure[]): Set<bigint> {
  let values = DISTINCT.get(statedWholes);
  if (values === undefined) {
    values = new Set<bigint>();
    for (const stated of statedWholes)
      if ('value' in stated && typeof stated.value === 'bigint') values.add(stated.value);
    DISTINCT.set(statedWholes, values);
  }
  return values;
}
