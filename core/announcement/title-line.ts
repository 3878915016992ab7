/**
 * 柳溪村第十二届村民委员会选举结果公告 本村登记参加选举的村民1850人…: a notice pasted on one line, or a
 * page captured without its line breaks, runs its title into its first sentence, and the title then
 * reads as the heading of every count after it (another term, another subject: nothing compared). A
 * title so run in — words naming an election and ending with 公告, 公示, 通告 or 通报 (and a number such
 * as （第3号）), with no mark of a sentence, at the start of a line and not opening as a sentence does
 * (根据…的公告, 现将…公告) — gets a line of its own: the space
 * after it becomes a line break. One character for one, so that every offset into the text holds.
 */
const TITLE_RUN_IN =
  /(^|\n)([ \t\u3000]{0,8}(?![ \t\u3000]{0,8}(?:根据|按照|依据|依照|遵照|经过?|现将))[^\n。；;，,：:！!？?]{0,60}?(?:选举|換屆|换届|選舉)[^\n。；;，,：:！!？?]{0,30}?(?:公告|公示|通告|通报|通報)(?:[（(]第?[\d一二三四五六七八九十]+号[）)])?)[ \t\u3000](?=\S)/g;

export function titleOnItsOwnLine(text: string): string {
  return text.replace(TITLE_RUN_IN, (_whole, start: string, title: string) => `${start}${title}\n`);
}
