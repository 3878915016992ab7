import { BLANK } from '../model/election.js';
import type { InputError } from '../model/result.js';
import { EXT } from './err-extension.js';
import { bareType, hasType, isObject, listOf, type JsonObject, textOf as text } from './nist-format.js';

/** A candidate line of a contest: a candidate, or a write-in line. */
export interface ReportChoice {
  readonly path: string;
  readonly id: string;
  readonly name: string;
  readonly gender?: 'female' | 'male';
  readonly writeIn: boolean;
  /** `PostElectionStatus` as stated, e.g. `winner`. */
  readonly status?: string;
  /** Votes per GpUnit @id, as its VoteCounts state them. */
  readonly votes: Map<string, number>;
}

export interface ReportContest {
  readonly path: string;
  readonly id: string;
  readonly name: string;
  readonly seats: number;
  readonly choices: ReportChoice[];
}

/** A GpUnit's figures as stated: what it is, and its accounting. */
export interface ReportUnit {
  readonly path: string;
  readonly gpId: string;
  readonly id: string;
  readonly composing: readonly string[];
  readonly registered?: number;
  readonly voters?: number;
  readonly returned?: number;
  readonly invalid?: number;
  readonly issued?: number;
  /** Valid ballots that abstained, per contest id. */
  readonly blank: Map<string, number>;
}

/** An ElectionReport as TallyWitness reads it, every part with its JSON path. */
export interface ReportReading {
  readonly electionPath: string;
  readonly name: string;
  readonly date?: string;
  readonly runoff: boolean;
  readonly rules?: string;
  readonly minWomen?: number;
  readonly scope: string;
  readonly contests: ReportContest[];
  readonly units: Map<string, ReportUnit>;
}

/** The text of an InternationalizedText: the Chinese one if there is one, else the first. */
export function internationalText(value: unknown): string | undefined {
  if (!isObject(value)) return text(value);
  const texts = listOf(value, 'Text').filter(isObject);
  const chosen = texts.find((t) => /^zh/i.test(String(t['Language'] ?? ''))) ?? texts[0];
  return chosen ? text(chosen['Content']) : undefined;
}

/** Identifier of type other with this OtherType, in ExternalIdentifier (ERR) or Code (CVR). */
export function extensionValue(value: JsonObject, otherType: string): string | undefined {
  for (const key of ['ExternalIdentifier', 'Code'])
    for (const item of listOf(value, key))
      if (isObject(item) && item['Type'] === 'other' && item['OtherType'] === otherType)
        return text(item['Value']);
  return undefined;
}

const wholeCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value <= 1_000_000_000;

function genderOf(value: unknown): 'female' | 'male' | undefined {
  const said = typeof value === 'string' ? value.trim().toLowerCase() : '';
  if (['female', 'f', 'woman', '女'].includes(said)) return 'female';
  if (['male', 'm', 'man', '男'].includes(said)) return 'male';
  return undefined;
}

/**
 * Reads an ElectionReport (NIST SP 1500-100 version 2, JSON) already parsed: its one election, the
 * candidate contests with their lines and VoteCounts per GpUnit, and each GpUnit's accounting
 * (VotersRegistered, VotersParticipated, BallotCounts, the extension's issued ballots and
 * abstentions). What it cannot read is an error naming the JSON path; what it does not state is left
 * out, for the caller to ask for.
 */
