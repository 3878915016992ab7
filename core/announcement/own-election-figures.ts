import type { Bilingual } from '../model/finding.js';
import type { AnnouncedFigures, CountFigure, VotesFigure } from './announced-figures.js';
import { differentSettings, ofAnotherBody, settingOf, type Refusal } from './comparable-mentions.js';
import { normalizeText } from './normalize-text.js';
import { ofVoidVote } from './round-words.js';

/**
 * A notice often reports more than the election it is of: the 预选 of its candidates by the villagers'
 * representatives (发出选票43张), the 村务监督委员会 or the 党支部 elected the same week (实到31人，发出选票31张),
 * the ballots of one 村民小组. Those counts and votes are of another election, and judging the notice's
 * own turnout or winners by them (1020 ballots returned against 31 issued: void; 35 votes against 1604
 * voters) is a false alarm. The arithmetic check already keeps them apart (comparable-mentions.ts); this
 * module does the same for the judgement by a rule pack.
 */

/**
 * The whole-election count the others are held to: of the notice's own place (a 村民小组's counts are
 * never the whole election's), the first set in no other time or stage, else the first.
 */
function referenceCount(figures: AnnouncedFigures): CountFigure | undefined {
  const counts = figures.figures.filter(
    (figure): figure is CountFigure =>
      figure.kind === 'count' && figure.contest === null && scopeOf(figure) === '',
  );
  // Not a count of a sentence about another body (村务监督委员会由村民代表会议推选，收回选票31张) or under its
  // section (村务监督委员会选举：参加投票600人 before 村民委员会选举：…) when there is another.
  // Nor a count of a vote the notice declares void before reporting its repeat (本次选举无效，…重新选举).
  return (
    counts.find((count) => settingOf(count) === '' && !ofAnotherBody(count)) ??
    counts.find((count) => settingOf(count) === '') ??
    counts.find((count) => !ofVoidVote(settingOf(count))) ??
    counts[0]
  );
}

/** The place a figure is of; the voters of a group of the voters (voter-subset.ts) are that group's. */
const scopeOf = (figure: CountFigure | VotesFigure): string =>
  (figure.scope ?? '') + (figure.kind === 'count' && figure.among !== undefined ? `|${figure.among}` : '');

/**
 * The figures with every whole-election count of another place, time, stage or body than the
 * reference count left out: what remains are the counts of the notice's own election (none when it
 * states counts of its groups only).
 */
export function ownElectionFigures(figures: AnnouncedFigures): AnnouncedFigures {
  const reference = referenceCount(figures);
  const ofOnePost = postIssuedApart(figures);
  const apart = (count: CountFigure) =>
    !reference ||
    scopeOf(count) !== '' ||
    differentSettings(reference, count, OWN) !== null ||
    ofOnePost(count);
  return {
    ...figures,
    figures: figures.figures.filter(
      (figure) => figure.kind !== 'count' || figure.contest !== null || !apart(figure),
    ),
  };
}

const OWN: Bilingual = { zh: '两处票数', en: 'the two counts' };

/** How much of a count's lead is read for a post's ballots named (a long sentence's lead stays bounded). */
const LEAD_REACH = 60;
/** A post's ballots named (主任选票, 委员的选票), its post the group. */
const POST_BALLOTS_NAMED = /(妇女委员|副主任|主任|委员)的?选票/gu;

/**
 * The ballots issued of one post, or of posts named together, in a notice naming the ballots of two posts or
 * more (委员选票和主任选票分别发出1,150张、1,180张; 委员选票发出1,150张 after 主任选票：…): not the ballots issued of
 * the election. The members' ballots are issued to the voters still there after the chair's, fewer than
 * those who voted; held to the voters, a valid election was called void. Each post's own account is checked
 * on its own (post-ballot-accounts.ts).
 */
function postIssuedApart(figures: AnnouncedFigures): (count: CountFigure) => boolean {
  const named = (count: CountFigure): string[] =>
    [
      ...normalizeText(`${(count.lead ?? '').slice(0, LEAD_REACH)} ${count.origin.text}`).matchAll(
        POST_BALLOTS_NAMED,
      ),
    ].map((match) => match[1]!);
  const posts = new Set<string>();
  for (const figure of figures.figures)
    if (figure.kind === 'count') for (const post of named(figure)) posts.add(post);
  if (posts.size < 2) return () => false;
  return (count) => count.meaning === 'issued' && named(count).length > 0;
}

/**
 * Why a candidate's votes are not of the election whose ballots were counted (another place, time, stage
 * or body than the count of voters the threshold is taken of); null when they are.
 */
export function votesApartFromCount(votes: VotesFigure, count: CountFigure): Refusal | null {
  if (scopeOf(votes) !== scopeOf(count))
    return {
      axis: 'place',
      why: {
        zh: '得票与投票人数属于不同的地方（如不同的村民小组）',
        en: 'the votes and the voters are of different places (different groups, say)',
      },
    };
  const apart = differentSettings(count, votes, { zh: '得票与投票人数', en: 'the votes and the voters' });
  // 实到村民代表41人 … 王晓东得票19票，当选为村民委员会委员: the representatives who came are the voters of
  // an election by them, not another body than the committee they elect.
  // So too a bare 实到 after the representatives due (应到村民代表45人，实到32人), its sentence naming them alone.
  if (
    apart?.axis === 'body' &&
    (REPRESENTATIVES_VOTING.test(count.origin.text) || bareCameOfRepresentatives(count, votes))
  )
    return null;
  return apart;
}

/** Residents' or villagers' representatives counted as those due or those who came. */
const REPRESENTATIVES_VOTING = /(?:居民|村民)代表/;

/**
 * 实到32人 in a sentence whose only bodies are the representatives (应到村民代表45人，实到32人), or they and
 * the committee the votes are of (居民代表会议应到60人，到会人数48人 under a title naming the 居民委员会).
 */
const bareCameOfRepresentatives = (count: CountFigure, votes: VotesFigure): boolean => {
  const own = new Set((votes.bodies ?? '').split('·'));
  return (
    /^(?:实(?:到|到会|际出席)|(?:实际)?到会人数|实到人数)/.test(count.origin.text) &&
    count.bodies !== undefined &&
    count.bodies.split('·').every((body) => body === '村民代表' || body === '居民代表' || own.has(body))
  );
};
