/**
 * A note in brackets on the order of a list of names (王林、李红、赵强（按得票多少为序）当选为委员, 当选人员：张三、李四
 * （按姓氏笔画为序）, （排名不分先后）): it says how the names are ordered, and holds no name and no figure. It is
 * written as spaces in the folded text (the same length, so that offsets hold), so that the list reads as the
 * names it is. Before, the bracket cut the names from their 当选, and the declaration was left unread.
 */
const ORDER_NOTE =
  /[（(][^\S\n]{0,2}(?:(?:按|以|依)(?:照)?(?:得票(?:数)?(?:多少|高低)?|票数(?:多少|高低)?|姓氏笔[画划]|姓氏拼音(?:字母)?|姓氏首字母|拼音字母)(?:的)?(?:为序|排序|排列|顺序)|(?:排名|排序|排列|名单)?不分先后(?:顺序)?)[^\S\n]{0,2}[）)]/gu;

export function orderNotesAsSpace(folded: string): string {
  if (!/为序|排序|排列|顺序|不分先后/.test(folded)) return folded;
  return folded.replace(ORDER_NOTE, (note: string) => ' '.repeat(note.length));
}

/** The words with each note on a list's order taken out (names read from the text as written). */
export function withoutOrderNotes(words: string): string {
  if (!/为序|排序|排列|顺序|不分先后/.test(words)) return words;
  return words.replace(ORDER_NOTE, '');
}
