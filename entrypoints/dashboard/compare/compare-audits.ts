import type { Finding, InputDigest, InputRole, Report, Turnout, Verdict } from '../../../core/index.js';

/** A value in the earlier and the later audit; `changed` when they differ. */
export interface Pair<T> {
  readonly before: T;
  readonly after: T;
  readonly changed: boolean;
}

export interface CandidateComparison {
  readonly key: string;
  readonly name: string;
  readonly votes: Pair<number | null>;
  readonly elected: Pair<boolean | null>;
}

export interface ContestComparison {
  readonly id: string;
  readonly name: string;
  /** Present in only one of the two audits. */
  readonly onlyIn: 'before' | 'after' | null;
  readonly candidates: readonly CandidateComparison[];
  readonly elected: Pair<readonly string[]>;
}

export interface InputComparison {
  readonly role: InputRole;
  readonly before: InputDigest | null;
  readonly after: InputDigest | null;
  readonly same: boolean;
}

export interface AuditComparison {
  readonly verdict: Pair<Verdict>;
  readonly turnout: { readonly [K in TurnoutFigure]: Pair<number | null> };
  readonly contests: readonly ContestComparison[];
  /** Findings of the later audit that the earlier one did not have, and the reverse. */
  readonly findingsAdded: readonly Finding[];
  readonly findingsGone: readonly Finding[];
  readonly inputs: readonly InputComparison[];
}

export const TURNOUT_FIGURES = ['registered', 'issued', 'cast', 'valid', 'invalid'] as const;
export type TurnoutFigure = (typeof TURNOUT_FIGURES)[number];

const pair = <T>(before: T, after: T, same: (a: T, b: T) => boolean = Object.is): Pair<T> => ({
  before,
  after,
  changed: !same(before, after),
});

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((value, index) => value === b[index]);

/** Two audits side by side: what changed from `before` to `after`. */
export function compareAudits(before: Report, after: Report): AuditComparison {
  const turnoutPair = (figure: TurnoutFigure) =>
    pair<number | null>(turnoutValue(before.turnout, figure), turnoutValue(after.turnout, figure));
  return {
    verdict: pair(before.verdict, after.verdict),
    turnout: Object.fromEntries(TURNOUT_FIGURES.map((figure) => [figure, turnoutPair(figure)])) as {
      [K in TurnoutFigure]: Pair<number | null>;
    },
    contests: compareContests(before, after),
    findingsAdded: findingsNotIn(after.findings, before.findings),
    findingsGone: findingsNotIn(before.findings, after.findings),
    inputs: compareInputs(before.inputs, after.inputs),
  };
}

const turnoutValue = (turnout: Turnout, figure: TurnoutFigure): number | null => turnout[figure];

function compareContests(before: Report, after: Report): ContestComparison[] {
  const ids = [...new Set([...before.contests, ...after.contests].map((contest) => contest.id))];
  return ids.map((id) => {
    const a = before.contests.find((contest) => contest.id === id);
    const b = after.contests.find((contest) => contest.id === id);
    const names = new Map<string, string>();
    for (const candidate of [...(a?.candidates ?? []), ...(b?.candidates ?? [])])
      if (!names.has(candidate.id)) names.set(candidate.id, candidate.name);
    const nameOf = (key: string) => names.get(key) ?? key;
    return {
      id,
      name: (b ?? a)!.name,
      onlyIn: a && b ? null : a ? 'before' : 'after',
      candidates: [...names.keys()].map((key) => {
        const x = a?.candidates.find((candidate) => candidate.id === key);
        const y = b?.candidates.find((candidate) => candidate.id === key);
        return {
          key,
          name: nameOf(key),
          votes: pair(x?.votes ?? null, y?.votes ?? null),
          elected: pair(x?.elected ?? null, y?.elected ?? null),
        };
      }),
      elected: pair((a?.elected ?? []).map(nameOf), (b?.elected ?? []).map(nameOf), sameList),
    };
  });
}

/**
 * What makes two findings the same: the code and what they are about, with the figures. Messages are
 * left out (they follow the language of each audit).
 */
function findingKey(finding: Finding): string {
  return JSON.stringify([
    finding.code,
    finding.severity,
    finding.contest,
    finding.candidate,
    finding.box,
    finding.expected,
    finding.found,
  ]);
}

/** The findings of `from` that `other` lacks, counting repeats (two alike in `from`, one in `other`: one). */
function findingsNotIn(from: readonly Finding[], other: readonly Finding[]): Finding[] {
  const left = new Map<string, number>();
  for (const finding of other) left.set(findingKey(finding), (left.get(findingKey(finding)) ?? 0) + 1);
  return from.filter((finding) => {
    const key = findingKey(finding);
    const count = left.get(key) ?? 0;
    if (count === 0) return true;
    left.set(key, count - 1);
    return false;
  });
}

const ROLES: readonly InputRole[] = ['election', 'boxes', 'tallies', 'ballots', 'announcement'];

function compareInputs(before: readonly InputDigest[], after: readonly InputDigest[]): InputComparison[] {
  return ROLES.flatMap((role) => {
    const a = before.find((input) => input.role === role) ?? null;
    const b = after.find((input) => input.role === role) ?? null;
    if (!a && !b) return [];
    return [{ role, before: a, after: b, same: a !== null && b !== null && a.sha256 === b.sha256 }];
  });
}
