/**
 * What a copy brings along that is no part of the notice: a PDF's page headers and footers
 * (`第 2 页 共 3 页`, `— 2 —`, `-3-`, `Page 2 of 3`) on lines of their own, and the counters of a WeChat
 * article or a news page (`阅读 1.2万`, `在看 36`, `点赞 126`, `1.2k views`), identity or telephone numbers
 * with masked digits (`4401**********1234`, `138****1234`), and telephone numbers written in groups
 * (`138 0731 5678`, `监督电话：0731 8856 1234`). Their numbers are no figures of
 * the election, read or unread: they are turned into spaces, one character for one, so that offsets hold.
 *
 * A page break falls anywhere, inside a sentence too (`收回选票⏎— 1 —⏎1785张`): the line break before the
 * page's line is blanked with it, so that what stood before the page break runs on into the line after it
 * as it would have without the break (`收回选票 ⏎1785张`, a sentence a phone's copy broke: segment-text.ts).
 * A copy that lost the page's own line glues its number into the line (`发出选票 — 2 — 1860张`), blanked too.
 */

const GAP = '[^\\S\\n]{0,3}';
/** A page's number as headers and footers write it, alone on its line. */
const PAGE_MARKS = [
  // 第 2 页 共 3 页, 第2页/共3页, 第 2 页，共 3 页
  `第${GAP}\\d{1,4}${GAP}页(?:${GAP}[,/]?${GAP}共${GAP}\\d{1,4}${GAP}页)?`,
  // 共 3 页 第 2 页
  `共${GAP}\\d{1,4}${GAP}页${GAP}[,/]?${GAP}第${GAP}\\d{1,4}${GAP}页`,
  // — 2 —, -3-, —1—, – 4 –, - 5 -: a number between dashes of one kind or another
  `[-—–―_]{1,3}${GAP}\\d{1,4}${GAP}[-—–―_]{1,3}`,
  // Page 2 of 3, page 2, Page 2/3
  `page${GAP}\\d{1,4}(?:${GAP}(?:of|/)${GAP}\\d{1,4})?`,
].join('|');
/** The line of a page's number, with the line break before it (none at the text's start). */
const PAGE_LINE = new RegExp(`(?:^|\\n)[^\\S\\n]{0,8}(?:${PAGE_MARKS})[^\\S\\n]{0,8}(?=\\n|$)`, 'gi');

/**
 * A page's number glued into a line, as a copy run together puts it mid-sentence: `第 2 页 共 3 页` (or
 * `第2页`, `共3页` alone; a page is no figure of an election wherever it stands) and a number between two
 * dashes of one kind standing apart (`发出选票 — 2 — 1860张`: spaces or the line's ends on both outer sides),
 * or glued with a number right after it (`发出选票—2—1860张`, `—2— 1860张`: no sentence gives a number in dashes right
 * before another). Read as written, the page's 2 had been the ballots issued.
 */
const PAGE_INLINE = new RegExp(
  [
    `第${GAP}\\d{1,4}${GAP}页(?:${GAP}[,，/／]?${GAP}共${GAP}\\d{1,4}${GAP}页)?`,
    `共${GAP}\\d{1,4}${GAP}页(?:${GAP}[,，/／]?${GAP}第${GAP}\\d{1,4}${GAP}页)?`,
    `(?<=^|[^\\S\\n])([—–―])${GAP}\\d{1,3}${GAP}\\1(?=$|[^\\S\\n])`,
    `(?<![\\d—–―-])([—–―])\\d{1,3}\\2(?=${GAP}\\d)`,
  ].join('|'),
  'gim',
);

/**
 * An article's counters: a counter's word, standing apart from the words before it, with its number
 * (`阅读 1.2万`, `在看 36`, `阅读 10万+`), or a number with the words of a page's counter after it
 * (`1.2k views`, `34 likes`).
 */
const COUNTER = new RegExp(
  [
    `(?<![\\u4e00-\\u9fff])(?:阅读量?|阅读数|浏览量?|浏览次数|在看|点赞|赞|推荐|喜欢|转发|分享|收藏|评论|留言)${GAP}:?${GAP}`,
    `\\d{1,9}(?:\\.\\d{1,2})?${GAP}(?:万|w|k)?\\+?(?![\\d.%\\u4e00-\\u9fff])`,
    '|',
    `(?<![\\d.,])\\d{1,9}(?:\\.\\d{1,2})?(?:k|w|万)?\\+?${GAP}(?:views?|reads?|likes?|shares?|comments?)\\b`,
  ].join(''),
  'gi',
);

/**
 * A number written with some of its digits masked (`4401**********1234`, `440104********5678`,
 * `138****1234`, `****5678`): an identity card's or a telephone's, never a figure of the election. Three
 * or more masks (`*`, `×`) after two digits or more, or four or more before them; `**856**` (Markdown's bold) and
 * `3×100%` are no such run, nor a name masked after a letter (`b****8`, an uploader's). Each run starts where its digits or masks start, so a long run is read once.
 */