export function readElectionReport(
  file: string,
  data: unknown,
): { reading?: ReportReading; errors: InputError[] } {
  const errors: InputError[] = [];
  const add = (path: string, zh: string, en: string) => errors.push({ file, path, message: { zh, en } });
  if (!isObject(data) || !hasType(data, 'ElectionResults.ElectionReport') || data['@type'] === undefined) {
    add(
      '$',
      '不是 NIST 选举结果报告（ElectionResults.ElectionReport）',
      'not a NIST ElectionResults.ElectionReport',
    );
    return { errors };
  }
  const elections = listOf(data, 'Election');
  if (elections.length !== 1 || !isObject(elections[0])) {
    add('$.Election', '报告须恰有一次选举（Election）', 'the report must hold exactly one Election');
    return { errors };
  }
  const election = elections[0];
  const at = '$.Election[0]';
  const persons = byId(listOf(data, 'Person'));
  const candidates = byId(listOf(election, 'Candidate'));

  const contests: ReportContest[] = [];
  listOf(election, 'Contest').forEach((item, k) => {
    const path = `${at}.Contest[${k}]`;
    if (!isObject(item)) return add(path, '职位不是对象', 'a contest that is not an object');
    if (bareType(item) !== 'CandidateContest')
      return add(
        path,
        `只能核对候选人职位（CandidateContest），此处是 ${bareType(item) || '(无 @type)'}`,
        `only candidate contests (CandidateContest) can be counted; this is ${bareType(item) || '(no @type)'}`,
      );
    const id = extensionValue(item, EXT.id) ?? text(item['@id']);
    const name = text(item['Name']) ?? id;
    const allowed = item['VotesAllowed'];
    const elected = item['NumberElected'];
    if (wholeCount(allowed) && wholeCount(elected) && allowed !== elected)
      add(
        path,
        `每票可选 ${allowed} 人（VotesAllowed）而应选 ${elected} 人（NumberElected）：村委会选举两者相同，无法核对`,
        `VotesAllowed ${allowed} differs from NumberElected ${elected}: a committee election has one number of seats, so this cannot be checked`,
      );
    const seats = wholeCount(elected) ? elected : wholeCount(allowed) ? allowed : undefined;
    if (seats === undefined || seats < 1)
      add(
        `${path}.NumberElected`,
        '未给出应选人数（NumberElected 或 VotesAllowed）',
        'the seats (NumberElected or VotesAllowed) are not stated',
      );
    if (!id || !name || seats === undefined) return;
    const choices: ReportChoice[] = [];
    listOf(item, 'ContestSelection').forEach((sel, m) => {
      const selPath = `${path}.ContestSelection[${m}]`;
      if (!isObject(sel) || bareType(sel) !== 'CandidateSelection')
        return add(selPath, '选项应为 CandidateSelection', 'a selection must be a CandidateSelection');
      const writeIn = sel['IsWriteIn'] === true;
      const ids = listOf(sel, 'CandidateIds');
      if (ids.length > 1)
        return add(
          selPath,
          '一个选项对应多名候选人，无法按人计票',
          'a selection of several candidates cannot be counted by person',
        );
      const candidate = typeof ids[0] === 'string' ? candidates.get(ids[0]) : undefined;
      if (!writeIn && !candidate)
        return add(
          `${selPath}.CandidateIds`,
          '选项未指向报告中的候选人（Candidate）',
          'the selection names no Candidate of the report',
        );
      const person =
        candidate && typeof candidate['PersonId'] === 'string'
          ? persons.get(candidate['PersonId'])
          : undefined;
      const gender = genderOf(person?.['Gender']);
      const choiceName =
        (candidate && internationalText(candidate['BallotName'])) ?? `write-in ${text(sel['@id']) ?? m + 1}`;
      if (writeIn && choiceName === BLANK)
        return add(
          selPath,
          `另选他人的姓名不能是 ${BLANK}（表示弃权）`,
          `a write-in cannot be named ${BLANK}, which stands for an abstention`,
        );
      const choiceId =
        (candidate && (extensionValue(candidate, EXT.id) ?? text(candidate['@id']))) ?? choiceName;
      const status = candidate ? text(candidate['PostElectionStatus']) : undefined;
      const votes = new Map<string, number>();
      readVoteCounts(listOf(sel, 'VoteCounts'), `${selPath}.VoteCounts`, votes, add);
      choices.push({
        path: selPath,
        id: writeIn ? choiceName : choiceId,
        name: choiceName,
        ...(gender ? { gender } : {}),
        writeIn,
        ...(status ? { status } : {}),
        votes,
      });
    });
    contests.push({ path, id, name, seats, choices });
  });

  const units = readUnits(data, election, at, contests, add);
  const scope = text(election['ElectionScopeId']) ?? '';
  const date = text(election['StartDate']);
  const minWomen = Number(extensionValue(election, EXT.minWomen));
  const rules = extensionValue(election, EXT.rules);
  return {
    errors,
    reading: {
      electionPath: at,
      name: internationalText(election['Name']) ?? '',
      ...(date ? { date } : {}),
      runoff: election['Type'] === 'runoff',
      ...(rules ? { rules } : {}),
      ...(Number.isSafeInteger(minWomen) && minWomen >= 0 && extensionValue(election, EXT.minWomen)
        ? { minWomen }
        : {}),
      scope,
      contests,
      units,
    },
  };
}

type Add = (path: string, zh: string, en: string) => void;

/**
 * VoteCounts of one line, per GpUnit: its `total` count where stated, else the sum of the counts by
 * kind (election-day, absentee …), which partition it.
 */
