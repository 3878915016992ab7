import type { FunctionComponent } from 'preact';
import { useState } from 'preact/hooks';
import type { Receipt, Report, SampledTicket, SelectionDraw } from '../../../core/index.js';
import type { Lang, Messages } from '../../shared/i18n.js';
import { AUDIT_MATH_WORDS } from './audit-math-words.js';
import { AUDIT_STEP_NUMBER, auditWords } from './audit-words.js';
import { HAND_COUNT_SECTION_ID, HandCountSection } from './HandCountSection.js';
import { handCheckWords } from './hand-check-words.js';
import { HandCheckSection } from './HandCheckSection.js';
import type { LoadedRecount } from './load-recount.js';
import { SCREENS_SECTION_ID, ScreensSection } from './ScreensSection.js';
import { sectionNumber } from './SectionTitle.js';
import { useLoadedRecount } from './use-loaded-recount.js';
import './audit.css';

/** The boxes or ballots last drawn in "Choose boxes to check by hand", for the sections that use them. */
export interface DrawnSelection {
  readonly kind: 'boxes' | 'ballots';
  readonly draw: SelectionDraw;
  readonly sample: readonly SampledTicket[];
  /** SHA-256 of the commitment file it was drawn under. */
  readonly commitmentSha256: string;
}

/** What the step hands every section besides the recount: the selection, shared among them. */
export interface AuditStepProps {
  readonly report: Report;
  /** The recount's own files: the sections read them again rather than ask for them a second time. */
  readonly files: {
    readonly election?: File;
    readonly boxes?: File;
    readonly tallies?: File;
    readonly ballots?: File;
  };
  /** The recount's receipt, once signed on this page. */
  readonly recountReceipt: Receipt | null;
  readonly lang: Lang;
  readonly t: Messages;
}

/** What every section of the Audit step is given: the recount on screen, its files, the selection drawn. */
export interface AuditSectionProps extends AuditStepProps {
  /** The last selection drawn on this page, or null: the sections that take hand counts list its ids. */
  readonly selection: DrawnSelection | null;
  readonly onSelection: (selection: DrawnSelection | null) => void;
  /** The recount's election and tally sheets as read in the page; null while reading or without sheets. */
  readonly loaded: LoadedRecount | null;
  /** The contest the sections show, chosen in any of them ('' for the first). */
  readonly contestId: string;
  readonly onContest: (id: string) => void;
  /** The section's number in the step's list (1, 2, 3): its heading carries it, its own parts 1a, 1b… */
  readonly number: number;
  /**
   * The number of the step the section stands in (5 for the Audit step): headings then read 5.1, 5.1a,
   * never a second step 1. Left out where a section stands on a page of its own: 1, 1a.
   */
  readonly step?: number;
}

interface AuditSection {
  /** The section's heading id, for the list of sections. */
  readonly id: string;
  readonly title: (lang: Lang) => string;
  readonly Section: FunctionComponent<AuditSectionProps>;
}

/** The sections of the Audit step, in order: one line each. */
const SECTIONS: readonly AuditSection[] = [
  { id: 'hand-check', title: (lang) => handCheckWords(lang).title, Section: HandCheckSection },
  {
    id: HAND_COUNT_SECTION_ID,
    title: (lang) => AUDIT_MATH_WORDS[lang].handCountsTitle,
    Section: HandCountSection,
  },
  {
    id: SCREENS_SECTION_ID,
    title: (lang) => AUDIT_MATH_WORDS[lang].screensSectionTitle,
    Section: ScreensSection,
  },
];

export const AUDIT_STEP_ID = 'audit-step';

/** Step 5, after a recount: the methods that go beyond its arithmetic, listed, then each in turn. */
export function AuditStep(step: AuditStepProps) {
  const [selection, setSelection] = useState<DrawnSelection | null>(null);
  const [contestId, setContestId] = useState('');
  const loaded = useLoadedRecount(step.files.election, step.files.boxes, step.files.tallies);
  const props: Omit<AuditSectionProps, 'number'> = {
    ...step,
    selection,
    onSelection: setSelection,
    loaded,
    contestId,
    onContest: setContestId,
  };
  const words = auditWords(props.lang);
  return (
    <section class="step audit-step" aria-labelledby={AUDIT_STEP_ID} data-audit-step>
      <h2 id={AUDIT_STEP_ID} tabIndex={-1}>
        {words.step}
      </h2>
      <p class="hint">{words.intro}</p>
      <nav aria-label={words.sections}>
        <ol class="audit-sections">
          {SECTIONS.map((section, index) => (
            <li key={section.id}>
              <a href={`#${section.id}`} onClick={(event) => jumpTo(event, section.id)}>
                <span class="section-number">{sectionNumber(index + 1, AUDIT_STEP_NUMBER)}</span>{' '}
                {section.title(props.lang)}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      {SECTIONS.map(({ id, Section }, index) => (
        <Section key={id} {...props} number={index + 1} step={AUDIT_STEP_NUMBER} />
      ))}
    </section>
  );
}

/** In-page links move the focus without changing the hash, which names the dashboard's views. */
export function jumpTo(event: Event, id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  target.tabIndex = -1;
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}
