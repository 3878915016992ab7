import { quorumStatus, type VerifiedReceipt } from '../../core/index.js';
import { QrCode } from './qr-code';
import {
  FINGERPRINT_ADVICE,
  QUORUM_WORDS,
  ROLE_WORDS,
  SEVERITY_WORDS,
  signatureWords,
  VERDICT_WORDS,
} from './receipt-words';

/** A receipt for people to read and file: verdict, counts, findings, inputs, signer, and the payload's hash as a QR code. */
export function PrintableReceipt({
  verified,
  layoutIntact,
}: {
  verified: VerifiedReceipt;
  layoutIntact: boolean;
}) {
  const { payload } = verified;
  const valid = verified.signatureValid && layoutIntact;
  const { report } = payload;
  const quorum = quorumStatus(report);
  return (
    <main class="sheet" data-testid="printable-receipt">
      <div class="toolbar no-print">
        <button type="button" onClick={() => window.print()}>
          打印或存为 PDF / Print or save as PDF
        </button>
      </div>
      <header>
        <h1>计票见证 核验回执 / TallyWitness verification receipt</h1>
        <p class="election">{report.election}</p>
      </header>

      <section
        class={`signature ${valid ? 'good' : 'bad'}`}
        data-testid="signature"
        data-valid={String(valid)}
      >
        {(valid ? '✔ ' : '✘ ') + signatureWords(verified.signatureValid, layoutIntact)}
      </section>

      <section class="verdict" data-testid="verdict" data-verdict={report.verdict}>
        <span class="caption">结论 / Verdict</span>
        <strong>{VERDICT_WORDS[report.verdict] ?? report.verdict}</strong>
      </section>

      <section class="columns">
        <dl class="facts">
          <dt>规则 / Rules</dt>
          <dd>
            {payload.rules.id}（{report.round === 'runoff' ? '另行选举 / runoff' : '首轮 / first round'}）
          </dd>
          <dt>登记选民 / Registered</dt>
          <dd>{report.turnout.registered ?? '—'}</dd>
          <dt>投票 / Cast</dt>
          <dd>{report.turnout.cast}</dd>
          <dt>发出选票 / Issued</dt>
          <dd>{report.turnout.issued ?? '—'}</dd>
          <dt>有效 / 无效 · Valid / invalid</dt>
          <dd>
            {report.turnout.valid} / {report.turnout.invalid}
          </dd>
          <dt>过半数参加投票 / Quorum met</dt>
          <dd data-testid="quorum" data-quorum={quorum}>
            {QUORUM_WORDS[quorum]}
          </dd>
          <dt>签名时间 / Signed at</dt>
          <dd>{payload.signedAt}</dd>
          <dt>工具 / Tool</dt>
          <dd>
            {payload.tool.name} {payload.tool.version}
          </dd>
        </dl>
        <figure class="qr-box">
          <QrCode text={verified.payloadSha256} label={`SHA-256 ${verified.payloadSha256}`} />
          <figcaption>
            载荷 SHA-256 / Payload SHA-256
            <span class="hash" data-testid="payload-sha256">
              {verified.payloadSha256}
            </span>
          </figcaption>
        </figure>
      </section>

      {report.contests.length > 0 ? (
        <section>
          <h2>各职位结果 / Results by position</h2>
          {report.contests.map((contest) => (
            <table key={contest.id} class="grid">
              <caption>
                {contest.name}（{contest.seats} 席 / seats，有效票 / valid ballots {contest.validBallots}
                {contest.votesNeeded !== null ? `，当选需 / needed ${contest.votesNeeded}` : ''}）
              </caption>
              <thead>
                <tr>
                  <th>候选人 / Candidate</th>
                  <th class="number">得票 / Votes</th>
                  <th>当选 / Elected</th>
                </tr>
              </thead>
              <tbody>
                {contest.candidates.map((candidate) => (
                  <tr key={candidate.id}>
                    <td>
                      {candidate.name}
                      {candidate.writeIn ? '（另选他人 / write-in）' : ''}
                    </td>
                    <td class="number">{candidate.votes}</td>
                    <td>{candidate.elected ? '✔' : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
        </section>
      ) : null}

      <section>
        <h2>发现 / Findings（{report.findings.length}）</h2>
        {report.findings.length === 0 ? (
          <p>无 / None</p>
        ) : (
          <table class="grid findings" data-testid="findings">
            <thead>
              <tr>
                <th>级别 / Severity</th>
                <th>代码 / Code</th>
                <th>说明 / Message</th>
              </tr>
            </thead>
            <tbody>
              {report.findings.map((finding, index) => (
                <tr key={index} class={`severity-${finding.severity}`}>
                  <td>{SEVERITY_WORDS[finding.severity]}</td>
                  <td>
                    <code>{finding.code}</code>
                  </td>
                  <td>
                    <div lang="zh">{finding.messages?.zh ?? finding.message}</div>
                    {finding.messages?.en ? <div lang="en">{finding.messages.en}</div> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section>
        <h2>输入文件 / Inputs</h2>
        <table class="grid" data-testid="inputs">
          <thead>
            <tr>
              <th>用途 / Role</th>
              <th>文件 / File</th>
              <th class="number">字节 / Bytes</th>
              <th>SHA-256</th>
            </tr>
          </thead>
          <tbody>
            {payload.inputs.map((input) => (
              <tr key={input.role + input.name}>
                <td>{ROLE_WORDS[input.role] ?? input.role}</td>
                <td>{input.name}</td>
                <td class="number">{input.size}</td>
                <td class="hash">{input.sha256}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {payload.announcementSource ? (
          <p class="source">
            公告截取自 / Announcement captured from: {payload.announcementSource.title} —{' '}
            <span class="wrap">{payload.announcementSource.url}</span>，
            {payload.announcementSource.capturedAt}，SHA-256{' '}
            <span class="hash">{payload.announcementSource.sha256}</span>
          </p>
        ) : null}
      </section>

      <section class="signer">
        <h2>签名人 / Signer</h2>
        <dl class="facts">
          <dt>指纹 / Fingerprint</dt>
          <dd class="fingerprint" data-testid="fingerprint">
            {verified.fingerprint}
          </dd>
          <dt>公钥 / Public key (Ed25519)</dt>
          <dd class="hash">{verified.publicKey}</dd>
          {verified.label !== undefined ? (
            <>
              <dt>签名人自称 / Signer's own label</dt>
              <dd>{verified.label}</dd>
            </>
          ) : null}
        </dl>
        <p class="small">{FINGERPRINT_ADVICE}</p>
        <p class="small">
          核验：在计票见证扩展的“核验回执”页打开回执 JSON，或运行{' '}
          <code>npx tallywitness verify receipt.json</code>。 / To verify: open the receipt JSON in the
          extension's “Verify a receipt” page, or run <code>npx tallywitness verify receipt.json</code>.
        </p>
      </section>
    </main>
  );
}
