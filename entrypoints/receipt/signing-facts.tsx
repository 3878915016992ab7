import type { ReceiptPayload, VerifiedReceipt } from '../../core/index.js';
import { HashText } from '../shared/HashText';
import { formatDateTime, type Lang, type Messages } from '../shared/i18n';

/** When a receipt was signed and with which tool: two rows of a facts list (`dl.facts`). */
export function SigningFacts({ payload, lang, t }: { payload: ReceiptPayload; lang: Lang; t: Messages }) {
  return (
    <>
      <dt>{t.signedAt}</dt>
      <dd>
        <time dateTime={payload.signedAt}>{formatDateTime(payload.signedAt, lang)}</time>
      </dd>
      <dt>{t.tool}</dt>
      <dd>
        {payload.tool.name} {payload.tool.version}
      </dd>
    </>
  );
}

/** Who signed: the key's fingerprint and public key, the label they gave, and how to check them. */
export function SignerFacts({
  verified,
  t,
}: {
  verified: Pick<VerifiedReceipt, 'fingerprint' | 'publicKey' | 'label'>;
  t: Messages;
}) {
  return (
    <dl class="facts">
      <dt>{t.fingerprint}</dt>
      <dd class="fingerprint" data-testid="fingerprint">
        {verified.fingerprint}
      </dd>
      <dt>{t.publicKey}</dt>
      <dd>
        <HashText value={verified.publicKey} label={t.publicKey} t={t} testId="public-key" />
      </dd>
      {verified.label !== undefined ? (
        <>
          <dt>{t.signerLabel}</dt>
          <dd>
            {verified.label} <span class="muted">{t.aside(t.labelUnvouched)}</span>
          </dd>
        </>
      ) : null}
      <dd class="advice">{t.fingerprintAdvice}</dd>
    </dl>
  );
}
