/**
 * A count for each household, group or voter (每户推选户代表1人参加投票, 每名选民最多接受3人委托投票,
 * 每5至15户推选村民代表1名): how many each sends, elects or may stand for, never a total of the election.
 * Read as one, 每户…1人参加投票 was the election's one voter against its 498 ballots returned.
 */
const PER_UNIT =
  /每(?:一|个|一个|位|一位|名|一名)?(?:户|人|组|村民小组|居民小组|选民|村民|居民|村|社区|投票站|楼栋|网格|\d{1,3}(?:至|到|-|—|~)\d{1,3}户|\d{1,3}户)/;

/** Whether a count's own clause, up to its number, says it is a count for each unit (PER_UNIT). */
export function countPerUnit(clauseBefore: string): boolean {
  return clauseBefore.includes('每') && PER_UNIT.test(clauseBefore);
}

/**
 * The same unit right before its count, nothing but words between (每户确定户代表1名, 每户派代表1名参加会议):
 * the count is the unit's own even where its words name no ballot count, so it is no whole either; read as
 * one, 每户确定户代表1名，其中女性户代表702名 made 702 women a part of 1.
 */
const PER_UNIT_RIGHT_BEFORE = new RegExp(`${PER_UNIT.source}[^\\d，,。；;：:、！!？?\\n]{0,10}$`);

/** Whether a count's own clause ends in its unit (PER_UNIT_RIGHT_BEFORE), nothing but words between. */
export function countRightAfterUnit(clauseBefore: string): boolean {
  return PER_UNIT_RIGHT_BEFORE.test(clauseBefore);
}
