import { useEffect, useState } from 'preact/hooks';
import { serializeSignedFile } from '../../../core/index.js';

/** A link that saves a signed file (commitment, selection) in the one byte layout verifiers accept. */
export function SignedFileLink({
  value,
  name,
  label,
  testId,
}: {
  value: unknown;
  name: string;
  label: string;
  testId: string;
}) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const blobUrl = URL.createObjectURL(new Blob([serializeSignedFile(value)], { type: 'application/json' }));
    setUrl(blobUrl);
    return () => URL.revokeObjectURL(blobUrl);
  }, [value]);
  if (!url) return null;
  return (
    <a class="like-button" href={url} download={name} data-testid={testId}>
      <span aria-hidden="true">⬇ </span>
      {label}
    </a>
  );
}
