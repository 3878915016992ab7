/**
 * People counted, then the bare verb 投票 as their clause's whole predicate (登記選民540人，376人投票；只有420人
 * 投票), also naming them (有9476名选民投票，村民投票): those who voted, as 参加投票 after the count says. Not
 * 投票站, 投票箱, 投票前 or any other word after 投票 (3人投票前检查票箱), and not in 个 or 户.
 */
const VOTED_ALONE = /^[^\S\n]*(?:选民|村民|居民)?(?:投了票|投票)[^\S\n]*(?:[，,。；;！!？?\n]|$)/;

export function votedAfterPeople(unit: string | null, trailer: string): boolean {
  return (unit === '人' || unit === '名') && VOTED_ALONE.test(trailer);
}
