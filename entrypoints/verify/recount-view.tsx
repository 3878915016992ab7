import type { ReceiptDifference } from '../../core/index.js';
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
  return (
    <div class={`status ${same ? 'good' : 'bad'}`} data-testid="recount-result" data-same={String(same)}>
      <span class="status-icon" aria-hidden="true">
        {same ? '✔' : '✘'}
      </span>
      <div>
        {signer ? <span class="fingerprint">{signer}: </span> : null}
        <strong>{same ? t.recountSame : t.recountDiffers(differences.length)}</strong>
        {same ? null : (
          <ul>
            {differences.map((difference, index) => (
              <li key={index} data-code={difference.code}>
                {asSentence(difference.messages[lang], lang)}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
