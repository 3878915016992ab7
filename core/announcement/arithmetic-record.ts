import type { Finding, Lang } from '../model/finding.js';
import type { AnnouncedFigure, AnnouncedFigures } from './announced-figures.js';
import type { CheckRule, FigureWhere, JudgedFigure, UnjudgedFigure } from './judged-figures.js';

/**
 * What the checks of a notice's own arithmetic write down, in the order they run: the findings, every
 * figure judged (right ones too), the figures left unjudged and why, and where the figures that entered a
 * check as a term (a total, a base, the other side of a sum) stand.
 */
export interface ArithmeticRecord {
  readonly findings: Finding[];
  readonly judged: JudgedFigure[];
  readonly unjudged: UnjudgedFigure[];
  readonly terms: FigureWhere[];
}

/** An empty record, for the checks to write into in turn. */
export function arithmeticRecord(): ArithmeticRecord {
  return { findings: [], judged: [], unjudged: [], terms: [] };
}

/**
 * A check of a notice's own arithmetic (of its counts: check-announcement-arithmetic.ts; of its
 * shares: check-announced-shares.ts), writing into the record it shares with the others.
 */
export abstract class ArithmeticCheckBase {
  protected readonly findings: Finding[];
  protected readonly judged: JudgedFigure[];
  protected readonly unjudged: UnjudgedFigure[];
  protected readonly terms: FigureWhere[];

  constructor(
    protected readonly figures: AnnouncedFigures,
    protected readonly lang: Lang,
    record: ArithmeticRecord,
  ) {
    this.findings = record.findings;
    this.judged = record.judged;
    this.unjudged = record.unjudged;
    this.terms = record.terms;
  }

  /** Figures that enter a check as its terms. */
  protected uses(...figures: AnnouncedFigure[]): void {
    for (const figure of figures) this.terms.push(spanOf(figure));
  }

  /** A check that held: listed with its work, so that the report shows it was made. */
  protected right(rule: CheckRule, figure: AnnouncedFigure, work: { zh: string; en: string }): void {
    this.judged.push({ rule, right: true, ...located(figure), work });
  }
}

/**
 * Where a judged figure stands: its span of text, quoted readably (FigureOrigin.quote) where its span
 * stops short of a phrase, or its JSON path as its text.
 */
export function located(figure: AnnouncedFigure): FigureWhere {
  return figure.origin.span
    ? { text: figure.origin.quote ?? figure.origin.text, span: figure.origin.span }
    : { text: figure.origin.path ?? figure.origin.text };
}

/** Where a term of a check stands: its span and the text of it. */
function spanOf(figure: AnnouncedFigure): FigureWhere {
  return figure.origin.span
    ? { text: figure.origin.text, span: figure.origin.span }
    : { text: figure.origin.path ?? figure.origin.text };
}