const MASK = '[*×]';
const MASKED_RUN = `(?<![\\dA-Za-z*×])(?:\\d{2,}${MASK}{3,}(?:\\d+[Xx]?)?|${MASK}{4,}\\d+[Xx]?)(?![\\d*×])`;
/**
 * A masked number with the bracket around it and the label in it (`（身份证号：440104********5678）`,
 * `(电话 138****1234)`), or alone: blanked whole, so that a name and its votes on either side of it
 * (`李娜（身份证号：…）得票790张`, `张伟 4401**********1234 856票`) read as if it were not there.
 */
const MASKED = new RegExp(`[(（][^()（）\\d\\n]{0,8}${MASKED_RUN}[^\\S\\n]{0,3}[)）]|${MASKED_RUN}`, 'g');

/**
 * A telephone number written in groups (`138 0731 5678`, `0731-8856 1234`, `（0731）8856 1234`,
 * `+86 138-0731-5678`): a contact's number, never a figure of the election. Taken without a word of its
 * own only where its shape says so — an area code (a count is never written with a leading 0), a
 * mobile's group that opens with 0, or a mobile's three groups joined by hyphens; three groups of plain
 * counts parted by spaces (`138 1234 5678`, a table's row) are taken only after a telephone's word. After
 * such a word (`监督电话：`, `联系人手机`, `Tel:`) on its line, any run of 7 to 13 digits in groups, or unbroken
 * (`电话：88561234`, `13807315678`, `+86 138 0731 5678`), is one. A run with a unit, a share's sign or more digits after it is
 * no telephone.
 */
const SEP = '[ \\t-]';
const MOBILE_PREFIX = `(?:\\+?86${SEP}?)?`;
/** Shapes that are a telephone whatever stands before them. */
const PHONE_ALONE = [
  // (0731) 8856 1234, 0731-8856 1234, 0731 88561234, 010-6552 8888
  `(?:\\(0\\d{2,3}\\)${SEP}?|0\\d{2,3}${SEP})\\d{3,4}${SEP}?\\d{4}`,
  // 138 0731 5678: a group that opens with 0 is no count
  `${MOBILE_PREFIX}1[3-9]\\d${SEP}(?:0\\d{3}${SEP}\\d{4}|\\d{4}${SEP}0\\d{3})`,
  // 138-1234-5678
  `${MOBILE_PREFIX}1[3-9]\\d-\\d{4}-\\d{4}`,
].join('|');
/** A telephone's word before its number, on its line: 电话, 手机, 热线, 联系方式, 传真, Tel. */
const PHONE_WORD =
  '(?:电话|手机|热线|联系方式|号码|传真|座机|(?<![A-Za-z])(?:Tel|TEL|tel|Phone|phone|Mobile|mobile)(?![A-Za-z]))';
/** After a telephone's word: digits in up to four groups, or an area code in brackets, then digits. */
const PHONE_AFTER_WORD = `(?:\\(0\\d{2,3}\\)${SEP}?)?(?:\\+?86${SEP}?)?\\d{3,12}(?:${SEP}\\d{3,8}){0,3}`;
const PHONE_ENDS = '(?![\\d%]|[.,]\\d|[ \\t-]\\d|[^\\S\\n]?(?:[票张人名户位岁万亿千百]|个百分点))';
const PHONE_SHAPE = new RegExp(`(?<![\\d.,A-Za-z*×-])(?:${PHONE_ALONE})${PHONE_ENDS}`, 'g');
const PHONE_AFTER = new RegExp(`(?<=${PHONE_WORD}[^\\d\\n]{0,6})(?:${PHONE_AFTER_WORD})${PHONE_ENDS}`, 'g');

/** The telephone numbers of the folded text: their shape alone, or 7 to 13 digits after a telephone's word. */
function phoneNumbers(folded: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const found of folded.matchAll(PHONE_SHAPE)) spans.push([found.index, found.index + found[0].length]);
  for (const found of folded.matchAll(PHONE_AFTER)) {
    const digits = found[0].replace(/\D/g, '').length;
    if (digits >= 7 && digits <= 13) spans.push([found.index, found.index + found[0].length]);
  }
  return spans;
}

/**
 * The text and its folded form with page headers and footers and an article's counters blanked (same
 * lengths). They are found in the folded text (`第２页` is `第2页` there) and blanked in both, so that no
 * quote of a figure shows a page's number between its words either.
 */
export function withoutCopyResidue(
  text: string,
  folded: string,
): { readonly text: string; readonly folded: string } {
  const spans: [number, number][] = [];
  for (const pattern of [PAGE_LINE, PAGE_INLINE, COUNTER, MASKED])
    for (const found of folded.matchAll(pattern)) spans.push([found.index, found.index + found[0].length]);
  spans.push(...phoneNumbers(folded));
  if (spans.length === 0) return { text, folded };
  spans.sort((a, b) => a[0] - b[0]);
  return { text: blanked(text, spans), folded: blanked(folded, spans) };
}

/** The text with the spans (sorted; they may overlap) turned into spaces, line breaks in them too. */
function blanked(text: string, spans: readonly (readonly [number, number])[]): string {
  let out = '';
  let at = 0;
  for (const [start, end] of spans) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    out += text.slice(at, from) + ' '.repeat(end - from);
    at = end;
  }
  return out + text.slice(at);
}
