import { useEffect, useRef, useState } from 'preact/hooks';
import {
  createReceipt,
  formatInputError,
  fromBase64,
  serializeSignedFile,
  type AnnouncementSource,
  type Bilingual,
  type InputError,
  type Receipt,
  type Report,
} from '../../core/index.js';
import { downloadJson, safeFileName } from '../shared/download.js';
import { FilePicker } from '../shared/FilePicker.js';
import { attachReceipt } from '../shared/history-store.js';
import { formatDateTime, type Lang, type Messages } from '../shared/i18n.js';
import { storageProblem } from '../shared/storage-failure.js';
import { KeyChoice } from './KeyChoice.js';
import { StorageProblem } from './StorageProblem.js';
import { ReceiptActions } from '../shared/ReceiptActions.js';
import { createKey, deleteKey, exportKey, importKey, listKeys, type StoredKey } from '../shared/key-store.js';

/** A link that saves `receipt` as a JSON file through a Blob URL. */
export function ReceiptLink({ receipt, t }: { receipt: Receipt; t: Messages }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const blobUrl = URL.createObjectURL(
      // The one byte layout a receipt file may have, so that verifiers see it untouched.
      new Blob([serializeSignedFile(receipt)], { type: 'application/json' }),
    );
    setUrl(blobUrl);
    return () => URL.revokeObjectURL(blobUrl);
  }, [receipt]);
  if (!url) return null;
  const name = `receipt-${safeFileName(receipt.payload.report.election)}-${receipt.payload.signedAt.slice(0, 10)}.json`;
  return (
    <a class="like-button primary" href={url} download={name} data-receipt-link>
      <span aria-hidden="true">⬇ </span>
      {t.downloadReceipt}
    </a>
  );
}

function KeyBackup({ signer, t, onDone }: { signer: StoredKey; t: Messages; onDone(): void }) {
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function backup(event: Event) {
    event.preventDefault();
    if (passphrase.length < 8) return setProblem(t.passphraseTooShort);
    if (passphrase !== again) return setProblem(t.passphraseMismatch);
    setProblem(null);
    setBusy(true);
    try {
      // Sealed in a worker: scrypt takes about a second, and the page stays responsive meanwhile.
      const file = await exportKey(signer.id, passphrase);
      downloadJson(`tallywitness-key-${signer.id.replace(/ /g, '')}.json`, file);
      setPassphrase('');
      setAgain('');
      onDone();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  }
  return (
    <form class="key-backup" aria-busy={busy} onSubmit={(event) => void backup(event)}>
      <PassphraseField
        label={t.passphrase}
        autoComplete="new-password"
        value={passphrase}
        onInput={setPassphrase}
      />
      <PassphraseField
        label={t.passphraseAgain}
        autoComplete="new-password"
        value={again}
        onInput={setAgain}
      />
      {problem && <p role="alert">{problem}</p>}
      <button type="submit" disabled={busy}>
        {busy ? t.working : t.exportKey}
      </button>
    </form>
  );
}

/** A passphrase under its label: `new-password` to seal a key, `current-password` to open one. */
function PassphraseField({
  label,
  autoComplete,
  value,
  onInput,
}: {
  label: string;
  autoComplete: 'new-password' | 'current-password';
  value: string;
  onInput(value: string): void;
}) {
  return (
    <label class="field">
      {label}
      <input
        type="password"
        autoComplete={autoComplete}
        value={value}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
    </label>
  );
}

function KeyImport({ lang, t, onDone }: { lang: Lang; t: Messages; onDone(key: StoredKey): void }) {
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [errors, setErrors] = useState<readonly InputError[]>([]);
  const [busy, setBusy] = useState(false);
  const [imported, setImported] = useState<string | null>(null);
  const [fileMissing, setFileMissing] = useState(false);
  async function open(event: Event) {
    event.preventDefault();
    // The button stays live: pressed with no file, it says what to do rather than doing nothing.
    setFileMissing(!file);
    if (!file) return;
    setBusy(true);
    setImported(null);
    let opened: Awaited<ReturnType<typeof importKey>>;
    try {
      opened = await importKey(await file.text(), passphrase, file.name);
    } catch (error) {
      opened = {
        ok: false,
        errors: [
          { file: file.name, message: storageProblem(error, { zh: '导入的密钥', en: 'The imported key' }) },
        ],
      };
    }
    setBusy(false);
    if (opened.ok) {
      setErrors([]);
      setPassphrase('');
      setImported(opened.value.label);
      onDone(opened.value);
    } else setErrors(opened.errors);
  }
  return (
    <details>
      <summary>{t.importKey}</summary>
      <form aria-busy={busy} onSubmit={(event) => void open(event)}>
        <FilePicker
          label={t.keyFile}
          t={t}
          accept=".json,application/json"
          chosen={file ? [file.name] : []}
          onFiles={(files) => {
            setFile(files[0] ?? null);
            if (files[0]) setFileMissing(false);
          }}
        />
        {fileMissing && (
          <p class="field-error" role="alert" data-key-file-missing>
            {t.keyFileMissing}
          </p>
        )}
        <PassphraseField
          label={t.passphrase}
          autoComplete="current-password"
          value={passphrase}
          onInput={setPassphrase}
        />
        {errors.map((error, index) => (
          <p role="alert" key={index}>
            {formatInputError(error, lang)}
          </p>
        ))}
        <button type="submit" disabled={busy}>
          {busy ? t.working : t.importKey}
        </button>
        {imported !== null && <p role="status">{t.keyImported(imported)}</p>}
      </form>
    </details>
  );
}

/** Deletes a key after a second, explicit confirmation in the page (no modal dialog to trap the focus). */
function KeyDelete({ signer, t, onDone }: { signer: StoredKey; t: Messages; onDone(): void }) {
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <button type="button" onClick={() => setAsking(true)}>
        {t.deleteKey}
      </button>
    );
  return (
    <div class="warning" role="alert">
      <p>{t.deleteKeyConfirm(signer.label)}</p>
      <p class="actions">
        <button
          type="button"
          ref={(button) => button?.focus()}
          onClick={() => {
            setAsking(false);
            void deleteKey(signer.id).then(onDone);
          }}
        >
          {t.deleteKeyYes}
        </button>
        <button type="button" onClick={() => setAsking(false)}>
          {t.deleteKeyNo}
        </button>
      </p>
    </div>
  );
}

