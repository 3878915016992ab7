import { useEffect, useState } from 'preact/hooks';
import { formatInputError, verifySignedFile, type Result, type VerifiedFile } from '../../core/index.js';
import { FilePicker } from '../shared/FilePicker';
import { messagesFor } from '../shared/i18n';
import { PageShell } from '../shared/PageShell';
import { usePageLanguage } from '../shared/use-page-language';
import { PrintableReceipt } from './printable-receipt';
import { takeHandedOffReceipt, verifyReceiptPath } from './receipt-handoff';

type Loaded =
  | { readonly state: 'loading' }
  | { readonly state: 'none' }
  /** The link names a receipt this browser no longer keeps (only the latest few are). */
  | { readonly state: 'gone' }
  | { readonly state: 'read'; readonly result: Result<VerifiedFile> };

const handoffId = new URLSearchParams(location.search).get('id');

/** The printable view: the receipt handed over by another page (verified again here), or one chosen. */
export function PrintableReceiptPage() {
  const [lang, setLang] = usePageLanguage();
  const t = messagesFor(lang);
  const [loaded, setLoaded] = useState<Loaded>({ state: handoffId ? 'loading' : 'none' });
  useEffect(() => {
    if (!handoffId) return;
    void takeHandedOffReceipt(handoffId).then((bytes) =>
      setLoaded(
        bytes === undefined
          ? { state: 'gone' }
          : { state: 'read', result: verifySignedFile(bytes, 'receipt.json') },
      ),
    );
  }, []);
  useEffect(() => {
    document.title = `${t.receiptTitle} — ${t.appName}`;
  }, [t]);

  const choose = async (file: File | undefined) => {
    if (file)
      setLoaded({
        state: 'read',
        result: verifySignedFile(new Uint8Array(await file.arrayBuffer()), file.name),
      });
  };

  const shown =
    loaded.state === 'read' && loaded.result.ok && loaded.result.value.kind === 'receipt'
      ? loaded.result.value
      : null;
  return (
    <PageShell lang={lang} t={t} onLanguage={setLang}>
      {loaded.state === 'loading' ? <p class="hint">{t.loading}</p> : null}
      {shown ? (
        <PrintableReceipt
          verified={shown.receipt}
          layoutIntact={shown.layoutIntact}
          verifyHref={handoffId ? verifyReceiptPath(handoffId) : '/verify.html'}
          lang={lang}
          t={t}
        />
      ) : null}
      {loaded.state !== 'loading' && !shown ? (
        <div class="no-print">
          <h1>{t.receiptTitle}</h1>
          {loaded.state === 'gone' ? (
            <p class="status warn receipt-gone" data-testid="receipt-gone" role="status">
              {t.receiptGone}
            </p>
          ) : null}
          {loaded.state === 'read' && !loaded.result.ok ? (
            <ul class="status bad" data-testid="read-errors">
              {loaded.result.errors.map((error, index) => (
                <li key={index}>
                  <code>{formatInputError(error, lang)}</code>
                </li>
              ))}
            </ul>
          ) : null}
          {loaded.state === 'read' && loaded.result.ok ? <p>{t.bundleNotPrintable}</p> : null}
          <FilePicker
            label={t.chooseReceiptToPrint}
            t={t}
            accept=".json,application/json"
            testId="receipt-file"
            onFiles={(files) => void choose(files[0])}
          />
          <p class="hint" data-testid="receipt-none-yet">
            {t.receiptWhatItIs}
            {t.receiptNoneYet}
            <a href="/dashboard.html">{t.receiptMakeOne}</a>
          </p>
        </div>
      ) : null}
    </PageShell>
  );
}
