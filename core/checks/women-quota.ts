import type { Finding, Lang } from '../model/finding.js';
import { makeFinding } from '../model/make-finding.js';
import type { ContestResult } from '../model/report.js';

/**
 * WOMEN_QUOTA_UNMET: fewer women among all elected members of the committee (every contest
 * together) than required. Write-ins have no stated gender and do not count as women.
 */
export function checkWomenQuota(contests: readonly ContestResult[], minWomen: number, lang: Lang): Finding[] {
  if (minWomen <= 0) return [];
  let women = 0;
  let open = 0;
  for (const contest of contests) {
    open += Math.max(0, contest.unfilledSeats);
    for (const candidate of contest.candidates)
      if (candidate.elected && candidate.gender === 'female') women += 1;
  }
  if (women >= minWomen) return [];
  const pending =
    open > 0
      ? { zh: `；尚有${open}个名额待另行选举`, en: `; ${open} seat(s) are still to be filled` }
      : { zh: '', en: '' };
  return [
    makeFinding(
      {
        code: 'WOMEN_QUOTA_UNMET',
        severity: 'warning',
        expected: minWomen,
        found: women,
        messages: {
          zh: `当选成员中妇女${women}名，少于应有的${minWomen}名${pending.zh}`,
          en: `${women} women among the elected members, fewer than the ${minWomen} required${pending.en}`,
        },
      },
      lang,
    ),
  ];
}
