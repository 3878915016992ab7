/**
 * Lists of candidates registered, by office (Taiwan's 今天第3天共有3位直轄市長、78位直轄市議員…完成登記; a
 * mainland 3人登记参选村委会主任), read on folded text (simplified, half-width).
 *
 * People registering as candidates (登记参选, 候选人登记, 参选人完成登记, 报名参选) are never the registered
 * voters (登记选民): a count whose only word of registering is of that sense is not the electorate.
 */
const CANDIDATES_REGISTERING =
  /登记(?:参选|参加竞选|竞选|为候选人|成为候选人)|(?:候选人|参选人|参选者)[^，,。；;\d]{0,6}登记|报名参选|完成登记/;
/**
 * Words that name voters, which keep a count of those registered the electorate (登记选民, 选民登记; 登记参选村民
 * 8363人 at Wukan: villagers registered to take part in the vote).
 */
const VOTER_WORDS = /选民|选举人|户代表|登记户|登记参选的?(?:村民|居民)/;

/**
 * Whether a count read as the electorate by 登记 is of candidates registering: its words (before and after
 * the count, in its clause) say so, and name no voters.
 */
export function candidatesRegistering(words: string): boolean {
  return CANDIDATES_REGISTERING.test(words) && !VOTER_WORDS.test(words);
}

/** A count of people after a list mark (、, 及, 和, 与): the item of a list before it. */
const ITEM_BEFORE = /\d[^\S\n]*(?:位|名|人)[^、，,；;。：:\d\n（）()]{2,16}(?:、|及|和|与)[^\S\n]*$/;
/** The people named after a count, before another count of people of the same list. */
const NOUN_BEFORE_NEXT_ITEM =
  /^[^\S\n]*([^、，,；;。：:\d\s（）()“”"]{2,16}?)[^\S\n]*(?:、|及|和|与)[^\S\n]*\d[\d,]*[^\S\n]*(?:位|名|人)(?![次户])/;
/** The people named after the list's last count: up to the list's verb or the clause's end. */
const NOUN_OF_LAST_ITEM =
  /^[^\S\n]*([^、，,；;。：:\d\s（）()“”"]{2,16}?)(?=完成|登记|参选(?![人者])|报名|当选|[、，,；;。：:\n]|$)/;

/**
 * A count of people in a list whose items each name their people after the measure word
 * (3位直轄市長、78位直轄市議員…及7位山地原住民區民代表): the item's own noun phrase, after its count, never the
 * item's before it. `before` is the folded text before the count (the clause's, at least 40 characters of it
 * when there are), `after` the folded text after its unit. Null when the count is not such an item: the first
 * item is one when another count of people follows its noun after a list mark, a later one when the words
 * before it are the item before it.
 */
export function countFirstItemNoun(unit: string | null, before: string, after: string): string | null {
  if (unit !== '位' && unit !== '名' && unit !== '人') return null;
  const next = NOUN_BEFORE_NEXT_ITEM.exec(after);
  if (next?.[1]) return next[1];
  if (!ITEM_BEFORE.test(before)) return null;
  return NOUN_OF_LAST_ITEM.exec(after)?.[1] ?? null;
}
