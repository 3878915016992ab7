import type { Contest } from '../model/election.js';
import type { Finding, FindingLocation, Lang } from '../model/finding.js';
import { makeFinding } from '../model/make-finding.js';
import { englishCount } from '../text/english-count.js';

/** DUPLICATE_BALLOT: a (box, ballot) pair seen before. Both rows are counted; the finding says so. */
export function duplicateBallotFinding(
  box: string,
  ballot: string,
  where: FindingLocation,
  lang: Lang,
): Finding {
  return makeFinding(
    {
      code: 'DUPLICATE_BALLOT',
      severity: 'error',
      box,
      found: ballot,
      where,
      messages: {
        zh: `票箱“${box}”的选票“${ballot}”重复出现（第 ${where.line} 行），重复的记录也已计入`,
        en: `ballot "${ballot}" of box "${box}" appears again (line ${where.line}); the repeat is counted too`,
      },
    },
    lang,
  );
}

/** The one DUPLICATE_BALLOT finding that stands for the repeats beyond those listed one by one. */
export function moreDuplicatesFinding(total: number, listed: number, lang: Lang): Finding {
  return makeFinding(
    {
      code: 'DUPLICATE_BALLOT',
      severity: 'error',
      found: total,
      messages: {
        zh: `共有 ${total} 条重复的选票记录，以上只列出前 ${listed} 条`,
        en: `${total} ballot records repeat in all; only the first ${listed} are listed`,
      },
    },
    lang,
  );
}

/** OVERVOTE (info): ballots of a box that chose more names than a contest has seats. */
export function overvoteFinding(
  box: string,
  contest: Contest,
  ballots: number,
  policy: 'void-ballot' | 'void-contest',
  lang: Lang,
): Finding {
  const effect =
    policy === 'void-ballot'
      ? { zh: '整张选票作废', en: 'each whole ballot is void' }
      : { zh: '该职位的选票作废', en: 'the vote in this contest is void' };
  return makeFinding(
    {
      code: 'OVERVOTE',
      severity: 'info',
      box,
      contest: contest.id,
      found: ballots,
      messages: {
        zh: `票箱“${box}”有 ${ballots} 张选票在${contest.name}中所选人数多于应选 ${contest.seats} 名，${effect.zh}`,
        en: `box "${box}": ${englishCount(ballots, 'ballot')} chose more than the ${englishCount(contest.seats, 'seat')} of ${contest.name}; ${effect.en}`,
      },
    },
    lang,
  );
}

/** ONE_PERSON_TWO_POSTS (info): ballots of a box void for naming one person in two or more contests. */
export function onePersonTwoPostsFinding(box: string, ballots: number, lang: Lang): Finding {
  return makeFinding(
    {
      code: 'ONE_PERSON_TWO_POSTS',
      severity: 'info',
      box,
      found: ballots,
      messages: {
        zh: `票箱“${box}”有 ${ballots} 张选票把同一人选为两项以上职务，整张选票作废`,
        en: `box "${box}": ${englishCount(ballots, 'ballot')} chose the same person for two or more posts; each whole ballot is void`,
      },
    },
    lang,
  );
}
