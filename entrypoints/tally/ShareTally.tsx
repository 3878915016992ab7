import { useState } from 'preact/hooks';
import { writeLiveTallyRecord } from '../../core/index.js';
import { downloadText, safeFileName } from '../shared/download.js';
import type { OpenTally } from './open-tally.js';
import { saveTally } from './tally-store.js';
import type { TallyWords } from './tally-words.js';

/** The file name a live tally record is offered under: its box and who kept it. */
export function liveTallyFileName(box: string, keptBy: string): string {
  return `live-tally-${safeFileName(box)}${keptBy ? `-${safeFileName(keptBy)}` : ''}.json`;
}

/**
 * The live tally as a file (tallywitness.live-tally/1) for another observer who kept the same box:
 * who kept it (remembered with the tally), when, and every ballot in the order read.
 */
export function ShareTally({ tally, w }: { tally: OpenTally; w: TallyWords }) {
  const { record, election, ballots } = tally;
  const [keptBy, setKeptBy] = useState(record.keptBy ?? '');

  const remember = (typed: string) => {
    setKeptBy(typed);
    void saveTally({ ...record, keptBy: typed.trim() });
  };

  const download = () => {
    const name = keptBy.trim();
    const text = writeLiveTallyRecord({
      election,
      box: record.box,
      ...(name !== '' && { keptBy: name }),
      startedAt: record.startedAt,
      exportedAt: new Date().toISOString(),
      ballots,
    });
    downloadText(liveTallyFileName(record.box, name), text, 'application/json');
  };

  return (
    <section aria-labelledby="share-heading">
      <h3 id="share-heading">{w.shareTitle}</h3>
      <p>{w.shareHelp}</p>
      <label>
        {w.keptBy}
        <input
          type="text"
          data-input="kept-by"
          value={keptBy}
          maxLength={100}
          onInput={(event) => remember(event.currentTarget.value)}
        />
      </label>
      <p class="actions">
        <button type="button" class="big" data-action="download-live-tally" onClick={download}>
          {w.shareDownload}
        </button>
      </p>
    </section>
  );
}
