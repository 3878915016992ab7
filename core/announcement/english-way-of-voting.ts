/**
 * English words after a verb or label of voting that name one way or one place of voting (`Voted by
 * proxy: 163`, `Voted by mobile ballot box: 287`, `904 voted at the central polling station`, `612 cast
 * their ballots at No. 2 polling station`): the count is a part of the ballots cast, never all of them.
 * Its Chinese forms (委托投票, 流动票箱投票, 中心投票站投票) are read by their words before the verb.
 */
const WAY_OR_PLACE_AFTER =
  /^[^\S\n]*(?:(?:voted|voting|cast[^\S\n]+(?:(?:their|a|his|her)[^\S\n]+)?(?:ballots?|votes?))[^\S\n]*)?(?:by[^\S\n]+(?:an?[^\S\n]+|the[^\S\n]+)?(?:proxy|proxies|mobile|post|mail|letter|absentee)\b|(?:at|in)[^\S\n]+(?:the[^\S\n]+|a[^\S\n]+)?(?:[\w.’'-]+[^\S\n]+){0,4}?(?:polling[^\S\n]+(?:stations?|centres?|centers?|places?|booths?)|ballot[^\S\n]+box(?:es)?)\b)/i;

/** Whether the words (right after a count's verb or meaning word) name one way or place of voting. */
export function wayOrPlaceOfVotingAfter(words: string): boolean {
  return WAY_OR_PLACE_AFTER.test(words);
}
