import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  compareLiveTallyWithBoxRow,
  compareLiveTallyWithSheet,
  countLiveBallots,
  formatInputError,
  liveBallotsCsv,
  readBoxes,
  readTallies,
  type Finding,
} from '../../core/index.js';
import { downloadText, safeFileName } from '../shared/download.js';
import { FilePicker } from '../shared/FilePicker.js';
import type { Lang, Messages } from '../shared/i18n.js';
import type { OpenTally } from './open-tally.js';
import { boxesToRecount } from './live-tally-files.js';
import { ShareTally } from './ShareTally.js';
import { listTallies, type TallyRecord } from './tally-store.js';
import type { TallyWords } from './tally-words.js';
import { asSentence } from '../shared/as-sentence.js';

type SheetKind = 'tallies' | 'boxes';
type Outcome = { findings: Finding[]; missing?: boolean } | { errors: string[] };

/** The box's live tally against its official tally sheet, and its ballot records to take away. */
export function CheckView({
  tally,
  lang,
  w,
  t,
  onBack,
}: {
  tally: OpenTally;
  lang: Lang;
  w: TallyWords;
  t: Messages;
  onBack: () => void;
}) {
  const { election, pack, record, ballots } = tally;
  const count = useMemo(() => countLiveBallots(ballots, election, pack), [ballots, election, pack]);
  // Each sheet compared so far, by kind: its findings, or why it could not be read.
  const [compared, setCompared] = useState<Partial<Record<SheetKind, Outcome>>>({});
  // The boxes of this election kept here, this one first: the audit recounts them together.
  const [boxes, setBoxes] = useState<readonly TallyRecord[]>([record]);
  useEffect(() => {
    void listTallies().then((kept) =>
      setBoxes(
        boxesToRecount(
          record,
          kept.map((each) => each.record),
        ),
      ),
    );
  }, [record]);
  const auditHref = `/dashboard.html?${boxes.map((each) => `tally=${encodeURIComponent(each.id)}`).join('&')}`;
  const keep = (kind: SheetKind, outcome: Outcome) =>
    setCompared((current) => ({ ...current, [kind]: outcome }));

  async function compare(kind: SheetKind, file: File) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (kind === 'tallies') {
      const read = readTallies(file.name, bytes, election);
      if (!read.ok) return keep(kind, { errors: read.errors.map((error) => formatInputError(error, lang)) });
      return keep(kind, {
        findings: compareLiveTallyWithSheet(record.box, count, read.value, election, lang),
      });
    }
    const read = readBoxes(file.name, bytes);
    if (!read.ok) return keep(kind, { errors: read.errors.map((error) => formatInputError(error, lang)) });
    const row = read.value.find((each) => each.box === record.box);
    keep(kind, {
      findings: row ? compareLiveTallyWithBoxRow(record.box, count, row, lang) : [],
      missing: !row,
    });
  }

  const outcomes = Object.values(compared);
  const errors = outcomes.flatMap((outcome) => ('errors' in outcome ? outcome.errors : []));
  const findings = outcomes.flatMap((outcome) => ('findings' in outcome ? outcome.findings : []));
  const boxRowMissing = compared.boxes && 'missing' in compared.boxes && compared.boxes.missing;
  const read = outcomes.some((outcome) => 'findings' in outcome);

  return (
    <section aria-labelledby="check-heading">
      <h2 id="check-heading">
        {w.checkTitle} · {w.box(record.box)}
      </h2>
      <p class="totals">{w.totals(count.ballots, count.void + count.overvoted + count.twoPosts)}</p>
      <p data-compare-optional>{w.compareOptional}</p>
      {(['tallies', 'boxes'] as const).map((kind) => (
        <FilePicker
          key={kind}
          label={kind === 'tallies' ? w.tallySheets : w.boxSheet}
          t={t}
          accept=".csv,text/csv"
          dataInput={kind}
          onFiles={(files) => void compare(kind, files[0]!)}
        />
      ))}
      {errors.length > 0 && (
        <ul class="problems" role="alert">
          {errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      )}
      {boxRowMissing && (
        <p class="problems" role="alert">
          {w.noBoxRow(record.box)}
        </p>
      )}
      {read && errors.length === 0 && findings.length === 0 && (
        <p class="agree" role="status">
          ✔ {w.noDifference(record.box)}
        </p>
      )}
      {findings.length > 0 && (
        <div class="differences" role="status">
          <p>✖ {w.differences(findings.length)}</p>
          <ul>
            {findings.map((finding) => (
              <li
                key={finding.message}
                data-code={finding.code}
                data-box={finding.box}
                data-contest={finding.contest ?? undefined}
                data-candidate={finding.candidate ?? undefined}
              >
                {asSentence(finding.message, lang)}
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
        <a class="like-button big" href={auditHref} data-boxes={boxes.length}>
          {w.openAudit(boxes.map((each) => each.box))}
        </a>
        <button type="button" onClick={onBack}>
          {w.backToEntry}
        </button>
      </p>
      <ShareTally tally={tally} w={w} />
    </section>
  );
}
