import { useEffect, useRef, useState } from 'preact/hooks';
import type { InputRole, Progress } from '../../core/index.js';
import type { AuditFile, AuditOutcome, AuditRequest } from '../../workers/audit-api.js';
import { AuditClient } from '../shared/audit-client.js';
import { saveAudit } from '../shared/history-store.js';
import { formatBytes, type Lang, type Messages } from '../shared/i18n.js';
import { chooseFiles, mergeFiles, repeatedRoles, type ChosenFile } from './chosen-files.js';
import { ElectionSummary } from './ElectionSummary.js';
import { FileList } from './FileList.js';
import { InputErrorList } from './InputErrorList.js';
import { ReceiptPanel } from './ReceiptPanel.js';
import { ResultView } from './ResultView.js';

type Status =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly progress: Progress | null }
  | { readonly kind: 'done'; readonly outcome: AuditOutcome; readonly recordId: string | null }
  | { readonly kind: 'failed'; readonly message: string };

const PASTED_ANNOUNCEMENT = 'announcement-pasted.txt';

function auditFile(chosen: ChosenFile | undefined): AuditFile | undefined {
  return chosen ? { name: chosen.file.name, blob: chosen.file } : undefined;
}

function ProgressBar({ progress, t }: { progress: Progress | null; t: Messages }) {
  const total = progress?.totalBytes ?? null;
  return (
    <div class="progress">
      <label>
        {progress
          ? t.progressOf(
              progress.file,
              formatBytes(progress.bytesRead),
              total === null ? '?' : formatBytes(total),
              progress.rows.toLocaleString(),
            )
          : t.running}
        <progress max={total ?? undefined} value={total === null ? undefined : (progress?.bytesRead ?? 0)} />
      </label>
    </div>
  );
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
  const client = useRef<AuditClient | null>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => () => client.current?.dispose(), []);
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
    setStatus({ kind: 'idle' });
    setFiles(await chooseFiles(sample, 'announcement'));
  }

  async function run() {
    if (!election || repeated.length > 0) return;
    const pasted = announcementText.trim();
    const request: AuditRequest = {
      lang,
      election: auditFile(election),
      boxes: auditFile(byRole('boxes')),
      tallies: auditFile(byRole('tallies')),
      ballots: auditFile(byRole('ballots')),
      announcement: pasted
        ? { name: PASTED_ANNOUNCEMENT, bytes: new TextEncoder().encode(pasted) }
        : auditFile(byRole('announcement')),
    };
    client.current ??= new AuditClient();
    setStatus({ kind: 'running', progress: null });
    try {
      const outcome = await client.current.audit(request, (progress) =>
        setStatus((current) => (current.kind === 'running' ? { kind: 'running', progress } : current)),
      );
      const record = outcome.ok ? await saveAudit(outcome.report) : null;
      setStatus({ kind: 'done', outcome, recordId: record?.id ?? null });
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
            <ResultView report={status.outcome.report} lang={lang} t={t} />
            <ReceiptPanel report={status.outcome.report} recordId={status.recordId} lang={lang} t={t} />
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
