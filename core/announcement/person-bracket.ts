/**
 * A bracket right after a candidate's name that describes the person and holds their votes, in whatever
 * order notices write it: `（女，得票1021票）`, `（得票998票，男）`, `（男，45岁，中共党员，得票998票）`,
 * `（得票998票，占有效票的88.2%）`, `（998票）`, `（得票1120票，男，中共党员）`. Each item of the bracket (parted by
 * ，、 or a comma) is of one kind the reader knows: the sex, a word of the person's description (nation, age,
 * party, schooling), the votes (a count with 票 or 张, 得票 or 获得 before it or nothing) or their share (a
 * number with %). A bracket with any other item (`（得票第二）`, `（1998年出生）`, `（原得票998票）`,
 * `（差3票）`, `（连任）`) is no such bracket: its number is not certainly the votes.
 */

/** One word describing a person after the name: sex, nation, age, party, schooling (男, 汉族, 47岁, 中共党员, 高中文化). */
export const DESCRIPTION_WORD = String.raw`(?:[男女]|[\u3400-\u9fff]{1,3}族|\d{1,3}周?岁|(?:中共)?(?:预备)?党员|群众|[\u3400-\u9fff]{1,4}(?:文化|学历)|大专|本科|高中|初中|中专|研究生)`;

const SEX_ITEM = /^[男女]$/u;
const DESCRIPTION_ITEM = new RegExp(`^${DESCRIPTION_WORD}$`, 'u');
/** 得票1021票, 得票数为998张, 获得1021票, 1021票: the votes, and nothing else, in the item. */
const VOTES_ITEM = /^(?:得票(?:数为?|为)?|获得|获票|得)?[^\S\n]?\d[\d,]{0,11}[^\S\n]?[票张]$/u;
/** 得票率78.5%, 占有效票的88.2%, 78.5%: the votes' share, and nothing else, in the item. */
const SHARE_ITEM = /^(?:得票率(?:为)?|占[^\d\s，,、%]{0,12})?[^\S\n]?\d{1,3}(?:\.\d{1,4})?[^\S\n]?%$/u;

/** What a person's bracket says: the sex it writes (null when none) and how many counts of votes it holds. */
export interface PersonBracket {
  readonly sex: '男' | '女' | null;
  /** Whether the sex opens the bracket (`（女，…）`, the shape read before). */
  readonly sexFirst: boolean;
  readonly votes: number;
}

/**
 * The bracket's words between its marks (`得票998票，男`) read as a person's bracket; null when an item
 * is of no kind above, or the bracket writes the sex twice.
 */
export function personBracket(inside: string): PersonBracket | null {
  if (inside.length > PERSON_BRACKET_LONGEST) return null;
  let sex: '男' | '女' | null = null;
  let sexFirst = false;
  let votes = 0;
  const items = inside.split(/[，,、]/u);
  for (const [index, raw] of items.entries()) {
    const item = raw.trim();
    if (SEX_ITEM.test(item)) {
      if (sex !== null) return null;
      sex = item as '男' | '女';
      sexFirst = index === 0;
    } else if (VOTES_ITEM.test(item)) votes += 1;
    else if (!DESCRIPTION_ITEM.test(item) && !SHARE_ITEM.test(item)) return null;
  }
  return { sex, sexFirst, votes };
}

/** The longest bracket read as a person's: six words of description, the votes and their share. */
export const PERSON_BRACKET_LONGEST = 60;
