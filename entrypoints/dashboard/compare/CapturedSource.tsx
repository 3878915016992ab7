import type { Capture } from '../../shared/capture-store.js';
import type { Lang } from '../../shared/i18n.js';
import { localeOf } from '../charts/format-number.js';
import '../charts/charts.css';
import { captureWords } from './capture-words.js';

/** Where a captured announcement came from: what the receipt will record as its source. */
export function CapturedSource({ capture, edited, lang }: { capture: Capture; edited: boolean; lang: Lang }) {
  const words = captureWords(lang);
  return (
    <div class="captured-source" data-testid="captured-source" data-capture-id={capture.id}>
      <p>
        <strong>{words.capturedFrom}</strong>
      </p>
      <dl class="capture-facts">
        <dt>{words.title}</dt>
        <dd data-testid="captured-title">{capture.title || words.untitled}</dd>
        <dt>{words.url}</dt>
        <dd data-testid="captured-url">{capture.url}</dd>
        <dt>{words.capturedAt}</dt>
        <dd>
          <time dateTime={capture.capturedAt} data-testid="captured-at">
            {new Date(capture.capturedAt).toLocaleString(localeOf(lang))} ({capture.capturedAt})
          </time>
        </dd>
        <dt>{words.sha256}</dt>
        <dd>
          <code class="hash" data-testid="captured-sha256">
            {capture.sha256}
          </code>
        </dd>
      </dl>
      {edited ? (
        <p class="warning" role="status">
          <span aria-hidden="true">⚠ </span>
          {words.edited}
        </p>
      ) : (
        <p class="hint">{words.goesIntoReceipt}</p>
      )}
    </div>
  );
}
