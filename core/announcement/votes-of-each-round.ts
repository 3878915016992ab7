import type { Bilingual } from '../model/finding.js';
import type { Round } from '../model/election.js';
import { roundThreshold } from '../recount/round-threshold.js';
import type { RulePack } from '../rules/rule-pack.js';
import { countedBaseName, describeThreshold, meetsThreshold, votesNeeded } from '../rules/threshold.js';
import type { AnnouncedFigures, CountFigure, VotesFigure } from './announced-figures.js';
import { settingOf } from './comparable-mentions.js';
import { votesApartFromCount } from './own-election-figures.js';

/**
 * A winner whose votes the notice states for two rounds (石小川得票1341票 in the 第一次投票, 830 in the
 * 另行选举): which count the declaration rests on is not certain. But when each count falls short of its
 * own round's threshold, taken of its own round's voters, the declaration fails whichever it rests on.
 * Each count must name its round (第一次…, 另行选举, 第二轮…) and have its round's voters (or ballots
 * returned) stated in the same setting; otherwise nothing is judged.
 */
export interface RoundShortfall {
  readonly votes: VotesFigure;
  readonly needed: number;
  readonly words: Bilingual;
}

export function shortOfEveryRound(
  notice: AnnouncedFigures,
  pack: RulePack,
  votes: readonly VotesFigure[],
): RoundShortfall[] | null {
  if (votes.length < 2) return null;
  const short: RoundShortfall[] = [];
  for (const figure of votes) {
    const round = roundOf(settingOf(figure));
    const threshold = round ? roundThreshold(pack, round) : null;
    if (!round || !threshold) return null;
    const voters = votersOfRound(notice, figure, threshold.base === 'valid' ? 'valid' : 'cast');
    const base = threshold.base === 'registered' ? countOfRound(notice, figure, 'registered') : voters;
    if (!base) return null;
    const value = Number(figure.value);
    const of = Number(base.value);
    if (meetsThreshold(value, of, threshold)) return null;
    const rule = describeThreshold(threshold, countedBaseName(threshold.base, of));
    const needed = votesNeeded(of, threshold);
    short.push({
      votes: figure,
      needed,
      words: {
        zh: `${ROUND_NAMES[round].zh}${value}票，须${rule.zh}，即至少${needed}票`,
        en: `${ROUND_NAMES[round].en} ${value} votes, where a seat needs ${rule.en}, that is at least ${needed}`,
      },
    });
  }
  return short;
}

const ROUND_NAMES: Record<Round, Bilingual> = {
  first: { zh: '第一次投票', en: 'in the first round' },
  runoff: { zh: '另行选举', en: 'in the runoff' },
};

const RUNOFF = /另行选举|第二轮|第二次/;
const FIRST = /第一次|第一轮|首轮|首次/;

function roundOf(setting: string): Round | null {
  if (RUNOFF.test(setting)) return 'runoff';
  return FIRST.test(setting) ? 'first' : null;
}

/** The round's count of `meaning`: one of the whole election not set apart from the votes. */
function countOfRound(
  notice: AnnouncedFigures,
  votes: VotesFigure,
  meaning: string,
): CountFigure | undefined {
  return notice.figures.find(
    (figure): figure is CountFigure =>
      figure.kind === 'count' &&
      figure.contest === null &&
      figure.meaning === meaning &&
      votesApartFromCount(votes, figure) === null,
  );
}

/** The round's voters (or, stated without them, its ballots returned; or its valid ballots). */
function votersOfRound(
  notice: AnnouncedFigures,
  votes: VotesFigure,
  meaning: 'cast' | 'valid',
): CountFigure | undefined {
  return meaning === 'valid'
    ? countOfRound(notice, votes, 'valid')
    : (countOfRound(notice, votes, 'cast') ?? countOfRound(notice, votes, 'returned'));
}
