import { useMemo } from 'preact/hooks';
import { downloadText } from '../shared/download.js';
import type { Lang } from '../shared/i18n.js';
import { sheetSetFiles } from './sheet-set-files.js';
import type { OpenSet } from './SheetsApp.js';
import type { SheetsWords } from './sheets-words.js';
import { asSentence } from '../shared/as-sentence.js';

/** The typed sheets written out: boxes.csv and tallies.csv to take away, and the recount one click on. */
export function FinishView({
  open,
  lang,
  w,
  onBack,
}: {
  open: OpenSet;
  lang: Lang;
  w: SheetsWords;
  onBack: () => void;
}) {
  const files = useMemo(() => sheetSetFiles(open.set), [open.set]);
  return (
    <section aria-labelledby="sheets-heading" class="finish">
      <h2 id="sheets-heading" tabIndex={-1}>
        {w.finishedTitle} · {open.set.electionName}
      </h2>
      {files.ok ? (
        <>
          <p>{w.finishedIntro}</p>
          <p class="actions">
            <a
              class="like-button primary big"
              href={`/dashboard.html?sheets=${encodeURIComponent(open.set.id)}`}
            >
              {w.recount}
            </a>
          </p>
          <p class="actions">
            <button
              type="button"
              class="big"
              onClick={() => downloadText('boxes.csv', files.boxesCsv, 'text/csv;charset=utf-8')}
            >
              {w.downloadBoxes}
            </button>
            <button
              type="button"
              class="big"
              onClick={() => downloadText('tallies.csv', files.talliesCsv, 'text/csv;charset=utf-8')}
            >
              {w.downloadTallies}
            </button>
          </p>
        </>
      ) : (
        <div class="problems" role="alert">
          <p>{w.notReady}</p>
          <ul>
            {files.notReady.map((each) => (
              <li key={each.message.en}>{asSentence(each.message[lang], lang)}</li>
            ))}
          </ul>
        </div>
      )}
      <p>
        <button type="button" onClick={onBack}>
          {w.backToTyping}
        </button>
      </p>
    </section>
  );
}
