import { useEffect, useState } from 'preact/hooks';
import { formatInputError, verifySignedFile, type Result, type VerifiedFile } from '../../core/index.js';
import { PrintableReceipt } from './printable-receipt';
import { takeHandedOffReceipt } from './receipt-handoff';

type Loaded =
  | { readonly state: 'loading' }
  | { readonly state: 'none' }
  | { readonly state: 'read'; readonly result: Result<VerifiedFile> };

const handoffId = new URLSearchParams(location.search).get('id');

/** The printable view: the receipt handed over by the verify page (verified again here), or one chosen. */
export function PrintableReceiptPage() {
  const [loaded, setLoaded] = useState<Loaded>({ state: handoffId ? 'loading' : 'none' });
  useEffect(() => {
    if (!handoffId) return;
    void takeHandedOffReceipt(handoffId).then((bytes) =>
      setLoaded(
        bytes === undefined
          ? { state: 'none' }
          : { state: 'read', result: verifySignedFile(bytes, 'receipt.json') },
      ),
    );
  }, []);

  const choose = async (file: File | undefined) => {
    if (file)
      setLoaded({
        state: 'read',
        result: verifySignedFile(new Uint8Array(await file.arrayBuffer()), file.name),
      });
  };

  if (loaded.state === 'loading') return <p class="muted">读取中… / Loading…</p>;
  if (loaded.state === 'none' || !loaded.result.ok || loaded.result.value.kind !== 'receipt')
    return (
      <main class="no-print">
        <h1>核验回执 / Verification receipt</h1>
        {loaded.state === 'read' && !loaded.result.ok ? (
          <ul class="errors" data-testid="read-errors">
            {loaded.result.errors.map((error, index) => (
              <li key={index}>{formatInputError(error)}</li>
            ))}
          </ul>
        ) : null}
        {loaded.state === 'read' && loaded.result.ok ? (
          <p>
            这是回执合集：请在核验页逐份打开。 / This is a bundle: open its receipts one by one from the
            verify page.
          </p>
        ) : null}
        <p>选择要打印的回执 / Choose a receipt to print:</p>
        <input
          type="file"
          accept=".json,application/json"
          onChange={(event) => void choose(event.currentTarget.files?.[0])}
        />
      </main>
    );
  return (
    <PrintableReceipt
      verified={loaded.result.value.receipt}
      layoutIntact={loaded.result.value.layoutIntact}
    />
  );
}
