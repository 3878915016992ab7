import type { Receipt, VerifiedBundle, VerifiedReceipt } from '../../core/index.js';
import { FINGERPRINT_ADVICE, signatureWords, VERDICT_WORDS } from '../receipt/receipt-words';

/** The signature's verdict, the signer's key, and what the receipt says. */
export function ReceiptView(props: {
  verified: VerifiedReceipt;
  layoutIntact: boolean;
  onPrint: () => void;
}) {
  const { verified, onPrint } = props;
  const { payload } = verified;
  const errors = payload.report.findings.filter((finding) => finding.severity === 'error').length;
  const warnings = payload.report.findings.filter((finding) => finding.severity === 'warning').length;
  return (
    <section data-testid="receipt">
      <SignatureBanner signatureValid={verified.signatureValid} layoutIntact={props.layoutIntact} />
      <SignerFacts verified={verified} />
      <h2>回执内容 / What the receipt says</h2>
      <dl class="facts">
        <dt>选举 / Election</dt>
        <dd>{payload.report.election || '—'}</dd>
        <dt>结论 / Verdict</dt>
        <dd data-testid="verdict">{VERDICT_WORDS[payload.report.verdict] ?? payload.report.verdict}</dd>
        <dt>发现 / Findings</dt>
        <dd>
          {errors} 个错误、{warnings} 个警告，共 {payload.report.findings.length} 项 / {errors} errors,{' '}
          {warnings} warnings, {payload.report.findings.length} in all
        </dd>
        <dt>规则 / Rules</dt>
        <dd>{payload.rules.id}</dd>
        <dt>工具 / Tool</dt>
        <dd>
          {payload.tool.name} {payload.tool.version}
        </dd>
        <dt>签名时间 / Signed at</dt>
        <dd>{payload.signedAt}</dd>
        {payload.announcementSource ? (
          <>
            <dt>公告来源 / Announcement from</dt>
            <dd class="wrap">
              {payload.announcementSource.title} — {payload.announcementSource.url}（
              {payload.announcementSource.capturedAt}，SHA-256{' '}
              <span class="hash">{payload.announcementSource.sha256}</span>）
            </dd>
          </>
        ) : null}
        <dt>载荷 SHA-256 / Payload SHA-256</dt>
        <dd class="hash" data-testid="payload-sha256">
          {verified.payloadSha256}
        </dd>
      </dl>
      <button type="button" class="primary" data-testid="open-printable" onClick={onPrint}>
        打印版 / Printable view
      </button>
    </section>
  );
}

export function SignatureBanner({
  signatureValid,
  layoutIntact,
}: {
  signatureValid: boolean;
  layoutIntact: boolean;
}) {
  const valid = signatureValid && layoutIntact;
  return (
    <p class={`banner ${valid ? 'good' : 'bad'}`} data-testid="signature" data-valid={String(valid)}>
      {(valid ? '✔ ' : '✘ ') + signatureWords(signatureValid, layoutIntact)}
    </p>
  );
}

function SignerFacts({
  verified,
}: {
  verified: Pick<VerifiedReceipt, 'fingerprint' | 'publicKey' | 'label'>;
}) {
  return (
    <dl class="facts">
      <dt>指纹 / Fingerprint</dt>
      <dd class="fingerprint" data-testid="fingerprint">
        {verified.fingerprint}
      </dd>
      <dt>公钥 / Public key</dt>
      <dd class="hash" data-testid="public-key">
        {verified.publicKey}
      </dd>
      {verified.label !== undefined ? (
        <>
          <dt>签名人自称 / Signer's own label</dt>
          <dd>{verified.label}（随回执签名，但无人担保 / signed with the receipt, vouched for by no one）</dd>
        </>
      ) : null}
      <dd class="advice">{FINGERPRINT_ADVICE}</dd>
    </dl>
  );
}

/** A bundle: each co-signer's signature, whether they covered the same inputs, and where they disagree. */
export function BundleView(props: {
  verified: VerifiedBundle;
  layoutIntact: boolean;
  onPrint: (receipt: Receipt) => void;
}) {
  const { verified, onPrint } = props;
  return (
    <section data-testid="bundle">
      <SignatureBanner signatureValid={verified.allSignaturesValid} layoutIntact={props.layoutIntact} />
      <ul class="checks">
        <li data-ok={String(verified.distinctSigners)}>
          {verified.distinctSigners
            ? '✔ 每位签名人只签一次 / Each signer signs once'
            : '✘ 有密钥签了不止一次 / A key signs more than once'}
        </li>
        <li data-ok={String(verified.sameInputs)}>
          {verified.sameInputs
            ? '✔ 所有回执针对同一批输入 / Every receipt covers the same inputs'
            : '✘ 回执针对的输入不同 / The receipts cover different inputs'}
        </li>
        <li data-ok={String(verified.summaryMatches)}>
          {verified.summaryMatches
            ? '✔ 合集摘要与其中回执相符 / The bundle summary matches its receipts'
            : '✘ 合集摘要与其中回执不符（以下按回执重新得出）/ The bundle summary does not match its receipts (shown below as re-derived)'}
        </li>
        <li data-ok={String(verified.bundle.agreement)}>
          {verified.bundle.agreement
            ? '✔ 各签名人的报告一致 / The signers agree'
            : `✘ 各签名人的报告在 ${verified.bundle.disagreements.length} 处不同 / The signers disagree in ${verified.bundle.disagreements.length} places`}
        </li>
      </ul>
      <h2>签名人 / Signers</h2>
      <ol class="signers">
        {verified.receipts.map((receipt, index) => (
          <li key={receipt.publicKey + index}>
            <span class={receipt.signatureValid ? 'good-text' : 'bad-text'}>
              {receipt.signatureValid ? '✔ 签名有效 / valid' : '✘ 签名无效 / NOT valid'}
            </span>{' '}
            <span class="fingerprint">{receipt.fingerprint}</span>{' '}
            {receipt.label ? `（${receipt.label}）` : ''}{' '}
            <span class="muted">{receipt.payload.signedAt}</span>{' '}
            <button type="button" class="link" onClick={() => onPrint(receipt.receipt)}>
              打印版 / Printable view
            </button>
          </li>
        ))}
      </ol>
      {verified.bundle.disagreements.length > 0 ? (
        <>
          <h2>分歧 / Disagreements</h2>
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
