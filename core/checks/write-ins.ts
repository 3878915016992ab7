import type { Finding, Lang } from '../model/finding.js';
import { makeFinding } from '../model/make-finding.js';
import type { CandidateResult, ContestResult } from '../model/report.js';
import { englishCount } from '../text/english-count.js';
import { nameSkeleton, visibleName } from '../text/name-skeleton.js';
import { joinedCandidates } from './joined-names.js';

/**
 * Each person written in (另选他人) with votes, and whether elected: WRITE_IN (info) for a name that is
 * plainly someone else. A write-in that is more likely a slip of the pen is a warning instead, because
 * its votes may belong to a candidate:
 * - WRITE_IN_LOOKALIKE: it looks like a candidate's name or id but differs (a zero-width space, a bidi
 *   control, a Cyrillic С, full-width digits, an accent), shown with what differs escaped;
 * - WRITE_IN_LIKE_CODE: it is written the way the candidates' codes are (`c099` where they are
 *   `c001`…`c005`), or is the code of a candidate of another contest.
 */
export function checkWriteIns(contests: readonly ContestResult[], lang: Lang): Finding[] {
  const findings: Finding[] = [];
  const idsElsewhere = new Map<string, ContestResult>();
  for (const contest of contests)
    for (const candidate of contest.candidates)
      if (!candidate.writeIn) idsElsewhere.set(candidate.id, contest);
  const codeShapes = new Set([...idsElsewhere.keys()].filter(isNumberedCode).map(codeShape));
  for (const contest of contests) {
    const twins = lookAlikes(contest);
    for (const candidate of contest.candidates) {
      if (!candidate.writeIn) continue;
      const elected = candidate.elected ? { zh: '，当选', en: ', elected' } : { zh: '', en: '' };
      const base = {
        contest: contest.id,
        candidate: candidate.id,
        found: candidate.votes,
      } as const;
      const votes = { zh: `${candidate.votes}票`, en: englishCount(candidate.votes, 'vote') };
      const skeleton = nameSkeleton(candidate.name);
      const twin = skeleton === '' ? undefined : twins.get(skeleton);
      const otherContest = idsElsewhere.get(candidate.name);
      const joined = twin ? null : joinedCandidates(candidate.name, twins);
      const shown = visibleName(candidate.name);
      const lookAlike = joined
        ? {
            zh: `${contest.name}另选他人“${shown}”得${votes.zh}${elected.zh}：看起来是候选人${joined.map((one) => `“${one.name}”`).join('、')}，中间的分隔符不是“|”，整格被当作一个另选的人，其票未计入这些候选人；请核对选票记录`,
            en: `${contest.name}: “${shown}” was written in with ${votes.en}${elected.en}: it looks like the candidates ${joined.map((one) => `“${one.name}”`).join(', ')} joined by a separator other than “|”, so the cell was read as one person and its votes are not counted for them; check the ballot records`,
          }
        : twin
          ? {
              zh: `${contest.name}另选他人“${shown}”得${votes.zh}${elected.zh}：看起来与候选人“${twin.name}”（${twin.id}）相同，但写法不同，其票未计入该候选人；请核对计票单`,
              en: `${contest.name}: “${shown}” was written in with ${votes.en}${elected.en}: it looks like the candidate “${twin.name}” (${twin.id}) but is written differently, so its votes are not counted for that candidate; check the tally sheet`,
            }
          : null;
      if (lookAlike) {
        findings.push(
          makeFinding(
            { ...base, code: 'WRITE_IN_LOOKALIKE', severity: 'warning', messages: lookAlike },
            lang,
          ),
        );
      } else if (
        otherContest ||
        (isNumberedCode(candidate.name) && codeShapes.has(codeShape(candidate.name))) ||
        isBareNumber(candidate.name)
      ) {
        const why = otherContest
          ? {
              zh: `是${otherContest.name}候选人的代号`,
              en: `is the code of a candidate for ${otherContest.name}`,
            }
          : isBareNumber(candidate.name)
            ? {
                zh: '只是一个数字，不是人名，也许是候选人在选票上的序号',
                en: 'is a number, not a name: perhaps a candidate’s number on the ballot',
              }
            : { zh: '写法与候选人代号相同', en: 'is written like the candidates’ codes' };
        findings.push(
          makeFinding(
            {
              ...base,
              code: 'WRITE_IN_LIKE_CODE',
              severity: 'warning',
              messages: {
                zh: `${contest.name}另选他人“${candidate.name}”得${votes.zh}${elected.zh}：它${why.zh}，可能是代号写错；请核对计票单`,
                en: `${contest.name}: “${candidate.name}” was written in with ${votes.en}${elected.en}: it ${why.en}, perhaps a mistyped code; check the tally sheet`,
              },
            },
            lang,
          ),
        );
      } else
        findings.push(
          makeFinding(
            {
              ...base,
              code: 'WRITE_IN',
              severity: 'info',
              messages: {
                zh: `${contest.name}另选他人“${candidate.name}”得${votes.zh}${elected.zh}`,
                en: `${contest.name}: “${candidate.name}” was written in with ${votes.en}${elected.en}`,
              },
            },
            lang,
          ),
        );
    }
  }
  return findings;
}

/** The contest's candidates by the skeletons of their names and ids: what a write-in may look like. */
function lookAlikes(contest: ContestResult): Map<string, CandidateResult> {
  const twins = new Map<string, CandidateResult>();
  for (const candidate of contest.candidates) {
    if (candidate.writeIn) continue;
    for (const skeleton of [nameSkeleton(candidate.name), nameSkeleton(candidate.id)])
      if (skeleton !== '' && !twins.has(skeleton)) twins.set(skeleton, candidate);
  }
  return twins;
}

/** Digits alone (half or full width): no one is written in so; a candidate's number on the ballot may be. */
const isBareNumber = (text: string) => /^[0-9０-９]+$/u.test(text.trim());

/** A code with a number in it (c001, A-12): a name is never written so; a pinyin id may be a name. */
const isNumberedCode = (text: string) => /^[\x21-\x7e]+$/.test(text) && /[0-9]/.test(text);

/** How a code is written: letters as `a`, each digit as `9` (c001 and c099 alike, 陈建华 not a code). */
const codeShape = (id: string) =>
  id
    .toLowerCase()
    .replace(/[a-z]+/g, 'a')
    .replace(/[0-9]/g, '9');
