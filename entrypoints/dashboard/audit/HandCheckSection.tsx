import { useEffect, useState } from 'preact/hooks';
import {
  consistentSample,
  createCommitment,
  createSelection,
  fromBase64,
  MAX_TICKET_DIGITS,
  populationDigest,
  seedProblem,
  serializeSignedFile,
  sha256Hex,
  type FileDigest,
  type InputError,
  type Receipt,
  type SampledTicket,
  type SelectionDraw,
  type SignedCommitment,
  type SignedSelection,
} from '../../../core/index.js';
import { safeFileName } from '../../shared/download.js';
import { colonOf, formatBytes, formatNumber } from '../../shared/i18n.js';
import { listKeys, type StoredKey } from '../../shared/key-store.js';
import { InputErrorList } from '../InputErrorList.js';
import { KeyChoice } from '../KeyChoice.js';
import { SectionTitle, SubStepTitle } from './SectionTitle.js';
import type { AuditSectionProps } from './AuditStep.js';
import { handCheckWords } from './hand-check-words.js';
import { SampleTable } from '../../shared/SampleTable';
import { PAGE_ID_FILE_LIMIT, populationFromBytes, type ReadPopulation } from './hand-check-population.js';
import { SignedFileLink } from './SignedFileLink.js';

type Kind = 'boxes' | 'ballots';
type Reading =
  | { readonly kind: Kind; readonly state: 'reading' | 'too-large' }
  | { readonly kind: Kind; readonly state: 'read'; readonly value: ReadPopulation }
  | { readonly kind: Kind; readonly state: 'failed'; readonly errors: readonly InputError[] };

const bytesOf = (text: string) => new TextEncoder().encode(text);

/** The recount's receipt as a file: the name the dashboard downloads it under, its SHA-256 and size. */
function receiptDigest(receipt: Receipt): FileDigest {
  const bytes = bytesOf(serializeSignedFile(receipt));
  const name = `receipt-${safeFileName(receipt.payload.report.election)}-${receipt.payload.signedAt.slice(0, 10)}.json`;
  return { name, sha256: sha256Hex(bytes), size: bytes.length };
}

/** A whole number typed in a text field (so that a half-typed value stays as typed until Draw). */
function NumberField(props: {
  label: string;
  value: string;
  disabled: boolean;
  onInput(value: string): void;
}) {
  return (
    <label class="field">
      {props.label}
      <input
        type="text"
        inputMode="numeric"
        disabled={props.disabled}
        value={props.value}
        onInput={(event) => props.onInput(event.currentTarget.value)}
      />
    </label>
  );
}

const whole = (text: string, min: number, max: number): number | null => {
  if (!/^\d+$/.test(text.trim())) return null;
  const value = Number(text.trim());
  return value >= min && value <= max ? value : null;
};

/**
 * "Choose boxes to check by hand": commit to the ids, then enter the seed, then see the selection, in
 * that order and no other (the seed field opens only once the commitment is signed). The ids, the
 * tickets and both signed files are those `tallywitness commit` and `sample` make from the same file.
 */
