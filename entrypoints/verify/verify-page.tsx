import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  compareReceiptWithRecount,
  onlyOtherFiles,
  pushAll,
  serializeSignedFile,
  verifySampleFile,
  verifySignedFile,
  type VerifiedFile,
  type InputDigest,
  type InputError,
  type Progress,
  type ReceiptPayload,
  type Report,
  type Result,
  type SignedFileBytes,
} from '../../core/index.js';
import { handOffReceipt, printableReceiptPath, takeHandedOffReceipt } from '../receipt/receipt-handoff';
import { AuditClient } from '../shared/audit-client';
import { ByteProgress } from '../shared/ByteProgress';
import { formatBytes, messagesFor, type Lang, type Messages } from '../shared/i18n';
import { PageShell } from '../shared/PageShell';
import { usePageLanguage } from '../shared/use-page-language';
import { CombineView } from './combine-view';
import { FileDrop } from './file-drop';
import { matchInputs } from './match-inputs';
import { recountRequest, type HashedFile } from './recount';
import { BundleView, ReceiptView, VERIFY_HEADLINE_ID } from './receipt-view';
import { InputTable } from './input-table';
import { ReadErrors } from './read-errors';
import { isLiveTallyFile, LiveTallyCompare } from './live-tally-compare';
import { tallyCompareWords } from './tally-compare-words';
import { RecountView } from './recount-view';
import { sampleFileWords } from './sample-file-words';
import { isSampleFile } from './sample-file-inputs';
import { SampleFilesView, type LoadedSampleFile } from './sample-file-view';

interface LoadedReceipt {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly result: Result<VerifiedFile>;
}

type Recount =
  | { readonly state: 'idle' }
  | { readonly state: 'running'; readonly progress: Progress | null }
  | { readonly state: 'done'; readonly report: Report }
  | { readonly state: 'failed'; readonly errors: readonly InputError[] };

/** The payloads a document signs: one for a receipt, one per co-signer for a bundle. */
function payloadsOf(document: VerifiedFile): ReceiptPayload[] {
  return document.kind === 'receipt'
    ? [document.receipt.payload]
    : document.bundle.receipts.map((receipt) => receipt.payload);
}

function inputsOf(document: VerifiedFile): readonly InputDigest[] {
  return document.kind === 'receipt' ? document.receipt.payload.inputs : document.bundle.bundle.inputs;
}

