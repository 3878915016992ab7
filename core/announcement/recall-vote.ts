/**
 * Whether a text reports a recall vote (罢免): villagers voting to remove a committee member, not to
 * elect one. News reports and posts paste such votes as often as elections. A recall is judged by its
 * own rule (《村民委员会组织法》 art. 16: more than half of the registered voters vote, and more than half
 * of those voting approve), which no rule pack holds; its turnout is no election's quorum, and a failed
 * recall (参加投票的选民只有1004人，不足登记选民的半数) is no void election.
 *
 * Only words that say a recall was put to the vote count: 罢免投票, 罢免表决, 罢免案, 赞成罢免, 同意罢免,
 * 反对罢免, 罢免通过, 罢免未获通过, 罢免…的投票, 就是否罢免…投票; in English a recall vote or motion and
 * voting to remove someone. The word 罢免 alone (a law quoted on the rights of voters) is none.
 */
const RECALL_VOTE = new RegExp(
  [
    '罢免(?:案|投票|表决)',
    '(?:赞成|同意|反对|不同意|支持)罢免',
    '罢免(?:获得|已|未获|未能|没有|未)?通过',
    '罢免[^。！？!?\\n]{0,30}?的(?:投票|表决)',
    '就(?:是否)?罢免[^。！？!?\\n]{0,40}?(?:投票|表决)',
    '\\brecall (?:vote|ballot|motion|bid|referendum)s?\\b',
    '\\bvot(?:e|es|ed|ing)\\b[^.!?\\n]{0,30}?\\bto (?:remove|recall|dismiss|oust)\\b',
    '\\bin favou?r of (?:the )?(?:removal|recall)\\b',
  ].join('|'),
  'i',
);

/** The words that report a recall vote in a folded text (the first found), or undefined when none. */
export function recallVoteWords(folded: string): string | undefined {
  return RECALL_VOTE.exec(folded)?.[0];
}

/**
 * Why a rule pack's quorum is not judged on a text that reports a recall vote, in the user's words; null
 * when the text reports none.
 */
export function recallQuorumWords(figures: {
  readonly recallVote?: string;
}): { zh: string; en: string } | null {
  if (figures.recallVote === undefined) return null;
  return {
    zh: `文中报道的是罢免投票（“${figures.recallVote}”），不是选举：所选规则的选举法定人数不适用于罢免，投票人数未按它核对`,
    en: `The text reports a recall vote (“${figures.recallVote}”), not an election: the rules' quorum for an election does not apply to a recall, and the turnout was not judged by it`,
  };
}

/**
 * The word a figure's setting takes when it is of a recall vote reported beside an election (recall-setting
 * in mention-settings.ts): 罢免 in its sentence or heading, or the recall's ballots (表决票).
 */
export const RECALL_SETTING = '罢免';
const RECALL_WORDS = /罢免|表决票/g;

/** The words of an election held after the recall (补选, 另行选举, 选出), not the election committee's name. */
const ELECTION_AFTER_RECALL = /补选|另行选举|重新选举|选出|选举(?!委员会|委)/g;

/**
 * Whether some words (a figure's sentence before it, with its heading) speak of the recall: a recall word
 * with no word of an election after it. `因罢免产生的委员空缺，本村于3月29日进行补选，全村登记选民1430人` names
 * the recall only as the by-election's cause: its counts are the by-election's.
 */
export function speaksOfRecall(words: string): boolean {
  const recall = lastIndexOf(words, RECALL_WORDS);
  return recall >= 0 && lastIndexOf(words, ELECTION_AFTER_RECALL) < recall;
}

/** Where the last match of a global pattern starts in the words, or -1 (one pass). */
function lastIndexOf(words: string, pattern: RegExp): number {
  let last = -1;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(words); match; match = pattern.exec(words)) last = match.index;
  return last;
}

/** Whether a figure's setting is the recall's (a recall reported beside an election). */
export const ofRecall = (setting: string): boolean => setting.split('·').includes(RECALL_SETTING);
