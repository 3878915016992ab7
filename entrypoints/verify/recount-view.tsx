import type { ReceiptDifference } from '../../core/index.js';

/** Whether a fresh recount reproduces a receipt, and where it does not. */
export function RecountView({
  differences,
  signer,
}: {
  differences: readonly ReceiptDifference[];
  signer?: string | undefined;
}) {
  const same = differences.length === 0;
  return (
    <div class={`banner ${same ? 'good' : 'bad'}`} data-testid="recount-result" data-same={String(same)}>
      {signer ? <span class="fingerprint">{signer}: </span> : null}
      {same
        ? '✔ 重新计票得到与回执相同的报告。 / The fresh recount gives the same report as the receipt.'
        : `✘ 重新计票与回执有 ${differences.length} 处不同。 / The fresh recount differs from the receipt in ${differences.length} places.`}
      {same ? null : (
        <ul>
          {differences.map((difference, index) => (
            <li key={index} data-code={difference.code}>
              <div lang="zh">{difference.messages.zh}</div>
              <div lang="en">{difference.messages.en}</div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