/** Signs the report with a key kept in this browser, and offers the receipt as a download. */
export function ReceiptPanel({
  report,
  recordId,
  lang,
  t,
  announcementSource = null,
  stillCurrent = () => true,
  onSigned,
}: {
  report: Report;
  recordId: string | null;
  lang: Lang;
  t: Messages;
  /** The web page a captured announcement came from, recorded in the receipt. */
  announcementSource?: AnnouncementSource | null;
  /** Whether the page's inputs are still those the report was made from; if not, nothing is signed. */
  stillCurrent?: () => boolean;
  /** Told of each receipt signed here (the Audit step's commitment names it). */
  onSigned?: (receipt: Receipt) => void;
}) {
  const [keys, setKeys] = useState<StoredKey[] | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [label, setLabel] = useState('');
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const [notSaved, setNotSaved] = useState<Bilingual | null>(null);
  const [refused, setRefused] = useState(false);
  const [created, setCreated] = useState<string | null>(null);
  const createdNote = useRef<HTMLParagraphElement>(null);
  const nameField = useRef<HTMLInputElement>(null);
  const [nameMissing, setNameMissing] = useState(false);

  const refresh = async (choose?: string) => {
    const all = await listKeys();
    setKeys(all);
    setSelected((current) => {
      const wanted = choose ?? current;
      return all.some((key) => key.id === wanted) ? wanted : (all[0]?.id ?? null);
    });
  };
  useEffect(() => {
    void refresh();
  }, []);
  useEffect(() => setReceipt(null), [report]);

  const signer = keys?.find((key) => key.id === selected) ?? null;

  async function create(event: Event) {
    event.preventDefault();
    // Said in the page's language, beside the field: not the browser's own bubble, in the browser's.
    if (!label.trim()) {
      setNameMissing(true);
      nameField.current?.focus();
      return;
    }
    setNameMissing(false);
    try {
      const key = await createKey(label);
      setNotSaved(null);
      await refresh(key.id);
      // The form is gone: the focus goes to the new key, not to the top of the page.
      setCreated(key.label);
      setTimeout(() => createdNote.current?.focus(), 0);
    } catch (error) {
      setNotSaved(storageProblem(error, { zh: '新的签名密钥', en: 'The new signing key' }));
    }
  }

  async function sign() {
    if (!signer) return;
    if (!stillCurrent()) {
      setRefused(true);
      return;
    }
    const publicKey = fromBase64(signer.publicKey)!;
    const signed = createReceipt({
      report,
      key: { publicKey, secretKey: signer.secretKey },
      label: signer.label,
      ...(announcementSource ? { announcementSource } : {}),
    });
    setReceipt(signed);
    onSigned?.(signed);
    if (!recordId) return;
    // The signed receipt stays downloadable here whether or not the history can keep it.
    try {
      await attachReceipt(recordId, signed);
      setNotSaved(null);
    } catch (error) {
      setNotSaved(storageProblem(error, { zh: '历史中的这份回执', en: 'The receipt in the history' }));
    }
  }

  return (
    <section class="step receipt" aria-labelledby="receipt-title">
      <h3 id="receipt-title">{t.receipt}</h3>
      <p class="hint">{t.receiptHint}</p>
      <StorageProblem problem={notSaved} />
      {keys && keys.length === 0 && (
        <form noValidate onSubmit={(event) => void create(event)}>
          <label class="field">
            {t.keyName}
            <input
              type="text"
              ref={nameField}
              value={label}
              required
              aria-invalid={nameMissing}
              aria-describedby={nameMissing ? 'key-name-missing' : undefined}
              onInput={(event) => {
                setLabel(event.currentTarget.value);
                if (event.currentTarget.value.trim()) setNameMissing(false);
              }}
            />
          </label>
          {nameMissing && (
            <p class="field-error" id="key-name-missing" role="alert" data-key-name-missing>
              {t.keyNameMissing}
            </p>
          )}
          <button type="submit">{t.createKey}</button>
        </form>
      )}
      {signer && keys && (
        <>
          {created && (
            <p role="status" tabIndex={-1} ref={createdNote} data-key-created>
              {t.keyCreated(created)}
            </p>
          )}
          <KeyChoice label={t.signingKey} keys={keys} value={signer.id} onChange={setSelected} />
          <p>
            {t.fingerprint}
            {t.colon}
            <code data-fingerprint>{signer.id}</code>
          </p>
          {signer.backedUpAt === null ? (
            <div class="warning" role="note" data-no-backup>
              <p>
                <span aria-hidden="true">⚠ </span>
                {t.noBackup}
              </p>
              <KeyBackup signer={signer} t={t} onDone={() => void refresh()} />
            </div>
          ) : (
            <>
              <p class="hint">{t.backedUpAt(formatDateTime(signer.backedUpAt, lang))}</p>
              <details>
                <summary>{t.exportAgain}</summary>
                <KeyBackup signer={signer} t={t} onDone={() => void refresh()} />
              </details>
            </>
          )}
          {refused && (
            <p role="alert" class="warning" data-sign-refused>
              {t.staleSign}
            </p>
          )}
          <p class="actions">
            {/* Once signed, the one next step is the download below: signing again is no longer primary. */}
            <button
              type="button"
              class={receipt ? undefined : 'primary'}
              data-sign
              onClick={() => void sign()}
            >
              {t.sign}
            </button>
          </p>
          {receipt && (
            <div class="signed" data-signed>
              <p role="status">
                <span aria-hidden="true">✔ </span>
                {t.signedBy(signer.label)}
              </p>
              <ReceiptActions receipt={receipt} t={t}>
                <ReceiptLink receipt={receipt} t={t} />
              </ReceiptActions>
            </div>
          )}
          <KeyDelete key={signer.id} signer={signer} t={t} onDone={() => void refresh()} />
        </>
      )}
      <KeyImport lang={lang} t={t} onDone={(key) => void refresh(key.id)} />
    </section>
  );
}
