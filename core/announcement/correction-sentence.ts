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

/**
 * A heading that opens the notice restated as corrected (更正后：…, 更正后的选举情况如下：…, 附更正后的选举
 * 结果：…): what follows its colon is the account that counts, no correction of a figure; a sentence is a
 * correction only if its words after the heading are one (更正后：参选率“82.49%”有误 stays one). The heading
 * stands at the sentence's opening, bounded, and ends at a colon (更正后为2,987人 has none: a correction).
 */
const RESTATED_HEADING =
  /^[\s【〔[(（]{0,4}(?:附|以下为|下面是|现将)?更正后(?:的[^。；;：:\n\d]{0,16}?)?(?:如下)?\s{0,2}[：:]/;

export function isCorrection(sentence: string): boolean {
  const heading = RESTATED_HEADING.exec(sentence);
  return CORRECTION.test(heading === null ? sentence : sentence.slice(heading[0].length));
}
