import type { Finding, Lang } from '../model/finding.js';
import { makeFinding } from '../model/make-finding.js';
import type { BoxSheet } from '../model/tally.js';
import type { BallotTotals } from '../recount/ballot-totals.js';
import type { RulePack } from '../rules/rule-pack.js';
import { returnedSurpluses, surplusWords } from '../recount/returned-surplus.js';

/**
 * Under a pack whose text compares the ballots returned with the voters who signed in (投票人数):
 * RETURNED_EXCEEDS_VOTERS (error) for each box and for the total that returns more, and UNREAD_FIGURE
 * (warning) for the boxes whose sheet does not state the voters, where the rule could not be checked.
 * Nothing is guessed from the ballots issued: the text names the voters.
 */
export function checkReturnedExceedsVoters(
  sheets: readonly BoxSheet[],
  totals: BallotTotals,
  pack: RulePack,
  lang: Lang,
): Finding[] {
  if (!pack.voidWhenReturnedExceedsVoters) return [];
  const findings: Finding[] = returnedSurpluses(sheets, totals, 'voters').map((surplus) =>
    makeFinding(
      {
        code: 'RETURNED_EXCEEDS_VOTERS',
        severity: 'error',
        box: surplus.box,
        expected: surplus.allowed,
        found: surplus.returned,
        messages: surplusWords('voters', surplus),
      },
      lang,
    ),
  );
  if (totals.boxesWithoutVoters.length > 0)
    findings.push(
      makeFinding(
        {
          code: 'UNREAD_FIGURE',
          severity: 'warning',
          expected: 'voters',
          messages: {
            zh: `按${pack.name.zh}，收回选票多于投票人数的选举无效；计票单未载明${unstatedWhere(totals.boxesWithoutVoters, sheets.length, 'zh')}的投票人数（boxes.csv 的“投票人数”列），这一项无法检查`,
            en: `under ${pack.name.en}, more ballots returned than voters who signed in voids the election; the sheets do not state the voters (the voters column of boxes.csv) ${unstatedWhere(totals.boxesWithoutVoters, sheets.length, 'en')}, so this could not be checked`,
          },
        },
        lang,
      ),
    );
  return findings;
}

function unstatedWhere(boxes: readonly string[], all: number, lang: Lang): string {
  if (boxes.length === all) return lang === 'zh' ? '各票箱' : 'for any box';
  // By box id, so that the message reads the same whatever order the boxes come in.
  const names = [...boxes].sort().map((box) => `“${box}”`);
  return lang === 'zh' ? `票箱${names.join('、')}` : `for box ${names.join(', ')}`;
}
