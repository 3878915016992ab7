import { useEffect, useState } from 'preact/hooks';
import { decodeText, formatInputError, type InputError } from '../../core/index.js';
import { FilePicker } from '../shared/FilePicker.js';
import { NoElectionYet } from '../shared/NoElectionYet.js';
import { formatDateTime, type Lang, type Messages } from '../shared/i18n.js';
import { electionWithPack } from './open-tally.js';
import { deleteTally, listTallies, saveTally, type TallyRecord } from './tally-store.js';
import type { TallyWords } from './tally-words.js';
import { sheetsWords } from '../sheets/sheets-words.js';
import { ELECTION_FROM_FORM, electionFileFromForm } from '../dashboard/election-form/draft-storage.js';

/** The tallies kept in this browser, to resume or compare, and the form that starts a new box. */
export function StartView({
  lang,
  w,
  t,
  onOpen,
  onCheck,
}: {
  lang: Lang;
  w: TallyWords;
  t: Messages;
  onOpen: (id: string) => void;
  onCheck: (id: string) => void;
}) {
  const [tallies, setTallies] = useState<{ record: TallyRecord; ballots: number }[] | null>(null);
  const [problems, setProblems] = useState<readonly string[]>([]);
  const [file, setFile] = useState<File | null>(null);
  // The election handed over by the Election form page, named in the picker until another is chosen.
  const [fromForm, setFromForm] = useState<string | null>(null);
  useEffect(() => {
    if (new URLSearchParams(location.search).toString() !== ELECTION_FROM_FORM) return;
    const handed = electionFileFromForm();
    // Taken once: a reload of the page does not take it again.
    history.replaceState(null, '', location.pathname);
    if (!handed) return;
    setFile(handed.file);
    setFromForm(handed.name);
    document.querySelector<HTMLInputElement>('form.start input[name="box"]')?.focus();
  }, []);
  const [already, setAlready] = useState<{ record: TallyRecord; ballots: number } | null>(null);
  const refresh = () => void listTallies().then(setTallies);
  useEffect(refresh, []);

  async function start(form: HTMLFormElement) {
    const box = (form.elements.namedItem('box') as HTMLInputElement).value.trim();
    const missing = [...(file ? [] : [w.needElection]), ...(box ? [] : [w.needBox])];
    if (!file || !box) return setProblems(missing);
    const decoded = decodeText(file.name, new Uint8Array(await file.arrayBuffer()));
    const read = decoded.ok ? electionWithPack(file.name, decoded.value.text) : decoded;
    if (!read.ok) return setProblems(read.errors.map((error: InputError) => formatInputError(error, lang)));
    if (!decoded.ok) return;
    // The same box of the same election already kept here: going on with it, never a second count of
    // it from ballot 1 (the audit would take one of the two, and lose the other's ballots).
    const kept = (await listTallies()).find(
      (each) => each.record.box === box && each.record.electionText === decoded.value.text,
    );
    if (kept) {
      setAlready(kept);
      return setProblems([w.alreadyKept(box, kept.ballots)]);
    }
    setAlready(null);
    setProblems([]);
    const record: TallyRecord = {
      id: crypto.randomUUID(),
      box,
      electionText: decoded.value.text,
      electionFile: file.name,
      electionName: read.election.name,
      startedAt: new Date().toISOString(),
      writeIns: [],
    };
    await saveTally(record);
    onOpen(record.id);
  }

  return (
    <>
      <p class="intro">{w.intro}</p>
      <p data-way-in="sheets">
        {sheetsWords(lang).holdingSheets} <a href="/sheets.html">{sheetsWords(lang).typeThemIn}</a>
      </p>
      <section aria-labelledby="in-progress">
        <h2 id="in-progress">{w.inProgress}</h2>
        {tallies?.length === 0 && <p>{w.noneYet}</p>}
        <ul class="tallies">
          {tallies?.map(({ record, ballots }) => (
            <li key={record.id} data-tally={record.id} data-box={record.box}>
              <strong>{w.box(record.box)}</strong> · {record.electionName} · {w.ballotsSoFar(ballots)} ·{' '}
              <time dateTime={record.startedAt}>{formatDateTime(record.startedAt, lang)}</time>
              <span class="row-actions">
                <button type="button" class="primary" onClick={() => onOpen(record.id)}>
                  {w.resume}
                </button>
                <button type="button" onClick={() => onCheck(record.id)}>
                  {w.check}
                </button>
                <button
                  type="button"
                  onClick={() => {
                    if (confirm(w.confirmRemove(record.box))) void deleteTally(record.id).then(refresh);
                  }}
                >
                  {w.remove}
                </button>
              </span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="start-new">
        <h2 id="start-new">{w.startNew}</h2>
        {problems.length > 0 && (
          <ul class="problems" role="alert">
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        )}
        {already && (
          <p>
            <button type="button" class="primary big" onClick={() => onOpen(already.record.id)}>
              {w.resumeBox(already.record.box)}
            </button>
          </p>
        )}
        <form
          class="start"
          onSubmit={(event) => {
            event.preventDefault();
            void start(event.currentTarget);
          }}
        >
          <FilePicker
            label={w.electionFile}
            t={t}
            accept=".json,application/json"
            dataInput="election"
            chosen={fromForm === null ? undefined : [w.fromForm(fromForm)]}
            onFiles={(files) => {
              setFromForm(null);
              setFile(files[0] ?? null);
            }}
          />
          {fromForm === null && <NoElectionYet t={t} />}
          <label>
            {w.boxName}
            <input name="box" autoComplete="off" />
          </label>
          <button type="submit" class="primary big">
            {w.start}
          </button>
        </form>
      </section>
    </>
  );
}
