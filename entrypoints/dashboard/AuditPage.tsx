import { useEffect, useRef, useState } from 'preact/hooks';
import type { AnnouncementSource, InputRole, Progress, Report } from '../../core/index.js';
import type { AuditFile, AuditOutcome, AuditRequest } from '../../workers/audit-api.js';
import { CAPTURE_FILE } from '../sidepanel/check-capture.js';
import { AuditClient } from '../shared/audit-client.js';
import { ByteProgress } from '../shared/ByteProgress.js';
import { getCapture, type Capture } from '../shared/capture-store.js';
import { saveAudit } from '../shared/history-store.js';
import { formatBytes, type Lang, type Messages } from '../shared/i18n.js';
import { liveTallyFiles } from '../tally/live-tally-files.js';
import { chooseFiles, mergeFiles, repeatedRoles, type ChosenFile } from './chosen-files.js';
import { captureWords } from './compare/capture-words.js';
import { CapturedSource } from './compare/CapturedSource.js';
import {
  readAnnouncementView,
  type AnnouncementView,
  type InputBytes,
} from './compare/read-announcement-view.js';
import { ElectionSummary } from './ElectionSummary.js';
import { FileList } from './FileList.js';
import { InputErrorList } from './InputErrorList.js';
import { ReceiptPanel } from './ReceiptPanel.js';
import { ResultView } from './ResultView.js';

type Status =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly progress: Progress | null }
  | {
      readonly kind: 'done';
      readonly outcome: AuditOutcome;
      readonly recordId: string | null;
      readonly announcement: AnnouncementView | null;
      readonly announcementSource: AnnouncementSource | null;
    }
  | { readonly kind: 'failed'; readonly message: string };

const PASTED_ANNOUNCEMENT = 'announcement-pasted.txt';

function auditFile(chosen: ChosenFile | undefined): AuditFile | undefined {
  return chosen ? { name: chosen.file.name, blob: chosen.file } : undefined;
}

const fileBytes = async (chosen: ChosenFile): Promise<InputBytes> => ({
  name: chosen.file.name,
  bytes: new Uint8Array(await chosen.file.arrayBuffer()),
});

/** The capture named by `?capture=<id>`, as the side panel hands it over. */
const requestedCapture = new URLSearchParams(location.search).get('capture');

/** A live tally named by `?tally=<id>`, as the live tally page hands it over. */
const requestedTally = new URLSearchParams(location.search).get('tally');

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

function ProgressBar({ progress, t }: { progress: Progress | null; t: Messages }) {
  const total = progress?.totalBytes ?? null;
  const text = progress
    ? t.progressOf(
        progress.file,
        formatBytes(progress.bytesRead),
        total === null ? '?' : formatBytes(total),
        progress.rows.toLocaleString(),
      )
    : t.running;
  return <ByteProgress progress={progress} text={text} />;
}

