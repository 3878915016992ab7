import { useMemo, useState } from 'preact/hooks';
import {
  compareLiveTallyWithSheet,
  countLiveBallots,
  formatInputError,
  liveBallotsCsv,
  readTallies,
  type Finding,
} from '../../core/index.js';
import { downloadText, safeFileName } from '../shared/download.js';
import type { Lang } from '../shared/i18n.js';
import type { OpenTally } from './open-tally.js';
import type { TallyWords } from './tally-words.js';

/** The box's live tally against its official tally sheet, and its ballot records to take away. */
export function CheckView({
  tally,
  lang,
  w,
  onBack,
}: {
  tally: OpenTally;
  lang: Lang;
  w: TallyWords;
  onBack: () => void;
}) {
  const { election, pack, record, ballots } = tally;
  const count = useMemo(() => countLiveBallots(ballots, election, pack), [ballots, election, pack]);
  const [compared, setCompared] = useState<
    { kind: 'findings'; findings: Finding[] } | { kind: 'errors'; errors: string[] } | null
  >(null);

  async function compare(file: File) {
    const read = readTallies(file.name, new Uint8Array(await file.arrayBuffer()), election);
    if (!read.ok) {
      setCompared({ kind: 'errors', errors: read.errors.map((error) => formatInputError(error, lang)) });
      return;
    }
    setCompared({
      kind: 'findings',
      findings: compareLiveTallyWithSheet(record.box, count, read.value, election, lang),
    });
  }

  return (
    <section aria-labelledby="check-heading">
      <h2 id="check-heading">
        {w.checkTitle} · {w.box(record.box)}
      </h2>
      <p class="totals">{w.totals(count.ballots, count.void + count.overvoted + count.twoPosts)}</p>
      <label class="file">
        {w.tallySheets}
        <input
          type="file"
          accept=".csv,text/csv,.json"
          data-input="tallies"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) void compare(file);
          }}
        />
      </label>
      {compared?.kind === 'errors' && (
        <ul class="problems" role="alert">
          {compared.errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      )}
      {compared?.kind === 'findings' && compared.findings.length === 0 && (
        <p class="agree" role="status">
          ✔ {w.noDifference(record.box)}
        </p>
      )}
      {compared?.kind === 'findings' && compared.findings.length > 0 && (
        <div class="differences" role="status">
          <p>✖ {w.differences(compared.findings.length)}</p>
          <ul>
            {compared.findings.map((finding) => (
              <li
                key={finding.message}
                data-code={finding.code}
                data-box={finding.box}
                data-contest={finding.contest ?? undefined}
                data-candidate={finding.candidate ?? undefined}
              >
                {finding.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <p>{w.downloadHelp}</p>
      <p class="actions">
        <button
          type="button"
          class="primary big"
          onClick={() =>
            downloadText(
              `ballots-${safeFileName(record.box)}.csv`,
              liveBallotsCsv(record.box, election, ballots),
              'text/csv;charset=utf-8',
            )
          }
        >
          {w.download}
        </button>
        <a class="like-button big" href={`/dashboard.html?tally=${encodeURIComponent(record.id)}`}>
          {w.openAudit}
        </a>
        <button type="button" onClick={onBack}>
          {w.backToEntry}
        </button>
      </p>
    </section>
  );
}
