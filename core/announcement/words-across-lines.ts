/**
 * A count's words a copy's line break cuts in two (`其中有效⏎票1990张`, `参加投⏎票的选民`): a PDF breaks its
 * lines where the page's width ends, inside words too. Read so, the count lost its words (票1990张 is no
 * valid ballots) and the words their count. Where the two halves make one of the words below, the word is
 * written whole in the folded text and the line break, with any spaces around it, moved after it as
 * spaces: `有效票 1990张`, the same length, so that offsets hold (only the characters of the word's second
 * half move, by the length of the break). The words are of three characters or more, none of whose halves
 * ends one common word and begins another (选⏎民 may be 当选 and 民主), or of two with a number right after
 * them (`选⏎民1860人`).
 */
const WORDS = [
  '登记选民',
  '参加投票',
  '参选率',
  '投票率',
  '发出选票',
  '收回选票',
  '有效票',
  '无效票',
  '有效选票',
  '无效选票',
  '弃权票',
  '得票率',
  '得票数',
  // The members of a body a summary counts (女性成⏎员18人): 成员 alone is two characters.
  '女性成员',
  '男性成员',
  '妇女成员',
  '村委会成员',
  '居委会成员',
  '委员会成员',
  '两委成员',
  '中共党员',
];

/**
 * Words of two characters, cut in the middle, are written whole only when a number follows right after
 * them (`共有选⏎民1860人`, `王明得⏎票1200票`): a line that opens with 民 or 票 and a number is no sentence's
 * start, while 选⏎民 before words may be 当选 and 民主, and is left alone.
 */
const TWO = ['选民', '选票', '得票', '投票'];

const BREAK = '[^\\S\\n]{0,8}\\n[^\\S\\n]{0,8}';
/**
 * A page's capture (the side panel's, a browser's copy of a selection) turns a `<br>` or a table's cell
 * border inside a word into ONE space, a tab or a full-width space (`得票 率84.20%`, `参选\t率`, `有效 票`):
 * one such character alone between the halves of a word of three characters or more is the same cut. Two
 * or more are a gap the page laid out (a column's), and a letter-spaced line (`得 票 率`) has its spaces
 * taken out before (letter-spacing.ts), so neither is joined here.
 */
const SPACE = '[^\\S\\n]';
const GAP = `(?:${BREAK}|${SPACE})`;
const CUT = new RegExp(
  [
    ...WORDS.flatMap((word) =>
      Array.from(
        { length: word.length - 1 },
        (_, at) => `${word.slice(0, at + 1)}${GAP}${word.slice(at + 1)}`,
      ),
    ),
    ...TWO.map((word) => `${word[0]}${BREAK}${word[1]}(?=[^\\S\\n]{0,3}\\d)`),
  ].join('|'),
  'g',
);
const LINE_BREAK = new RegExp(GAP);

/**
 * The text and its folded form with the count's words a line break cuts written whole (same lengths):
 * found in the folded text (`參加投⏎票` is `参加投⏎票` there) and moved in both, so that the quote of the
 * count holds its words whole as well.
 */
export function withWordsWhole(
  text: string,
  folded: string,
): { readonly text: string; readonly folded: string } {
  let outText = '';
  let outFolded = '';
  let at = 0;
  for (const found of folded.matchAll(CUT)) {
    const start = found.index;
    const end = start + found[0].length;
    const gap = LINE_BREAK.exec(found[0]);
    if (!gap) continue;
    const whole = (written: string): string => {
      const cut = written.slice(start, end);
      const word = cut.slice(0, gap.index) + cut.slice(gap.index + gap[0].length);
      return word + ' '.repeat(cut.length - word.length);
    };
    outText += text.slice(at, start) + whole(text);
    outFolded += folded.slice(at, start) + whole(folded);
    at = end;
  }
  if (at === 0) return { text, folded };
  return { text: outText + text.slice(at), folded: outFolded + folded.slice(at) };
}
