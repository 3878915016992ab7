import type { Finding, Lang } from '../model/finding.js';
import { makeFinding } from '../model/make-finding.js';
import type { ContestResult } from '../model/report.js';
import { englishCount } from '../text/english-count.js';

/** WRITE_IN (info): each person written in (另选他人) with votes, and whether elected. */
export function checkWriteIns(contests: readonly ContestResult[], lang: Lang): Finding[] {
  const findings: Finding[] = [];
  for (const contest of contests) {
    for (const candidate of contest.candidates) {
      if (!candidate.writeIn) continue;
      const elected = candidate.elected ? { zh: '，当选', en: ', elected' } : { zh: '', en: '' };
      findings.push(
        makeFinding(
          {
            code: 'WRITE_IN',
            severity: 'info',
            contest: contest.id,
            candidate: candidate.id,
            found: candidate.votes,
            messages: {
              zh: `${contest.name}另选他人“${candidate.name}”得${candidate.votes}票${elected.zh}`,
              en: `${contest.name}: "${candidate.name}" was written in with ${englishCount(candidate.votes, 'vote')}${elected.en}`,
            },
          },
          lang,
        ),
      );
    }
  }
  return findings;
}
