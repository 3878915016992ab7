import type { ElectedMember } from '../model/election.js';
import type { Finding, Lang } from '../model/finding.js';
import { makeFinding } from '../model/make-finding.js';
import type { ContestResult } from '../model/report.js';
import { enCounts, englishCount } from '../text/english-count.js';

/**
 * WOMEN_QUOTA_UNMET: fewer women among all elected members of the committee (every contest
 * together) than required, counting with a runoff's winners the members elected earlier that it
 * lists. Write-ins and members of unstated gender do not count as women. In a runoff that does not
 * list them (`'unknown'`), the committee is not all in view: too few women among the runoff's winners
 * is then said as an info with what is unknown, never as the quota unmet.
 */
export function checkWomenQuota(
  contests: readonly ContestResult[],
  minWomen: number,
  lang: Lang,
  alreadyElected: readonly ElectedMember[] | 'unknown' = [],
): Finding[] {
  if (minWomen <= 0) return [];
  if (alreadyElected === 'unknown') return earlierUnknown(contests, minWomen, lang);
  const earlierWomen = alreadyElected.filter((member) => member.gender === 'female').length;
  let women = earlierWomen;
  let open = 0;
  for (const contest of contests) {
    open += Math.max(0, contest.unfilledSeats);
    for (const candidate of contest.candidates)
      if (candidate.elected && candidate.gender === 'female') women += 1;
  }
  if (women >= minWomen) return [];
  const earlier =
    alreadyElected.length > 0
      ? {
          zh: `（含此前当选的${alreadyElected.length}名成员中的妇女${earlierWomen}名）`,
          en: enCounts` (${earlierWomen} of them among the ${englishCount(alreadyElected.length, 'member')} elected earlier)`,
        }
      : { zh: '', en: '' };
  const pending =
    open > 0
      ? { zh: `；尚有${open}个名额待另行选举`, en: `; ${englishCount(open, 'seat')} still to be filled` }
      : { zh: '', en: '' };
  return [
    makeFinding(
      {
        code: 'WOMEN_QUOTA_UNMET',
        severity: 'warning',
        expected: minWomen,
        found: women,
        messages: {
          zh: `当选成员中妇女${women}名${earlier.zh}，少于应有的${minWomen}名${pending.zh}`,
          en: enCounts`${englishCount(women, 'woman', 'women')} among the elected members${earlier.en}, fewer than the ${minWomen} required${pending.en}`,
        },
      },
      lang,
    ),
  ];
}

function earlierUnknown(contests: readonly ContestResult[], minWomen: number, lang: Lang): Finding[] {
  const women = contests
    .flatMap((contest) => contest.candidates)
    .filter((candidate) => candidate.elected && candidate.gender === 'female').length;
  if (women >= minWomen) return [];
  return [
    makeFinding(
      {
        code: 'WOMEN_QUOTA_UNMET',
        severity: 'info',
        expected: minWomen,
        found: women,
        messages: {
          zh: `本次另行选举当选成员中妇女${women}名；此前当选的成员未列出（alreadyElected），无法判断委员会成员中妇女是否达到应有的${minWomen}名`,
          en: `${englishCount(women, 'woman', 'women')} among the members this runoff elects; the members elected earlier are not listed (alreadyElected), so whether the committee has the ${englishCount(minWomen, 'woman', 'women')} required is not known`,
        },
      },
      lang,
    ),
  ];
}