/** Anyone can check a receipt here: its signature, its signer's key, and, given the inputs, a fresh recount. */
export function VerifyPage() {
  const [lang, setLang] = usePageLanguage();
  const t = messagesFor(lang);
  const [receipt, setReceipt] = useState<LoadedReceipt | null>(null);
  const [several, setSeveral] = useState<readonly SignedFileBytes[]>([]);
  /** Live tally records dropped instead of receipts, to compare (live-tally-compare.tsx). */
  const [tallies, setTallies] = useState<{ files: readonly SignedFileBytes[]; receipts: number } | null>(
    null,
  );
  /** Commitment and selection files (docs/audit.md), checked as `tallywitness verify` checks them. */
  const [sampleFiles, setSampleFiles] = useState<readonly LoadedSampleFile[]>([]);
  const [files, setFiles] = useState<readonly HashedFile[]>([]);
  /** While files are hashed: how far (null before the first report). */
  const [hashing, setHashing] = useState<{ readonly progress: Progress | null } | null>(null);
  const [unreadable, setUnreadable] = useState<readonly InputError[]>([]);
  const [recount, setRecount] = useState<Recount>({ state: 'idle' });
  // Hashing and recounting run in the audit worker, so that large inputs leave the page responsive.
  const client = useRef<AuditClient | null>(null);
  const worker = () => (client.current ??= new AuditClient());
  useEffect(() => () => client.current?.dispose(), []);
  useEffect(() => {
    window.document.title = `${t.verifyTitle} — ${t.appName}`;
  }, [t]);
  // A receipt handed over by another page (the dashboard's "Verify this receipt") opens at once.
  useEffect(() => {
    const id = new URLSearchParams(location.search).get('receipt');
    if (id)
      void takeHandedOffReceipt(id).then((bytes) => {
        if (bytes) showDocument('receipt.json', bytes);
      });
  }, []);

  const showDocument = (name: string, bytes: Uint8Array) =>
    setReceipt({ name, bytes, result: verifySignedFile(bytes, name) });
  // A file chosen: the focus goes to what the check found, so that a screen reader reads it at once
  // (a file that does not read is an alert of its own).
  useEffect(() => {
    if (receipt?.result.ok) window.document.getElementById(VERIFY_HEADLINE_ID)?.focus();
  }, [receipt]);

  /** One file is verified at once; several are offered for combining into a bundle first. */
  const loadReceipts = async (chosen: File[]) => {
    const loaded = await Promise.all(
      chosen.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
    );
    const samples = loaded.filter((file) => isSampleFile(file.bytes));
    if (samples.length > 0) {
      setReceipt(null);
      setSeveral([]);
      setTallies(null);
      const read = samples.map((file) => ({
        name: file.name,
        result: verifySampleFile(file.bytes, file.name),
      }));
      // A file dropped after another one joins it (a commitment, then its selection); the same name replaces.
      setSampleFiles((earlier) => [
        ...earlier.filter((old) => !read.some((file) => file.name === old.name)),
        ...read,
      ]);
      return;
    }
    setSampleFiles([]);
    const liveTallies = loaded.filter((file) => isLiveTallyFile(file.bytes));
    if (liveTallies.length > 0) {
      setReceipt(null);
      setSeveral([]);
      // One tally dropped after another one: the pair to compare.
      setTallies((earlier) => ({
        files: [...(earlier?.files.length === 1 && loaded.length === 1 ? earlier.files : []), ...liveTallies],
        receipts: loaded.length - liveTallies.length,
      }));
      return;
    }
    setTallies(null);
    const [only] = loaded;
    if (loaded.length === 1 && only) {
      setSeveral([]);
      showDocument(only.name, only.bytes);
    } else {
      setSeveral(loaded);
      setReceipt(null);
    }
  };

  const addInputs = async (given: File[]) => {
    setHashing({ progress: null });
    const hashed: HashedFile[] = [];
    const failed: InputError[] = [];
    for (const file of given) {
      const outcome = await worker().digest({ name: file.name, blob: file }, (progress) =>
        setHashing({ progress }),
      );
      if (outcome.ok) hashed.push({ name: file.name, sha256: outcome.sha256, file });
      else pushAll(failed, outcome.errors);
    }
    // A file given again under the same name replaces the earlier one.
    setFiles((earlier) => [
      ...earlier.filter((old) => !hashed.some((file) => file.name === old.name)),
      ...hashed,
    ]);
    setUnreadable(failed);
    setHashing(null);
  };

  const document = receipt?.result.ok ? receipt.result.value : null;
  const matching = useMemo(
    () => (document ? matchInputs(inputsOf(document), files) : null),
    [document, files],
  );
  const complete =
    matching !== null && files.length > 0 && matching.checks.every((check) => check.file !== null);

  useEffect(() => {
    if (!document || !matching || !complete) {
      setRecount({ state: 'idle' });
      return;
    }
    let current = true;
    setRecount({ state: 'running', progress: null });
    const request = recountRequest(matching.checks, payloadsOf(document)[0]?.report);
    const running = worker();
    running
      .audit(request, (progress) => {
        if (current) setRecount({ state: 'running', progress });
      })
      .then(
        (outcome) => {
          if (!current) return;
          if (outcome.ok) setRecount({ state: 'done', report: outcome.report });
          else if ('errors' in outcome) setRecount({ state: 'failed', errors: outcome.errors });
        },
        (error: unknown) => {
          if (!current) return;
          const reason = error instanceof Error ? error.message : String(error);
          setRecount({
            state: 'failed',
            errors: [
              { file: '', message: { zh: `复核失败：${reason}`, en: `the recount failed: ${reason}` } },
            ],
          });
        },
      );
    return () => {
      // Inputs changed (or the page closed): the recount under way is of other files.
      current = false;
      running.cancel();
    };
  }, [document, matching, complete]);

  const openPrintable = async (bytes: Uint8Array) => {
    const id = await handOffReceipt(bytes);
    window.open(printableReceiptPath(id), '_blank');
  };

  // Under the signature, in the same box: whether a fresh recount gives the same report.
  const recountDifferences =
    document && recount.state === 'done'
      ? payloadsOf(document).map((payload) => compareReceiptWithRecount(payload, recount.report))
      : null;
  const recountSame = recountDifferences ? recountDifferences.every((list) => list.length === 0) : null;
  // Files other than the signed ones (another encoding, a copy saved again) that recount to the same
  // report: said as such, not as a recount that differs.
  const otherFilesOnly =
    recountDifferences !== null &&
    !recountSame &&
    recountDifferences.every((list) => list.length === 0 || onlyOtherFiles(list));
  const recountSummary = document ? (
    <RecountSummary document={document} recount={recount} lang={lang} t={t} />
  ) : null;

  return (
    <PageShell lang={lang} t={t} onLanguage={setLang} current="verify">
      <h1>{t.verifyTitle}</h1>
      <p class="lead">{t.verifyIntro}</p>
      <div class="drops">
        <FileDrop
          label={t.receiptDrop}
          hint={[t.receiptDropHint, tallyCompareWords(lang).dropHint, sampleFileWords(lang).dropHint].join(
            // Chinese sentences follow one another with no space between them.
            lang === 'zh' ? '' : ' ',
          )}
          accept=".json,application/json"
          multiple
          testId="receipt-file"
          t={t}
          onFiles={(chosen) => void loadReceipts(chosen)}
        />
        <FileDrop
          label={t.inputsDrop}
          hint={t.inputsDropHint}
          multiple
          testId="input-files"
          t={t}
          onFiles={(chosen) => void addInputs(chosen)}
        >
          {files.length > 0 ? (
            <button type="button" class="link" onClick={() => setFiles([])}>
              {t.clearInputs}
            </button>
          ) : null}
        </FileDrop>
      </div>

      {tallies ? <LiveTallyCompare files={tallies.files} receipts={tallies.receipts} lang={lang} /> : null}

      {sampleFiles.length > 0 ? (
        <SampleFilesView files={sampleFiles} inputs={files} lang={lang} t={t} />
      ) : null}

      {several.length > 1 ? (
        <CombineView files={several} onCombined={showDocument} lang={lang} t={t} />
      ) : null}

      {receipt && !receipt.result.ok ? (
        <ReadErrors title={t.cannotRead(receipt.name)} errors={receipt.result.errors} lang={lang} />
      ) : null}

      {receipt && document?.kind === 'receipt' ? (
        <ReceiptView
          verified={document.receipt}
          layoutIntact={document.layoutIntact}
          recount={recountSummary}
          recountSame={recountSame}
          otherFilesOnly={otherFilesOnly}
          onPrint={() => void openPrintable(receipt.bytes)}
          lang={lang}
          t={t}
        />
      ) : null}
      {document?.kind === 'bundle' ? (
        <BundleView
          verified={document.bundle}
          layoutIntact={document.layoutIntact}
          recount={recountSummary}
          recountSame={recountSame}
          otherFilesOnly={otherFilesOnly}
          onPrint={(one) => void openPrintable(new TextEncoder().encode(serializeSignedFile(one)))}
          lang={lang}
          t={t}
        />
      ) : null}

      {document && matching ? (
        <section>
          <h2>{t.inputFilesTitle}</h2>
          {hashing ? <ReadProgress label={t.hashing} progress={hashing.progress} /> : null}
          {unreadable.length > 0 ? (
            <ReadErrors title={t.cannotRecount} errors={unreadable} lang={lang} />
          ) : null}
          <InputTable checks={matching.checks} unused={matching.unused} lang={lang} t={t} />
          {files.length > 0 && !complete ? (
            <p class="hint" data-testid="recount-waiting">
              {t.recountNeedsAll}
            </p>
          ) : null}
        </section>
      ) : null}
    </PageShell>
  );
}

