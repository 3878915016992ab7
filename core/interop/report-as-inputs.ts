import type { Election } from '../model/election.js';
import type { InputError } from '../model/result.js';
import { ELECTION_FORMAT } from '../tallies/read-election.js';
import { TALLIES_FORMAT } from '../tallies/read-tallies-json.js';
import { ANNOUNCEMENT_FORMAT } from '../announcement/read-announcement-json.js';
import { BLANK } from '../model/election.js';
import type { BoxSheet } from '../model/tally.js';
import type { ReportReading, ReportUnit } from './read-election-report.js';
import { EXT } from './err-extension.js';
import type { JsonObject } from './nist-format.js';
import { enCounts } from '../text/english-count.js';

/**
 * The election definition an ElectionReport states, as the JSON of contract §1, for the project's own
 * validation. A report that does not name the rule pack is refused with what to add: the law to apply
 * is never guessed.
 */
export function electionDataOf(
  file: string,
  report: ReportReading,
): { data?: JsonObject; errors: InputError[] } {
  if (!report.rules)
    return {
      errors: [
        {
          file,
          path: `${report.electionPath}.ExternalIdentifier`,
          message: {
            zh: `报告未写明依据哪套规则：请在 Election 的 ExternalIdentifier 中加 {"@type":"ElectionResults.ExternalIdentifier","Type":"other","OtherType":"${EXT.rules}","Value":"cn-village"}，或另给选举定义（election.json）`,
            en: `the report does not say which rules apply: add {"@type":"ElectionResults.ExternalIdentifier","Type":"other","OtherType":"${EXT.rules}","Value":"cn-village"} to the Election's ExternalIdentifier, or give an election definition (election.json)`,
          },
        },
      ],
    };
  const scope = report.units.get(report.scope);
  return {
    errors: [],
    data: {
      format: ELECTION_FORMAT,
      name: report.name,
      rules: report.rules,
      ...(report.date ? { date: report.date.slice(0, 10) } : {}),
      round: report.runoff ? 'runoff' : 'first',
      ...(scope?.registered !== undefined ? { registeredVoters: scope.registered } : {}),
      ...(report.minWomen !== undefined ? { minWomen: report.minWomen } : {}),
      contests: report.contests.map((contest) => ({
        id: contest.id,
        name: contest.name,
        seats: contest.seats,
        candidates: contest.choices
          .filter((choice) => !choice.writeIn)
          .map((choice) => ({
            id: choice.id,
            name: choice.name,
            ...(choice.gender ? { gender: choice.gender } : {}),
          })),
      })),
    },
  };
}

/**
 * The ballot boxes of a report: the GpUnits its votes are counted in, less any that is made up of
 * others that are (a township's total beside its boxes would count every vote twice).
 */
export function reportBoxes(report: ReportReading): ReportUnit[] {
  const counted = new Set<string>();
  for (const contest of report.contests)
    for (const choice of contest.choices) for (const unit of choice.votes.keys()) counted.add(unit);
  const aggregates = new Set(
    [...counted].filter((id) =>
      report.units.get(id)?.composing.some((part) => counted.has(part) && part !== id),
    ),
  );
  return [...counted]
    .filter((id) => !aggregates.has(id))
    .map((id) => report.units.get(id) ?? { path: '$.GpUnit', gpId: id, id, composing: [], blank: new Map() });
}

const FIGURES = [
  ['registered', 'VotersRegistered', '登记选民数'],
  ['issued', `BallotCounts (Type other, OtherType ${EXT.issued})`, '发出选票数'],
  ['returned', 'BallotCounts (Type total) BallotsCast', '收回选票数'],
  ['invalid', 'BallotCounts (Type total) BallotsRejected', '废票数'],
] as const;

/**
 * The tally sheets a report states, as the JSON form of contract §2. Every box's accounting is needed,
 * as in boxes.csv: a figure the report leaves out (the ballots issued, most often, which the format has
 * no field for) is asked for by name, box by box, never taken as zero.
 */
export function talliesDataOf(
  file: string,
  report: ReportReading,
  election: Election,
  stated?: { readonly file: string; readonly sheets: readonly BoxSheet[] },
): { data?: JsonObject; errors: InputError[] } {
  const errors: InputError[] = [];
  const given = new Map(stated?.sheets.map((sheet) => [sheet.box, sheet]));
  const boxes = reportBoxes(report).map((unit) => withStated(unit, given.get(unit.id), stated?.file, errors));
  if (boxes.length === 0)
    errors.push({
      file,
      path: `${report.electionPath}.Contest`,
      message: {
        zh: '报告中没有任何票箱的得票（VoteCounts）',
        en: 'the report states no votes (VoteCounts) of any box',
      },
    });
  const data = boxes.map((unit) => {
    for (const [field, where, zh] of FIGURES)
      if (unit[field] === undefined)
        errors.push({
          file,
          path: unit.path,
          message: {
            zh: `票箱 ${unit.id} 缺少${zh}（${where}）：请在报告中补上，或用 --boxes 另给票箱统计（boxes.csv）`,
            en: `box ${unit.id} does not state its ${field} ${field === 'registered' ? 'voters' : 'ballots'} (${where}): add it to the report, or give the box accounting (boxes.csv) with --boxes`,
          },
        });
    const votes: Record<string, Record<string, number>> = {};
    for (const contest of report.contests) {
      const defined = election.contests.find((c) => c.id === contest.id || c.name === contest.name);
      const key = defined?.id ?? contest.id;
      const counts: Record<string, number> = {};
      for (const choice of contest.choices) {
        const n = choice.votes.get(unit.gpId);
        if (n !== undefined) counts[choice.writeIn ? choice.name : choice.id] = n;
      }
      const blank = unit.blank.get(contest.id);
      if (blank !== undefined) counts[BLANK] = blank;
      if (Object.keys(counts).length > 0) votes[key] = counts;
    }
    return {
      id: unit.id,
      ...(unit.registered !== undefined ? { registered: unit.registered } : {}),
      ...(unit.issued !== undefined ? { issued: unit.issued } : {}),
      ...(unit.returned !== undefined ? { returned: unit.returned } : {}),
      ...(unit.invalid !== undefined ? { invalid: unit.invalid } : {}),
      ...(unit.voters !== undefined ? { voters: unit.voters } : {}),
      votes,
    };
  });
  // Boxes that only the box accounting names are kept, without votes, for the checks to report.
  const named = new Set(boxes.map((unit) => unit.id));
  for (const sheet of stated?.sheets ?? [])
    if (!named.has(sheet.box)) data.push({ id: sheet.box, ...figuresOf(sheet), votes: {} });
  return errors.length > 0 ? { errors } : { errors, data: { format: TALLIES_FORMAT, boxes: data } };
}

