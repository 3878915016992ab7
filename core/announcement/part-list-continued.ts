/**
 * 登记选民1,856人（其中户籍选民1,702人，经申请登记参选的选民154人）: the items after the first of a list opened
 * by 其中 are parts of the count before it as much as the first is, though their own label no longer says
 * 其中. A count of the same meaning as that whole, later in the same sentence with a 其中 between them, is
 * one of its parts, never the whole stated again (before, the 154 was taken for the registered voters and a
 * right turnout was flagged as 1,000%). The gap is bounded, so the search stays linear.
 */
const PART_LIST_REACH = 120;

/** Whether the text between a whole and a later count of its meaning opens a list of its parts. */
export function inPartListAfter(folded: string, wholeEnd: number, countStart: number): boolean {
  if (countStart <= wholeEnd || countStart - wholeEnd > PART_LIST_REACH) return false;
  const between = folded.slice(wholeEnd, countStart);
  const opened = between.lastIndexOf('其中');
  // 无效票10张（其中空白票4张），废票3张: the bracket closed the list before the later count, which is no item of it.
  return opened >= 0 && !/[。;；\n]/.test(between) && !/[）)]/.test(between.slice(opened));
}
