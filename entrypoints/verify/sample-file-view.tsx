import { useEffect, useState } from 'preact/hooks';
import {
  namedCommitmentProblems,
  populationDigest,
  populationProblems,
  readPopulationFile,
  selectionProblems,
  type Bilingual,
  type InputError,
  type Result,
  type VerifiedSampleFile,
} from '../../core/index.js';
import { PAGE_ID_FILE_LIMIT } from '../dashboard/audit/hand-check-population';
import { SignerFacts } from '../receipt/signing-facts';
import { HashText } from '../shared/HashText';
import { SampleTable } from '../shared/SampleTable';
import { formatDateTime, type Lang, type Messages } from '../shared/i18n';
import { ReadErrors } from './read-errors';
import type { HashedFile } from './recount';
import { pickIdsFile } from './sample-file-inputs';
import { sampleFileWords } from './sample-file-words';
import { asSentence } from '../shared/as-sentence.js';

export interface LoadedSampleFile {
  readonly name: string;
  readonly result: Result<VerifiedSampleFile>;
}

type Check =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problems: Bilingual[] };

type IdsRead =
  | { readonly state: 'none' }
  | { readonly state: 'reading' }
  | { readonly state: 'failed'; readonly errors: readonly InputError[] }
  | { readonly state: 'done'; readonly check: Check };

/**
 * A commitment and/or selection dropped on the verify page: each file's signature and what it says, then,
 * with both files or with the ids' file, the checks `tallywitness verify` makes (docs/audit.md).
 */
export function SampleFilesView({
  files,
  inputs,
  lang,
  t,
}: {
  files: readonly LoadedSampleFile[];
  inputs: readonly HashedFile[];
  lang: Lang;
  t: Messages;
}) {
  const w = sampleFileWords(lang);
  const verified = files.flatMap((file) => (file.result.ok ? [file.result.value] : []));
  const commitment = verified.find((file) => file.kind === 'commitment');
  const selection = verified.find((file) => file.kind === 'selection');
  const idsFile = pickIdsFile(inputs, commitment);
  const [ids, setIds] = useState<IdsRead>({ state: 'none' });
  const against = selection ?? commitment;

  useEffect(() => {
    if (!idsFile || !against) {
      setIds({ state: 'none' });
      return;
    }
    if (idsFile.file.size > PAGE_ID_FILE_LIMIT) {
      const message = sampleFileWords('zh').tooLarge(idsFile.name, PAGE_ID_FILE_LIMIT / 1024 / 1024);
      const en = sampleFileWords('en').tooLarge(idsFile.name, PAGE_ID_FILE_LIMIT / 1024 / 1024);
      setIds({ state: 'failed', errors: [{ file: idsFile.name, message: { zh: message, en } }] });
      return;
    }
    let current = true;
    setIds({ state: 'reading' });
    void idsFile.file.arrayBuffer().then((buffer) => {
      if (!current) return;
      const kind =
        against.kind === 'commitment'
          ? against.payload.population.kind
          : against.payload.commitment.population.kind;
      const read = readPopulationFile(kind, idsFile.name, new Uint8Array(buffer));
      if (!read.ok) {
        setIds({ state: 'failed', errors: read.errors });
        return;
      }
      const { population } = read.value;
      const problems =
        against.kind === 'selection'
          ? selectionProblems(against.payload, population)
          : populationProblems(against.payload.population, populationDigest(population));
      const text =
        against.kind === 'selection'
          ? w.sentences([w.idsMatch(idsFile.name), w.drawnAgain(against.payload.sample.length)])
          : w.idsMatch(idsFile.name);
      setIds({ state: 'done', check: problems.length === 0 ? { ok: true, text } : { ok: false, problems } });
    });
    return () => {
      current = false;
    };
  }, [idsFile, against, lang]);

  const named: Check | null =
    selection && commitment
      ? ((problems) =>
          problems.length === 0 ? { ok: true, text: w.commitmentNamed } : { ok: false, problems })(
          namedCommitmentProblems(selection.payload, commitment),
        )
      : null;

  return (
    <section class="sample-files" data-testid="sample-files">
      {files.map((file) =>
        file.result.ok ? null : (
          <ReadErrors
            key={file.name}
            title={t.cannotRead(file.name)}
            errors={file.result.errors}
            lang={lang}
          />
        ),
      )}
      {commitment ? <SampleFileFacts file={commitment} lang={lang} t={t} /> : null}
      {selection ? <SampleFileFacts file={selection} lang={lang} t={t} /> : null}
      {against ? (
        <section data-testid="sample-checks">
          <h2>{w.checksTitle}</h2>
          {named ? <CheckLine check={named} testId="commitment-named" lang={lang} /> : null}
          {ids.state === 'reading' ? <p class="status pending">{w.reading}</p> : null}
          {ids.state === 'failed' ? (
            <ReadErrors title={w.cannotRead} errors={ids.errors} lang={lang} />
          ) : null}
          {ids.state === 'done' ? <CheckLine check={ids.check} testId="ids-check" lang={lang} /> : null}
          {!named || ids.state === 'none' ? <p class="hint">{w.givesHint}</p> : null}
        </section>
      ) : null}
    </section>
  );
}

