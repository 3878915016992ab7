import {
  compareAnnouncement,
  decimalText,
  type AnnouncedFigure,
  type AnnouncedFigures,
  type ContestResult,
  type CountMeaning,
  type Election,
  type ElectedFigure,
  type Finding,
  type Report,
} from '../../../core/index.js';

/** What a row of the comparison is about, named in words at display time. */
export type RowSubject =
  | { readonly kind: 'count'; readonly meaning: CountMeaning }
  | { readonly kind: 'votes'; readonly candidate: string; readonly contest: string }
  | { readonly kind: 'elected'; readonly contest: string }
  | { readonly kind: 'quote'; readonly text: string };

/** A count draws as a bar; a percentage or a list of names is shown as text. */
export type RowValue =
  { readonly kind: 'count'; readonly value: number } | { readonly kind: 'text'; readonly text: string };

export type RowStatus = 'agrees' | 'differs' | 'not-compared';

/** One announced figure beside the recount's value of the same thing. */
export interface ComparisonRow {
  readonly key: string;
  readonly subject: RowSubject;
  readonly recount: RowValue | null;
  readonly announced: RowValue;
  readonly status: RowStatus;
  /** Where the figure stands in the announcement text. */
  readonly span?: readonly [number, number];
  /** The report finding that says it differs. */
  readonly findingIndex?: number;
}

const COMPARISON_CODES = new Set(['ANNOUNCED_MISMATCH', 'ANNOUNCED_WINNER_MISMATCH']);

const valueOf = (value: number | string): RowValue =>
  typeof value === 'number' ? { kind: 'count', value } : { kind: 'text', text: value };

/**
 * Every figure the announcement states, beside the recount. Whether a figure differs is what the report
 * says (its ANNOUNCED_* findings, matched to the figure by its place in the text); the recount's value
 * of a figure that agrees comes from the same comparator the audit used. Findings that match no figure
 * (no announcement text at hand, as for a saved audit) become rows of their own.
 */
export function comparisonRows(
  report: Report,
  figures: AnnouncedFigures | null,
  election: Election | null,
): ComparisonRow[] {
  const comparisons = report.findings
    .map((finding, index) => ({ finding, index }))
    .filter(({ finding }) => COMPARISON_CODES.has(finding.code));
  const used = new Set<number>();
  const rows: ComparisonRow[] = [];
  (figures?.figures ?? []).forEach((figure, figureIndex) => {
    if (figure.kind === 'group') return;
    const subject = subjectOf(figure, report, election);
    const key = `figure-${figureIndex}`;
    const span = figure.origin.span ? { span: figure.origin.span } : {};
    const matching = comparisons.filter(({ finding }) => sameOrigin(finding, figure));
    const first = matching[0];
    if (first) {
      matching.forEach(({ index }) => used.add(index));
      rows.push({
        key,
        subject,
        recount: valueOf(first.finding.expected ?? '—'),
        announced: valueOf(first.finding.found ?? '—'),
        status: 'differs',
        findingIndex: first.index,
        ...span,
      });
      return;
    }
    const recount = recountValue(figure, figures!, report, election);
    rows.push({
      key,
      subject,
      recount,
      announced: announcedValue(figure),
      status: recount === null ? 'not-compared' : 'agrees',
      ...span,
    });
  });
  const seen = new Set<string>();
  for (const { finding, index } of comparisons) {
    if (used.has(index)) continue;
    // Winner findings come one per person for the same announced list: one row for the list.
    const key = [finding.code, finding.contest, finding.expected, finding.found, finding.where?.text].join(
      '|',
    );
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push({
      key: `finding-${index}`,
      subject: subjectOfFinding(finding, report),
      recount: valueOf(finding.expected ?? '—'),
      announced: valueOf(finding.found ?? '—'),
      status: 'differs',
      findingIndex: index,
      ...(finding.where?.span ? { span: finding.where.span } : {}),
    });
  }
  return rows;
}

function sameOrigin(finding: Finding, figure: AnnouncedFigure): boolean {
  const where = finding.where;
  if (!where) return false;
  const span = figure.origin.span;
  if (span) return where.span !== undefined && where.span[0] === span[0] && where.span[1] === span[1];
  return where.span === undefined && where.text === (figure.origin.path ?? figure.origin.text);
}

