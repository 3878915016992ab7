import type { Bilingual } from '../model/finding.js';
import type {
  AnnouncedFigure,
  AnnouncedFigures,
  CountMeaning,
  GroupFigure,
  TextSpan,
} from './announced-figures.js';
import { statedCount } from './announced-figures.js';
import { COUNT_NAMES, quoted } from './figure-names.js';
import { competitivenessTerms } from './notice-competitiveness.js';
import type { ArithmeticWork, FigureWhere, JudgedFigure, UnjudgedFigure } from './judged-figures.js';
import { firstStartingAfter } from './text-places.js';

/**
 * A notice checked alone states figures that nothing else it states can check (另有8个村完成换届, a
 * committee's size with no parts): they were read, and neither judged nor a term of a judgement. Each
 * is listed as such (`nothing-to-check`), so that every stated figure is
 * judged, shown in a judgement's work, or listed with why not. With a recount there is no such figure:
 * every one is compared with the recount or listed as not compared (unmatched-figure.ts).
 *
 * `judgedElsewhere`: the figures a rule pack judged (the quorum, the winners' votes). A figure is shown
 * when it is itself judged or a term (shownFigures), not when it merely lies inside the words of one
 * that is. Stretches the reader listed as unread or as a written calculation cover the figures in
 * them, which are listed there. Linear after a sort: those stretches are merged once and each figure
 * looked up by binary search.
 */
export function uncheckedFigures(
  figures: AnnouncedFigures,
  work: ArithmeticWork,
  judgedElsewhere: readonly FigureWhere[] = [],
): UnjudgedFigure[] {
  const shown = [...work.judged, ...work.unjudged, ...(work.terms ?? []), ...judgedElsewhere];
  const shownInText = shownFigures(figures.figures, shown);
  const listedStretches = mergedSpans([
    ...figures.unread.map((unread) => unread.span),
    ...(figures.calculations ?? []).map((calculation) => calculation.span),
  ]);
  // A figure of a structured notice stands at its JSON path, which judgements name as their text.
  const paths = new Set(shown.filter((where) => where.span === undefined).map((where) => where.text));
  const unchecked: UnjudgedFigure[] = [];
  for (const figure of figures.figures) {
    if (figure.kind === 'elected') continue;
    const { span, path } = figure.origin;
    const isShown = span
      ? shownInText.has(figure) || overlapsAny(listedStretches, span)
      : path !== undefined && paths.has(path);
    if (isShown) continue;
    unchecked.push({
      text: quoted(figure),
      ...(span ? { span } : {}),
      reason: 'nothing-to-check',
      work: nothingChecks(figure),
    });
  }
  return unchecked;
}

/**
 * The notes `not-compared` left on figures that a check did judge or take as a term (`checked`: the
 * judgements and terms of the notice's own arithmetic, and those of a rule pack). A township's summary
 * states the villages' counts beside the communities': the villages' are not compared with the
 * communities' (they speak of different bodies), yet the quorum is judged on them. Listed as "not
 * checked" they would read as a contradiction of the check above; such a figure is checked, so it is
 * not listed among the figures not checked. A figure no check judged keeps its note.
 */
export function withoutCheckedNotCompared(
  figures: AnnouncedFigures,
  unjudged: readonly UnjudgedFigure[],
  checked: readonly FigureWhere[],
): UnjudgedFigure[] {
  if (!unjudged.some((entry) => entry.reason === 'not-compared')) return [...unjudged];
  const shown = shownFigures(figures.figures, checked);
  const checkedSpans = new Set(
    [...shown].flatMap((figure) => (figure.origin.span ? [figure.origin.span.join(':')] : [])),
  );
  return unjudged.filter(
    (entry) =>
      entry.reason !== 'not-compared' || entry.span === undefined || !checkedSpans.has(entry.span.join(':')),
  );
}

/**
 * Why in words. A count of ballots or voters is named by its meaning; the words a group or a
 * candidate's votes was read with are not repeated: read loosely, they would say more than was judged.
 */
