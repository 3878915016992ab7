import { useEffect, useState } from 'preact/hooks';
import { decodeText, emptyTypedBox, formatInputError } from '../../core/index.js';
import { FilePicker } from '../shared/FilePicker.js';
import { NoElectionYet } from '../shared/NoElectionYet.js';
import { formatDateTime, type Lang, type Messages } from '../shared/i18n.js';
import { electionWithPack } from '../tally/open-tally.js';
import { deleteSheetSet, listSheetSets, saveSheetSet, type SheetSet } from './sheets-store.js';
import type { SheetsWords } from './sheets-words.js';

/** The sets of typed sheets kept in this browser, to resume, and the start of a new one. */
export function StartView({
  lang,
  w,
  t,
  onOpen,
}: {
  lang: Lang;
  w: SheetsWords;
  t: Messages;
  onOpen: (id: string) => void;
}) {
  const [sets, setSets] = useState<SheetSet[] | null>(null);
  const [election, setElection] = useState<File | null>(null);
  const [problems, setProblems] = useState<readonly string[]>([]);
  const refresh = () => void listSheetSets().then(setSets);
  useEffect(refresh, []);

  async function start() {
    if (!election) return setProblems([w.needElection]);
    const decoded = decodeText(election.name, new Uint8Array(await election.arrayBuffer()));
    const read = decoded.ok ? electionWithPack(election.name, decoded.value.text) : decoded;
    if (!read.ok) return setProblems(read.errors.map((error) => formatInputError(error, lang)));
    if (!decoded.ok) return;
    const set: SheetSet = {
      id: crypto.randomUUID(),
      electionText: decoded.value.text,
      electionFile: election.name,
      electionName: read.election.name,
      startedAt: new Date().toISOString(),
      boxes: [emptyTypedBox('')],
    };
    await saveSheetSet(set);
    onOpen(set.id);
  }

  return (
    <>
      <p class="intro">{w.intro}</p>
      {sets !== null && sets.length > 0 && (
        <section aria-labelledby="in-progress">
          <h2 id="in-progress">{w.inProgress}</h2>
          <ul class="sets">
            {sets.map((set) => (
              <li key={set.id} data-set={set.id}>
                <strong>{set.electionName}</strong> · {w.boxCount(set.boxes.length)} ·{' '}
                <time dateTime={set.startedAt}>{formatDateTime(set.startedAt, lang)}</time>
                <span class="row-actions">
                  <button type="button" class="primary" onClick={() => onOpen(set.id)}>
                    {w.resume}
                  </button>
                  <button
                    type="button"
                    onClick={() => {
                      if (confirm(w.confirmRemove(set.electionName)))
                        void deleteSheetSet(set.id).then(refresh);
                    }}
                  >
                    {w.remove}
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {sets?.length === 0 && <p>{w.noneYet}</p>}
      <section aria-labelledby="start-new">
        <h2 id="start-new">{w.startNew}</h2>
        {problems.length > 0 && (
          <ul class="problems" role="alert">
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        )}
        <FilePicker
          label={w.electionFile}
          t={t}
          accept=".json,application/json"
          dataInput="election"
          onFiles={(files) => {
            setElection(files[0] ?? null);
            setProblems([]);
          }}
        />
        <NoElectionYet t={t} />
        <button type="button" class={sets?.length ? 'big' : 'primary big'} onClick={() => void start()}>
          {w.start}
        </button>
      </section>
    </>
  );
}
