import type { Contest } from '../model/election.js';
import type { Finding, FindingLocation, Lang } from '../model/finding.js';
import { makeFinding } from '../model/make-finding.js';
import { enCounts, englishCount, groupedCount } from '../text/english-count.js';
import type { RepeatRecords } from './raw-ballot-count.js';

/**
 * DUPLICATE_BALLOT: a (box, ballot) whose records repeat, with the lines of them all. The ballot is
 * counted once; when its records differ, as its first record gives it, and what depends on it says so
 * (core/recount/uncertain-outcomes.ts).
 */
export function duplicateBallotFinding(
  box: string,
  ballot: string,
  where: FindingLocation,
  records: RepeatRecords,
  lang: Lang,
): Finding {
  const lines = linesWords(records.lines, records.records);
  const file = where.file ?? '';
  const counted = records.differ
    ? {
        zh: `各条内容不同：按第 ${records.lines[0]} 行计入一次；单凭记录无法判断哪一条才是这张选票`,
        en: `the records differ: it is counted once, as line ${records.lines[0]} records it; the records alone cannot show which one is really this ballot`,
      }
    : { zh: '各条内容相同：只计一次', en: 'all the same: it is counted once' };
  return makeFinding(
    {
      code: 'DUPLICATE_BALLOT',
      severity: 'error',
      box,
      found: ballot,
      where,
      messages: {
        zh: `票箱“${box}”的选票“${ballot}”有 ${records.records} 条记录（${file} ${lines.zh}），${counted.zh}`,
        en: `ballot “${ballot}” of box “${box}” has ${groupedCount(records.records)} records (${file} ${lines.en}); ${counted.en}`,
      },
    },
    lang,
  );
}

/** "第 3、7 行" / "lines 3 and 7", with "and N more" past the lines listed. */
export function linesWords(lines: readonly number[], records: number): { zh: string; en: string } {
  const more = records - lines.length;
  const zhList = `第 ${lines.join('、')} 行${more > 0 ? `等 ${records} 行` : ''}`;
  const enList =
    more > 0
      ? `lines ${lines.join(', ')} and ${more} more`
      : lines.length === 1
        ? `line ${lines[0]}`
        : `lines ${lines.slice(0, -1).join(', ')} and ${lines[lines.length - 1]}`;
  return { zh: zhList, en: enList };
}

/** The one DUPLICATE_BALLOT finding that stands for the repeated ballots beyond those listed one by one. */
export function moreDuplicatesFinding(
  repeatRows: number,
  listed: number,
  untracked: number,
  lang: Lang,
): Finding {
  const unresolved =
    untracked > 0
      ? {
          zh: `；其中 ${untracked} 条太多而未逐条比对，按内容不同对待`,
          en: `; ${englishCount(untracked, 'record')} of them, past those compared, are taken as differing`,
        }
      : { zh: '', en: '' };
  return makeFinding(
    {
      code: 'DUPLICATE_BALLOT',
      severity: 'error',
      found: repeatRows,
      messages: {
        zh: `共有 ${repeatRows} 条记录重复了前面已有的选票（每张只计一次），以上只列出前 ${listed} 张选票${unresolved.zh}`,
        en: `${englishCount(repeatRows, 'record')} repeat a ballot read before (each ballot counted once); only ${listed === 1 ? 'the first ballot is' : enCounts`the first ${listed} ballots are`} listed${unresolved.en}`,
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
        en: `box “${box}”: ${englishCount(ballots, 'ballot')} chose more than the ${englishCount(contest.seats, 'seat')} of ${contest.name}; ${effect.en}`,
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
        en: `box “${box}”: ${englishCount(ballots, 'ballot')} chose the same person for two or more posts; each whole ballot is void`,
      },
    },
    lang,
  );
}
