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
  // `Li Hua was elected chair with 812 of 1,420 votes.`: the declaration's words hold the clause, so neither
  // count has a lead of its own; the sentence's words from its start were matched (PLAIN_CHAIR) instead.
  return votes.lead === later.lead && (votes.lead === undefined || CHAIR_CLAUSE.test(votes.lead));
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
const PLAIN_CHAIR =
  /^[A-Z][a-z]+(?:[- ][A-Z][a-z]+){1,2} (?:won the chair|was (?:re-?)?elected(?: as)? (?:the )?chair) with [\d,]+ $/u;

/** How far a plain sentence reaches either side of its count: past it, the sentence is no plain one. */
const SENTENCE_REACH = 400;

/**
 * The sentence around `at`, looked for within SENTENCE_REACH either side (bounded work however long the
 * text and however many counts it holds); null where no end is found so near, or at the text's ends.
 */
function sentenceAround(text: string, at: number): readonly [number, number] | null {
  const start = Math.max(0, at - SENTENCE_REACH);
  let from = start === 0 ? 0 : -1;
  for (const end of text.slice(start, at).matchAll(SENTENCE_END)) from = start + end.index + end[0].length;
  const next = new RegExp(SENTENCE_END.source, 'u').exec(text.slice(at, at + SENTENCE_REACH));
  const to = next ? at + next.index : at + SENTENCE_REACH >= text.length ? text.length : -1;
  return from < 0 || to < 0 ? null : [from, to];
}

/**
 * The words before the voters' count in its sentence, when they tie it to nothing (a dateline, `Turnout
 * was 86.0 percent, with`, `Of 1,630 registered voters,`, `Dongwan villagers elected their committee on
 * Sunday, with`); any other words (`Day one:`, `In Xiwan,`) make it no plain count.
 */
const PLAIN_BEFORE_VOTERS =
  /^(?:[A-Z][A-Z ]+, [A-Z][a-z]+ \d{1,2} \([A-Za-z]+\) -- )?(?:Turnout was [\d.]+ (?:percent|%), with|Of [\d,]+ registered voters,|[A-Z][a-z]+ (?:villagers|residents) elected their committee on [A-Z][a-z]+, with)?$/u;

/**
 * Whether the sentence starting at `at` follows a sentence, on its line or the line before (blank lines
 * passed over), or opens the text or the line after its title (the text's first line): not a heading's
 * (`Day one`, `Xiwan Village`).
 */
function afterSentenceOrTitle(text: string, at: number): boolean {
  const start = Math.max(0, at - SENTENCE_REACH);
  const lines = text.slice(start, at).split(/\r?\n/u);
  const current = lines.pop() ?? '';
  if (current.trim() !== '') return true;
  const written = lines.filter((line) => line.trim() !== '');
  const previous = written.at(-1);
  if (previous === undefined) return start === 0;
  if (/[.!?]\s*$/u.test(previous)) return true;
  return start === 0 && written.length === 1;
}

/**
 * The English counts of the voters and of the chair's votes that their sentences state plainly, marked
 * (CountFigure.plainEnglish): only those are compared by chairVotesCastOverVoters. The voters' sentence
 * opens with no words but PLAIN_BEFORE_VOTERS, after no heading line; the chair's votes stand on the same
 * line after them, the last count of the ballots cast before them. `1,402 of 1,630 registered voters cast
 * ballots in person, and 100 more by proxy`, `At the central polling station, …`, `Day one: …`, `… 812 of
 * 1,502 votes cast, counting the 100 ballots of the second day` are not plain.
 */
export function withPlainEnglishCounts<T extends AnnouncedFigure>(figures: readonly T[], text: string): T[] {
  let lastCast: { readonly at: number; readonly plain: boolean } | null = null;
  return figures.map((figure) => {
    if (figure.kind !== 'count' || figure.meaning !== 'cast' || !figure.origin.span) return figure;
    const [at, end] = figure.origin.span;
    const sentence = sentenceAround(text, at);
    const previous = lastCast;
    lastCast = { at, plain: false };
    if (sentence === null) return figure;
    const [from, to] = sentence;
    const before = text.slice(from, at).trim();
    if (OF_VOTES.test(figure.origin.text)) {
      const after = text.slice(end, to).trim();
      const sameLine = previous !== null && previous.plain && !/[\r\n]/u.test(text.slice(previous.at, at));
      return sameLine &&
        PLAIN_CHAIR.test(text.slice(from, at).trimStart()) &&
        (after === '' || after === 'cast')
        ? { ...figure, plainEnglish: 'chair-votes' }
        : figure;
    }
    const plain =
      PLAIN_BEFORE_VOTERS.test(before) &&
      !QUALIFIER.test(before) &&
      PLAIN_VOTERS.test(text.slice(at, to).trim()) &&
      afterSentenceOrTitle(text, from);
    lastCast = { at, plain };
    return plain ? { ...figure, plainEnglish: 'voters' } : figure;
  });
}
