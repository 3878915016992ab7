import { useEffect, useState } from 'preact/hooks';
import {
  combineSignedFiles,
  formatInputError,
  serializeSignedFile,
  type Bundle,
  type InputError,
  type SignedFileBytes,
} from '../../core/index.js';
import { safeFileName } from '../shared/download';
import type { Lang, Messages } from '../shared/i18n';

type Combined =
  | { readonly state: 'idle' }
  | { readonly state: 'refused'; readonly errors: readonly InputError[] }
  | { readonly state: 'done'; readonly bundle: Bundle; readonly text: string };

/** The file name a bundle is offered under: its election and the last signing day. */
export function bundleFileName(bundle: Bundle): string {
  const election = bundle.receipts[0]?.payload.report.election ?? '';
  const lastDay = bundle.signers
    .map((signer) => signer.signedAt.slice(0, 10))
    .sort()
    .at(-1);
  return `bundle-${safeFileName(election)}-${lastDay ?? ''}.json`;
}

/**
 * Several receipts dropped at once: combines them into a co-signed bundle (the same core function as
 * `tallywitness bundle`), offers it as a download, and hands it to the page to verify.
 */
export function CombineView(props: {
  files: readonly SignedFileBytes[];
  onCombined: (name: string, bytes: Uint8Array) => void;
  lang: Lang;
  t: Messages;
}) {
  const { files, onCombined, lang, t } = props;
  const [combined, setCombined] = useState<Combined>({ state: 'idle' });
  const [url, setUrl] = useState<string | null>(null);

  useEffect(() => setCombined({ state: 'idle' }), [files]);
  useEffect(() => {
    if (combined.state !== 'done') return setUrl(null);
    const blobUrl = URL.createObjectURL(new Blob([combined.text], { type: 'application/json' }));
    setUrl(blobUrl);
    return () => URL.revokeObjectURL(blobUrl);
  }, [combined]);

  const combine = () => {
    const result = combineSignedFiles(files);
    if (!result.ok) return setCombined({ state: 'refused', errors: result.errors });
    const text = serializeSignedFile(result.value);
    setCombined({ state: 'done', bundle: result.value, text });
    onCombined(bundleFileName(result.value), new TextEncoder().encode(text));
  };

  return (
    <section data-testid="combine">
      <h2>{t.cosignTitle}</h2>
      <p class="hint">{t.cosignHint}</p>
      <ul class="chosen">
        {files.map((file) => (
          <li key={file.name}>{file.name}</li>
        ))}
      </ul>
      <button type="button" class="primary" data-testid="combine-bundle" onClick={combine}>
        {t.combine}
      </button>
      {combined.state === 'refused' ? (
        <div class="status bad" data-testid="combine-errors">
          <strong>{t.cannotCombine}</strong>
          <ul>
            {combined.errors.map((error, index) => (
              <li key={index}>
                <code>{formatInputError(error, lang)}</code>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {combined.state === 'done' && url ? (
        <p>
          <a
            class="like-button primary"
            href={url}
            download={bundleFileName(combined.bundle)}
            data-testid="bundle-link"
          >
            <span aria-hidden="true">⬇ </span>
            {t.downloadBundle(combined.bundle.signers.length)}
          </a>
        </p>
      ) : null}
    </section>
  );
}
