import type { AnnouncedFigure, AnnouncedFigures, CountFigure } from './announced-figures.js';

/**
 * `Turnout … with 1,402 of 1,630 registered voters casting ballots. Li Hua won the chair with 812 of 1,502
 * votes cast.`: the votes of the chair's vote (one seat, one vote a ballot) are no more than the ballots
 * of it, and those no more than the voters who cast a ballot. The two are read as counts of the ballots
 * cast in different units (voters, votes) and were not compared; where the votes of the chair's vote are
 * more than the voters, the two statements cannot both be right, whichever the votes cast mean (all the
 * chair's ballots, or its valid ones).
 *
 * Only where both are surely this election's, in one round: neither is qualified by a place, a round, a
 * time, a body or a group (no scope, setting, bodies, section, subject, committee or among); the notice
 * names no runoff, re-vote, recall or first round only; the votes stand right before `of`, and their
 * clause opens with the winner's name and `won the chair with` or `was (re-)elected chair with`, with
 * nothing before it (`In the runoff, …`, `In Dongwan Village, …`, `At the last election in 2023, …` are
 * not such a clause). Fewer votes cast than voters are no error (blank ballots for the post, the valid
 * votes only): those stay not compared, as before.
 */
const CHAIR_CLAUSE =
  /^[A-Z][a-z]+(?:[- ][A-Z][a-z]+){1,2} (?:won the chair|was (?:re-?)?elected(?: as)? (?:the )?chair) with$/u;

/** `of 1,502 votes`: the count of the votes written after a candidate's votes. */
const OF_VOTES = /^of [\d,]+ votes$/u;

function plain(figure: AnnouncedFigure): boolean {
  return (
    !('scope' in figure && figure.scope !== undefined) &&
    !('setting' in figure && figure.setting !== undefined) &&
    !('bodies' in figure && figure.bodies !== undefined) &&
    !('section' in figure && figure.section !== undefined) &&
    !('subject' in figure && figure.subject !== undefined) &&
    !('committee' in figure && figure.committee !== undefined) &&
    !('among' in figure && figure.among !== undefined)
  );
}

function ownCast(figure: AnnouncedFigure): figure is CountFigure {
  return figure.kind === 'count' && figure.meaning === 'cast' && figure.contest === null && plain(figure);
}

/**
 * Whether `later` (`of 1,502 votes` after the chair's votes) states more votes of the chair's vote than
 * `voters`, this election's voters who cast a ballot stated before it, both surely of this election.
 */
export function chairVotesCastOverVoters(
  figures: AnnouncedFigures,
  voters: AnnouncedFigure,
  later: AnnouncedFigure,
): boolean {
  if (
    figures.runoffToCome !== undefined ||
    figures.tieRevote !== undefined ||
    figures.firstRoundOnly !== undefined ||
    figures.recallVote !== undefined ||
    (figures.ownRound !== undefined && figures.ownRound !== '')
  )
    return false;
  if (!ownCast(voters) || !ownCast(later) || later.value <= voters.value) return false;
  if (voters.plainEnglish !== 'voters' || later.plainEnglish !== 'chair-votes') return false;
  if (!OF_VOTES.test(later.origin.text) || OF_VOTES.test(voters.origin.text)) return false;
  const [from] = later.origin.span ?? [];
  const [votersFrom] = voters.origin.span ?? [];
  if (from === undefined || votersFrom === undefined || votersFrom >= from) return false;
  const votes = figures.figures.find(
    (figure) =>
      figure.kind === 'votes' &&
      figure.origin.span !== undefined &&
      from - figure.origin.span[1] === 1 &&
      /^[\d,]+$/u.test(figure.origin.text),
  );
  if (votes?.kind !== 'votes' || votes.contest?.text !== '主任' || !plain(votes)) return false;
  return votes.lead === later.lead && CHAIR_CLAUSE.test(votes.lead ?? '');
}

/** A sentence's end: a full stop, question or exclamation mark before a space or the end, or a line break. */
const SENTENCE_END = /[.!?](?=\s|$)|[\r\n]/gu;

/** Words before a count that tie it to a place, a round, a time or a part (`In Xiwan,`, `At the … station,`). */
const QUALIFIER =
  /\b(?:in|at|across|among|from|by|for|during|after|before|last|previous|earlier|first|second|third|runoff|round|re-?vote|station|box|group|township|county|district)\b/iu;

/** The voters' words, the count first, to the sentence's end. */
const PLAIN_VOTERS =
  /^[\d,]+(?: of (?:the )?[\d,]+ (?:registered )?voters)? (?:cast (?:their )?ballots|casting (?:their )?ballots|voted)(?:, of which [\d,]+ (?:were )?valid(?: and [\d,]+ (?:were )?invalid)?)?$|^[\d,]+ ballots were cast$/u;

/** The winner's words before the chair's votes, from the sentence's start. */
const PLAIN_CHAIR = /^[A-Z][a-z]+(?:[- ][A-Z][a-z]+){1,2} won the chair with [\d,]+ $/u;

function sentenceAround(text: string, at: number): readonly [number, number] {
  let from = 0;
  let to = text.length;
  for (const end of text.matchAll(SENTENCE_END)) {
    if (end.index < at) from = end.index + end[0].length;
    else {
      to = end.index;
      break;
    }
  }
  return [from, to];
}

/**
 * The English counts of the voters and of the chair's votes that their sentences state plainly, marked
 * (CountFigure.plainEnglish): only those are compared by chairVotesCastOverVoters. `1,402 of 1,630
 * registered voters cast ballots in person, and 100 more by proxy`, `At the central polling station, …`,
 * `… 812 of 1,502 votes cast, counting the 100 ballots of the second day` are not plain.
 */
export function withPlainEnglishCounts<T extends AnnouncedFigure>(figures: readonly T[], text: string): T[] {
  return figures.map((figure) => {
    if (figure.kind !== 'count' || figure.meaning !== 'cast' || !figure.origin.span) return figure;
    const [at, end] = figure.origin.span;
    const [from, to] = sentenceAround(text, at);
    const before = text.slice(from, at).trim();
    const rest = text.slice(at, to).trim();
    if (OF_VOTES.test(figure.origin.text)) {
      const after = text.slice(end, to).trim();
      return PLAIN_CHAIR.test(text.slice(from, at).trimStart()) && (after === '' || after === 'cast')
        ? { ...figure, plainEnglish: 'chair-votes' }
        : figure;
    }
    return !QUALIFIER.test(before) && PLAIN_VOTERS.test(rest)
      ? { ...figure, plainEnglish: 'voters' }
      : figure;
  });
}
