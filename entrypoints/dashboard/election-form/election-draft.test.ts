import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readElection, type Election } from '../../../core/index.js';
import {
  checkDraft,
  DAY_NOT_READ,
  draftFromElection,
  draftPackChoice,
  draftToJson,
  draftToText,
  emptyCandidate,
  emptyContest,
  emptyDraft,
  errorsAt,
  fieldPath,
  isEmptyDraft,
  formPaths,
  type ElectionDraft,
} from './election-draft';
import { readDayText } from '../../shared/day-text';

const sampleBytes = readFileSync(new URL('../../../samples/qingshan-village/election.json', import.meta.url));

function sampleElection(): Election {
  const read = readElection('election.json', sampleBytes);
  if (!read.ok) throw new Error('the sample election does not read');
  return read.value;
}

/** A one-contest draft with the given contest fields and candidate names. */
function draftWith(contest: { id?: string; name: string; seats: string }, names: string[]): ElectionDraft {
  return {
    ...emptyDraft(),
    name: '青山村选举',
    contests: [
      {
        ...emptyContest(),
        id: contest.id ?? '',
        name: contest.name,
        seats: contest.seats,
        candidates: names.map((name) => ({ ...emptyCandidate(), name })),
      },
    ],
  };
}

describe('the election form draft', () => {
  test('the sample election makes the round trip unchanged, down to the bytes of its file', () => {
    const election = sampleElection();
    const draft = draftFromElection(election);
    expect(draft.registeredVoters).toBe('2100');
    expect(draft.contests[2]?.seats).toBe('3');
    const checked = checkDraft(draft);
    expect(checked).toEqual({ ok: true, value: election });
    expect(draftToText(draft)).toBe(sampleBytes.toString('utf8'));
  });

  test("the date is kept as election.json's `date`, and picks the pack version the audit will apply", () => {
    const draft = { ...draftFromElection(sampleElection()), date: '2025-11-30' };
    const checked = checkDraft(draft);
    expect(checked.ok && checked.value.date).toBe('2025-11-30');
    expect(Object.keys(draftToJson(draft)).slice(0, 4)).toEqual(['format', 'name', 'rules', 'date']);
    expect(draftFromElection(checked.ok ? checked.value : sampleElection()).date).toBe('2025-11-30');
    const in2025 = draftPackChoice(draft, '2026-12-03');
    expect(in2025.ok && in2025.pack.id).toBe('cn-village@2018');
    expect(in2025.ok && in2025.version.reason.zh).toContain('选举日期 2025-11-30 适用 cn-village@2018');
    const in2026 = draftPackChoice({ ...draft, date: '2026-01-01' }, '2026-12-03');
    expect(in2026.ok && in2026.pack.id).toBe('cn-village@2025');
    // Empty: today's version, as an undated election gets.
    for (const date of ['', '  '])
      expect(draftPackChoice({ ...draft, date }, '2025-03-01')).toMatchObject({
        ok: true,
        version: { id: 'cn-village@2018', chosenBy: 'today' },
      });
    // Not yet a day while typing, or a day that does not exist: no version, rather than today's.
    for (const date of ['2026-02-', '2026-02-30', '2026年4月'])
      expect(draftPackChoice({ ...draft, date }, '2025-03-01'), date).toEqual({
        ok: false,
        field: 'date',
        message: DAY_NOT_READ,
      });
    expect('date' in draftToJson({ ...draft, date: ' ' })).toBe(false);
    // A day no version covers is what the audit refuses, and the form says so in the panel.
    expect(draftPackChoice({ ...draft, date: '2010-01-01' }, '2026-12-03')).toMatchObject({
      ok: false,
      field: 'date',
    });
    const pinned = draftPackChoice({ rules: 'cn-village@2018', date: '2026-03-15' }, '2026-12-03');
    expect(pinned.ok && pinned.pack.id).toBe('cn-village@2018');
    expect(checkDraft({ ...draft, date: '2026-02-30' })).toMatchObject({
      ok: false,
      errors: [{ path: '$.date' }],
    });
  });

  test('the date is typed as on the notice page, and election.json gets it as YYYY-MM-DD', () => {
    const draft = draftFromElection(sampleElection());
    for (const typed of [
      '2025-11-30',
      '2025-11-30 ',
      '2025/11/30',
      '2025.11.30',
      '2025年11月30日',
      '２０２５／１１／３０',
    ]) {
      const typedDraft = { ...draft, date: typed };
      expect(draftToJson(typedDraft)['date'], typed).toBe('2025-11-30');
      const checked = checkDraft(typedDraft);
      expect(checked.ok && checked.value.date, typed).toBe('2025-11-30');
      expect(draftToText(typedDraft), typed).toBe(draftToText({ ...draft, date: '2025-11-30' }));
      const choice = draftPackChoice(typedDraft, '2026-12-03');
      expect(choice.ok && choice.version, typed).toMatchObject({
        id: 'cn-village@2018',
        chosenBy: 'election-date',
        date: '2025-11-30',
      });
    }
    expect(draftToJson({ ...draft, date: '2026-4-8' })['date']).toBe('2026-04-08');
    // A day that does not exist goes to the reader as typed, which refuses it at $.date: never a guess.
    for (const typed of ['2026-02-30', '2026年2月30日', 'next Sunday']) {
      expect(draftToJson({ ...draft, date: typed })['date']).toBe(typed);
      expect(checkDraft({ ...draft, date: typed }), typed).toMatchObject({
        ok: false,
        errors: [{ path: '$.date' }],
      });
    }
    // The words the form says at the field are day-text.ts's, in both languages.
    const refused = readDayText('2026-02-30');
    expect(refused.ok === false && refused.problem.zh).toContain('2026年2月没有30日');
    expect(refused.ok === false && refused.problem.en).toContain('February 2026 has no day 30');
  });

  test("the date picks the residents' law text whose turnout differs: more than two thirds of representatives from 2026", () => {
    const rules = 'cn-residents:representatives';
    const before = draftPackChoice({ rules, date: '2025-12-31' }, '2026-12-03');
    expect(before.ok && before.pack.id).toBe('cn-residents:representatives@2018');
    expect(before.ok && before.pack.quorum).toEqual({ num: 1, den: 2, strict: true, base: 'registered' });
    const after = draftPackChoice({ rules, date: '2026-01-01' }, '2026-12-03');
    expect(after.ok && after.pack.id).toBe('cn-residents:representatives@2025');
    expect(after.ok && after.pack.quorum).toEqual({ num: 2, den: 3, strict: true, base: 'registered' });
    // The 2025 text was read in full: the panel states no caveat for it.
    expect(after.ok && after.version.reason.en).not.toContain('Note:');
  });

  test('an empty id is the name, and text is trimmed', () => {
    const json = draftToJson(draftWith({ name: ' 主任 ', seats: '1' }, ['王林 ', '李华']));
    expect(json['contests']).toEqual([
      {
        id: '主任',
        name: '主任',
        seats: 1,
        candidates: [
          { id: '王林', name: '王林' },
          { id: '李华', name: '李华' },
        ],
      },
    ]);
    const checked = checkDraft(draftWith({ id: 'chair', name: '主任', seats: '1' }, ['王林', '李华']));
    expect(checked.ok && checked.value.contests[0]?.id).toBe('chair');
  });

  test('full-width digits count as the same number; empty counts are left out', () => {
    const draft = {
      ...draftWith({ name: '委员', seats: '３' }, ['甲', '乙', '丙']),
      registeredVoters: '２１００',
    };
    const json = draftToJson(draft);
    expect(json['registeredVoters']).toBe(2100);
    expect('minWomen' in json).toBe(false);
    const checked = checkDraft(draft);
    expect(checked.ok && checked.value.registeredVoters).toBe(2100);
    expect(checked.ok && checked.value.contests[0]?.seats).toBe(3);
  });

  test('a count that is not a safe integer stays text, so the reader names it', () => {
    const draft = {
      ...draftWith({ name: '主任', seats: '99999999999999999999' }, ['甲', '乙']),
      minWomen: '1人',
    };
    expect(draftToJson(draft)['minWomen']).toBe('1人');
    const checked = checkDraft(draft);
    expect(checked.ok).toBe(false);
    const errors = checked.ok ? [] : checked.errors;
    expect(errorsAt(errors, fieldPath.contest(0, 'seats'))).toHaveLength(1);
    expect(errorsAt(errors, fieldPath.election('minWomen'))).toHaveLength(1);
  });

  test('every error of a bad draft falls on a field the form shows, in both languages', () => {
    const draft = { ...draftWith({ name: '主任', seats: 'x' }, ['王林', '']), registeredVoters: '12a' };
    const checked = checkDraft(draft);
    expect(checked.ok).toBe(false);
    const errors = checked.ok ? [] : checked.errors;
    expect(errors.map((error) => error.path)).toEqual([
      fieldPath.election('registeredVoters'),
      fieldPath.contest(0, 'seats'),
      fieldPath.candidate(0, 1, 'id'),
      fieldPath.candidate(0, 1, 'name'),
    ]);
    expect(fieldPath.candidate(0, 1, 'name')).toBe('$.contests[0].candidates[1].name');
    const shown = formPaths(draft);
    for (const error of errors) {
      expect(shown.has(error.path ?? '')).toBe(true);
      expect(error.file).toBe('election.json');
      expect(error.message.zh).not.toBe('');
      expect(error.message.en).not.toBe('');
    }
    // A path under a row the draft does not have is not one of the form's.
    expect(shown.has(fieldPath.candidate(0, 2, 'name'))).toBe(false);
  });

  test('rows get distinct keys', () => {
    const keys = [emptyDraft(), emptyDraft()].flatMap((draft) =>
      draft.contests.flatMap((contest) => [contest.key, ...contest.candidates.map((c) => c.key)]),
    );
    expect(new Set(keys).size).toBe(keys.length);
  });
});

test('a draft is empty only while nothing is typed, so that clearing a typed form asks first', () => {
  expect(isEmptyDraft(emptyDraft())).toBe(true);
  const typed = emptyDraft();
  const contest = typed.contests[0]!;
  const withName = {
    ...typed,
    contests: [
      { ...contest, candidates: [{ ...contest.candidates[0]!, name: '陈建华' }, contest.candidates[1]!] },
    ],
  };
  expect(isEmptyDraft(withName)).toBe(false);
  expect(isEmptyDraft({ ...typed, registeredVoters: '2100' })).toBe(false);
  expect(isEmptyDraft({ ...typed, contests: [...typed.contests, emptyContest()] })).toBe(false);
});
