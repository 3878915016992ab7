/**
 * 主任黄志强得票1012票，得票率72.2%；李明得票400票: the post glued before a line's first name holds for the
 * names after a semicolon on that line, each with its votes (and its share) and nothing else, where the
 * line names no other post nor role anywhere (主任…；委员… switches post, and 李明 after it stays of none).
 */

/** A post, as glued before the line's first name. */
const POST = '(副主任|妇女委员|主任|委员)';
/** Words a name may not open with: another post or role (委员覃军 reads as four characters of a name). */
const NOT_A_NAME = '(?!副主任|主任|妇女|委员|村民代表|居民代表|代表|小组长|组长|成员|监委|会计|出纳|书记)';
/** One name with its votes, then its share or 当选 at most: 黄志强得票1012票，得票率72.2%. */
const ENTRY = String.raw`${NOT_A_NAME}\p{Script=Han}{2,4}得票\d{1,7}票(?:[，,](?:得票率为?|占有效票的?)\d{1,3}(?:\.\d{1,2})?%)?(?:[，,]当选)?`;
const BLANK = '[ \\t\\u3000]*';
/** The line's opening piece: its post, then its names. */
const FIRST_PIECE = new RegExp(
  String.raw`^${BLANK}(?:村民委员会|居民委员会|村委会|居委会)?${POST}${ENTRY}(?:[，,、]${ENTRY})*${BLANK}$`,
  'u',
);
/** A piece between two semicolons: names with their votes alone. */
const MIDDLE_PIECE = new RegExp(String.raw`^${BLANK}${ENTRY}(?:[，,、]${ENTRY})*${BLANK}$`, 'u');
/** The piece the name opens, up to the name: names already listed, each closed by a comma. */
const LAST_PIECE = new RegExp(String.raw`^${BLANK}(?:${ENTRY}[，,、]${BLANK})*$`, 'u');
/** Any post or role word: the line that names one past its opening post switches post. */
const ANY_POST = /副主任|主任|妇女|委员|代表|组长|成员|监委|会计|出纳|书记|监督/u;
/** What ends a line: its sentence or a colon before it. */
const LINE_START_MARKS = /[\n。：:][^\n。：:]*$/u;

/**
 * The post carried past a semicolon to the name at `nameStart` in `text` (its line looked at `reach`
 * characters either side); null where the line does not hold the shape above, or where the name stands
 * elsewhere in a clause naming another post.
 */
export function postPastSemicolon(text: string, nameStart: number, reach: number): string | null {
  const before = text.slice(Math.max(0, nameStart - reach), nameStart);
  const after = text.slice(nameStart, nameStart + reach);
  const opening = LINE_START_MARKS.exec(before);
  const line = opening === null ? before : opening[0].slice(1);
  const pieces = line.split(/[；;]/u);
  if (pieces.length < 2) return null;
  const first = FIRST_PIECE.exec(pieces[0]!);
  if (first === null) return null;
  if (ANY_POST.test(pieces.slice(1).join('；'))) return null;
  if (!pieces.slice(1, -1).every((piece) => MIDDLE_PIECE.test(piece))) return null;
  if (!LAST_PIECE.test(pieces.at(-1)!)) return null;
  const end = after.search(/[\n。]/u);
  const rest = end < 0 ? after : after.slice(0, end);
  if (ANY_POST.test(rest)) return null;
  const post = first[1]!;
  const name = /^\p{Script=Han}{2,4}?(?=得票)/u.exec(after)?.[0];
  if (name === undefined || postedElsewhere(text, name, nameStart, post)) return null;
  return post;
}

/**
 * Whether the name stands elsewhere in the text in a clause naming another post or role than `post`
 * (李明当选为村民委员会委员 on a later line: the semicolon ended the chair's list there).
 */
function postedElsewhere(text: string, name: string, nameStart: number, post: string): boolean {
  let seen = 0;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (at === nameStart) continue;
    // A name standing that often is no one person's to follow: carry nothing (and the scan stays linear).
    seen += 1;
    if (seen > MOST_OTHER_MENTIONS) return true;
    const from = Math.max(...CLAUSE_MARKS.map((mark) => text.lastIndexOf(mark, at)));
    const ends = CLAUSE_MARKS.map((mark) => text.indexOf(mark, at)).filter((i) => i >= 0);
    const clause = text.slice(from + 1, ends.length > 0 ? Math.min(...ends) : text.length);
    if (ANY_POST.test(clause.replaceAll(post, '').replace(/(?:村民|居民)委员会|村委会|居委会/gu, '')))
      return true;
  }
  return false;
}

/** How many other mentions of the name are looked at. */
const MOST_OTHER_MENTIONS = 8;
/** What ends the clause a name stands in elsewhere. */
const CLAUSE_MARKS = ['\n', '。', '；', ';', '，', ','];
