/**
 * A colon between a candidate's votes' or share's label and its number (`主任 易志 得票数：1450 得票率：82.39%`,
 * `主任：易志，得票数：1450票，得票率：82.39%`, with a full-width or an ASCII colon, spaces or tabs around) says
 * no more than the space of `得票数 1450` does: in the folded text it is written as a space (the same
 * length, so that offsets hold), and the votes and the share are read as those without it are. Only the
 * labels of one candidate's votes and share (得票, 得票数, 得票总数, 所得票数, 得票率), with a number right after
 * the colon; `总票数：`, `有效票数：` and the like are counts the reader reads with their colon already.
 */
export function labelColonAsSpace(folded: string): string {
  if (!folded.includes(':')) return folded;
  return folded.replace(LABEL_COLON, (found: string) => `${found.slice(0, -1)} `);
}

/** The label (not after 总, 有效 or 无效), spaces, the colon; a number after it, past spaces. */
const LABEL_COLON = /(?<![总效])(?:所?得票(?:数|总数)?|得票率)[^\S\n]{0,2}:(?=[^\S\n]{0,2}\d)/g;
