import { splitBySpans, strongestMark, type HighlightMark } from './highlight-spans';
import './highlighted-text.css';

/** The captured text with every figure and every finding's place highlighted; hover says what was read. */
export function HighlightedText({ text, marks }: { text: string; marks: readonly HighlightMark[] }) {
  const pieces = splitBySpans(text.length, marks);
  return (
    <pre class="capture-text" data-testid="capture-text">
      {pieces.map((piece) => {
        const content = text.slice(piece.start, piece.end);
        const strongest = strongestMark(piece.marks);
        if (!strongest) return content;
        // Where a finding's span begins, an anchor the finding list scrolls to.
        const anchors = piece.marks
          .filter((mark) => mark.kind !== 'figure' && mark.start === piece.start)
          .map((mark) => <span key={mark.key} id={`at-${mark.key}`} />);
        return [
          ...anchors,
          <span
            key={piece.start}
            class={`mark mark-${strongest.kind}`}
            title={piece.marks.map((mark) => mark.label).join('\n')}
            data-marks={piece.marks.map((mark) => mark.key).join(' ')}
          >
            {content}
          </span>,
        ];
      })}
    </pre>
  );
}
