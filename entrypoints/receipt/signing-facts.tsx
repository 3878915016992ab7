import type { ReceiptPayload } from '../../core/index.js';
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
