import { useEffect, useState } from 'preact/hooks';
import type { Messages } from './i18n.js';

/**
 * A digest or key as legible monospace text that wraps, with a button that copies it in one click
 * (people compare these by eye or paste them into another tool). `testId` marks the text itself.
 */
export function HashText({
  value,
  label,
  t,
  testId,
}: {
  value: string;
  /** What is copied, for the button's accessible name: "SHA-256", "public key". */
  label: string;
  t: Messages;
  testId?: string;
}) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  useEffect(() => setCopied(null), [value]);
  const copy = () =>
    navigator.clipboard.writeText(value).then(
      () => setCopied('yes'),
      () => setCopied('failed'),
    );
  return (
    <span class="hash-copy">
      <span class="hash" data-testid={testId}>
        {value}
      </span>
      <button type="button" class="copy no-print" aria-label={t.copyWhat(label)} onClick={() => void copy()}>
        {t.copy}
      </button>
      <span class="copy-status no-print" role="status">
        {copied === 'yes' ? t.copied : copied === 'failed' ? t.copyFailed : ''}
      </span>
    </span>
  );
}
