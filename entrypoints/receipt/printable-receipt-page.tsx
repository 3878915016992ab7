import { useEffect, useState } from 'preact/hooks';
import { formatInputError, type Result } from '../../core/index.js';
import { readReceiptFile, type VerifiedDocument } from '../verify/read-receipt-file';
import { PrintableReceipt } from './printable-receipt';
import { takeHandedOffReceipt } from './receipt-handoff';

type Loaded =
  | { readonly state: 'loading' }
  | { readonly state: 'none' }
  | { readonly state: 'read'; readonly result: Result<VerifiedDocument> };

const handoffId = new URLSearchParams(location.search).get('id');

/** The printable view: the receipt handed over by the verify page (verified again here), or one chosen. */
export function PrintableReceiptPage() {
  const [loaded, setLoaded] = useState<Loaded>({ state: handoffId ? 'loading' : 'none' });
  useEffect(() => {
    if (!handoffId) return;
    void takeHandedOffReceipt(handoffId).then((text) =>
      setLoaded(
        text === undefined
          ? { state: 'none' }
          : { state: 'read', result: readReceiptFile('receipt.json', text) },
      ),
    );
  }, []);

  const choose = async (file: File | undefined) => {
    if (file) setLoaded({ state: 'read', result: readReceiptFile(file.name, await file.text()) });
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
  return <PrintableReceipt verified={loaded.result.value.verified} />;
}
