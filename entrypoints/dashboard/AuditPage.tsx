import { useEffect, useRef, useState } from 'preact/hooks';
import type {
  AnnouncementSource,
  Bilingual,
  InputRole,
  Progress,
  Receipt,
  Report,
} from '../../core/index.js';
import type { AuditFile, AuditOutcome, AuditRequest } from '../../workers/audit-api.js';
import { CAPTURE_FILE } from '../sidepanel/check-capture.js';
import { AuditClient } from '../shared/audit-client.js';
import { ByteProgress } from '../shared/ByteProgress.js';
import { getCapture, type Capture } from '../shared/capture-store.js';
import { saveAudit, type AuditRecord } from '../shared/history-store.js';
import { storageProblem } from '../shared/storage-failure.js';
import { StorageProblem } from './StorageProblem.js';
import { formatBytes, formatNumber, type Lang, type Messages } from '../shared/i18n.js';
import {
  chooseFiles,
  mergeFiles,
  movedFrom,
  repeatedRoles,
  stepOf,
  type ChosenFile,
  type InputStep,
} from './chosen-files.js';
import { liveTallyFiles } from '../tally/live-tally-files.js';
import { storedSheetSetFiles } from '../sheets/sheet-set-files.js';
import { sheetsWords } from '../sheets/sheets-words.js';
import { captureWords } from './compare/capture-words.js';
import { CapturedSource } from './compare/CapturedSource.js';
import {
  readAnnouncementView,
  type AnnouncementView,
  type InputBytes,
} from './compare/read-announcement-view.js';
import { ElectionSummary } from './ElectionSummary.js';
import { NoElectionYet } from '../shared/NoElectionYet.js';
import { FileDrop, FileRows, MovedFiles, StepFilePicker } from './FileList.js';
import { inputsFingerprint, type AnnouncementChoice } from './input-fingerprint.js';
import { InputErrorList } from './InputErrorList.js';
import type { NoticeHandOver } from './notice-hand-over.js';
import { HAND_OVER_WORDS } from './notice-hand-over-words.js';
import { ReceiptPanel } from './ReceiptPanel.js';
import { auditWords } from './audit/audit-words.js';
import { AUDIT_STEP_ID, AuditStep, jumpTo } from './audit/AuditStep.js';
import { ResultView } from './ResultView.js';
import { AUDIT_MATH_WORDS } from './audit/audit-math-words.js';
import { keepSessionText, readSessionText } from '../shared/session-text.js';

/** A finished audit belongs to the fingerprint of the inputs it ran on (see input-fingerprint.ts). */
type Status =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly progress: Progress | null }
  | {
      readonly kind: 'done';
      readonly fingerprint: string;
      readonly outcome: AuditOutcome;
      readonly recordId: string | null;
      readonly announcement: AnnouncementView | null;
      readonly announcementSource: AnnouncementSource | null;
      /** Why the audit is not in the history (the browser refused to store it), or null. */
      readonly notSaved: Bilingual | null;
    }
  | { readonly kind: 'failed'; readonly fingerprint: string; readonly message: string };

const PASTED_ANNOUNCEMENT = 'announcement-pasted.txt';

/** The pasted announcement survives a reload of the tab (files cannot be kept: they are chosen again). */
const TEXT_KEY = 'tallywitness.announcementText';
const storedText = (): string => readSessionText(TEXT_KEY);
const storeText = (text: string): void => keepSessionText(TEXT_KEY, text);

/** Moves the reader to a step's heading, for "it is now in step 1". */
export function focusStep(step: InputStep): void {
  const heading = document.getElementById(`step${step}`);
  if (!heading) return;
  heading.tabIndex = -1;
  heading.scrollIntoView({ block: 'start' });
  heading.focus({ preventScroll: true });
}

/** After an audit, the focus goes to what it found: the summary of problems, else the verdict. */
function focusResult(fallback: HTMLElement | null): void {
  setTimeout(() => {
    const target = document.getElementById('error-summary') ?? document.getElementById('verdict') ?? fallback;
    target?.focus();
  }, 0);
}

function auditFile(chosen: ChosenFile | undefined): AuditFile | undefined {
  return chosen ? { name: chosen.file.name, blob: chosen.file } : undefined;
}

const fileBytes = async (chosen: ChosenFile): Promise<InputBytes> => ({
  name: chosen.file.name,
  bytes: new Uint8Array(await chosen.file.arrayBuffer()),
});

/** The capture named by `?capture=<id>`, as the side panel hands it over. */
const requestedCapture = new URLSearchParams(location.search).get('capture');

