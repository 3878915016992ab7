import type { Election } from '../model/election.js';
import type { Bilingual, Finding, Lang } from '../model/finding.js';
import { makeFinding } from '../model/make-finding.js';
import type { RulePack } from '../rules/rule-pack.js';

/** A post filled in the first vote, as `alreadyElected` may name it, in words. */
export const POSTS: Readonly<Record<string, Bilingual>> = {
  chair: { zh: '主任', en: 'chair' },
  'vice-chair': { zh: '副主任', en: 'vice-chair' },
  member: { zh: '委员', en: 'member' },
  'women-member': { zh: '妇女委员', en: 'woman member' },
};

/** A post the definition does not hold nor POSTS name: its id stays out of the Chinese message. */
const otherPost = (id: string): Bilingual => ({ zh: '成员', en: `member (${id})` });

/**
 * RUNOFF_CANDIDATE_ELECTED (warning): a runoff lists as a candidate a person of the same name as a member
 * `alreadyElected` names (a chair elected in the first vote standing again for member), where the pack's
 * text makes the runoff's candidates those not elected in the first vote. A name is not a person (a
 * namesake may stand), so it is a warning that cites the provision, not a verdict on the runoff.
 */
export function checkRunoffCandidates(election: Election, pack: RulePack, lang: Lang): Finding[] {
  const renumbered = pack.runoffCandidatesRenumbered;
  // The provision as numbered in the text in force on the election's day (an undated election: the pack's own).
  const rule =
    renumbered && election.date !== undefined && election.date >= renumbered.from
      ? renumbered.citation
      : pack.runoffCandidatesUnelected;
  const elected = election.alreadyElected;
  if (election.round !== 'runoff' || !rule || !elected || elected.length === 0) return [];
  const findings: Finding[] = [];
  for (const contest of election.contests) {
    for (const candidate of contest.candidates) {
      const member = elected.find((earlier) => earlier.name.trim() === candidate.name.trim());
      if (!member) continue;
      const post = election.contests.find((held) => held.id === member.contest)?.name;
      const postWords = post ? { zh: post, en: post } : (POSTS[member.contest] ?? otherPost(member.contest));
      findings.push(
        makeFinding(
          {
            code: 'RUNOFF_CANDIDATE_ELECTED',
            severity: 'warning',
            contest: contest.id,
            candidate: candidate.id,
            messages: {
              zh:
                `另行选举的${contest.name}候选人“${candidate.name}”与此前已当选的${postWords.zh}同名；` +
                `${rule.zh}，已当选的人不是另行选举的候选人。如为同一人，请核对候选人名单；如为同名的另一人，可不理会`,
              en:
                `runoff candidate “${candidate.name}” for ${contest.name} has the name of the ${postWords.en} elected earlier; ` +
                `under ${rule.en}, someone already elected is no candidate of the runoff. If this is the same person, ` +
                `check the list of candidates; if a namesake, this may be ignored`,
            },
          },
          lang,
        ),
      );
    }
  }
  return findings;
}