function readVoteCounts(items: unknown[], path: string, into: Map<string, number>, add: Add): void {
  const totals = new Map<string, number>();
  const parts = new Map<string, number>();
  items.forEach((count, i) => {
    if (!isObject(count)) return add(`${path}[${i}]`, '不是对象', 'not an object');
    const unit = text(count['GpUnitId']);
    if (!unit || !wholeCount(count['Count']))
      return add(
        `${path}[${i}]`,
        '票数应为非负整数，并指明 GpUnitId',
        'Count must be a whole number, 0 or more, with its GpUnitId',
      );
    if (count['Round'] !== undefined && count['Round'] !== 1) return;
    if (count['Type'] === 'total') {
      if (totals.has(unit)) return add(`${path}[${i}]`, `${unit} 的总票数重复`, `a second total for ${unit}`);
      totals.set(unit, count['Count']);
    } else parts.set(unit, (parts.get(unit) ?? 0) + count['Count']);
  });
  for (const [unit, n] of parts) if (!totals.has(unit)) into.set(unit, n);
  for (const [unit, n] of totals) into.set(unit, n);
}

function readUnits(
  data: JsonObject,
  election: JsonObject,
  at: string,
  contests: ReportContest[],
  add: Add,
): Map<string, ReportUnit> {
  const units = new Map<string, ReportUnit>();
  const ballotCounts = new Map<string, { item: JsonObject; path: string }[]>();
  listOf(election, 'BallotCounts').forEach((item, i) => {
    if (!isObject(item) || !text(item['GpUnitId']))
      return add(`${at}.BallotCounts[${i}]`, '缺少 GpUnitId', 'no GpUnitId');
    const list = ballotCounts.get(text(item['GpUnitId'])!) ?? [];
    list.push({ item, path: `${at}.BallotCounts[${i}]` });
    ballotCounts.set(text(item['GpUnitId'])!, list);
  });
  listOf(data, 'GpUnit').forEach((unit, g) => {
    const path = `$.GpUnit[${g}]`;
    if (!isObject(unit) || !text(unit['@id'])) return add(path, 'GpUnit 缺少 @id', 'a GpUnit without @id');
    const gpId = text(unit['@id'])!;
    const counts = ballotCounts.get(gpId) ?? [];
    const blank = new Map<string, number>();
    let returned: number | undefined;
    let invalid: number | undefined;
    let issued: number | undefined;
    for (const { item, path: countPath } of counts) {
      if (item['Round'] !== undefined && item['Round'] !== 1) continue;
      const other = item['Type'] === 'other' ? text(item['OtherType']) : undefined;
      const cast = item['BallotsCast'];
      if (cast !== undefined && !wholeCount(cast)) {
        add(
          `${countPath}.BallotsCast`,
          '选票数应为非负整数',
          'BallotsCast must be a whole number, 0 or more',
        );
        continue;
      }
      if (other === EXT.issued) issued = cast;
      else if (other?.startsWith(EXT.blankPrefix)) {
        const contest = other.slice(EXT.blankPrefix.length);
        if (cast !== undefined) blank.set(contest, cast);
      } else if (item['Type'] === 'total') {
        returned = cast;
        if (item['BallotsRejected'] !== undefined) {
          if (!wholeCount(item['BallotsRejected']))
            add(
              `${countPath}.BallotsRejected`,
              '废票数应为非负整数',
              'BallotsRejected must be a whole number, 0 or more',
            );
          else invalid = item['BallotsRejected'];
        }
      }
    }
    // One-seat contests: the undervotes of a box are its ballots that abstained there.
    for (const contest of contests)
      for (const [o, other] of listOf(contestObject(election, contest.path), 'OtherCounts').entries()) {
        if (!isObject(other) || other['GpUnitId'] !== gpId || contest.seats !== 1 || blank.has(contest.id))
          continue;
        if (wholeCount(other['Undervotes'])) blank.set(contest.id, other['Undervotes']);
        else if (other['Undervotes'] !== undefined)
          add(
            `${contest.path}.OtherCounts[${o}].Undervotes`,
            '应为非负整数',
            'must be a whole number, 0 or more',
          );
      }
    const registered = unit['VotersRegistered'];
    const voters = unit['VotersParticipated'];
    units.set(gpId, {
      path,
      gpId,
      id: extensionValue(unit, EXT.id) ?? gpId,
      composing: listOf(unit, 'ComposingGpUnitIds').filter((c): c is string => typeof c === 'string'),
      ...(wholeCount(registered) ? { registered } : {}),
      ...(wholeCount(voters) ? { voters } : {}),
      ...(returned !== undefined ? { returned } : {}),
      ...(invalid !== undefined ? { invalid } : {}),
      ...(issued !== undefined ? { issued } : {}),
      blank,
    });
  });
  return units;
}

function contestObject(election: JsonObject, path: string): JsonObject {
  const index = Number(/Contest\[(\d+)\]$/.exec(path)?.[1]);
  const item = listOf(election, 'Contest')[index];
  return isObject(item) ? item : {};
}

function byId(items: unknown[]): Map<string, JsonObject> {
  const map = new Map<string, JsonObject>();
  for (const item of items) if (isObject(item) && typeof item['@id'] === 'string') map.set(item['@id'], item);
  return map;
}
