/**
 * People counted, then the bare verb 投票 as their clause's whole predicate (登記選民540人，376人投票；只有420人
 * 投票), also naming them (有9476名选民投票，村民投票): those who voted, as 参加投票 after the count says. Not
 * 投票站, 投票箱, 投票前 or any other word after 投票 (3人投票前检查票箱), and not in 个 or 户.
 */
const VOTED_ALONE = /^[^\S\n]*(?:选民|村民|居民)?(?:投了票|投票)[^\S\n]*(?:[，,。；;！!？?\n]|$)/;

export function votedAfterPeople(unit: string | null, trailer: string): boolean {
  return (unit === '人' || unit === '名') && VOTED_ALONE.test(trailer);
}

/**
 * 1,306名登记选民中有1,127人走进投票站, 登记选民1,306人中有1,127人投了票: people counted among the register
 * named right before them, whose predicate says they voted (参加投票, 投了票, 参加了选举, 走进投票站): the
 * election's voters. Only after the register in those words (登记选民, nothing between it and 中 but its
 * count); not 中有1,127人是党员 or 中有300人在外务工 (some of the register, of another meaning). 走进投票站 says
 * only that they voted at the station: where the notice names another way of voting (流动票箱, 委托, 邮寄)
 * it may be some of the voters, and stays unread.
 */
export function votedAmongTheRegister(
  unit: string | null,
  before: string,
  trailer: string,
  text: string,
): boolean {
  if ((unit !== '人' && unit !== '名') || !REGISTER_THEN_AMONG.test(before.replace(/[^\S\n]/g, '')))
    return false;
  const predicate = AMONG_REGISTER_VOTED.exec(trailer.replace(/[^\S\n]/g, ''));
  if (predicate === null) return false;
  return !predicate[1] || !OTHER_WAY_OF_VOTING.test(text);
}

/** 1,306名登记选民中有, 登记选民1,306人中有, 登记选民共1,306人，其中有: the register, then 中 (or 其中). */
const REGISTER_THEN_AMONG =
  /(?:(?<![\d,])\d[\d,]*(?:名|位)?登记(?:的)?选民|登记(?:的)?选民(?:共有?|有|为)?\d[\d,]*(?:人|名))(?:之?中[,，]?|[,，]其中[,，]?)(?:共有|有)?$/;

/** The predicate of voting, the clause's whole (then a mark or the end): group 1 is 走进投票站. */
const AMONG_REGISTER_VOTED =
  /^(?:选民|村民|居民)?(?:参加了?(?:本次|这次|此次)?(?:投票|选举)|参与了?(?:投票|选举)|投了票|(走进了?投票站))(?:[，,。；;！!？?\n]|$)/;

/** Another way of voting than at the polling station: those who came to it may be some of the voters. */
const OTHER_WAY_OF_VOTING = /流动票箱|流动投票|委托投票|委托他人|代投|代为投票|邮寄|函投|另有/;
