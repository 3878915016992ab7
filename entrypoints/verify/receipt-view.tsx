import { verdictWords } from '../shared/verdict-words.js';
import { rulesName } from '../shared/rules-name.js';
import type { ComponentChildren } from 'preact';
import type { Receipt, VerifiedBundle, VerifiedReceipt } from '../../core/index.js';
import { signatureWords } from '../receipt/receipt-words';
import { SignerFacts, SigningFacts } from '../receipt/signing-facts';
import { HashText } from '../shared/HashText';
import { VERDICT_ICONS } from '../shared/verdict-icons';
import { formatDateTime, type Lang, type Messages } from '../shared/i18n';

/**
 * What the check found, first and together: the signature, then the fresh recount (`recount`). An
 * invalid or altered file says so as its headline, offers no printable view, and shows what it claims
 * only under a heading that says not to rely on it.
 */
export function ReceiptView(props: {
  verified: VerifiedReceipt;
  layoutIntact: boolean;
  recount: ComponentChildren;
  /** Whether the fresh recount gave the signed report; null while there is none. */
  recountSame: boolean | null;
  /** The recount gave the signed report, but from files other than the signed ones. */
  otherFilesOnly: boolean;
  onPrint: () => void;
  lang: Lang;
  t: Messages;
}) {
  const { verified, onPrint, lang, t } = props;
  const { payload } = verified;
  const valid = verified.signatureValid && props.layoutIntact;
  const errors = payload.report.findings.filter((finding) => finding.severity === 'error').length;
  const warnings = payload.report.findings.filter((finding) => finding.severity === 'warning').length;
  return (
    <section data-testid="receipt" data-valid={String(valid)}>
      <CheckSummary valid={valid} recountSame={props.recountSame} otherFilesOnly={props.otherFilesOnly} t={t}>
        <SignatureLine
          signatureValid={verified.signatureValid}
          layoutIntact={props.layoutIntact}
          signed={t.signedWith(unbroken(verified.fingerprint), verified.label, payload.report.election)}
          t={t}
        />
        {valid && payload.report.verdict !== 'valid' ? (
          <p class="status warn" data-testid="receipt-verdict-note">
            <span class="status-icon" aria-hidden="true">
              {VERDICT_ICONS[payload.report.verdict]}
            </span>
            <span>
              {t.receiptVerdictNote(
                verdictWords(payload.report, lang, t),
                t.findingsCount(errors, warnings, payload.report.findings.length),
              )}
            </span>
          </p>
        ) : null}
        {valid ? null : (
          <p class="next-step" data-testid="untrusted-next">
            {t.untrustedNext}
          </p>
        )}
        {valid ? props.recount : null}
        {valid ? (
          <p class="actions">
            <button type="button" class="primary" data-testid="open-printable" onClick={onPrint}>
              {t.openPrintable}
            </button>
          </p>
        ) : null}
      </CheckSummary>
      <h2>{valid ? t.receiptSays : t.untrustedContents}</h2>
      <div class={valid ? '' : 'untrusted'}>
        <dl class="facts">
          <dt>{t.election}</dt>
          <dd>{payload.report.election || '—'}</dd>
          <dt>{t.verdictLabel}</dt>
          <dd data-testid="verdict" class={`verdict-${payload.report.verdict}`}>
            <span aria-hidden="true">{VERDICT_ICONS[payload.report.verdict]} </span>
            {verdictWords(payload.report, lang, t)}
          </dd>
          <dt>{t.findings}</dt>
          <dd>{t.findingsCount(errors, warnings, payload.report.findings.length)}</dd>
          <dt>{t.rules}</dt>
          <dd>{rulesName(payload.rules.id, lang)}</dd>
          <SigningFacts payload={payload} lang={lang} t={t} />
          {payload.announcementSource ? (
            <>
              <dt>{t.announcementFrom}</dt>
              <dd class="wrap">
                {payload.announcementSource.title} — {payload.announcementSource.url}
                {t.aside(t.capturedOn(formatDateTime(payload.announcementSource.capturedAt, lang)))}
                <div>
                  SHA-256 <HashText value={payload.announcementSource.sha256} label="SHA-256" t={t} />
                </div>
              </dd>
            </>
          ) : null}
          <dt>{t.checkNumber}</dt>
          <dd>
            <HashText value={verified.payloadSha256} label={t.checkNumber} t={t} testId="payload-sha256" />
            <div>
              <small class="muted">{t.checkNumberTechnical}</small>
            </div>
          </dd>
        </dl>
        <h3>{t.signer}</h3>
        <SignerFacts verified={verified} t={t} />
      </div>
    </section>
  );
}

/** The headline's id: the page moves the focus there when a file is chosen, as the dashboard does to its verdict. */
export const VERIFY_HEADLINE_ID = 'verify-headline';

/**
 * The box at the top: a headline that says whether the file can be relied on (its signature, and the
 * fresh recount once there is one: `recountSame`, null before), then the checks under it. The focus is
 * moved to the headline when the file is chosen; the recount's verdict comes later, so a live region
 * says it again when it comes.
 */
