import type { Election } from '../model/election.js';
import type { AnnouncedContest } from './announced-figures.js';
import { normalizeText } from './normalize-text.js';

/**
 * Recognises a contest in a heading (主任：…) or after 当选为 (…村民委员会主任). With an election, the
 * contest whose name (or id) the text holds, longest name first so that 副主任 wins over 主任; English
 * role words map to the Chinese names of the usual posts. Without an election, the role word itself.
 * Null when the text names no contest.
 */
export type ContestResolver = (text: string) => AnnouncedContest | null;

const ROLE_WORDS: readonly (readonly [string, RegExp])[] = [
  ['副主任', /副主任|vice[- ]?chair|deputy (?:director|chair)/i],
  ['副主席', /副主席/],
  ['副书记', /副书记/],
  ['主任', /主任|\bchair(?:man|woman|person)?\b|\bdirector\b/i],
  ['主席', /主席/],
  ['书记', /书记/],
  ['委员', /委员|\bmembers?\b/i],
  ['成员', /成员/],
];

/**
 * An officer of the election committee or of the election's leading group (村民选举委员会主任, 选委会副主任,
 * 选举工作领导小组组长): who runs the election, never a post of the committee it elects; nor is a post held
 * before (原村委会主任张伟主持会议并宣布：), nor a post followed by a name and the verb announcing the results
 * (主任赵德胜宣布：, 副主任王林当场宣布选举结果：, 委员周明宣读选举结果：): the officer who speaks, not a heading of
 * the post's results (before, the chair's heading gave the members' votes to the chair's one seat).
 */
const ELECTION_OFFICER =
  /(?:村民|居民)?(?:选举委员会|选委会)(?:副?主任|委员|成员)|选举(?:工作)?领导小组(?:副?组长|成员)|(?:原|前任|上届)(?:村民委员会|居民委员会|社区居委会|村委会|居委会)?(?:副?主任|委员)|(?:副?主任|委员)[\u4e00-\u9fff]{2,3}(?:当场|现场|正式)?(?:宣布|宣读|公布)/g;

/** A member's duty named 主任 (妇女主任, 治保主任, 调解主任, 计生主任): no chair. */
const DUTY_DIRECTOR = /(?:妇女|治保|调解|计生)主任/g;

export function contestResolver(election?: Election): ContestResolver {
  const contests = [...(election?.contests ?? [])].sort((a, b) => b.name.length - a.name.length);
  return (text) => {
    // 委员会 (the committee) is no contest; blank it so that 村民委员会主任 reads as 主任. The officers of
    // the election committee (村民选举委员会主任赵德胜宣布：) announce the results and hold no post elected.
    const written = normalizeText(text).replace(ELECTION_OFFICER, ' ').replaceAll('委员会', '   ');
    for (const contest of contests) {
      const name = normalizeText(contest.name);
      if (name !== '' && written.includes(name)) return { id: contest.id, text: contest.name };
    }
    // A member's duty named 主任 (委员兼妇女主任, 治保主任, 调解主任) is never the chair: its role is a member's.
    const folded = written.replace(DUTY_DIRECTOR, (duty) => `${duty.slice(0, 2)}委员`);
    const role = ROLE_WORDS.find(([, pattern]) => pattern.test(folded));
    if (!role) {
      const byId = contests.find((contest) =>
        new RegExp(`(^|[^\\w-])${escape(contest.id)}($|[^\\w-])`, 'i').test(folded),
      );
      return byId ? { id: byId.id, text: byId.id } : null;
    }
    const [word, pattern] = role;
    const roleWritten = pattern.exec(folded)?.[0] ?? word;
    if (!election) return { id: null, text: word };
    const contest = election.contests.find((candidate) => normalizeText(candidate.name) === word);
    return contest ? { id: contest.id, text: contest.name } : { id: null, text: roleWritten };
  };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
