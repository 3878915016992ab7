import { useState } from 'preact/hooks';
import { FilePicker } from '../../shared/FilePicker.js';
import { InputErrorList } from '../InputErrorList.js';
import type { Lang, Messages } from '../../shared/i18n.js';
import { AUDIT_MATH_WORDS } from './audit-math-words.js';
import { ContestChooser, contestOf } from './ContestChooser.js';
import { HandCountAudit } from './HandCountAudit.js';
import { ScreensPanel } from './ScreensPanel.js';
import { useLoadedRecount } from './use-loaded-recount.js';

type Role = 'election' | 'boxes' | 'tallies';

/**
 * A page of its own for the risk-limiting audit, the quick count and the screens over files chosen
 * here, for files without a recount on screen; after a recount the Audit step shows the same panels.
 */
export function AuditMathPage({ lang, t }: { lang: Lang; t: Messages }) {
  const words = AUDIT_MATH_WORDS[lang];
  const [files, setFiles] = useState<Partial<Record<Role, File>>>({});
  const [contestId, setContestId] = useState<string>('');

  const loaded = useLoadedRecount(files.election, files.boxes, files.tallies);

  const picker = (role: Role, label: string) => (
    <FilePicker
      label={label}
      t={t}
      accept=".json,.csv"
      dataInput={`audit-math-${role}`}
      chosen={files[role] ? [files[role].name] : []}
      onFiles={([file]) => file && setFiles((before) => ({ ...before, [role]: file }))}
    />
  );
  const contest = loaded?.ok ? contestOf(loaded.election.contests, contestId) : undefined;
  return (
    <section class="audit-math" aria-labelledby="audit-math-title">
      <h2 id="audit-math-title">{words.pageTitle}</h2>
      <p>{words.pageIntro}</p>
      {picker('election', words.election)}
      {picker('boxes', words.boxes)}
      {picker('tallies', words.tallies)}
      {loaded && !loaded.ok && <InputErrorList errors={loaded.errors} lang={lang} t={t} />}
      {loaded?.ok && contest && (
        <ContestChooser
          label={words.contest}
          contests={loaded.election.contests}
          value={contest.id}
          onChange={setContestId}
        />
      )}
      <HandCountAudit
        prefix="audit-math"
        chosen={
          loaded?.ok && contest
            ? { election: loaded.election, recount: loaded.recount, rule: loaded.rule, contest }
            : null
        }
        level={3}
        lang={lang}
        t={t}
      />
      {loaded?.ok && contest && <ScreensPanel recount={loaded.recount} contest={contest.id} lang={lang} />}
    </section>
  );
}