function CheckSummary({
  valid,
  recountSame,
  otherFilesOnly,
  t,
  children,
}: {
  valid: boolean;
  recountSame: boolean | null;
  otherFilesOnly: boolean;
  t: Messages;
  children: ComponentChildren;
}) {
  const good = valid && recountSame !== false;
  const headline = !valid
    ? t.untrustedHeadline
    : recountSame === null
      ? t.trustedHeadline
      : recountSame
        ? t.recountAgreesHeadline
        : otherFilesOnly
          ? t.recountOtherFilesHeadline
          : t.recountDiffersHeadline;
  return (
    <div class={`check-summary ${good ? 'good' : 'bad'}`}>
      <h2 id={VERIFY_HEADLINE_ID} data-testid="headline" class="headline" tabIndex={-1}>
        <span aria-hidden="true">{good ? '✔ ' : '✘ '}</span>
        {headline}
      </h2>
      <p class="visually-hidden" role="status" data-testid="recount-announcement">
        {valid && recountSame !== null ? headline : ''}
      </p>
      {children}
    </div>
  );
}

/**
 * The line under the headline. A valid signature is already said by the headline: the line says what it
 * covers (`signed`: whose key, over what), not "valid" again. A failed one says why, and what to do.
 */
function SignatureLine({
  signatureValid,
  layoutIntact,
  signed,
  t,
}: {
  signatureValid: boolean;
  layoutIntact: boolean;
  signed: string;
  t: Messages;
}) {
  const valid = signatureValid && layoutIntact;
  return (
    <p class={`status ${valid ? 'good' : 'bad'}`} data-testid="signature" data-valid={String(valid)}>
      <span class="status-icon" aria-hidden="true">
        {valid ? '✔' : '✘'}
      </span>
      {valid ? <span>{signed}</span> : <strong>{signatureWords(t, signatureValid, layoutIntact)}</strong>}
    </p>
  );
}

/** A fingerprint kept on one line in a sentence (its groups joined by no-break spaces). */
const unbroken = (fingerprint: string) => fingerprint.replace(/ /g, '\u00a0');

/** A bundle: each co-signer's signature, whether they covered the same inputs, and where they disagree. */
export function BundleView(props: {
  verified: VerifiedBundle;
  layoutIntact: boolean;
  recount: ComponentChildren;
  recountSame: boolean | null;
  otherFilesOnly: boolean;
  onPrint: (receipt: Receipt) => void;
  lang: Lang;
  t: Messages;
}) {
  const { verified, onPrint, lang, t } = props;
  const valid = verified.allSignaturesValid && props.layoutIntact;
  const checks: readonly [boolean, string, string][] = [
    [verified.distinctSigners, t.eachSignerOnce, t.keySignsTwice],
    [verified.sameInputs, t.sameInputs, t.differentInputs],
    [verified.summaryMatches, t.summaryMatches, t.summaryDiffers],
    [verified.bundle.agreement, t.signersAgree, t.signersDisagree(verified.bundle.disagreements.length)],
  ];
  return (
    <section data-testid="bundle" data-valid={String(valid)}>
      <CheckSummary valid={valid} recountSame={props.recountSame} otherFilesOnly={props.otherFilesOnly} t={t}>
        <SignatureLine
          signatureValid={verified.allSignaturesValid}
          layoutIntact={props.layoutIntact}
          signed={t.bundleUnchanged(verified.receipts.length)}
          t={t}
        />
        <ul class="checks">
          {checks.map(([ok, yes, no]) => (
            <li key={yes} data-ok={String(ok)} class={ok ? 'good-text' : 'bad-text'}>
              <span aria-hidden="true">{ok ? '✔ ' : '✘ '}</span>
              {ok ? yes : no}
            </li>
          ))}
        </ul>
        {valid ? props.recount : null}
      </CheckSummary>
      <h2>{t.signers}</h2>
      <ol class="signers">
        {verified.receipts.map((receipt, index) => (
          <li key={receipt.publicKey + index}>
            <span class={receipt.signatureValid ? 'good-text' : 'bad-text'}>
              <span aria-hidden="true">{receipt.signatureValid ? '✔ ' : '✘ '}</span>
              {receipt.signatureValid ? t.signerValid : t.signerInvalid}
            </span>{' '}
            <span class="fingerprint">{receipt.fingerprint}</span>{' '}
            {receipt.label ? t.aside(receipt.label) : ''}{' '}
            <span class="muted">
              <time dateTime={receipt.payload.signedAt}>
                {formatDateTime(receipt.payload.signedAt, lang)}
              </time>
            </span>{' '}
            {valid && receipt.signatureValid ? (
              <button type="button" class="link" onClick={() => onPrint(receipt.receipt)}>
                {t.printableShort}
              </button>
            ) : null}
          </li>
        ))}
      </ol>
      {verified.bundle.disagreements.length > 0 ? (
        <>
          <h2>{t.disagreements}</h2>
          <ul class="disagreements">
            {verified.bundle.disagreements.map((disagreement) => (
              <li key={disagreement.path}>
                <code>{disagreement.path}</code>:{' '}
                {disagreement.values
                  .map((value) => `${value.fingerprint} → ${JSON.stringify(value.value)}`)
                  .join('；')}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
