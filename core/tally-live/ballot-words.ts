import type { Bilingual } from '../model/finding.js';
import type { Contest, Election } from '../model/election.js';
import { choicesOf, type LiveBallot } from './live-ballot.js';

/** The names chosen in one contest as a person reads them: candidates by name, write-ins as written. */
export function namesOf(contest: Contest, keys: readonly string[]): string[] {
  return keys.map((key) => contest.candidates.find((candidate) => candidate.id === key)?.name ?? key);
}

/** A name list for a message; an empty one is an abstention. */
export function nameList(names: readonly string[]): Bilingual {
  return names.length === 0 ? { zh: '弃权', en: 'blank' } : { zh: names.join('、'), en: names.join(', ') };
}

/** A whole ballot in a few words: `void`, or each contest and its names. */
export function ballotSummary(ballot: LiveBallot, election: Election): Bilingual {
  if (ballot.void) return { zh: '废票', en: 'void' };
  const parts = election.contests.map((contest) => ({
    contest,
    names: nameList(namesOf(contest, choicesOf(ballot, contest))),
  }));
  return {
    zh: parts.map(({ contest, names }) => `${contest.name}：${names.zh}`).join('；'),
    en: parts.map(({ contest, names }) => `${contest.name}: ${names.en}`).join('; '),
  };
}
