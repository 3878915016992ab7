import { AUDIT_MATH_WORDS } from './audit-math-words.js';
import { SectionTitle } from './SectionTitle.js';
import type { AuditSectionProps } from './AuditStep.js';
import { RecountGate } from './RecountGate.js';
import { ScreensPanel } from './ScreensPanel.js';

export const SCREENS_SECTION_ID = 'screens-section';

/** The Audit step's "Screens": the recount's own boxes, screened for figures worth a second look. */
export function ScreensSection(props: AuditSectionProps) {
  const words = AUDIT_MATH_WORDS[props.lang];
  return (
    <section class="audit-section" aria-labelledby={SCREENS_SECTION_ID} data-audit-section="screens">
      <h3 id={SCREENS_SECTION_ID} tabIndex={-1}>
        <SectionTitle number={props.number} step={props.step} title={words.screensSectionTitle} />
      </h3>
      <RecountGate step={props}>
        {({ recount, contest }) => (
          <ScreensPanel recount={recount} contest={contest.id} titled={false} lang={props.lang} />
        )}
      </RecountGate>
    </section>
  );
}