/**
 * Live tallies named by `?tally=<id>` (once per box of the election), as the live tally page hands them
 * over: recounted together, as one file of ballot records.
 */
const requestedTallies = new URLSearchParams(location.search).getAll('tally');

/** Tally sheets typed in by hand, named by `?sheets=<id>`, as the sheets page hands them over. */
const requestedSheets = new URLSearchParams(location.search).get('sheets');

/**
 * The receipt names the web page as the announcement's source only when the audit read exactly the
 * captured text: the announcement the report hashed must have the capture's SHA-256.
 */
function sourceOf(capture: Capture | null, report: Report): AnnouncementSource | null {
  const read = report.inputs.find((input) => input.role === 'announcement');
  if (!capture || read?.sha256 !== capture.sha256) return null;
  const { url, title, capturedAt, sha256 } = capture;
  return { url, title, capturedAt, sha256 };
}

function ProgressBar({ progress, lang, t }: { progress: Progress | null; lang: Lang; t: Messages }) {
  const total = progress?.totalBytes ?? null;
  const text = progress
    ? t.progressOf(
        progress.file,
        formatBytes(progress.bytesRead),
        total === null ? '?' : formatBytes(total),
        formatNumber(progress.rows, lang),
      )
    : t.running;
  return <ByteProgress progress={progress} text={text} />;
}

