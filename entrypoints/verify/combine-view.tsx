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
}) {
  const { files, onCombined } = props;
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
      <h2>联署 / Co-signing</h2>
      <p class="muted">
        同一批输入的多份回执可合并为一个联署包；各人报告的分歧会列在包中。 / Receipts over the same inputs can
        be combined into one bundle; where the signers’ reports differ is listed in it.
      </p>
      <ul class="chosen">
        {files.map((file) => (
          <li key={file.name}>{file.name}</li>
        ))}
      </ul>
      <button type="button" class="primary" data-testid="combine-bundle" onClick={combine}>
        合并为联署包 / Combine into a bundle
      </button>
      {combined.state === 'refused' ? (
        <div class="banner bad" data-testid="combine-errors">
          <strong>无法合并 / Cannot combine</strong>
          <ul>
            {combined.errors.map((error, index) => (
              <li key={index}>{formatInputError(error)}</li>
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
            下载联署包（{combined.bundle.signers.length} 位签名人）/ Download the bundle (
            {combined.bundle.signers.length} signers)
          </a>
        </p>
      ) : null}
    </section>
  );
}
