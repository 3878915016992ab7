import { useEffect, useState } from 'preact/hooks';
import { FilePicker } from '../../shared/FilePicker.js';
import { InputErrorList } from '../InputErrorList.js';
import type { Lang, Messages } from '../../shared/i18n.js';
import { AUDIT_MATH_WORDS } from './audit-math-words.js';
import { handFileOf, loadRecount, type LoadedRecount } from './load-recount.js';
import { QuickCountPanel } from './QuickCountPanel.js';
import { RiskLimitPanel, type HandFile } from './RiskLimitPanel.js';
import { ScreensPanel } from './ScreensPanel.js';

type Role = 'election' | 'boxes' | 'tallies';

/**
 * A page of its own for the risk-limiting audit, the quick count and the screens over files chosen
 * here; the three panels are separate components, ready to sit in the audit's own steps.
 */
export function AuditMathPage({ lang, t }: { lang: Lang; t: Messages }) {
  const words = AUDIT_MATH_WORDS[lang];
  const [files, setFiles] = useState<Partial<Record<Role, File>>>({});
  const [loaded, setLoaded] = useState<LoadedRecount | null>(null);
  const [ballotsHand, setBallotsHand] = useState<HandFile | null>(null);
  const [boxesHand, setBoxesHand] = useState<HandFile | null>(null);
  const [contestId, setContestId] = useState<string>('');

  useEffect(() => {
    const { election, boxes, tallies } = files;
    if (!election || !boxes || !tallies) return setLoaded(null);
    let current = true;
    void loadRecount(election, boxes, tallies).then((result) => current && setLoaded(result));
    return () => {
      current = false;
    };
  }, [files]);

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
  const contest = loaded?.ok
    ? (loaded.election.contests.find((c) => c.id === contestId) ?? loaded.election.contests[0])
    : undefined;
  return (
    <section class="audit-math" aria-labelledby="audit-math-title">
      <h2 id="audit-math-title">{words.pageTitle}</h2>
      <p>{words.pageIntro}</p>
      {picker('election', words.election)}
      {picker('boxes', words.boxes)}
      {picker('tallies', words.tallies)}
      <FilePicker
        label={words.handBallots}
        t={t}
        accept=".csv"
        dataInput="audit-math-hand-ballots"
        onFiles={([file]) => file && void handFileOf(file).then(setBallotsHand)}
      />
      <FilePicker
        label={words.handBoxes}
        t={t}
        accept=".csv"
        dataInput="audit-math-hand-boxes"
        onFiles={([file]) => file && void handFileOf(file).then(setBoxesHand)}
      />
      {loaded && !loaded.ok && <InputErrorList errors={loaded.errors} lang={lang} t={t} />}
      {loaded?.ok && contest && (
        <>
          <p>
            <label>
              {words.contest}{' '}
              <select
                value={contest.id}
                onChange={(e) => setContestId(e.currentTarget.value)}
                data-control="contest"
              >
                {loaded.election.contests.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </label>
          </p>
          <RiskLimitPanel
            election={loaded.election}
            contest={contest}
            recount={loaded.recount}
            ballotsHand={ballotsHand}
            boxesHand={boxesHand}
            rule={loaded.rule}
            lang={lang}
            t={t}
          />
          {boxesHand && (
            <QuickCountPanel
              election={loaded.election}
              contest={contest}
              recount={loaded.recount}
              hand={boxesHand}
              lang={lang}
              t={t}
            />
          )}
          <ScreensPanel recount={loaded.recount} contest={contest.id} lang={lang} />
        </>
      )}
    </section>
  );
}
