import type { Bilingual } from '../model/finding.js';
import type { AnnouncedFigure, AnnouncedFigures, CountMeaning, TextSpan } from './announced-figures.js';
import { statedCount } from './announced-figures.js';
import { COUNT_NAMES, quoted } from './figure-names.js';
import type { ArithmeticWork, FigureWhere, JudgedFigure, UnjudgedFigure } from './judged-figures.js';

/**
 * A notice checked alone states figures that nothing else it states can check (另有8个村完成换届, a
 * committee's size with no parts): they were read, and neither judged nor a term of a judgement. Each
 * is listed as such (`nothing-to-check`), so that every stated figure is
 * judged, shown in a judgement's work, or listed with why not. With a recount there is no such figure:
 * every one is compared with the recount or listed as not compared (unmatched-figure.ts).
 *
 * `judgedElsewhere`: the figures a rule pack judged (the quorum, the winners' votes). Linear after a
 * sort: the covered stretches of text are merged once and each figure looked up by binary search.
 */
export function uncheckedFigures(
  figures: AnnouncedFigures,
  work: ArithmeticWork,
  judgedElsewhere: readonly FigureWhere[] = [],
): UnjudgedFigure[] {
  const shown = [...work.judged, ...work.unjudged, ...(work.terms ?? []), ...judgedElsewhere];
  const covered = mergedSpans([
    ...shown.flatMap((where) => (where.span ? [where.span] : [])),
    ...figures.unread.map((unread) => unread.span),
    ...(figures.calculations ?? []).map((calculation) => calculation.span),
  ]);
  // A figure of a structured notice stands at its JSON path, which judgements name as their text.
  const paths = new Set(shown.filter((where) => where.span === undefined).map((where) => where.text));
  const unchecked: UnjudgedFigure[] = [];
  for (const figure of figures.figures) {
    if (figure.kind === 'elected') continue;
    const { span, path } = figure.origin;
    const isShown = span ? overlapsAny(covered, span) : path !== undefined && paths.has(path);
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
  let [low, high] = [0, merged.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((merged[middle]?.[0] ?? 0) < end) low = middle + 1;
    else high = middle;
  }
  const candidate = merged[low - 1];
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
  return figures.figures.flatMap((figure) =>
    figure.kind === 'count' && figure.contest === null && meanings.has(figure.meaning)
      ? [
          figure.origin.span
            ? { text: figure.origin.text, span: figure.origin.span }
            : { text: quoted(figure) },
        ]
      : [],
  );
}