const figuresOf = (sheet: BoxSheet) => ({
  ...(sheet.registered !== undefined ? { registered: sheet.registered } : {}),
  ...(sheet.issued !== undefined ? { issued: sheet.issued } : {}),
  ...(sheet.returned !== undefined ? { returned: sheet.returned } : {}),
  ...(sheet.invalid !== undefined ? { invalid: sheet.invalid } : {}),
  ...(sheet.voters !== undefined ? { voters: sheet.voters } : {}),
});

/**
 * A box's figures from the report, with those it leaves out taken from the box accounting given beside
 * it. A figure both state differently is an error: which one is right is not for the reader to say.
 */
function withStated(
  unit: ReportUnit,
  sheet: BoxSheet | undefined,
  file: string | undefined,
  errors: InputError[],
): ReportUnit {
  if (!sheet || file === undefined) return unit;
  const merged: Record<string, unknown> = { ...unit };
  for (const field of ['registered', 'issued', 'returned', 'invalid', 'voters'] as const) {
    const ours = sheet[field];
    if (ours === undefined) continue;
    if (unit[field] !== undefined && unit[field] !== ours)
      errors.push({
        file,
        path: unit.path,
        message: {
          zh: `票箱 ${unit.id} 的 ${field}：报告为 ${unit[field]}，${file} 为 ${ours}`,
          en: enCounts`box ${unit.id}, ${field}: the report states ${unit[field]}, ${file} ${ours}`,
        },
      });
    else merged[field] = ours;
  }
  return merged as unknown as ReportUnit;
}

/**
 * A report read as an announcement (contract §4) to compare with the recount: the totals it states
 * (its scope's, else the sum over its boxes when every box states the figure), each line's votes, and
 * the winners where it states `PostElectionStatus`. Only what it states is compared.
 */
export function announcementDataOf(report: ReportReading, election?: Election): JsonObject {
  const boxes = reportBoxes(report);
  const scope = report.units.get(report.scope);
  const total = (field: 'registered' | 'issued' | 'returned' | 'invalid'): number | undefined => {
    if (scope?.[field] !== undefined) return scope[field];
    if (boxes.length === 0 || boxes.some((unit) => unit[field] === undefined)) return undefined;
    return boxes.reduce((sum, unit) => sum + unit[field]!, 0);
  };
  const figures: JsonObject = { format: ANNOUNCEMENT_FORMAT };
  const put = (key: string, value: number | undefined) => value !== undefined && (figures[key] = value);
  put('registeredVoters', total('registered'));
  put('ballotsIssued', total('issued'));
  put('ballotsReturned', total('returned'));
  put('invalidBallots', total('invalid'));
  const returned = total('returned');
  const invalid = total('invalid');
  if (returned !== undefined && invalid !== undefined && invalid <= returned)
    put('validBallots', returned - invalid);
  const contests: JsonObject = {};
  const boxIds = new Set(boxes.map((unit) => unit.gpId));
  for (const contest of report.contests) {
    const defined = election?.contests.find((c) => c.id === contest.id || c.name === contest.name);
    const votes: Record<string, number> = {};
    for (const choice of contest.choices) {
      const atScope = choice.votes.get(report.scope);
      const inBoxes = [...choice.votes].filter(([unit]) => boxIds.has(unit));
      const n = atScope ?? (inBoxes.length > 0 ? inBoxes.reduce((sum, [, v]) => sum + v, 0) : undefined);
      const person = defined?.candidates.find((c) => c.id === choice.id || c.name === choice.name);
      if (n !== undefined) votes[person?.id ?? choice.name] = n;
    }
    const stated = contest.choices.some((choice) => choice.status !== undefined);
    const elected = contest.choices
      .filter((choice) => choice.status === 'winner')
      .map(
        (choice) =>
          defined?.candidates.find((c) => c.id === choice.id || c.name === choice.name)?.id ?? choice.name,
      );
    contests[defined?.id ?? contest.id] = { votes, ...(stated ? { elected } : {}) };
  }
  figures['contests'] = contests;
  return figures;
}
