import type { ComponentChildren } from 'preact';
import { serializeSignedFile, type Receipt } from '../../core/index.js';
import { handOffReceipt, printableReceiptPath, verifyReceiptPath } from '../receipt/receipt-handoff.js';
import type { Messages } from './i18n.js';

/** Opens `page` in a new tab with a signed receipt handed over to it (its bytes, as serialized). */
export async function openWithReceipt(receipt: Receipt, page: (id: string) => string): Promise<void> {
  const id = await handOffReceipt(new TextEncoder().encode(serializeSignedFile(receipt)));
  window.open(page(id), '_blank');
}

/**
 * What can be done with a signed receipt, wherever one is shown: download it (`children`), open its
 * printable view, and check it on the verify page.
 */
export function ReceiptActions({
  receipt,
  t,
  children,
  verify = true,
}: {
  receipt: Receipt;
  t: Messages;
  children?: ComponentChildren;
  /** Whether to offer "Verify this receipt" (the popup links to the verify page already). */
  verify?: boolean;
}) {
  return (
    <p class="actions receipt-actions" data-testid="receipt-actions">
      {children}
      <button
        type="button"
        data-testid="open-printable"
        onClick={() => void openWithReceipt(receipt, printableReceiptPath)}
      >
        {t.openPrintable}
      </button>
      {verify ? (
        <button
          type="button"
          data-testid="verify-receipt"
          onClick={() => void openWithReceipt(receipt, verifyReceiptPath)}
        >
          {t.verifyThisReceipt}
        </button>
      ) : null}
    </p>
  );
}