/** The four steps of an audit on one page: election, counts, announcement, result and receipt. */
export function AuditPage({
  lang,
  t,
  electionFile = null,
  formEdited = false,
  notice = null,
}: {
  lang: Lang;
  t: Messages;
  /** An election.json built in the election form, taken as the election when it changes. */
  electionFile?: File | null;
  /** The form was edited after its election was taken to the audit. */
  formEdited?: boolean;
  /** A notice checked on its own and handed over: taken as the announcement when it changes. */
  notice?: NoticeHandOver | null;
}) {
  const [files, setFiles] = useState<ChosenFile[]>([]);
  const [announcementText, setAnnouncementText] = useState(storedText);
  const [announcementChoice, setAnnouncementChoice] = useState<AnnouncementChoice>('text');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  // The recount's receipt once signed: the Audit step's commitment names it.
  const [recountReceipt, setRecountReceipt] = useState<Receipt | null>(null);
  const [capture, setCapture] = useState<Capture | null>(null);
  const [captureMissing, setCaptureMissing] = useState(false);
  // After an audit the input steps fold into a short list, until the user asks to change them.
  const [folded, setFolded] = useState(false);
  const client = useRef<AuditClient | null>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const runButton = useRef<HTMLButtonElement>(null);

  const byRole = (role: InputRole) => files.find((file) => file.role === role);
  const election = byRole('election');
  const announcementFile = byRole('announcement');
  const repeated = repeatedRoles(files);
  const fromForm = election !== undefined && election.file === electionFile;
  const fingerprint = inputsFingerprint({
    files,
    announcementText,
    announcementChoice,
    formEdited: fromForm && formEdited,
  });
  // The fingerprint a check of "still the inputs shown" reads at the moment of signing.
  const currentFingerprint = useRef(fingerprint);
  currentFingerprint.current = fingerprint;
  const finished = status.kind === 'done' || status.kind === 'failed' ? status : null;
  const fresh = finished !== null && finished.fingerprint === fingerprint;
  const collapsed = folded && fresh;

  useEffect(() => () => client.current?.dispose(), []);
  useEffect(() => storeText(announcementText), [announcementText]);
  useEffect(() => {
    if (!requestedCapture) return;
    void getCapture(requestedCapture).then((found) => {
      setCaptureMissing(!found);
      if (!found) return;
      setCapture(found);
      setAnnouncementText(found.text);
      setAnnouncementChoice('text');
    });
  }, []);
  useEffect(() => {
    if (requestedTallies.length === 0) return;
    void liveTallyFiles(requestedTallies).then(async (found) => {
      if (!found) return;
      const election = await chooseFiles([found.election], 1, 'election', 'election');
      const ballots = await chooseFiles([found.ballots], 2, 'ballots', 'ballots');
      setFiles((current) => mergeFiles(current, [...election, ...ballots]));
    });
  }, []);
  useEffect(() => {
    if (!requestedSheets) return;
    void storedSheetSetFiles(requestedSheets).then(async (found) => {
      if (!found?.ok) return;
      const election = await chooseFiles([found.election], 1, 'election', 'election');
      const boxes = await chooseFiles([found.boxes], 2, 'boxes', 'boxes');
      const tallies = await chooseFiles([found.tallies], 2, 'tallies', 'tallies');
      setFiles((current) => mergeFiles(current, [...election, ...boxes, ...tallies]));
    });
  }, []);
  useEffect(() => {
    if (!electionFile) return;
    void chooseFiles([electionFile], 1, 'election', 'election').then(take);
  }, [electionFile]);
  useEffect(() => {
    if (!notice) return;
    if ('file' in notice)
      return void chooseFiles([notice.file], 3, 'announcement', 'announcement').then(take);
    storeText(notice.text);
    setAnnouncementText(notice.text);
    setAnnouncementChoice('text');
  }, [notice]);

  /** Adds chosen files; an announcement file just chosen is the one the audit reads. */
  function take(added: readonly ChosenFile[]) {
    setFiles((current) => mergeFiles(current, added));
    if (added.some((file) => file.role === 'announcement')) setAnnouncementChoice('file');
  }

  function setRole(key: string, role: InputRole) {
    setFiles((current) => current.map((file) => (file.key === key ? { ...file, role } : file)));
    if (role === 'announcement') setAnnouncementChoice('file');
  }

  const removeFile = (key: string) => setFiles((current) => current.filter((file) => file.key !== key));

  async function loadSample() {
    const { SAMPLE_FILES } = await import('./sample-files.js');
    const sample = SAMPLE_FILES.map(({ name, text }) => new File([text], name, { type: 'text/plain' }));
    setAnnouncementText('');
    setCapture(null);
    setStatus({ kind: 'idle' });
    // Each of the sample's files is put in its own step, as if chosen there: no "now in step 1" word in
    // step 2 for files the reader never dropped.
    const chosen = await chooseFiles(sample, 2, 'announcement');
    setFiles(chosen.map((file) => ({ ...file, chosenIn: stepOf(file.role) })));
    setAnnouncementChoice('file');
    // The sample fills every step: its one next step is to run the audit, far below on a laptop screen.
    setTimeout(() => {
      runButton.current?.scrollIntoView({ block: 'center' });
      runButton.current?.focus({ preventScroll: true });
    }, 0);
  }

  /** The announcement the audit reads: the pasted text or the file, as chosen when both are there. */
  const pasted = announcementText.trim();
  const readsText = pasted !== '' && (!announcementFile || announcementChoice === 'text');

  async function run() {
    if (!election || repeated.length > 0) return;
    const ranOn = fingerprint;
    // A capture goes in exactly as captured, so that its SHA-256 is the one the report records.
    const captured = readsText && capture && announcementText === capture.text ? capture : null;
    const typed: InputBytes | null = captured
      ? { name: CAPTURE_FILE, bytes: new TextEncoder().encode(captured.text) }
      : readsText
        ? { name: PASTED_ANNOUNCEMENT, bytes: new TextEncoder().encode(pasted) }
        : null;
    const fileRead = readsText ? undefined : announcementFile;
    const request: AuditRequest = {
      lang,
      election: auditFile(election),
      boxes: auditFile(byRole('boxes')),
      tallies: auditFile(byRole('tallies')),
      ballots: auditFile(byRole('ballots')),
      announcement: typed ?? auditFile(fileRead),
    };
    client.current ??= new AuditClient();
    setRecountReceipt(null);
    setStatus({ kind: 'running', progress: null });
    try {
      const outcome = await client.current.audit(request, (progress) =>
        setStatus((current) => (current.kind === 'running' ? { kind: 'running', progress } : current)),
      );
      let record: AuditRecord | null = null;
      let notSaved: Bilingual | null = null;
      // A full disk loses nothing of the result: it is shown, signed and downloaded all the same.
      if (outcome.ok) {
        try {
          record = await saveAudit(outcome.report);
        } catch (error) {
          notSaved = storageProblem(error, { zh: '这次核对', en: 'This audit' });
        }
      }
      const announced = typed ?? (fileRead ? await fileBytes(fileRead) : null);
      const announcement =
        outcome.ok && announced ? readAnnouncementView(announced, await fileBytes(election)) : null;
      setStatus({
        kind: 'done',
        fingerprint: ranOn,
        outcome,
        recordId: record?.id ?? null,
        announcement,
        announcementSource: outcome.ok ? sourceOf(captured, outcome.report) : null,
        notSaved,
      });
      setFolded(outcome.ok);
    } catch (error) {
      setStatus({
        kind: 'failed',
        fingerprint: ranOn,
        message: error instanceof Error ? error.message : String(error),
      });
    }
    focusResult(resultHeading.current);
  }

  const namesIn = (step: InputStep) =>
    files.filter((file) => stepOf(file.role) === step).map((file) => file.file.name);

  const rows = (step: InputStep, caption: string) => (
    <>
      <FileRows
        files={files.filter((file) => stepOf(file.role) === step)}
        caption={caption}
        t={t}
        onRole={setRole}
        onRemove={removeFile}
      />
      <MovedFiles files={movedFrom(files, step)} t={t} onGo={focusStep} />
    </>
  );

  const announcementUsed = readsText
    ? t.announcementUseText(formatNumber(pasted.length, lang))
    : announcementFile
      ? t.announcementUseFile(announcementFile.file.name)
      : null;

  return (
    <>
      <p class="tagline">{t.tagline}</p>
      <p>
        <button type="button" onClick={() => void loadSample()}>
          {t.trySample}
        </button>
      </p>
      <p class="notice-way-in">
        <a href="#notice" data-testid="notice-way-in">
          {t.noticeAloneWayIn}
        </a>
      </p>
      <p class="notice-way-in">
        <a href="#audit-math" data-testid="audit-math-way-in">
          {AUDIT_MATH_WORDS[lang].wayIn}
        </a>
      </p>

      {collapsed && (
        <section class="step inputs-used" aria-labelledby="inputs-used-title" data-inputs-used>
          <h2 id="inputs-used-title">{t.inputsUsed}</h2>
          <ul>
            {files
              .filter((file) => !(readsText && file.role === 'announcement'))
              .map((file) => (
                <li key={file.key}>
                  {file.file.name} <span class="hint">({t.roles[file.role]})</span>
                </li>
              ))}
            {readsText && <li>{t.pastedText}</li>}
          </ul>
          <button
            type="button"
            onClick={() => {
              setFolded(false);
              setTimeout(() => focusStep(1), 0);
            }}
          >
            {t.changeInputs}
          </button>
        </section>
      )}

      <div hidden={collapsed}>
        <section class="step" aria-labelledby="step1">
          <h2 id="step1">{t.step1}</h2>
          {(notice || capture) && !(namesIn(1).length > 0 && namesIn(2).length > 0) && (
            <NoticeHandedOver lang={lang} />
          )}
          <p class="hint">{t.step1Hint}</p>
          <StepFilePicker
            label={t.electionFile}
            accept=".json,application/json"
            role="election"
            chosen={namesIn(1)}
            t={t}
            onChoose={(chosen) => void chooseFiles(chosen, 1, 'election', 'election').then(take)}
          />
          {!election && !notice && !capture && <NoElectionYet t={t} inAudit />}
          {rows(1, t.roles.election)}
          {fromForm && formEdited && (
            <p class="warning" role="status" data-form-edited>
              <span aria-hidden="true">⚠ </span>
              {t.formChangedSinceUse}
            </p>
          )}
          {election && <ElectionSummary file={election.file} lang={lang} t={t} />}
        </section>

        <section class="step" aria-labelledby="step2">
          <h2 id="step2">{t.step2}</h2>
          <p class="hint">{t.step2Hint}</p>
          <FileDrop t={t} onAdd={(list) => void chooseFiles(list, 2, 'tallies').then(take)} />
          <p class="hint" data-way-in="sheets">
            {sheetsWords(lang).holdingSheets} <a href="/sheets.html">{sheetsWords(lang).typeThemIn}</a>
          </p>
          {rows(2, t.countFiles)}
          {repeated.map((role) => (
            <p class="warning" role="alert" key={role}>
              <span aria-hidden="true">⚠ </span>
              {t.duplicateRole(t.roles[role])}
            </p>
          ))}
        </section>

        <section class="step" aria-labelledby="step3">
          <h2 id="step3">{t.step3}</h2>
          <p class="hint">{t.step3Hint}</p>
          {capture && (
            <CapturedSource capture={capture} edited={announcementText !== capture.text} lang={lang} />
          )}
          {captureMissing && requestedCapture && (
            <p class="warning" role="alert">
              {captureWords(lang).missing(requestedCapture)}
            </p>
          )}
          <label class="field">
            {t.announcementText}
            <textarea
              rows={5}
              value={announcementText}
              onInput={(event) => {
                const text = event.currentTarget.value;
                // Kept at once, not after the next render: a reload straight after typing keeps it.
                storeText(text);
                setAnnouncementText(text);
                if (text.trim()) setAnnouncementChoice('text');
              }}
            />
          </label>
          <StepFilePicker
            label={t.announcementFile}
            accept=".txt,.json,.html,.htm,text/plain,application/json,text/html"
            role="announcement"
            chosen={namesIn(3)}
            t={t}
            onChoose={(chosen) => void chooseFiles(chosen, 3, 'announcement', 'announcement').then(take)}
          />
          {rows(3, t.roles.announcement)}
          {pasted !== '' && announcementFile && (
            <fieldset class="announcement-choice" data-announcement-choice>
              <legend>{t.announcementBoth}</legend>
              {(
                [
                  ['text', t.announcementUseText(formatNumber(pasted.length, lang))],
                  ['file', t.announcementUseFile(announcementFile.file.name)],
                ] as const
              ).map(([choice, words]) => (
                <label key={choice}>
                  <input
                    type="radio"
                    name="announcement-choice"
                    value={choice}
                    checked={announcementChoice === choice}
                    onChange={() => setAnnouncementChoice(choice)}
                  />{' '}
                  {words}
                </label>
              ))}
            </fieldset>
          )}
          {announcementUsed && (
            <p class="announcement-used" data-announcement-used={readsText ? 'text' : 'file'}>
              {t.announcementUsed(announcementUsed)}
            </p>
          )}
        </section>
      </div>

      <section class="step" aria-labelledby="step4">
        <h2 id="step4" tabIndex={-1} ref={resultHeading}>
          {t.step4}
        </h2>
        {status.kind === 'running' ? (
          <div class="running">
            <ProgressBar progress={status.progress} lang={lang} t={t} />
            <button type="button" onClick={() => client.current?.cancel()}>
              {t.cancel}
            </button>
          </div>
        ) : (
          <>
            <button
              type="button"
              class="primary"
              ref={runButton}
              disabled={!election || repeated.length > 0}
              onClick={() => void run()}
            >
              {t.runAudit}
            </button>
            {!election && <p class="hint">{t.needElection}</p>}
          </>
        )}
        {finished && !fresh && (
          <p class="warning stale" role="status" data-stale>
            <span aria-hidden="true">↻ </span>
            {t.staleResult}
          </p>
        )}
        {status.kind === 'failed' && fresh && (
          <p role="alert" class="input-errors">
            {t.workerFailed}
            {status.message}
          </p>
        )}
        {status.kind === 'done' && fresh && status.outcome.ok && (
          <>
            <StorageProblem problem={status.notSaved} />
            <ResultView report={status.outcome.report} lang={lang} t={t} announcement={status.announcement} />
            <ReceiptPanel
              report={status.outcome.report}
              recordId={status.recordId}
              lang={lang}
              t={t}
              announcementSource={status.announcementSource}
              stillCurrent={() => currentFingerprint.current === status.fingerprint}
              onSigned={setRecountReceipt}
            />
            <p class="audit-way-in">
              <a
                href={`#${AUDIT_STEP_ID}`}
                onClick={(event) => jumpTo(event, AUDIT_STEP_ID)}
                data-audit-way-in
              >
                {auditWords(lang).goToStep}
              </a>
            </p>
          </>
        )}
        {status.kind === 'done' && fresh && !status.outcome.ok && 'errors' in status.outcome && (
          <InputErrorList errors={status.outcome.errors} lang={lang} t={t} />
        )}
        {status.kind === 'done' && fresh && !status.outcome.ok && 'cancelled' in status.outcome && (
          <p role="status">{t.cancelled}</p>
        )}
      </section>
      {status.kind === 'done' && fresh && status.outcome.ok && (
        <AuditStep
          key={status.fingerprint}
          report={status.outcome.report}
          files={{
            election: election?.file,
            boxes: byRole('boxes')?.file,
            tallies: byRole('tallies')?.file,
            ballots: byRole('ballots')?.file,
          }}
          recountReceipt={recountReceipt}
          lang={lang}
          t={t}
        />
      )}
    </>
  );
}

/**
 * Where a notice brought from "Check a notice on its own" or the side panel lands: what the audit still
 * needs, and how.
 */
function NoticeHandedOver({ lang }: { lang: Lang }) {
  const words = HAND_OVER_WORDS[lang];
  return (
    <div class="hand-over" data-testid="notice-handed-over">
      <p>
        <strong>{words.placed}</strong>
        {words.stillNeeded}
      </p>
      <ul>
        <li>
          {words.election}
          <a href="#election">{words.electionForm}</a>
          {words.electionAfter}
        </li>
        <li>
          {words.sheets}
          <a href="/sheets.html">{words.typeIn}</a>
          {words.sheetsAfter}
        </li>
      </ul>
    </div>
  );
}
