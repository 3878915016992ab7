/**
 * A sentence that corrects a notice: it names a figure as wrong (有误, 系录入错误, 笔误) or gives what a
 * figure should read (应为“84.1%”, 更正为521票). Its numbers are the wrong value and the right one side
 * by side, neither a figure of the election as the sentence states it: the reader lists them unread.
 * The figure corrected may be quoted with its label (原公告“有效票1820张”应为“有效票1802张”).
 * So is a figure written wrongly (误写为“986票”, 误录成, 系误写): the wrong value beside the right one.
 * 错误 alone is no mark (无效票中填写错误的5张 counts ballots filled in wrongly). Spaces after 应为 are
 * bounded, so a long run of them costs no backtracking.
 */
const CORRECTION =
  /更正|勘误|有误|笔误|(?:误|错)(?:写|录|填|印|打|记)(?:为|成)|系误(?:写|录|填|印|打|记)|系[^。；;\n]{0,10}错误|(?:应为|应是|改为)\s{0,4}(?:[“"‘'「]\s{0,4})?[\d一二三四五六七八九十百千]|(?:应为|应是|改为)\s{0,4}[“"‘'「][^”"’'」。；;\n\d]{1,12}\d/;

export function isCorrection(sentence: string): boolean {
  return CORRECTION.test(sentence);
}
