import { compareBallotsWithSheets } from '../ballots/compare-ballots-with-sheets.js';
import type { BallotCount } from '../ballots/ballot-count.js';
import { BLANK, type Election } from '../model/election.js';
import type { Finding, Lang } from '../model/finding.js';
import { makeFinding } from '../model/make-finding.js';
import type { BoxSheet, ElectionTally } from '../model/tally.js';
import { noUncertainBallots } from '../model/uncertain-ballots.js';
import type { LiveCount } from './live-count.js';
import { enCounts } from '../text/english-count.js';

/** The live count in the shape of a recount of ballot records, for the comparison of those with sheets. */
function asBallotCount(box: string, count: LiveCount): BallotCount {
  return {
    tally: { boxes: new Map([[box, { box, contests: count.votes }]]) },
    boxes: new Map([
      [
        box,
        {
          records: count.ballots,
          repeats: 0,
          void: count.void,
          overvoted: count.overvoted,
          contestsVoided: count.contestsVoided,
          twoPosts: count.twoPosts,
        },
      ],
    ]),
    findings: [],
    uncertain: noUncertainBallots(),
    sha256: null,
    bytes: 0,
    rows: count.ballots,
    encoding: 'utf-8',
    parts: 1,
  };
}

/**
 * The box's accounting row (boxes.csv) against the live tally: ballots returned against the ballots
 * entered, invalid ballots against those declared void or voided by the rule pack. A figure the row
 * does not state is not compared.
 */
export function compareLiveTallyWithBoxRow(
  box: string,
  count: LiveCount,
  row: BoxSheet,
  lang: Lang,
): Finding[] {
  const invalid = count.void + count.overvoted + count.twoPosts;
  const figures = [
    { expected: count.ballots, found: row.returned, zh: '收回选票', en: 'ballots returned' },
    { expected: invalid, found: row.invalid, zh: '无效票', en: 'invalid ballots' },
  ];
  return figures.flatMap(({ expected, found, zh, en }) =>
    found === undefined || found === expected
      ? []
      : [
          makeFinding(
            {
              code: 'LIVE_TALLY_MISMATCH',
              severity: 'error',
              box,
              expected,
              found,
              messages: {
                zh: `票箱“${box}”${zh}：自己的唱票记录为 ${expected} 张，票箱统计表为 ${found} 张`,
                en: enCounts`box “${box}”, ${en}: ${expected} in your live tally, ${found} in the box accounting`,
              },
            },
            lang,
          ),
        ],
  );
}

/**
 * Compares the observer's live tally of one box with that box's official tally sheet (the rows of
 * tallies.csv for the box): every name, and abstentions where the sheet states them, whose votes
 * differ is LIVE_TALLY_MISMATCH, located by box, contest and name (expected = the live tally, found =
 * the sheet). The comparison is the one the recount makes of ballot records against sheets.
 */
export function compareLiveTallyWithSheet(
  box: string,
  count: LiveCount,
  sheets: ElectionTally,
  election: Election,
  lang: Lang,
): Finding[] {
  const sheet = sheets.boxes.get(box);
  if (!sheet) {
    return [
      makeFinding(
        {
          code: 'LIVE_TALLY_MISMATCH',
          severity: 'error',
          box,
          messages: {
            zh: `计票单中没有票箱“${box}”，无法与自己的唱票记录比对`,
            en: `the tally sheets have no rows for box “${box}”: the live tally cannot be compared`,
          },
        },
        lang,
      ),
    ];
  }
  const oneBox: ElectionTally = { boxes: new Map([[box, sheet]]) };
  return compareBallotsWithSheets(asBallotCount(box, count), [], oneBox, election, lang).map((finding) =>
    liveFinding(finding, election, lang),
  );
}

function liveFinding(finding: Finding, election: Election, lang: Lang): Finding {
  const contest = election.contests.find((each) => each.id === finding.contest);
  const name =
    finding.candidate === BLANK
      ? { zh: '弃权', en: 'abstentions' }
      : {
          zh: `“${contest?.candidates.find((c) => c.id === finding.candidate)?.name ?? finding.candidate}”`,
          en: `“${contest?.candidates.find((c) => c.id === finding.candidate)?.name ?? finding.candidate}”`,
        };
  return makeFinding(
    {
      code: 'LIVE_TALLY_MISMATCH',
      severity: 'error',
      box: finding.box,
      contest: finding.contest,
      candidate: finding.candidate,
      expected: finding.expected,
      found: finding.found,
      messages: {
        zh: `票箱“${finding.box}”${contest?.name ?? ''}${name.zh}：自己的唱票记录为 ${finding.expected} 票，计票单为 ${finding.found} 票`,
        en: enCounts`box “${finding.box}”, ${contest?.name ?? ''}, ${name.en}: ${finding.expected} in your live tally, ${finding.found} on the tally sheet`,
      },
    },
    lang,
  );
}
