import { asciiForm } from '../text/ascii-forms.js';

/**
 * Folds an announcement into one spelling so that a few patterns read it all: full-width digits and
 * signs become half-width, traditional characters of the announcement vocabulary become simplified.
 * Every replacement maps one UTF-16 unit to one, so offsets into the folded text are offsets into the
 * original, and spans point at what the user actually sees. Names are read from the original text.
 */

// Traditional → simplified, limited to the words announcements use (and the numerals).
const TRADITIONAL =
  '選舉當張無廢發權棄數總參與實際會員區鄉鎮農婦齡歲黨學歷專業屆單據應額佔獲體為兩萬億點個記計證聯屬結級時並這剛劉陳趙葉吳鄭謝韓馮產連書組織報統擔職務過進續約較長後於繼補別況將對場動領導現達們內雙項層種稱換罷';
const SIMPLIFIED =
  '选举当张无废发权弃数总参与实际会员区乡镇农妇龄岁党学历专业届单据应额占获体为两万亿点个记计证联属结级时并这刚刘陈赵叶吴郑谢韩冯产连书组织报统担职务过进续约较长后于继补别况将对场动领导现达们内双项层种称换罢';

// Words of places, ages and spans of time (街道辦, 年滿, 預期壽命, 村醫, 8年來, 已經, 縮短, 20分鐘, 尚餘3年, 300餘名), likewise;
// and of households, meetings, rounds and rules (戶代表, 召開居民代表會議, 監督委員會, 第二輪, 選舉辦法規定,
// 縣, 審查, 確認, 須, 決定, 條, 處, 類), which were left unfolded and so unread in traditional text. Not 號: a ballot's
// number (1號廖郁林) would read as a day of the month (1号).
const TRADITIONAL_MORE = '辦滿壽醫間來經縮鐘餘戶開議監輪規縣審確認須決條處類';
const SIMPLIFIED_MORE = '办满寿医间来经缩钟余户开议监轮规县审确认须决条处类';

const FOLD = new Map<string, string>();
for (let i = 0; i < TRADITIONAL.length; i++) FOLD.set(TRADITIONAL.charAt(i), SIMPLIFIED.charAt(i));
for (let i = 0; i < TRADITIONAL_MORE.length; i++)
  FOLD.set(TRADITIONAL_MORE.charAt(i), SIMPLIFIED_MORE.charAt(i));
FOLD.set('\u3000', ' '); // ideographic space
FOLD.set('\u00a0', ' ');
// Bullets that mark paragraphs on pages and in documents carry no meaning: they read as spaces.
const BULLETS = '●■◆▲•★☆◇□○';
for (const bullet of BULLETS) FOLD.set(bullet, ' ');
// So do the numbers of a list written as one character: ①–⑳, ⑴–⒇, ⒈–⒛, ❶–❿, ➀–➓. They number items
// (①本村登记选民1604人) and are never a figure; read as a label's first word they made its words another's.
const LIST_NUMBERS = '\u2460-\u249b\u2776-\u2793';

/**
 * Every character normalizeText changes: full-width ASCII, the spaces, bullets and list numbers above, the
 * traditional set (dot leaders and keycap emoji are folded after it, below).
 */
const FOLDABLE = new RegExp(
  `[\\uff01-\\uff5e\\u3000\\u00a0${BULLETS}${LIST_NUMBERS}${TRADITIONAL}${TRADITIONAL_MORE}]`,
  'g',
);

/**
 * Folds width and script; the result has exactly the length of the input. One native replace, so that
 * a 10 MB text is built flat (appending a character at a time held a rope of a node per character).
 */
export function normalizeText(text: string): string {
  return text
    .replace(FOLDABLE, (char) => {
      const unit = char.charCodeAt(0);
      // Full-width ASCII (！ to ～) maps to ASCII by a fixed offset: ０→0, ％→%, ．→., ，→, and so on.
      if (unit >= 0xff01 && unit <= 0xff5e) return asciiForm(char);
      if ((unit >= 0x2460 && unit <= 0x249b) || (unit >= 0x2776 && unit <= 0x2793)) return ' ';
      return FOLD.get(char) ?? char;
    })
    .replace(DOT_LEADERS, (dots) => ' '.repeat(dots.length))
    .replace(KEYCAPS, keycapsFolded)
    .replace(PICTOGRAPHS, (marks) => ' '.repeat(marks.length));
}

/**
 * Pictographs that open a post's lines (👉女性成员214名，占26.35%, 📊数据看板, ✅当选) read as spaces, as
 * bullets do: read as a label's first word, 👉女性成员 was no part of the members counted before it but a
 * whole of its own, and the next line's 35岁以下163名 a part of it. Folded after the keycaps, whose
 * variation selector they share; a surrogate pair becomes two spaces, so the length is kept.
 */
const PICTOGRAPHS = /\p{Extended_Pictographic}\uFE0F?/gu;

/**
 * Keycap emoji (1️⃣ 2️⃣ #️⃣: a digit, # or *, an optional U+FE0F and U+20E3) number a post's items
 * (`3️⃣ 参选率：93.10%`): one alone, one that opens its line, or one of # or * is a bullet and reads as
 * spaces; they were read as the figures 1, 2, 3 (3 voters of 1 registered). A run of digit keycaps
 * inside a line (`登记选民1️⃣2️⃣9️⃣6️⃣人`) spells its number: the digits are kept against the words after
 * them, the marks before them read as spaces.
 */
const KEYCAPS = /(?:[0-9#*]\uFE0F?\u20E3)+/g;

function keycapsFolded(run: string, at: number, text: string): string {
  const digits = run.replace(/[^0-9#*]/g, '');
  let before = at - 1;
  while (before >= 0 && (text[before] === ' ' || text[before] === '\t')) before--;
  const opensLine = before < 0 || text[before] === '\n' || text[before] === '\r';
  if (opensLine || digits.length === 1 || /[#*]/.test(digits)) return ' '.repeat(run.length);
  return ' '.repeat(run.length - digits.length) + digits;
}

/**
 * Dot leaders joining a label to its number (`Registered voters ........ 2,436`, `有效票……1016张`) read as
 * the spaces that pad a column: their points are no full stops that end the label's sentence.
 */
// A run is tried from its first point only, and whole, so that a long run is read once.
const DOT_LEADERS = /(?<!\.)\.{3,}(?!\.)(?=[^\S\n]*\d)|(?<!…)…+(?!…)(?=[^\S\n]*\d)/g;
