import { AUDIT_MATH_WORDS, type AuditMathWords } from './audit-math-words.js';
import { SectionTitle } from './SectionTitle.js';
import type { AuditSectionProps, DrawnSelection } from './AuditStep.js';
import { HandCountAudit } from './HandCountAudit.js';
import { RecountGate } from './RecountGate.js';

export const HAND_COUNT_SECTION_ID = 'hand-counts';

/**
 * The Audit step's "Hand counts": the counts of what was drawn, entered as files, against the recount
 * on screen; the risk-limiting audit says stop or draw more, the quick count estimates the whole.
 */
export function HandCountSection(props: AuditSectionProps) {
  const { lang, t, selection } = props;
  const words = AUDIT_MATH_WORDS[lang];
  return (
    <section class="audit-section" aria-labelledby={HAND_COUNT_SECTION_ID} data-audit-section="hand-counts">
      <h3 id={HAND_COUNT_SECTION_ID} tabIndex={-1}>
        <SectionTitle number={props.number} step={props.step} title={words.handCountsTitle} />
      </h3>
      <p class="hint">{words.handCountsIntro}</p>
      <RecountGate step={props}>
        {(chosen) => (
          <>
            <DrawnList selection={selection} words={words} />
            <HandCountAudit prefix="audit" chosen={chosen} level={4} lang={lang} t={t} />
          </>
        )}
      </RecountGate>
    </section>
  );
}

/** The ids drawn in "Choose boxes to check by hand", numbered as the hand-count file numbers them. */
function DrawnList({ selection, words }: { selection: DrawnSelection | null; words: AuditMathWords }) {
  if (!selection || selection.sample.length === 0) return <p class="hint">{words.nothingDrawn}</p>;
  return (
    <div class="drawn-list" data-drawn-list={selection.kind}>
      <p>{selection.kind === 'boxes' ? words.drawnBoxes : words.drawnBallots}</p>
      <ol start={selection.draw.drop + 1}>
        {selection.sample.map((ticket) => (
          <li key={`${ticket.id}#${ticket.generation}`} data-id={ticket.id}>
            {ticket.id}
          </li>
        ))}
      </ol>
    </div>
  );
}
