import type { Finding, Lang } from '../model/finding.js';
import { BLANK } from '../model/election.js';
import { makeFinding } from '../model/make-finding.js';
import { getRulePack } from '../rules/registry.js';
import { namesOf } from './ballot-words.js';
import { countLiveBallots, type LiveCount } from './live-count.js';
import type { LiveTallyRecord } from './live-tally-record.js';
import { enCounts } from '../text/english-count.js';

/** A name's votes (or a count of ballots) in each tally; `difference` is B − A. */
export interface TotalRow {
  readonly key: string;
  readonly name: string;
  readonly a: number;
  readonly b: number;
  readonly difference: number;
}

export interface LiveTallyTotals {
  readonly ballots: TotalRow;
  /** Void (废票) and voided by the rule pack (overvotes, one person for two posts). */
  readonly invalid: TotalRow;
  readonly contests: readonly {
    readonly id: string;
    readonly name: string;
    readonly rows: readonly TotalRow[];
  }[];
}

function row(key: string, name: string, a: number, b: number): TotalRow {
  return { key, name, a, b, difference: b - a };
}

const invalidOf = (count: LiveCount) => count.void + count.overvoted + count.twoPosts;

/** Each tally's count, as the live tally page shows it (the rule pack applied), name by name. */
export function totalsOf(a: LiveTallyRecord, b: LiveTallyRecord): LiveTallyTotals {
  const { election } = a;
  const pack = getRulePack(election.rules, election.date);
  const rules = pack ?? { overvote: 'void-ballot' as const };
  const countA = countLiveBallots(a.ballots, election, rules);
  const countB = countLiveBallots(b.ballots, election, rules);
  return {
    ballots: row('#ballots', '', countA.ballots, countB.ballots),
    invalid: row('#invalid', '', invalidOf(countA), invalidOf(countB)),
    contests: election.contests.map((contest) => {
      const votesA = countA.votes.get(contest.id) ?? new Map<string, number>();
      const votesB = countB.votes.get(contest.id) ?? new Map<string, number>();
      const writeIns = [...new Set([...votesA.keys(), ...votesB.keys()])]
        .filter((key) => key !== BLANK && !contest.candidates.some((candidate) => candidate.id === key))
        .sort();
      const keys = [...contest.candidates.map((candidate) => candidate.id), ...writeIns, BLANK];
      return {
        id: contest.id,
        name: contest.name,
        rows: keys.map((key) =>
          row(
            key,
            key === BLANK ? '' : namesOf(contest, [key])[0]!,
            votesA.get(key) ?? 0,
            votesB.get(key) ?? 0,
          ),
        ),
      };
    }),
  };
}

export function notAligned(box: string, a: number, b: number, lang: Lang): Finding {
  return makeFinding(
    {
      code: 'LIVE_TALLIES_DIFFER',
      severity: 'error',
      box,
      expected: a,
      found: b,
      messages: {
        zh: `票箱“${box}”：记录 A 有 ${a} 张选票，记录 B 有 ${b} 张，相差太多，无法逐票对齐；只比较合计`,
        en: enCounts`box “${box}”: A holds ${a} ballots and B ${b}, too far apart to align ballot by ballot; only the totals are compared`,
      },
    },
    lang,
  );
}

export function totalFindings(box: string, totals: LiveTallyTotals, lang: Lang): Finding[] {
  return totals.contests.flatMap((contest) =>
    contest.rows
      .filter((each) => each.difference !== 0)
      .map((each) => {
        const name =
          each.key === BLANK ? { zh: '弃权', en: 'blank' } : { zh: `“${each.name}”`, en: `“${each.name}”` };
        return makeFinding(
          {
            code: 'LIVE_TALLIES_DIFFER',
            severity: 'error',
            box,
            contest: contest.id,
            candidate: each.key,
            expected: each.a,
            found: each.b,
            messages: {
              zh: `票箱“${box}”${contest.name}${name.zh}：记录 A 为 ${each.a} 票，记录 B 为 ${each.b} 票`,
              en: enCounts`box “${box}”, ${contest.name}, ${name.en}: ${each.a} in A, ${each.b} in B`,
            },
          },
          lang,
        );
      }),
  );
}