function CheckLine({ check, testId, lang }: { check: Check; testId: string; lang: Lang }) {
  const w = sampleFileWords(lang);
  if (check.ok)
    return (
      <p class="status good" data-testid={testId} data-ok="true">
        <span class="status-icon" aria-hidden="true">
          ✔
        </span>
        {check.text}
      </p>
    );
  return (
    <div class="status bad" data-testid={testId} data-ok="false" role="alert">
      <span class="status-icon" aria-hidden="true">
        ✘
      </span>
      <div>
        <strong>{w.refused}</strong>
        <ul>
          {check.problems.map((problem, index) => (
            <li key={index}>{asSentence(problem[lang], lang)}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/** One signed file: its signature, then what it commits to or what was drawn. */
function SampleFileFacts({ file, lang, t }: { file: VerifiedSampleFile; lang: Lang; t: Messages }) {
  const w = sampleFileWords(lang);
  const { payload } = file;
  return (
    <section data-testid={`${file.kind}-file`} data-valid={String(file.valid)}>
      <h2>{file.kind === 'commitment' ? w.commitmentTitle : w.selectionTitle}</h2>
      <p
        class={`status ${file.valid ? 'good' : 'bad'}`}
        data-testid="signature"
        data-valid={String(file.valid)}
      >
        <span class="status-icon" aria-hidden="true">
          {file.valid ? '✔' : '✘'}
        </span>
        <strong>{w.signature(file.signatureValid, file.layoutIntact)}</strong>
      </p>
      <div class={file.valid ? '' : 'untrusted'}>
        <dl class="facts large">
          {payload.format === 'tallywitness.commitment/1' ? (
            <>
              <dt>{w.commitsTo(payload.population.count, payload.population.kind)}</dt>
              <dd>
                {w.idsSha256}{' '}
                <HashText
                  value={payload.population.sha256}
                  label={w.idsSha256}
                  t={t}
                  testId="population-sha256"
                />
              </dd>
              <dt>{w.idsFile}</dt>
              <dd class="wrap">
                {payload.source.name} <HashText value={payload.source.sha256} label="SHA-256" t={t} />
              </dd>
              <dt>{w.recountReceipt}</dt>
              <dd class="wrap">
                {payload.recountReceipt ? (
                  <>
                    {payload.recountReceipt.name}{' '}
                    <HashText value={payload.recountReceipt.sha256} label="SHA-256" t={t} />
                  </>
                ) : (
                  w.none
                )}
              </dd>
            </>
          ) : (
            <>
              <dt>{w.seed}</dt>
              <dd data-testid="selection-seed">
                <code>{payload.seed}</code>
              </dd>
              <dt>{w.settings}</dt>
              <dd>{w.settingsText(payload.withReplacement, payload.drop, payload.take, payload.digits)}</dd>
              <dt>{w.namedCommitment}</dt>
              <dd>
                {w.commitsTo(payload.commitment.population.count, payload.commitment.population.kind)}{' '}
                <HashText value={payload.commitment.sha256} label="SHA-256" t={t} testId="named-commitment" />
              </dd>
            </>
          )}
          <dt>{w.signedBy}</dt>
          <dd>
            {payload.signer.label ?? '—'} · {formatDateTime(payload.signedAt, lang)}
          </dd>
          <dt>{w.fileSha256}</dt>
          <dd>
            <HashText value={file.fileSha256} label={w.fileSha256} t={t} />
          </dd>
        </dl>
        {payload.format === 'tallywitness.selection/1' ? (
          <SampleTable
            class="inputs stacked-rows sample-draws"
            data-testid="selection-draws"
            sample={payload.sample}
            first={payload.drop + 1}
            caption={w.drawsCaption(payload.sample.length)}
            words={w}
          />
        ) : null}
        <SignerFacts
          verified={{ fingerprint: file.fingerprint, publicKey: payload.signer.publicKey, label: file.label }}
          t={t}
        />
      </div>
    </section>
  );
}
