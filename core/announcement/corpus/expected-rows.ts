import type { AnnouncedFigure, AnnouncedFigures, ShareTerm } from '../announced-figures.js';
import { decimalText } from '../announced-figures.js';

/**
 * The corpus states what each text says as compact rows, one per figure, easy to check against the
 * text by eye: [kind, what, contest, value, text as written].
 */
export type ExpectedRow = readonly [
  string,
  string,
  string | null,
  number | string | readonly string[],
  string,
];

export function expectedRows(figures: AnnouncedFigures): ExpectedRow[] {
  return figures.figures.map((figure) => row(figure));
}

function row(figure: AnnouncedFigure): ExpectedRow {
  const text = figure.origin.text;
  switch (figure.kind) {
    case 'count':
      return ['count', figure.meaning, contest(figure.contest), Number(figure.value), text];
    case 'votes':
      return ['votes', figure.candidate, contest(figure.contest), Number(figure.value), text];
    case 'group':
      return ['group', figure.label, figure.partOf, Number(figure.value), text];
    case 'percent':
      return [
        'percent',
        `${term(figure.part)} / ${term(figure.whole)}`,
        null,
        decimalText(figure.value),
        text,
      ];
    case 'elected':
      return ['elected', 'elected', contest(figure.contest), figure.names, text];
  }
}

function contest(ref: { id: string | null; text: string } | null): string | null {
  return ref === null ? null : (ref.id ?? ref.text);
}

function term(share: ShareTerm): string {
  switch (share.kind) {
    case 'count':
      return share.meaning;
    case 'votes':
      return `votes of ${share.candidate}`;
    case 'group':
      return `group ${share.label}`;
  }
}