/** The four steps of an audit on one page: election, counts, announcement, result and receipt. */
export function AuditPage({
  lang,
  t,
  electionFile = null,
}: {
  lang: Lang;
  t: Messages;
  /** An election.json built in the election form, taken as the election when it changes. */
  electionFile?: File | null;
}) {
  const [files, setFiles] = useState<ChosenFile[]>([]);
  const [announcementText, setAnnouncementText] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [capture, setCapture] = useState<Capture | null>(null);
  const [captureMissing, setCaptureMissing] = useState(false);
  const client = useRef<AuditClient | null>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => () => client.current?.dispose(), []);
  useEffect(() => {
    if (!requestedCapture) return;
    void getCapture(requestedCapture).then((found) => {
      setCaptureMissing(!found);
      if (!found) return;
      setCapture(found);
      setAnnouncementText(found.text);
    });
  }, []);
  useEffect(() => {
    if (!requestedTally) return;
    void liveTallyFiles(requestedTally).then(async (found) => {
      if (!found) return;
      const election = await chooseFiles([found.election], 'election');
      const ballots = await chooseFiles([found.ballots], 'ballots');
      const added = [
        ...election.map((file) => ({ ...file, role: 'election' as const })),
        ...ballots.map((file) => ({ ...file, role: 'ballots' as const })),
      ];
      setFiles((current) => mergeFiles(current, added));
    });
  }, []);
  useEffect(() => {
    if (!electionFile) return;
    void chooseFiles([electionFile], 'election').then((added) =>
      setFiles((current) =>
        mergeFiles(
          current,
          added.map((file) => ({ ...file, role: 'election' })),
        ),
      ),
    );
  }, [electionFile]);

  const byRole = (role: InputRole) => files.find((file) => file.role === role);
  const election = byRole('election');
  const repeated = repeatedRoles(files);

  async function addFiles(list: readonly File[], fallback: InputRole) {
    const added = await chooseFiles(list, fallback);
    setFiles((current) => mergeFiles(current, added));
  }

  async function loadSample() {
    const { SAMPLE_FILES } = await import('./sample-files.js');
    const sample = SAMPLE_FILES.map(({ name, text }) => new File([text], name, { type: 'text/plain' }));
    setAnnouncementText('');
    setCapture(null);
    setStatus({ kind: 'idle' });
    setFiles(await chooseFiles(sample, 'announcement'));
  }

  async function run() {
    if (!election || repeated.length > 0) return;
    // A capture goes in exactly as captured, so that its SHA-256 is the one the report records.
    const captured = capture && announcementText === capture.text ? capture : null;
    const pasted = announcementText.trim();
    const typed: InputBytes | null = captured
      ? { name: CAPTURE_FILE, bytes: new TextEncoder().encode(captured.text) }
      : pasted
        ? { name: PASTED_ANNOUNCEMENT, bytes: new TextEncoder().encode(pasted) }
        : null;
    const announcementFile = byRole('announcement');
    const request: AuditRequest = {
      lang,
      election: auditFile(election),
      boxes: auditFile(byRole('boxes')),
      tallies: auditFile(byRole('tallies')),
      ballots: auditFile(byRole('ballots')),
      announcement: typed ?? auditFile(announcementFile),
    };
    client.current ??= new AuditClient();
    setStatus({ kind: 'running', progress: null });
    try {
      const outcome = await client.current.audit(request, (progress) =>
        setStatus((current) => (current.kind === 'running' ? { kind: 'running', progress } : current)),
      );
      const record = outcome.ok ? await saveAudit(outcome.report) : null;
      const announced = typed ?? (announcementFile ? await fileBytes(announcementFile) : null);
      const announcement =
        outcome.ok && announced ? readAnnouncementView(announced, await fileBytes(election)) : null;
      setStatus({
        kind: 'done',
        outcome,
        recordId: record?.id ?? null,
        announcement,
        announcementSource: outcome.ok ? sourceOf(captured, outcome.report) : null,
      });
    } catch (error) {
      setStatus({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
    resultHeading.current?.focus();
  }

  return (
    <>
      <p class="tagline">{t.tagline}</p>
      <p>
        <button type="button" onClick={() => void loadSample()}>
          {t.trySample}
        </button>
      </p>

      <section class="step" aria-labelledby="step1">
        <h2 id="step1">{t.step1}</h2>
        <p class="hint">{t.step1Hint}</p>
        <label class="field">
          {t.electionFile}
          <input
            type="file"
            accept=".json,application/json"
            data-input="election"
            onChange={(event) => {
              const chosen = [...(event.currentTarget.files ?? [])];
              event.currentTarget.value = '';
              void chooseFiles(chosen, 'election').then((added) =>
                setFiles((current) =>
                  mergeFiles(
                    current,
                    added.map((file) => ({ ...file, role: 'election' })),
                  ),
                ),
              );
            }}
          />
        </label>
        {election && <ElectionSummary file={election.file} lang={lang} t={t} />}
      </section>

      <section class="step" aria-labelledby="step2">
        <h2 id="step2">{t.step2}</h2>
        <p class="hint">{t.step2Hint}</p>
        <FileList
          files={files}
          t={t}
          onAdd={(list) => void addFiles(list, 'tallies')}
          onRole={(key, role) =>
            setFiles((current) => current.map((file) => (file.key === key ? { ...file, role } : file)))
          }
          onRemove={(key) => setFiles((current) => current.filter((file) => file.key !== key))}
        />
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
            onInput={(event) => setAnnouncementText(event.currentTarget.value)}
          />
        </label>
        <label class="field">
          {t.announcementFile}
          <input
            type="file"
            accept=".txt,.json,text/plain,application/json"
            data-input="announcement"
            onChange={(event) => {
              const chosen = [...(event.currentTarget.files ?? [])];
              event.currentTarget.value = '';
              void chooseFiles(chosen, 'announcement').then((added) =>
                setFiles((current) =>
                  mergeFiles(
                    current,
                    added.map((file) => ({ ...file, role: 'announcement' })),
                  ),
                ),
              );
            }}
          />
        </label>
      </section>

      <section class="step" aria-labelledby="step4">
        <h2 id="step4" tabIndex={-1} ref={resultHeading}>
          {t.step4}
        </h2>
        {status.kind === 'running' ? (
          <div class="running">
            <ProgressBar progress={status.progress} t={t} />
            <button type="button" onClick={() => client.current?.cancel()}>
              {t.cancel}
            </button>
          </div>
        ) : (
          <>
            <button
              type="button"
              class="primary"
              disabled={!election || repeated.length > 0}
              onClick={() => void run()}
            >
              {t.runAudit}
            </button>
            {!election && <p class="hint">{t.needElection}</p>}
          </>
        )}
        {status.kind === 'failed' && (
          <p role="alert" class="input-errors">
            {t.workerFailed}
            {status.message}
          </p>
        )}
        {status.kind === 'done' && status.outcome.ok && (
          <>
            <ResultView report={status.outcome.report} lang={lang} t={t} announcement={status.announcement} />
            <ReceiptPanel
              report={status.outcome.report}
              recordId={status.recordId}
              lang={lang}
              t={t}
              announcementSource={status.announcementSource}
            />
          </>
        )}
        {status.kind === 'done' && !status.outcome.ok && 'errors' in status.outcome && (
          <InputErrorList errors={status.outcome.errors} lang={lang} t={t} />
        )}
        {status.kind === 'done' && !status.outcome.ok && 'cancelled' in status.outcome && (
          <p role="status">{t.cancelled}</p>
        )}
      </section>
    </>
  );
}
