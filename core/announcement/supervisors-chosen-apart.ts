import type { AnnouncedFigures, CountFigure, VotesFigure } from './announced-figures.js';
import { COMMITTEE_NAMES } from './body-words.js';
import { sectionOf, subjectOf } from './comparable-mentions.js';
import { namesTheCommitteeAlone } from './other-body.js';

/**
 * The words by which a notice says the village (or residents') affairs supervisory committee was chosen
 * apart from the villagers' ballot: by a meeting (村民会议接着选举村务监督委员会, 村民代表会议推选, 居民会议), by the
 * households' representatives (户代表, 户的代表, 每户派), on a ballot of its own (单独投票, 另设选票) or counted
 * apart (分别计票). These overrule a stated one ballot paper (supervisorsOnOneBallot). Undefined when the
 * text says none.
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
 * The words by which a notice says both bodies were elected on one ballot paper (`两个委员会的成员在同一张选票上选举`,
 * `合并印制在同一选票上`, `在一张选票上选举`). Only then is one account of both bodies that paper's account: two
 * ballots handed out at one meeting are as often counted under one account, and the supervisory ballot's
 * valid ballots may then be more than the committee's (fewer spoilt) and its voters fewer (some left).
 * Undefined when the text says none.
 */
export function supervisorsOnOneBallot(text: string): string | undefined {
  return ONE_BALLOT.exec(text)?.[0];
}

const ONE_BALLOT = /同一(?:张)?选票|在一张选票上|合并印制/;

/**
 * Whether the supervisory committee's votes on a line naming it (`村监委主任：李强，790票`) are of the ballot paper
 * the count `limit` of the notice's account is of: the notice says both were on one ballot paper
 * (supervisorsOnOneBallot), the account is stated of both bodies (a title `…村民委员会和村务监督委员会选举结果公告`
 * over `…举行换届选举，两个委员会的成员在同一张选票上选举，…有效票1,790张`, its words naming the committee alone nowhere),
 * the notice states no ballots of that body of its own, and it says nowhere that the body was
 * chosen apart (supervisorsChosenApart). Its votes are then no more than those valid ballots, its chairs'
 * together no more than them either, and its winners judged by that account as the committee's are.
 */
export function onOneBallotWithCommittee(
  figures: AnnouncedFigures,
  votes: VotesFigure,
  limit: CountFigure,
): boolean {
  if (figures.supervisorsChosenApart !== undefined) return false;
  if (figures.supervisorsOnOneBallot === undefined) return false;
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
