import { choiceResolver } from '../model/choice.js';
import { BLANK, type Contest, type Election } from '../model/election.js';
import type { Finding, Lang } from '../model/finding.js';
import { makeFinding } from '../model/make-finding.js';
import type { BoxSheet, ChoiceCounts, ElectionTally } from '../model/tally.js';
import type { BallotCount } from './ballot-count.js';
import { enCounts, englishCount } from '../text/english-count.js';

/**
 * Checks the tally sheets against the ballot records they were made from. Per box, contest and name,
 * a sheet figure that differs from the records' count is CVR_TALLY_MISMATCH (expected = records,
 * found = sheet); a box whose number of records or of void ballots differs from its boxes.csv row is
 * BALLOT_ACCOUNTING_MISMATCH. A box on one side only is a finding too. A sheet that states no #blank
 * figure for a contest leaves abstentions unchecked there.
 */
export function compareBallotsWithSheets(
  ballots: BallotCount,
  sheets: readonly BoxSheet[],
  sheetTally: ElectionTally | null,
  election: Election,
  lang: Lang,
): Finding[] {
  return [
    ...compareAccounting(ballots, sheets, lang),
    ...(sheetTally ? compareVotes(ballots, sheetTally, election, lang) : []),
  ];
}

function compareAccounting(ballots: BallotCount, sheets: readonly BoxSheet[], lang: Lang): Finding[] {
  if (sheets.length === 0) return [];
  const findings: Finding[] = [];
  const base = { code: 'BALLOT_ACCOUNTING_MISMATCH', severity: 'error' } as const;
  for (const sheet of sheets) {
    const records = ballots.boxes.get(sheet.box);
    const rows = records?.records ?? 0;
    if (sheet.returned !== undefined && sheet.returned !== rows) {
      const note = withinUncertain(ballots, sheet.box, sheet.returned - rows, true);
      findings.push(
        makeFinding(
          {
            ...base,
            box: sheet.box,
            expected: rows,
            found: sheet.returned,
            messages: {
              zh: `票箱“${sheet.box}”有选票记录 ${rows} 张，统计表写收回 ${sheet.returned} 张${note.zh}`,
              en: enCounts`box “${sheet.box}” has ${rows} ballot records; its sheet states ${sheet.returned} returned${note.en}`,
            },
          },
          lang,
        ),
      );
    }
    const invalid = records ? records.void + records.overvoted + records.twoPosts : 0;
    if (sheet.invalid !== undefined && sheet.invalid !== invalid) {
      findings.push(
        makeFinding(
          {
            ...base,
            box: sheet.box,
            expected: invalid,
            found: sheet.invalid,
            messages: {
              zh: `票箱“${sheet.box}”的选票记录中废票 ${invalid} 张，统计表写无效票 ${sheet.invalid} 张`,
              en: enCounts`box “${sheet.box}”: the ballot records hold ${englishCount(invalid, 'void ballot')}; its sheet states ${sheet.invalid}`,
            },
          },
          lang,
        ),
      );
    }
  }
  const stated = new Set(sheets.map((sheet) => sheet.box));
  for (const [box, records] of ballots.boxes) {
    if (stated.has(box)) continue;
    findings.push(
      makeFinding(
        {
          ...base,
          box,
          expected: records.records,
          messages: {
            zh: `票箱“${box}”有选票记录 ${records.records} 张，票箱统计表中却没有这个票箱`,
            en: enCounts`box “${box}” has ${records.records} ballot records but no row in the box accounting`,
          },
        },
        lang,
      ),
    );
  }
  return findings;
}

