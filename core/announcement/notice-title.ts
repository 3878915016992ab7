/** How far into a notice its title may stand: a web page's text starts with menus and breadcrumbs. */
const TITLE_WITHIN_LINES = 20;
const MAX_TITLE_LENGTH = 80;
const NAMES_AN_ELECTION = /选举|换届|election/i;
const NAMES_A_NOTICE = /公告|公示|通告|结果|notice|announcement|results?\b/i;
/** A sentence, not a heading: it has a full stop, a clause break or a colon inside. */
const SENTENCE_MARK = /[。；;，,：:！!？?]/;

/**
 * The notice's own title (希望村第十二届村民委员会选举结果公告), for naming a report of the
 * announcement alone: the first short line among the first few that names an election and a notice
 * or its results and reads as a heading, not a sentence. Undefined when no line does.
 */
export function noticeTitle(text: string): string | undefined {
  const lines = text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .slice(0, TITLE_WITHIN_LINES);
  return lines.find(
    (line) =>
      line.length <= MAX_TITLE_LENGTH &&
      NAMES_AN_ELECTION.test(line) &&
      NAMES_A_NOTICE.test(line) &&
      !SENTENCE_MARK.test(line.replace(/[:：]$/, '')),
  );
}
