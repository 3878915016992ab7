import type { AnnouncedFigure, Finding } from '../../core/index.js';
import type { HighlightMark } from './highlight-spans';

/** The key of a finding's mark in the text, by its place in the report (what the page links to). */
export const findingMarkKey = (index: number) => `finding-${index}`;

export interface FindingMarkOptions {
  /** Whether a finding's span is in this text; a report may point into other files as well. */
  readonly inText?: (finding: Finding) => boolean;
  /** The tooltip over a finding's place; its code by default. */
  readonly label?: (finding: Finding) => string;
  /** Whether the electorate and voters are counted in households (应到户代表48户): their tooltips say so. */
  readonly households?: boolean;
}

/**
 * Marks for an announcement's text: one per figure read, and one per finding that points at a span in
 * it. Keys follow the figures' and findings' own indexes, so a finding left out shifts no other key.
 */
export function announcementMarks(
  figures: readonly AnnouncedFigure[],
  findings: readonly Finding[],
  { inText = () => true, label = (finding) => finding.code, households = false }: FindingMarkOptions = {},
): HighlightMark[] {
  const marks: HighlightMark[] = [];
  figures.forEach((figure, index) => {
    const span = figure.origin.span;
    if (span)
      marks.push({
        start: span[0],
        end: span[1],
        kind: 'figure',
        key: `figure-${index}`,
        label: figureLabel(figure, households),
      });
  });
  findings.forEach((finding, index) => {
    const span = finding.where?.span;
    if (span && inText(finding))
      marks.push({
        start: span[0],
        end: span[1],
        kind: finding.severity,
        key: findingMarkKey(index),
        label: label(finding),
      });
  });
  return marks;
}

const COUNT_LABELS: Record<string, string> = {
  registered: '登记选民 / registered',
  cast: '参加投票 / cast',
  issued: '发出选票 / issued',
  returned: '收回选票 / returned',
  valid: '有效票 / valid',
  invalid: '无效票 / invalid',
  abstained: '弃权 / abstained',
};

/** The electorate and voters of an election by household representatives, as the text report names them. */
const HOUSEHOLD_LABELS: Record<string, string> = {
  registered: '登记户数 / registered households',
  cast: '参加投票户数 / households cast',
};

/** What a figure was read as, for the tooltip over it. */
export function figureLabel(figure: AnnouncedFigure, households = false): string {
  switch (figure.kind) {
    case 'count': {
      const label =
        (households ? HOUSEHOLD_LABELS[figure.meaning] : undefined) ?? COUNT_LABELS[figure.meaning];
      return `${label ?? figure.meaning}: ${figure.value}`;
    }
    case 'votes':
      return `${figure.candidate} 得票 / votes: ${figure.value}`;
    case 'group':
      return `${figure.label}: ${figure.value}`;
    case 'percent':
      return `百分比 / percentage`;
    case 'elected':
      return `当选 / elected: ${figure.names.join('、')}`;
  }
}