function compareVotes(
  ballots: BallotCount,
  sheetTally: ElectionTally,
  election: Election,
  lang: Lang,
): Finding[] {
  const findings: Finding[] = [];
  const boxes = [...new Set([...ballots.boxes.keys(), ...sheetTally.boxes.keys()])];
  for (const box of boxes) {
    const fromRecords = ballots.tally.boxes.get(box);
    const fromSheet = sheetTally.boxes.get(box);
    if (!fromSheet) {
      findings.push(
        cvrFinding(
          { box },
          {
            zh: `票箱“${box}”有选票记录，却没有计票单`,
            en: `box “${box}” has ballot records but no tally sheet`,
          },
          lang,
        ),
      );
      continue;
    }
    if (!ballots.boxes.has(box)) {
      findings.push(
        cvrFinding(
          { box },
          {
            zh: `票箱“${box}”有计票单，却没有选票记录`,
            en: `box “${box}” has a tally sheet but no ballot records`,
          },
          lang,
        ),
      );
      continue;
    }
    for (const contest of election.contests) {
      const recorded = fromRecords?.contests.get(contest.id) ?? new Map<string, number>();
      const sheet = foldNames(contest, fromSheet.contests.get(contest.id));
      for (const name of namesOf(contest, recorded, sheet)) {
        const expected = recorded.get(name) ?? 0;
        const found = sheet.get(name) ?? 0;
        if (expected === found) continue;
        const note = withinUncertain(ballots, box, found - expected, false);
        const label =
          name === BLANK
            ? { zh: '弃权', en: 'abstentions' }
            : { zh: `“${displayName(contest, name)}”`, en: `“${displayName(contest, name)}”` };
        findings.push(
          cvrFinding(
            { box, contest: contest.id, candidate: name, expected, found },
            {
              zh: `票箱“${box}”${contest.name}${label.zh}：选票记录为 ${expected} 票，计票单为 ${found} 票${note.zh}`,
              en: enCounts`box “${box}”, ${contest.name}, ${label.en}: ${expected} in the ballot records, ${found} on the tally sheet${note.en}`,
            },
            lang,
          ),
        );
      }
    }
  }
  return findings;
}

/**
 * Words for a difference (sheet minus records) that the box's ballots with differing repeated records
 * could account for: each may take one from a count or its records give one each; as ballots returned,
 * only the records past the first may be other ballots. Empty where they cannot account for it.
 */
function withinUncertain(
  ballots: BallotCount,
  box: string,
  difference: number,
  returned: boolean,
): { zh: string; en: string } {
  const doubt = ballots.uncertain.boxes.get(box);
  if (!doubt) return { zh: '', en: '' };
  const low = returned ? 0 : -doubt.ballots;
  const high = returned ? doubt.records - doubt.ballots : doubt.records;
  if (difference < low || difference > high) return { zh: '', en: '' };
  return {
    zh: `（该票箱有 ${doubt.ballots} 张选票的重复记录内容不同，可能正是这一差别的来由）`,
    en: ` (the box has ${englishCount(doubt.ballots, 'ballot')} whose repeated records differ, which could account for this difference)`,
  };
}

/** Sheet names folded to the keys the records use (a candidate written by name counts under the id). */
function foldNames(contest: Contest, counts: ChoiceCounts | undefined): ChoiceCounts {
  const resolver = choiceResolver(contest);
  const folded: ChoiceCounts = new Map();
  for (const [written, votes] of counts ?? []) {
    const key = resolver.key(written);
    folded.set(key, (folded.get(key) ?? 0) + votes);
  }
  return folded;
}

/** Candidates in the definition's order, then other names sorted; #blank only where the sheet states it. */
function namesOf(contest: Contest, recorded: ChoiceCounts, sheet: ChoiceCounts): string[] {
  const defined = contest.candidates.map((candidate) => candidate.id);
  const known = new Set(defined);
  const others = [...new Set([...recorded.keys(), ...sheet.keys()])]
    .filter((name) => !known.has(name) && name !== BLANK)
    .sort();
  return [...defined, ...others, ...(sheet.has(BLANK) ? [BLANK] : [])];
}

function displayName(contest: Contest, key: string): string {
  return contest.candidates.find((candidate) => candidate.id === key)?.name ?? key;
}

function cvrFinding(
  at: { box: string; contest?: string; candidate?: string; expected?: number; found?: number },
  messages: { zh: string; en: string },
  lang: Lang,
): Finding {
  return makeFinding({ code: 'CVR_TALLY_MISMATCH', severity: 'error', ...at, messages }, lang);
}
