import { verdictWords } from '../shared/verdict-words.js';
import { rulesName } from '../shared/rules-name.js';
import { quorumStatus, type VerifiedReceipt } from '../../core/index.js';
import { HashText } from '../shared/HashText';
import { VERDICT_ICONS } from '../shared/verdict-icons';
import { formatDateTime, formatNumber, type Lang, type Messages } from '../shared/i18n';
import { QrCode } from './qr-code';
import { signatureWords } from './receipt-words';
import { SignerFacts, SigningFacts } from './signing-facts';
import { asSentence } from '../shared/as-sentence.js';
import { blankWords } from '../shared/blank-words';
import { findingsHeading } from '../shared/findings-heading.js';

/**
 * A receipt for people to read and file: verdict, counts, findings, inputs, signer, and the payload's
 * hash as a QR code. A file whose signature fails says so as its headline and offers no printing: what
 * it claims is shown on screen only, set apart, and left out of a print.
 */
export function PrintableReceipt({
  verified,
  layoutIntact,
  verifyHref,
  lang,
  t,
}: {
  verified: VerifiedReceipt;
  layoutIntact: boolean;
  /** The verify page, with this receipt open when it was handed over. */
  verifyHref: string;
  lang: Lang;
  t: Messages;
}) {
  const { payload } = verified;
  const valid = verified.signatureValid && layoutIntact;
  const { report } = payload;
  const quorum = quorumStatus(report);
  const count = (value: number | null) => (value === null ? '—' : formatNumber(value, lang));
  return (
    <div class="sheet" data-testid="printable-receipt" data-valid={String(valid)}>
      {valid ? (
        <div class="toolbar no-print">
          <button type="button" class="primary" data-testid="print" onClick={() => window.print()}>
            {t.printOrPdf}
          </button>
        </div>
      ) : null}
      <header>
        <h1 data-testid="headline" class={valid ? '' : 'bad-text'}>
          {valid ? t.receiptTitle : `✘ ${t.untrustedHeadline}`}
        </h1>
        <p class="election">{report.election}</p>
      </header>

      <section class={`status ${valid ? 'good' : 'bad'}`} data-testid="signature" data-valid={String(valid)}>
        <span class="status-icon" aria-hidden="true">
          {valid ? '✔' : '✘'}
        </span>
        <span>{signatureWords(t, verified.signatureValid, layoutIntact)}</span>
      </section>

      <div class={valid ? '' : 'untrusted'}>
        {valid ? null : <h2>{t.untrustedContents}</h2>}
        <section class="verdict" data-testid="verdict" data-verdict={report.verdict}>
          <span class="caption">{t.verdictLabel}</span>
          <strong>
            <span aria-hidden="true">{VERDICT_ICONS[report.verdict]} </span>
            {verdictWords(report, lang, t)}
          </strong>
        </section>

        <section class="columns">
          <dl class="facts">
            <dt>{t.rules}</dt>
            <dd>{t.rulesAndRound(rulesName(payload.rules.id, lang), report.round)}</dd>
            <dt>{t.registeredVoters}</dt>
            <dd>{count(report.turnout.registered)}</dd>
            <dt>{t.cast}</dt>
            <dd>{count(report.turnout.cast)}</dd>
            <dt>{t.issued}</dt>
            <dd>{count(report.turnout.issued)}</dd>
            <dt>{t.validInvalid}</dt>
            <dd>
              {count(report.turnout.validUnknown ? null : report.turnout.valid)} /{' '}
              {count(report.turnout.validUnknown ? null : report.turnout.invalid)}
            </dd>
            <dt>{t.quorumLabel}</dt>
            <dd data-testid="quorum" data-quorum={quorum}>
              {asSentence(t.quorum[quorum], lang)}
            </dd>
            <SigningFacts payload={payload} lang={lang} t={t} />
          </dl>
          <figure class="qr-box">
            <QrCode text={verified.payloadSha256} label={`${t.checkNumber} ${verified.payloadSha256}`} />
            <figcaption>
              <strong class="qr-label">{t.checkNumber}</strong>
              <HashText value={verified.payloadSha256} label={t.checkNumber} t={t} testId="payload-sha256" />
              <small class="qr-detail">
                {t.checkNumberHow}
                {t.aside(t.checkNumberTechnical)}
              </small>
            </figcaption>
          </figure>
        </section>

        {report.contests.length > 0 ? (
          <section>
            <h2>{t.resultsByPosition}</h2>
            {report.contests.map((contest) => (
              <table key={contest.id} class="grid">
                <caption>
                  {t.contestCaption(
                    contest.name,
                    formatNumber(contest.seats, lang),
                    count(report.turnout.validUnknown ? null : contest.validBallots),
                    contest.votesNeeded === null ? null : formatNumber(contest.votesNeeded, lang),
                  )}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t.candidate}</th>
                    <th scope="col" class="number">
                      {t.votes}
                    </th>
                    <th scope="col">{t.elected}</th>
                  </tr>
                </thead>
                <tbody>
                  {contest.candidates.map((candidate) => (
                    <tr key={candidate.id}>
                      <td>
                        {candidate.name}
                        {candidate.writeIn ? t.aside(t.writeIn) : ''}
                      </td>
                      <td class="number">{formatNumber(candidate.votes, lang)}</td>
                      <td>
                        {contest.undecided
                          ? `? ${t.undecidedOutcome}`
                          : candidate.elected
                            ? `✔ ${t.elected}`
                            : ''}
                      </td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row">{t.blank}</th>
                    <td class="number" data-figure="blank">
                      {blankWords(contest, lang, t, report.turnout.validUnknown === true)}
                    </td>
                    <td />
                  </tr>
                  <tr>
                    <th scope="row">{t.openSeats}</th>
                    <td class="number" data-figure="open-seats">
                      {count(contest.undecided ? null : (contest.unfilledSeats ?? null))}
                    </td>
                    <td />
                  </tr>
                </tfoot>
              </table>
            ))}
          </section>
        ) : null}

        <section>
          <h2 data-testid="findings-title">{findingsHeading(report.findings, t)}</h2>
          {report.findings.length === 0 ? (
            <p>{t.none}</p>
          ) : (
            <table class="grid findings" data-testid="findings">
              <thead>
                <tr>
                  <th scope="col">{t.severity}</th>
                  <th scope="col">{t.message}</th>
                </tr>
              </thead>
              <tbody>
                {report.findings.map((finding, index) => (
                  <tr key={index} class={`severity-${finding.severity}`} data-code={finding.code}>
                    <td>{t.severities[finding.severity]}</td>
                    <td>
                      {asSentence(finding.messages?.[lang] ?? finding.message, lang)}{' '}
                      <details class="code">
                        <summary>{t.findingCode}</summary>
                        <code>{finding.code}</code>
                      </details>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>

        <section>
          <h2>{t.inputFilesTitle}</h2>
          <table class="grid inputs" data-testid="inputs">
            <thead>
              <tr>
                <th scope="col">{t.inputRole}</th>
                <th scope="col">{t.file}</th>
                <th scope="col" class="number">
                  {t.bytes}
                </th>
                <th scope="col">SHA-256</th>
              </tr>
            </thead>
            <tbody>
              {payload.inputs.map((input) => (
                <tr key={input.role + input.name}>
                  <td data-label={t.inputRole}>{t.roles[input.role]}</td>
                  <td class="wrap" data-label={t.file}>
                    {input.name}
                  </td>
                  <td class="number" data-label={t.bytes}>
                    {formatNumber(input.size, lang)}
                  </td>
                  <td data-label="SHA-256">
                    <HashText value={input.sha256} label="SHA-256" t={t} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {payload.announcementSource ? (
            <p class="source">
              {t.announcementFrom}
              {t.colon}
              {payload.announcementSource.title} — <span class="wrap">{payload.announcementSource.url}</span>
              {t.listSeparator}
              {t.capturedOn(formatDateTime(payload.announcementSource.capturedAt, lang))}
              {t.listSeparator}SHA-256{' '}
              <HashText value={payload.announcementSource.sha256} label="SHA-256" t={t} />
            </p>
          ) : null}
        </section>

        <section class="signer">
          <h2>{t.signer}</h2>
          <SignerFacts verified={verified} t={t} />
        </section>
      </div>
      <p class="small" data-testid="how-to-verify">
        {t.verifyBefore}
        <a href={verifyHref} data-testid="verify-link">
          {t.verifyLink}
        </a>
        {t.verifyAfter} <code>npx tallywitness verify receipt.json</code>
        {lang === 'zh' ? '。' : '.'}
      </p>
    </div>
  );
}