/** The fresh recount in the summary box: not yet, under way, failed, or the same as the receipt or not. */
function RecountSummary({
  document,
  recount,
  lang,
  t,
}: {
  document: VerifiedFile;
  recount: Recount;
  lang: Lang;
  t: Messages;
}) {
  if (recount.state === 'idle')
    return (
      <p class="status pending" data-testid="recount-pending">
        <span class="status-icon" aria-hidden="true">
          …
        </span>
        {t.recountNotYet}
      </p>
    );
  return (
    <div data-testid="recount">
      {recount.state === 'running' ? <ReadProgress label={t.recounting} progress={recount.progress} /> : null}
      {recount.state === 'failed' ? (
        <ReadErrors title={t.cannotRecount} errors={recount.errors} lang={lang} />
      ) : null}
      {recount.state === 'done'
        ? payloadsOf(document).map((payload, index) => (
            <RecountView
              key={index}
              differences={compareReceiptWithRecount(payload, recount.report)}
              signer={document.kind === 'bundle' ? document.bundle.receipts[index]?.fingerprint : undefined}
              lang={lang}
              t={t}
            />
          ))
        : null}
    </div>
  );
}

/** How far a long read in the worker has come: which file, its bytes read, and a bar. */
function ReadProgress({ label, progress }: { label: string; progress: Progress | null }) {
  const total = progress?.totalBytes ?? null;
  const read = progress
    ? ` ${progress.file}: ${formatBytes(progress.bytesRead)}${total === null ? '' : ` / ${formatBytes(total)}`}`
    : '';
  return <ByteProgress progress={progress} text={`${label}…${read}`} testId="read-progress" />;
}
