import type { AnnouncedFigures, CountFigure, VotesFigure } from './announced-figures.js';
import { COMMITTEE_NAMES } from './body-words.js';
import { sectionOf, subjectOf } from './comparable-mentions.js';
import { namesTheCommitteeAlone } from './other-body.js';

/**
 * The words by which a notice says the village (or residents') affairs supervisory committee was chosen
 * apart from the villagers' ballot: by a meeting (村民会议接着选举村务监督委员会, 村民代表会议推选, 居民会议), by the
 * households' representatives (户代表, 户的代表, 每户派), on a ballot of its own (单独投票, 另设选票) or counted
 * apart (分别计票). Where a notice says none of these, a title naming both bodies over one ballot account
 * (`…村民委员会和村务监督委员会选举结果公告` … `西山村举行换届选举，…有效票1,360张`) is the account of one ballot
 * paper for both, and the supervisory committee's votes are no more than its valid ballots
 * (check-announcement-arithmetic.ts). Undefined when the text says none.
 */
export function supervisorsChosenApart(text: string): string | undefined {
  return CHOSEN_APART.exec(text)?.[0];
}

const CHOSEN_APART = new RegExp(
  [
    // A meeting of the villagers, of their representatives, of a group, or of the residents.
    '(?:村民|居民)(?:代表)?(?:会议|大会)',
    '(?:村民|居民)?小组会议',
    '代表会议',
    // The households' representatives.
    '户代表',
    '户的代表',
    '每户',
    // A ballot or a count of its own.
    '单独(?:投票|选举|计票|发票|设)',
    '另(?:设|发|行印制)(?:的)?选票',
    '分别(?:投票|计票|发放|发出|印制)',
    '(?:两|二|2)(?:张|种)选票',
    '分(?:别)?设(?:票箱|选票)',
  ].join('|'),
);

/**
 * Whether the supervisory committee's votes on a line naming it (`村监委主任：李强，790票`) are of the ballot paper
 * the count `limit` of the notice's account is of: the account is stated of both bodies (a title
 * `…村民委员会和村务监督委员会选举结果公告` over `西山村举行换届选举，…有效票1,360张`, its words naming the committee
 * alone nowhere), the notice states no ballots of that body of its own, and it says nowhere that the body was
 * chosen apart (supervisorsChosenApart). Its votes are then no more than those valid ballots, its chairs'
 * together no more than them either, and its winners judged by that account as the committee's are.
 */
export function onOneBallotWithCommittee(
  figures: AnnouncedFigures,
  votes: VotesFigure,
  limit: CountFigure,
): boolean {
  if (figures.supervisorsChosenApart !== undefined) return false;
  // Its own line names the body (`村监委主任：…`): not votes under a section's heading (`二、居务监督委员会`), which
  // may be of a vote of its own.
  if (votes.bodies !== SUPERVISION) return false;
  if ([sectionOf(votes), subjectOf(votes)].some((body) => body !== '' && body !== SUPERVISION)) return false;
  const named = (limit.bodies ?? '').split('·');
  if (!named.includes(SUPERVISION) || !named.some((name) => COMMITTEE_NAMES.has(name))) return false;
  if (namesTheCommitteeAlone(`${limit.lead ?? ''} ${limit.origin.text}`)) return false;
  return !figures.figures.some(
    (other) => other.kind === 'count' && (sectionOf(other) || subjectOf(other)) === SUPERVISION,
  );
}

/** The supervisory committee's name in the one list of bodies (body-words.ts). */
const SUPERVISION = '监委会';