function nothingChecks(figure: Exclude<AnnouncedFigure, { kind: 'elected' }>): Bilingual {
  if (figure.kind !== 'count')
    return {
      zh: '已读出，但公告中没有其他数字可以核对它',
      en: 'was read, but no other figure the notice states checks it',
    };
  const name = COUNT_NAMES[figure.meaning];
  return {
    zh: `读作${name.zh}，但公告中没有其他数字可以核对它`,
    en: `was read as the ${name.en}, but no other figure the notice states checks it`,
  };
}

/**
 * The figures judged or used as terms, by where their number ends: a judgement may quote a figure
 * with more of its words than it was read with (其中男94834人 for 男94834人), never with another number
 * after it. A figure inside the words of another (the 45人 of 占成员总数45人的20%) is not shown by that
 * other. A total summed from its parts (主任434名，副主任58名，委员1055名, read as one group of 1547)
 * shows its parts, which make its value.
 */
function shownFigures(
  figures: readonly AnnouncedFigure[],
  shown: readonly FigureWhere[],
): ReadonlySet<AnnouncedFigure> {
  // The earliest start quoted for each end: a figure starting at or after it is the one quoted.
  const quotedFrom = new Map<number, number>();
  for (const { span } of shown)
    if (span) quotedFrom.set(span[1], Math.min(span[0], quotedFrom.get(span[1]) ?? span[0]));
  const isQuoted = ([start, end]: TextSpan) => (quotedFrom.get(end) ?? Infinity) <= start;
  const found = new Set<AnnouncedFigure>();
  const sums: GroupFigure[] = [];
  for (const figure of figures) {
    if (!figure.origin.span || !isQuoted(figure.origin.span)) continue;
    found.add(figure);
    if (figure.kind === 'group' && figure.sumOf) sums.push(figure);
  }
  for (const sum of sums) for (const part of partsOf(sum, figures)) found.add(part);
  return found;
}

/** The groups a summed total was added up from: those it names, stated within its words. */
function partsOf(sum: GroupFigure, figures: readonly AnnouncedFigure[]): AnnouncedFigure[] {
  const [start, end] = sum.origin.span ?? [0, 0];
  const labels = new Set(sum.sumOf);
  return figures.filter(
    (figure) =>
      figure !== sum &&
      figure.kind === 'group' &&
      labels.has(figure.label) &&
      (figure.origin.span?.[0] ?? -1) >= start &&
      (figure.origin.span?.[1] ?? Infinity) <= end,
  );
}

/** The spans sorted by start and merged where they overlap or touch. */
function mergedSpans(spans: readonly TextSpan[]): TextSpan[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** Whether `span` overlaps one of the merged, sorted spans. */
function overlapsAny(merged: readonly TextSpan[], [start, end]: TextSpan): boolean {
  // The last merged span starting before `end`: only it can overlap, the spans being disjoint.
  const candidate = merged[firstStartingAfter(merged, end - 1, (span) => span[0]) - 1];
  return candidate !== undefined && candidate[1] > start;
}

/**
 * The stated counts a rule pack's judgements rest on, shown in their work (登记选民2100人中1476人参加投票;
 * 当选须超过投票总数的半数（1476）): the registered voters and the voters of a quorum judged, the count a
 * winner's threshold is of. `thresholdOf` names the meaning of that count (cast: the voters, else the
 * ballots returned, as the judgement takes them).
 */
export function rulePackTerms(
  figures: AnnouncedFigures,
  judged: readonly JudgedFigure[],
  thresholdOf: CountMeaning | null,
): FigureWhere[] {
  const meanings = new Set<CountMeaning>();
  const castMeaning: CountMeaning = statedCount(figures, 'cast') !== null ? 'cast' : 'returned';
  if (judged.some((figure) => figure.rule === 'quorum')) {
    meanings.add('registered');
    meanings.add(castMeaning);
  }
  if (thresholdOf !== null && judged.some((figure) => figure.rule === 'winner-threshold'))
    meanings.add(thresholdOf === 'cast' ? castMeaning : thresholdOf);
  const counts = figures.figures.flatMap((figure) =>
    figure.kind === 'count' && figure.contest === null && meanings.has(figure.meaning)
      ? [
          figure.origin.span
            ? { text: figure.origin.text, span: figure.origin.span }
            : { text: quoted(figure) },
        ]
      : [],
  );
  return [...counts, ...competitivenessTerms(figures, judged)];
}
