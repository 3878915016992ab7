import { useState } from 'preact/hooks';
import { FilePicker } from '../../shared/FilePicker.js';
import type { Lang, Messages } from '../../shared/i18n.js';
import { AUDIT_MATH_WORDS } from './audit-math-words.js';
import { handFileOf } from './load-recount.js';
import { QuickCountPanel } from './QuickCountPanel.js';
import type { ChosenRecount } from './RecountGate.js';
import { RiskLimitPanel, type HandFile } from './RiskLimitPanel.js';

/**
 * The two hand-count files of a sample (CSV: one row per name on a ballot, or per candidate of a
 * box), then, over the recount once it is read, the risk-limiting audit and (with sampled boxes)
 * the quick count.
 */
export function HandCountAudit({
  prefix,
  chosen,
  level,
  lang,
  t,
}: {
  /** The inputs' `data-input` prefix: `audit-math` on the page of its own, `audit` in the step. */
  prefix: string;
  chosen: ChosenRecount | null;
  level: 3 | 4;
  lang: Lang;
  t: Messages;
}) {
  const words = AUDIT_MATH_WORDS[lang];
  const [ballotsHand, setBallotsHand] = useState<HandFile | null>(null);
  const [boxesHand, setBoxesHand] = useState<HandFile | null>(null);
  const picker = (label: string, role: string, file: HandFile | null, onFile: (file: HandFile) => void) => (
    <FilePicker
      label={label}
      t={t}
      accept=".csv"
      dataInput={`${prefix}-hand-${role}`}
      chosen={file ? [file.name] : []}
      onFiles={([picked]) => picked && void handFileOf(picked).then(onFile)}
    />
  );
  return (
    <>
      <div class="hand-count-pickers">
        {picker(words.handBallots, 'ballots', ballotsHand, setBallotsHand)}
        {picker(words.handBoxes, 'boxes', boxesHand, setBoxesHand)}
      </div>
      {chosen && (
        <RiskLimitPanel
          {...chosen}
          ballotsHand={ballotsHand}
          boxesHand={boxesHand}
          level={level}
          lang={lang}
          t={t}
        />
      )}
      {chosen && boxesHand && (
        <QuickCountPanel {...chosen} hand={boxesHand} level={level} lang={lang} t={t} />
      )}
    </>
  );
}
