import { isHanPersonName } from './person-name.js';

/**
 * Winners each with the post they were elected to in brackets after the name (`当选人：王林（主任）、李红（副主任）、
 * 赵强（委员）`, `王林（主任）、李红（副主任）当选为第十二届村民委员会成员`): the name is the person, the bracket
 * the post. Only a post of the committee (主任, 副主任, 委员, 妇女委员, the committee's name before it or not)
 * fills such a bracket; anything else in it (a sex, votes, a duty: `李红（女）`, `赵强（兼治保主任）`) is no post.
 */
export interface PostedName {
  readonly name: string;
  /** The post as written in the bracket, or null for a name with no bracket. */
  readonly post: string | null;
}

/** A name and its post in brackets, nothing else. */
const NAME_AND_POST =
  /^([^（()）\s]{2,9})[^\S\n]*[（(][^\S\n]*((?:村民委员会|居民委员会|社区居委会|村委会|居委会)?(?:副主任|主任|妇女委员|委员))[^\S\n]*[）)]$/u;

/**
 * The names and posts of a list's items, in order; null unless every item is a person's name (isHanPersonName)
 * with its post in brackets or, where `bare` allows, alone, and at least one item has its post.
 */
export function postedNames(items: readonly string[], bare: boolean): PostedName[] | null {
  const listed: PostedName[] = [];
  for (const item of items) {
    const words = item.trim();
    const posted = NAME_AND_POST.exec(words);
    if (posted && isHanPersonName(posted[1]!)) listed.push({ name: posted[1]!, post: posted[2]! });
    else if (bare && isHanPersonName(words)) listed.push({ name: words, post: null });
    else return null;
  }
  return listed.some((item) => item.post !== null) ? listed : null;
}

/** 当选人：, 当选人员：, 当选名单：, 当选情况：, 当选结果：, 当选者： opening a list on its own line or sentence (not 未当选). */
export const POSTED_LIST_HEADING = /(?<![未没不落])当选(?:人员?|名单|情况|结果|者)[^\S\n]*[:：]/g;
