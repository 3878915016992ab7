import { BLANK } from '../model/election.js';
import type { InputError } from '../model/result.js';
import type { CvrDefinitions } from './cvr-definitions.js';
import { isObject, listOf, type JsonObject, textOf as text } from './nist-format.js';

/** The box of records that name neither a ballot style unit nor a batch. */
export const CVR_DEFAULT_BOX = 'all';
/** The snapshot status (`Status: other`, `OtherStatus`) that marks a whole ballot declared void. */
export const CVR_VOID_STATUS = 'tallywitness-void';

/** A CSV cell, quoted when it must be. */
export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) || value !== value.trim() ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The header of the ballots.csv a report is read as: one column per contest of the definition. */
export function ballotHeader(contestIds: readonly string[]): string {
  return ['box', 'ballot', 'void', ...contestIds].map(csvCell).join(',') + '\n';
}

/**
 * One cast vote record as a row of ballots.csv (contract §3), or the errors that keep it from being
 * one, each named by its JSON path. The snapshot counted is the one `CurrentSnapshotId` names. In a
 * contest, a position counts when it has votes and is allocable (`IsAllocable` not `no`); in a contest
 * marked overvoted (`Status` overvoted or `Overvotes` above 0) every indicated position counts, so
 * that the rule pack decides what an overvote voids. In a ranked contest only first choices (`Rank`
 * 1) count: TallyWitness counts plurality, not ranked rounds. A write-in counts for its `CVRWriteIn`
 * `Text`.
 */
export function cvrBallotRow(
  file: string,
  index: number,
  value: unknown,
  definitions: CvrDefinitions,
  contestIds: readonly string[],
  /** Gets the ids of contests where this record ranks its choices. */
  ranked?: Set<string>,
): { row: string } | { errors: InputError[] } {
  const at = `$.CVR[${index}]`;
  const errors: InputError[] = [];
  const add = (path: string, zh: string, en: string) => errors.push({ file, path, message: { zh, en } });
  if (!isObject(value)) {
    add(at, '选票记录不是对象', 'a cast vote record that is not an object');
    return { errors };
  }
  const current = text(value['CurrentSnapshotId']);
  const snapshotIndex = listOf(value, 'CVRSnapshot').findIndex(
    (snapshot) => isObject(snapshot) && snapshot['@id'] === current,
  );
  if (snapshotIndex < 0) {
    add(
      `${at}.CurrentSnapshotId`,
      `没有 @id 为 ${current ?? '(空)'} 的 CVRSnapshot`,
      `no CVRSnapshot has the @id ${current ?? '(empty)'}`,
    );
    return { errors };
  }
  const snapshot = listOf(value, 'CVRSnapshot')[snapshotIndex] as JsonObject;
  const snapshotAt = `${at}.CVRSnapshot[${snapshotIndex}]`;
  const unit = text(value['BallotStyleUnitId']) ?? text(value['BatchId']);
  const box = unit === undefined ? CVR_DEFAULT_BOX : (definitions.boxes.get(unit) ?? unit);
  const ballot =
    text(value['UniqueId']) ??
    text(value['BallotPrePrintedId']) ??
    text(value['BallotAuditId']) ??
    `${index + 1}`;
  const declaredVoid =
    listOf(snapshot, 'Status').includes('other') && snapshot['OtherStatus'] === CVR_VOID_STATUS;
  const cells = new Map<string, string[]>();
  listOf(snapshot, 'CVRContest').forEach((item, c) => {
    const contestAt = `${snapshotAt}.CVRContest[${c}]`;
    if (!isObject(item)) return add(contestAt, '不是对象', 'not an object');
    const contestId = text(item['ContestId']);
    const definition = contestId === undefined ? undefined : definitions.contests.get(contestId);
    if (!definition)
      return add(
        `${contestAt}.ContestId`,
        `报告的 Election 中没有职位 ${contestId ?? '(空)'}`,
        `the report's Election has no contest ${contestId ?? '(empty)'}`,
      );
    const overvoted =
      listOf(item, 'Status').includes('overvoted') ||
      (typeof item['Overvotes'] === 'number' && item['Overvotes'] > 0);
    const chosen: { name: string; rank: number | undefined }[] = [];
    listOf(item, 'CVRContestSelection').forEach((sel, s) => {
      const selAt = `${contestAt}.CVRContestSelection[${s}]`;
      if (!isObject(sel)) return add(selAt, '不是对象', 'not an object');
      const selectionId = text(sel['ContestSelectionId']);
      const selection = selectionId === undefined ? undefined : definition.selections.get(selectionId);
      if (!selection)
        return add(
          `${selAt}.ContestSelectionId`,
          `职位 ${contestId} 没有选项 ${selectionId ?? '(空)'}`,
          `contest ${contestId} has no selection ${selectionId ?? '(empty)'}`,
        );
      listOf(sel, 'SelectionPosition').forEach((position, p) => {
        const posAt = `${selAt}.SelectionPosition[${p}]`;
        if (!isObject(position)) return add(posAt, '不是对象', 'not an object');
        const votes = position['NumberVotes'];
        if (typeof votes !== 'number' || !Number.isSafeInteger(votes) || votes < 0)
          return add(
            `${posAt}.NumberVotes`,
            '票数应为非负整数',
            'NumberVotes must be a whole number, 0 or more',
          );
        if (votes > 1)
          return add(
            `${posAt}.NumberVotes`,
            '一张选票对同一人投多票（累积投票）无法按人计数',
            'several votes for one person on one ballot (cumulative voting) cannot be counted by person',
          );
        if (votes === 0 || position['HasIndication'] === 'no') return;
        if (!overvoted && position['IsAllocable'] === 'no') return;
        const written = isObject(position['CVRWriteIn']) ? text(position['CVRWriteIn']['Text']) : undefined;
        const name = selection.writeIn && written ? written : selection.name;
        if (name === BLANK)
          return add(
            posAt,
            `另选他人的姓名不能是 ${BLANK}（表示弃权）`,
            `a write-in cannot be named ${BLANK}, which stands for an abstention`,
          );
        if (name.includes('|'))
          return add(
            posAt,
            `姓名 ${name} 含有“|”，无法写入选票记录`,
            `the name ${name} holds “|”, which ballots.csv cannot carry`,
          );
        chosen.push({ name, rank: typeof position['Rank'] === 'number' ? position['Rank'] : undefined });
      });
    });
    const isRanked = chosen.some((choice) => choice.rank !== undefined);
    if (isRanked) ranked?.add(definition.contest.id);
    const names = (cells.get(definition.contest.id) ?? []).concat(
      chosen.filter((choice) => !isRanked || choice.rank === 1).map((choice) => choice.name),
    );
    cells.set(definition.contest.id, names);
  });
  if (errors.length > 0) return { errors };
  const row = [
    box,
    ballot,
    declaredVoid ? '1' : '',
    ...contestIds.map((id) => (cells.get(id) ?? []).join('|')),
  ];
  return { row: row.map(csvCell).join(',') + '\n' };
}