export function HandCheckSection({
  report,
  files,
  recountReceipt,
  lang,
  t,
  onSelection,
  number,
  step,
}: AuditSectionProps) {
  const w = handCheckWords(lang);
  const kinds = (['boxes', 'ballots'] as const).filter((kind) => files[kind] !== undefined);
  const [kind, setKind] = useState<Kind | null>(kinds[0] ?? null);
  const [reading, setReading] = useState<Reading | null>(null);
  const [keys, setKeys] = useState<StoredKey[]>([]);
  const [keyId, setKeyId] = useState<string | null>(null);
  const [commitment, setCommitment] = useState<{ signed: SignedCommitment; fileSha256: string } | null>(null);
  const [seed, setSeed] = useState('');
  const [take, setTake] = useState('5');
  const [drop, setDrop] = useState('0');
  const [withReplacement, setWithReplacement] = useState(false);
  const [digits, setDigits] = useState('9');
  const [problem, setProblem] = useState<string | null>(null);
  const [drawn, setDrawn] = useState<{ draw: SelectionDraw; sample: SampledTicket[] } | null>(null);
  const [selection, setSelection] = useState<SignedSelection | null>(null);

  useEffect(() => {
    setCommitment(null);
    setDrawn(null);
    onSelection(null);
    setSelection(null);
    if (!kind) return;
    const file = files[kind]!;
    if (file.size > PAGE_ID_FILE_LIMIT) return setReading({ kind, state: 'too-large' });
    setReading({ kind, state: 'reading' });
    void file.arrayBuffer().then((buffer) => {
      const read = populationFromBytes(kind, file.name, new Uint8Array(buffer));
      setReading(
        read.ok ? { kind, state: 'read', value: read.value } : { kind, state: 'failed', errors: read.errors },
      );
    });
  }, [kind]);
  // Keys are made and imported in the receipt panel above: the list is read again on coming back here.
  const refreshKeys = () =>
    void listKeys().then((all) => {
      setKeys(all);
      setKeyId((current) => (all.some((key) => key.id === current) ? current : (all[0]?.id ?? null)));
    });
  useEffect(refreshKeys, [recountReceipt]);

  const read = reading?.state === 'read' ? reading.value : null;
  const signer = keys.find((key) => key.id === keyId) ?? null;

  function signCommitment() {
    if (!read || !signer) return;
    const signed = createCommitment({
      key: { publicKey: fromBase64(signer.publicKey)!, secretKey: signer.secretKey },
      label: signer.label,
      population: populationDigest(read.population),
      source: read.source,
      ...(recountReceipt ? { recountReceipt: receiptDigest(recountReceipt) } : {}),
    });
    setCommitment({ signed, fileSha256: sha256Hex(bytesOf(serializeSignedFile(signed))) });
    setDrawn(null);
    onSelection(null);
    setSelection(null);
    setTimeout(() => document.getElementById('hand-check-seed')?.focus(), 0);
  }

  /** Draws with the values given (the fields' values, or the next round's). */
  function draw(dropText: string) {
    if (!read || !commitment) return;
    const seedText = seed.trim();
    const seedIssue = seedProblem(seedText);
    const takeCount = take.trim() === '' ? undefined : whole(take, 0, 1_000_000);
    const dropCount = whole(dropText, 0, 1_000_000);
    const digitCount = whole(digits, 1, MAX_TICKET_DIGITS);
    const issue = seedIssue
      ? seedIssue[lang]
      : takeCount === null || dropCount === null || digitCount === null
        ? lang === 'zh'
          ? `抽取数量、跳过数量应为整数，签号位数应为 1 到 ${MAX_TICKET_DIGITS}`
          : `the numbers to draw and to skip must be whole numbers, the ticket digits 1 to ${MAX_TICKET_DIGITS}`
        : withReplacement && takeCount === undefined
          ? lang === 'zh'
            ? '有放回抽样需要填写抽取数量'
            : 'sampling with replacement needs how many to draw'
          : null;
    setProblem(issue);
    if (issue || takeCount === null || dropCount === null || digitCount === null) return;
    const sample = consistentSample(read.population.ids, seedText, {
      withReplacement,
      drop: dropCount,
      ...(takeCount !== undefined ? { take: takeCount } : {}),
      digits: digitCount,
    });
    setDrop(String(dropCount));
    const drawParams = {
      seed: seedText,
      withReplacement,
      drop: dropCount,
      take: takeCount ?? null,
      digits: digitCount,
    };
    setDrawn({ draw: drawParams, sample });
    onSelection({
      kind: read.population.kind === 'ballots' ? 'ballots' : 'boxes',
      draw: drawParams,
      sample,
      commitmentSha256: commitment.fileSha256,
    });
    setSelection(null);
  }

  function signSelection() {
    if (!drawn || !commitment || !signer) return;
    setSelection(
      createSelection({
        key: { publicKey: fromBase64(signer.publicKey)!, secretKey: signer.secretKey },
        label: signer.label,
        commitment: { sha256: commitment.fileSha256, population: commitment.signed.payload.population },
        draw: drawn.draw,
        sample: drawn.sample,
      }),
    );
  }

  const fileName = kind ? files[kind]!.name : '';
  const cliLine = drawn
    ? [
        'tallywitness sample',
        `--seed ${drawn.draw.seed}`,
        `--${kind} ${fileName}`,
        drawn.draw.take !== null ? `--take ${drawn.draw.take}` : '',
        drawn.draw.drop > 0 ? `--drop ${drawn.draw.drop}` : '',
        drawn.draw.withReplacement ? '--with-replacement' : '',
        drawn.draw.digits !== 9 ? `--digits ${drawn.draw.digits}` : '',
        '--commitment commitment.json --format json',
      ]
        .filter(Boolean)
        .join(' ')
    : '';
  const stem = safeFileName(report.election);

  return (
    <section class="hand-check" aria-labelledby="hand-check" data-hand-check onFocusIn={refreshKeys}>
      <h3 id="hand-check" tabIndex={-1}>
        <SectionTitle number={number} step={step} title={w.title} />
      </h3>
      <p>{w.intro}</p>
      <p class="hint" data-method>
        {w.method}
      </p>
      {kinds.length === 0 && <p class="warning">{w.noPopulation}</p>}
      {kinds.length > 0 && (
        <fieldset>
          <legend>{w.population}</legend>
          {kinds.map((option) => (
            <label key={option}>
              <input
                type="radio"
                name="hand-check-population"
                value={option}
                checked={kind === option}
                onChange={() => setKind(option)}
              />{' '}
              {reading?.kind === option && reading.state === 'read'
                ? w[option](files[option]!.name, formatNumber(reading.value.population.ids.length, lang))
                : w[option](files[option]!.name, '…')}
            </label>
          ))}
        </fieldset>
      )}
      {reading?.state === 'reading' && <p role="status">{w.reading}</p>}
      {reading?.state === 'too-large' && <p class="warning">{w.tooLarge(formatBytes(PAGE_ID_FILE_LIMIT))}</p>}
      {reading?.state === 'failed' && <InputErrorList errors={reading.errors} lang={lang} t={t} />}

      {read && (
        <>
          <h4>
            <SubStepTitle number={number} step={step} part={0} title={w.commitTitle} />
          </h4>
          <p class="hint">{w.commitHint}</p>
          <p class="hint" data-recount-tied>
            {recountReceipt ? w.recountTied(receiptDigest(recountReceipt).sha256) : w.recountNotTied}
          </p>
          {keys.length === 0 ? (
            <p class="warning">{w.noKey}</p>
          ) : (
            <>
              <KeyChoice label={w.signWith} keys={keys} value={keyId ?? ''} onChange={setKeyId} />
              <p class="actions">
                <button type="button" class={commitment ? '' : 'primary'} onClick={signCommitment}>
                  {w.signCommitment}
                </button>
              </p>
            </>
          )}
          {commitment && (
            <div class="signed" data-commitment>
              <p role="status">
                <span aria-hidden="true">✔ </span>
                {w.committed(formatNumber(commitment.signed.payload.population.count, lang))}
              </p>
              <p>
                {w.commitmentSha}
                {colonOf(lang)}
                <code data-commitment-sha256>{commitment.fileSha256}</code>
              </p>
              <SignedFileLink
                value={commitment.signed}
                name={`commitment-${stem}.json`}
                label={w.downloadCommitment}
                testId="commitment-link"
              />
            </div>
          )}

          <h4>
            <SubStepTitle number={number} step={step} part={1} title={w.seedTitle} />
          </h4>
          <p class="hint">{w.seedHint}</p>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              draw(drop);
            }}
          >
            <label class="field">
              {w.seed}
              <input
                id="hand-check-seed"
                type="text"
                inputMode="numeric"
                autoComplete="off"
                spellcheck={false}
                disabled={!commitment}
                value={seed}
                aria-invalid={problem !== null}
                onInput={(event) => setSeed(event.currentTarget.value)}
              />
            </label>
            <NumberField label={w.take} value={take} disabled={!commitment} onInput={setTake} />
            <NumberField label={w.drop} value={drop} disabled={!commitment} onInput={setDrop} />
            <label>
              <input
                type="checkbox"
                disabled={!commitment}
                checked={withReplacement}
                onChange={(event) => setWithReplacement(event.currentTarget.checked)}
              />{' '}
              {w.withReplacement}
            </label>
            <NumberField label={w.digits} value={digits} disabled={!commitment} onInput={setDigits} />
            {problem && (
              <p role="alert" class="warning" data-seed-problem>
                <span aria-hidden="true">⚠ </span>
                {problem}
              </p>
            )}
            <p class="actions">
              <button type="submit" class="primary" disabled={!commitment}>
                {w.draw}
              </button>
            </p>
          </form>
        </>
      )}

      {drawn && commitment && (
        <>
          <h4>
            <SubStepTitle number={number} step={step} part={2} title={w.sampleTitle} />
          </h4>
          {drawn.sample.length === 0 ? (
            <p>{w.emptySample}</p>
          ) : (
            <SampleTable
              class="sample"
              data-sample
              sample={drawn.sample}
              first={drawn.draw.drop + 1}
              caption={w.sampleCaption(drawn.draw.seed, formatNumber(drawn.sample.length, lang))}
              words={w}
            />
          )}
          <p class="hint cli-line">
            {w.sameOnCli} <code>{cliLine}</code>
          </p>
          <p class="actions">
            <button
              type="button"
              disabled={drawn.draw.take === null}
              onClick={() => draw(String(drawn.draw.drop + drawn.sample.length))}
            >
              {w.nextRound}
            </button>{' '}
            <button type="button" class="primary" disabled={!signer} onClick={signSelection}>
              {w.signSelection}
            </button>
          </p>
          {selection && (
            <div class="signed" data-selection>
              <p role="status">
                <span aria-hidden="true">✔ </span>
                {w.selectionSigned}
              </p>
              <SignedFileLink
                value={selection}
                name={`selection-${stem}-${drawn.draw.drop + 1}.json`}
                label={w.downloadSelection}
                testId="selection-link"
              />
            </div>
          )}
        </>
      )}
    </section>
  );
}
