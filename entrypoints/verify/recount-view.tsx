import {
  differencesNotListed,
  listedDifferences,
  onlyOtherFiles,
  type ReceiptDifference,
} from '../../core/index.js';
import type { Lang, Messages } from '../shared/i18n.js';
import { asSentence } from '../shared/as-sentence.js';

/** Whether a fresh recount reproduces a receipt, and where it does not. */
export function RecountView({
  differences,
  signer,
  lang,
  t,
}: {
  differences: readonly ReceiptDifference[];
  signer?: string | undefined;
  lang: Lang;
  t: Messages;
}) {
  const same = differences.length === 0;
  // The first DIFFERENCES_LISTED, then one line counting the rest: 80,000 would be as many list items.
  const shown = listedDifferences(differences);
  return (
    <div class={`status ${same ? 'good' : 'bad'}`} data-testid="recount-result" data-same={String(same)}>
      <span class="status-icon" aria-hidden="true">
        {same ? '✔' : '✘'}
      </span>
      <div>
        {signer ? (
          <span class="fingerprint">
            {signer}
            {t.colon}
          </span>
        ) : null}
        <strong>
          {same
            ? t.recountSame
            : onlyOtherFiles(differences)
              ? t.recountOtherFiles
              : t.recountDiffers(differences.length)}
        </strong>
        {same ? null : (
          <ul>
            {shown.listed.map((difference, index) => (
              <li key={index} data-code={difference.code}>
                {asSentence(difference.messages[lang], lang)}
              </li>
            ))}
            {shown.notListed > 0 ? (
              <li data-testid="differences-not-listed">
                {asSentence(differencesNotListed(shown)[lang], lang)}
              </li>
            ) : null}
          </ul>
        )}
      </div>
    </div>
  );
}