/**
 * The recount's value of a figure that agrees. The comparator alone knows which recount figure an
 * announced one refers to (contests and candidates by id, name or folded name); asked about the same
 * figure with a value no count can have, it answers with the recount's value, or says nothing when the
 * recount has no such figure.
 */
function recountValue(
  figure: AnnouncedFigure,
  figures: AnnouncedFigures,
  report: Report,
  election: Election | null,
): RowValue | null {
  if (figure.kind === 'elected') return electedByRules(figure, report);
  let probe: AnnouncedFigure;
  if (figure.kind === 'count' || figure.kind === 'votes') probe = { ...figure, value: -1n };
  else if (figure.kind === 'percent')
    probe = { ...figure, value: { digits: -1n, decimals: figure.value.decimals } };
  else return null;
  const [answer] = compareAnnouncement({ ...figures, figures: [probe], unread: [] }, report, election, 'en');
  return answer && answer.expected !== null ? valueOf(answer.expected) : null;
}

function electedByRules(figure: ElectedFigure, report: Report): RowValue | null {
  const contest = contestOfNames(figure, report);
  if (!contest) return null;
  return { kind: 'text', text: contest.elected.map((id) => candidateName(contest, id)).join('、') };
}

function contestOfNames(figure: ElectedFigure, report: Report): ContestResult | undefined {
  const ref = figure.contest;
  const named =
    ref && report.contests.find((c) => c.id === ref.id || c.name === ref.text || c.id === ref.text);
  if (named) return named;
  const holding = report.contests.filter((contest) =>
    figure.names.every((name) => contest.candidates.some((c) => c.name === name || c.id === name)),
  );
  return holding.length === 1 ? holding[0] : undefined;
}

const candidateName = (contest: ContestResult, id: string) =>
  contest.candidates.find((candidate) => candidate.id === id)?.name ?? id;

function announcedValue(figure: Exclude<AnnouncedFigure, { kind: 'group' }>): RowValue {
  switch (figure.kind) {
    case 'count':
    case 'votes':
      return figure.value <= BigInt(Number.MAX_SAFE_INTEGER)
        ? { kind: 'count', value: Number(figure.value) }
        : { kind: 'text', text: figure.value.toString() };
    case 'percent':
      return { kind: 'text', text: decimalText(figure.value) + '%' };
    case 'elected':
      return { kind: 'text', text: figure.names.join('、') };
  }
}

function subjectOf(
  figure: Exclude<AnnouncedFigure, { kind: 'group' }>,
  report: Report,
  election: Election | null,
): RowSubject {
  const contestName = (text: string | undefined, id: string | null | undefined) =>
    report.contests.find((c) => c.id === id)?.name ??
    election?.contests.find((c) => c.id === id)?.name ??
    text ??
    '';
  switch (figure.kind) {
    case 'count':
      return { kind: 'count', meaning: figure.meaning };
    case 'votes':
      return {
        kind: 'votes',
        candidate: figure.candidate,
        contest:
          contestName(figure.contest?.text, figure.contest?.id) ||
          contestOfCandidate(figure.candidate, report),
      };
    case 'elected':
      return { kind: 'elected', contest: contestOfNames(figure, report)?.name ?? figure.contest?.text ?? '' };
    case 'percent':
      return { kind: 'quote', text: figure.origin.text };
  }
}

function contestOfCandidate(candidate: string, report: Report): string {
  const holding = report.contests.filter((c) =>
    c.candidates.some((x) => x.name === candidate || x.id === candidate),
  );
  return holding.length === 1 ? holding[0]!.name : '';
}

function subjectOfFinding(finding: Finding, report: Report): RowSubject {
  const contest = report.contests.find((c) => c.id === finding.contest);
  if (finding.code === 'ANNOUNCED_WINNER_MISMATCH' && contest)
    return { kind: 'elected', contest: contest.name };
  const candidate = contest?.candidates.find((c) => c.id === finding.candidate);
  if (contest && candidate && typeof finding.found === 'number')
    return { kind: 'votes', candidate: candidate.name, contest: contest.name };
  return { kind: 'quote', text: finding.where?.text ?? finding.code };
}
