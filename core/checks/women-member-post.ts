import type { Contest, Election } from '../model/election.js';
import type { Finding, Lang } from '../model/finding.js';
import { makeFinding } from '../model/make-finding.js';
import type { ContestResult } from '../model/report.js';
import type { RulePack } from '../rules/rule-pack.js';
import { enCounts } from '../text/english-count.js';

/** The post for a woman member (妇女委员): by the id the forms use, or by the post's name. */
export function isWomenMemberPost(contest: Pick<Contest, 'id' | 'name'>): boolean {
  return contest.id === 'women-member' || contest.name.includes('妇女委员');
}

/**
 * WOMEN_MEMBER_POST, under a pack with a separate post for a woman member (Zhejiang): the ballot of a
 * first round must list the post (warning if the definition has none); a man stated as its candidate
 * is a warning; a first round that leaves the post open says whether the runoff keeps it apart (info:
 * it does while no woman is among the members elected); a runoff whose definition drops the post
 * while the members elected earlier, as listed, hold no woman is a warning. When the members elected
 * earlier are not listed, nothing is said of them.
 */
export function checkWomenMemberPost(
  election: Election,
  results: readonly ContestResult[],
  pack: RulePack,
  electionValid: boolean,
  lang: Lang,
): Finding[] {
  if (!pack.womenMemberPost) return [];
  const posts = election.contests.filter(isWomenMemberPost);
  const findings: Finding[] = [];
  const finding = (
    severity: Finding['severity'],
    zh: string,
    en: string,
    where: { contest?: string; candidate?: string } = {},
  ) =>
    findings.push(makeFinding({ code: 'WOMEN_MEMBER_POST', severity, ...where, messages: { zh, en } }, lang));
  for (const post of posts)
    for (const candidate of post.candidates)
      if (candidate.gender === 'male')
        finding(
          'warning',
          `${post.name}是妇女委员职位，候选人${candidate.name}登记为男性`,
          `${post.name} is the post of a woman member, but its candidate ${candidate.name} is stated as male`,
          { contest: post.id, candidate: candidate.id },
        );
  if (election.round === 'first') {
    if (posts.length === 0)
      finding(
        'warning',
        `按${pack.name.zh}，选票应当单列妇女委员职位；选举定义中没有该职位（职位 id 为 women-member 或名称含“妇女委员”）`,
        `under ${pack.name.en}, the ballot lists a separate post for a woman member (妇女委员); the election defines none (a contest with id women-member or a name holding 妇女委员)`,
      );
    const open = results.find((result) => isWomenMemberPost(result) && result.unfilledSeats > 0);
    if (electionValid && open) {
      const womanElected = results.some((result) =>
        result.candidates.some((candidate) => candidate.elected && candidate.gender === 'female'),
      );
      finding(
        'info',
        womanElected
          ? `${open.name}未选出；已当选成员中已有妇女，另行选举时不必再单列妇女委员职位（${pack.name.zh}）`
          : `${open.name}未选出；已当选成员中没有妇女，另行选举时选票应当继续单列妇女委员职位（${pack.name.zh}）`,
        womanElected
          ? `${open.name} is not filled; a woman is already among the members elected, so the runoff need not list the post of a woman member apart (${pack.name.en})`
          : `${open.name} is not filled; no woman is among the members elected, so the runoff ballot keeps the separate post of a woman member (${pack.name.en})`,
        { contest: open.id },
      );
    }
  } else if (
    posts.length === 0 &&
    election.alreadyElected !== undefined &&
    !election.alreadyElected.some((member) => member.gender === 'female')
  ) {
    finding(
      'warning',
      `此前当选的${election.alreadyElected.length}名成员中没有妇女；按${pack.name.zh}，另行选举时选票应当继续单列妇女委员职位，但另行选举的定义中没有该职位`,
      enCounts`no woman is among the ${election.alreadyElected.length} members elected earlier; under ${pack.name.en} the runoff ballot keeps the separate post of a woman member, but the runoff defines none`,
    );
  }
  return findings;
}
