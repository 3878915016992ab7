import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  compareReceiptWithRecount,
  formatInputError,
  serializeSignedFile,
  verifySignedFile,
  type VerifiedFile,
  type InputDigest,
  type InputError,
  type ReceiptPayload,
  type Report,
  type Result,
  type SignedFileBytes,
} from '../../core/index.js';
import { handOffReceipt, printableReceiptPath } from '../receipt/receipt-handoff';
import { CombineView } from './combine-view';
import { sha256OfBlob } from './file-digest';
import { FileDrop } from './file-drop';
import { matchInputs } from './match-inputs';
import { recountFromFiles, type HashedFile } from './recount';
import { BundleView, ReceiptView } from './receipt-view';
import { InputTable } from './input-table';
import { RecountView } from './recount-view';

interface LoadedReceipt {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly result: Result<VerifiedFile>;
}

type Recount =
  | { readonly state: 'idle' }
  | { readonly state: 'running' }
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
  const [receipt, setReceipt] = useState<LoadedReceipt | null>(null);
  const [several, setSeveral] = useState<readonly SignedFileBytes[]>([]);
  const [files, setFiles] = useState<readonly HashedFile[]>([]);
  const [hashing, setHashing] = useState(false);
  const [recount, setRecount] = useState<Recount>({ state: 'idle' });

  const showDocument = (name: string, bytes: Uint8Array) =>
    setReceipt({ name, bytes, result: verifySignedFile(bytes, name) });

  /** One file is verified at once; several are offered for combining into a bundle first. */
  const loadReceipts = async (chosen: File[]) => {
    const loaded = await Promise.all(
      chosen.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
    );
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
    setHashing(true);
    const hashed = await Promise.all(
      given.map(async (file) => ({ name: file.name, sha256: await sha256OfBlob(file), file })),
    );
    // A file given again under the same name replaces the earlier one.
    setFiles((earlier) => [
      ...earlier.filter((old) => !hashed.some((file) => file.name === old.name)),
      ...hashed,
    ]);
    setHashing(false);
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
    setRecount({ state: 'running' });
    void recountFromFiles(matching.checks, payloadsOf(document)[0]?.report.lang ?? 'zh').then((result) => {
      if (!current) return;
      setRecount(
        result.ok ? { state: 'done', report: result.value } : { state: 'failed', errors: result.errors },
      );
    });
    return () => {
      current = false;
    };
  }, [document, matching, complete]);

  const openPrintable = async (bytes: Uint8Array) => {
    const id = await handOffReceipt(bytes);
    window.open(printableReceiptPath(id), '_blank');
  };

  return (
    <main>
      <h1>核验回执 / Verify a receipt</h1>
      <p class="muted">
        一切都在本机完成，文件不会离开你的电脑。 / Everything happens on this computer; no file leaves it.
      </p>
      <div class="drops">
        <FileDrop
          label="回执 / Receipt"
          hint="拖入或选择回执（或联署包）JSON；选几份回执可合并为联署包 / Drop or choose the receipt (or bundle) JSON; choose several to combine them into a bundle"
          accept=".json,application/json"
          multiple
          testId="receipt-file"
          onFiles={(chosen) => void loadReceipts(chosen)}
        />
        <FileDrop
          label="输入文件（可选）/ Input files (optional)"
          hint="election.json、boxes.csv、tallies.csv、ballots.csv、公告 / announcement"
          multiple
          testId="input-files"
          onFiles={(chosen) => void addInputs(chosen)}
        >
          {files.length > 0 ? (
            <button type="button" class="link" onClick={() => setFiles([])}>
              清除输入文件 / Clear input files
            </button>
          ) : null}
        </FileDrop>
      </div>

      {several.length > 1 ? <CombineView files={several} onCombined={showDocument} /> : null}

      {receipt && !receipt.result.ok ? (
        <ReadErrors name={receipt.name} errors={receipt.result.errors} />
      ) : null}

      {receipt && document?.kind === 'receipt' ? (
        <ReceiptView
          verified={document.receipt}
          layoutIntact={document.layoutIntact}
          onPrint={() => void openPrintable(receipt.bytes)}
        />
      ) : null}
      {document?.kind === 'bundle' ? (
        <BundleView
          verified={document.bundle}
          layoutIntact={document.layoutIntact}
          onPrint={(one) => void openPrintable(new TextEncoder().encode(serializeSignedFile(one)))}
        />
      ) : null}

      {document && matching ? (
        <section>
          <h2>输入文件 / Input files</h2>
          {hashing ? <p class="muted">计算 SHA-256… / Computing SHA-256…</p> : null}
          <InputTable checks={matching.checks} unused={matching.unused} />
          {files.length > 0 && !complete ? (
            <p class="muted" data-testid="recount-waiting">
              给出回执中的全部输入后才能复核。 / A recount needs every input the receipt covers.
            </p>
          ) : null}
        </section>
      ) : null}

      {document && recount.state !== 'idle' ? (
        <section data-testid="recount">
          <h2>重新计票 / Fresh recount</h2>
          {recount.state === 'running' ? <p class="muted">复核中… / Recounting…</p> : null}
          {recount.state === 'failed' ? <ReadErrors name="" errors={recount.errors} /> : null}
          {recount.state === 'done'
            ? payloadsOf(document).map((payload, index) => (
                <RecountView
                  key={index}
                  differences={compareReceiptWithRecount(payload, recount.report)}
                  signer={
                    document.kind === 'bundle' ? document.bundle.receipts[index]?.fingerprint : undefined
                  }
                />
              ))
            : null}
        </section>
      ) : null}
    </main>
  );
}

function ReadErrors({ name, errors }: { name: string; errors: readonly InputError[] }) {
  return (
    <section class="banner bad" data-testid="read-errors">
      <strong>
        {name ? `无法读取 ${name} / Cannot read ${name}` : '无法复核：输入有误 / Cannot recount: bad input'}
      </strong>
      <ul>
        {errors.map((error, index) => (
          <li key={index}>{formatInputError(error)}</li>
        ))}
      </ul>
    </section>
  );
}
