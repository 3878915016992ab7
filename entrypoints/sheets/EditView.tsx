import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { KeyText } from '../shared/KeyText';
import {
  checkTypedBox,
  emptyTypedBox,
  readTypedBox,
  withCell,
  type Bilingual,
  type CellId,
  type Finding,
  type Severity,
  type TypedBox,
} from '../../core/index.js';
import type { Lang } from '../shared/i18n.js';
import { storageProblem } from '../shared/storage-failure.js';
import { BoxGrid } from './BoxGrid.js';
import { cellLabel } from './cell-label.js';
import { isWhole, nextStep } from './next-step.js';
import type { OpenSet } from './SheetsApp.js';
import { saveSheetSet, type SheetSet } from './sheets-store.js';
import type { SheetsWords } from './sheets-words.js';
import { asSentence } from '../shared/as-sentence.js';

/** Focuses a cell of the grid by its key, selecting what is in it. */
function focusCell(target: string): void {
  const input = document.querySelector<HTMLInputElement>(
    `.box-grid input[data-cell="${CSS.escape(target)}"]`,
  );
  input?.focus();
  input?.select();
}

/** The typing of one set: its boxes, the grid of the box on screen, its checks and the next step. */
export function EditView({
  open,
  lang,
  w,
  onBack,
  onFinish,
}: {
  open: OpenSet;
  lang: Lang;
  w: SheetsWords;
  onBack: () => void;
  onFinish: () => void;
}) {
  const { election, pack } = open;
  const [set, setSet] = useState<SheetSet>(open.set);
  const latest = useRef(open.set);
  const [pending, setPending] = useState(0);
  const [failed, setFailed] = useState<Bilingual | null>(null);
  // While a change is being stored, closing the tab asks first (the write finishes meanwhile).
  const pendingNow = useRef(0);
  pendingNow.current = pending;
  useEffect(() => {
    const onLeave = (event: BeforeUnloadEvent) => {
      if (pendingNow.current > 0) event.preventDefault();
    };
    addEventListener('beforeunload', onLeave);
    return () => removeEventListener('beforeunload', onLeave);
  }, []);
  const readings = useMemo(() => set.boxes.map((box) => readTypedBox(election, box)), [set, election]);
  // Open on the first box not yet complete.
  const [current, setCurrent] = useState(() => {
    const step = nextStep(readings, -1);
    return step.kind === 'box' ? step.box : 0;
  });
  const reading = readings[current]!;
  const findings = useMemo(
    () => checkTypedBox(election, pack, reading, lang),
    [election, pack, reading, lang],
  );
  const step = nextStep(readings, current);
  const names = readings.map((each) => each.sheet.box);
  const nameRepeated =
    reading.sheet.box !== '' && names.filter((name) => name === reading.sheet.box).length > 1;

  /** Every change is saved at once; the page says when the last one is stored. */
  function change(edit: (boxes: readonly TypedBox[]) => readonly TypedBox[]) {
    const next = { ...latest.current, boxes: edit(latest.current.boxes) };
    latest.current = next;
    setSet(next);
    setPending((count) => count + 1);
    saveSheetSet(next)
      .then(
        () => setFailed(null),
        (error: unknown) => setFailed(storageProblem(error, { zh: '所填内容', en: 'What was typed' })),
      )
      .finally(() => setPending((count) => count - 1));
  }
  const changeBox = (edit: (box: TypedBox) => TypedBox) =>
    change((boxes) => boxes.map((box, index) => (index === current ? edit(box) : box)));

  function goTo(index: number) {
    setCurrent(index);
    setTimeout(() => {
      const next = nextStep(
        latest.current.boxes.map((box) => readTypedBox(election, box)),
        index,
      );
      if ('target' in next) focusCell(next.target);
    }, 0);
  }

  const saveText = failed ? w.notSaved(failed[lang]) : pending > 0 ? w.saving : w.saved;

  return (
    <section aria-labelledby="sheets-heading" class="edit">
      <h2 id="sheets-heading" tabIndex={-1}>
        {set.electionName}
      </h2>
      <p class={failed ? 'save-status failed' : 'save-status'} role="status" data-pending={pending}>
        {saveText}
      </p>
      <nav class="box-tabs" aria-label={w.boxes}>
        <ul>
          {readings.map((each, index) => {
            const named =
              each.sheet.box !== '' && names.indexOf(each.sheet.box) === names.lastIndexOf(each.sheet.box);
            const whole = isWhole(each, named);
            const toCheck = each.problems.length;
            return (
              <li key={index}>
                <button
                  type="button"
                  aria-current={index === current ? 'true' : undefined}
                  data-box-tab={index}
                  onClick={() => goTo(index)}
                >
                  {each.sheet.box || w.unnamed}{' '}
                  <span class={whole ? 'tab-status whole' : 'tab-status'}>
                    {whole
                      ? `✔ ${w.status.whole}`
                      : toCheck > 0
                        ? `⚠ ${w.status.problems(toCheck)}`
                        : w.status.toType(each.missing.length + (named ? 0 : 1))}
                  </span>
                </button>
              </li>
            );
          })}
          <li>
            <button
              type="button"
              data-add-box
              onClick={() => {
                change((boxes) => [...boxes, emptyTypedBox('')]);
                goTo(latest.current.boxes.length - 1);
              }}
            >
              + {w.addBox}
            </button>
          </li>
        </ul>
      </nav>

      <div class="typing">
        <div class="typing-aside">
          <div class="next-step" data-next={step.kind}>
            {step.kind === 'finish' ? (
              <>
                <p>{w.nextFinish}</p>
                <button type="button" class="primary big" onClick={onFinish}>
                  {w.finish}
                </button>
              </>
            ) : step.kind === 'box' ? (
              <>
                <p>{w.nextBox(names[step.box] || w.unnamed)}</p>
                <button type="button" class="primary big" onClick={() => goTo(step.box)}>
                  {names[step.box] || w.unnamed}
                </button>
              </>
            ) : (
              <p>
                {step.kind === 'name'
                  ? w.nextName
                  : step.kind === 'fix'
                    ? w.nextFix(cellLabel(election, step.cell, w))
                    : w.nextType(cellLabel(election, step.cell, w))}{' '}
                <button type="button" class="link-like" onClick={() => focusCell(step.target)}>
                  {w.goThere}
                </button>
              </p>
            )}
          </div>

          <CheckList
            problems={reading.problems.map((problem) =>
              w.cellProblem(cellLabel(election, problem.cell, w), problem.message[lang]),
            )}
            findings={findings}
            w={w}
            lang={lang}
          />
        </div>
        <div class="typing-grid">
          <p class="hint keys-help">
            <KeyText text={w.keysHelp} />
          </p>
          <BoxGrid
            key={current}
            election={election}
            typed={set.boxes[current]!}
            problems={reading.problems}
            nameProblem={nameRepeated ? w.nameRepeated : null}
            lang={lang}
            w={w}
            onName={(name) => changeBox((box) => ({ ...box, box: name }))}
            onCell={(cell: CellId, text: string) => changeBox((box) => withCell(box, cell, text))}
          />
        </div>
      </div>

      <p class="actions">
        <button type="button" onClick={onBack}>
          {w.back}
        </button>
        {set.boxes.length > 1 && (
          <button
            type="button"
            onClick={() => {
              if (!confirm(w.confirmRemoveBox(reading.sheet.box || w.unnamed))) return;
              change((boxes) => boxes.filter((_, index) => index !== current));
              setCurrent(0);
            }}
          >
            {w.removeBox}
          </button>
        )}
      </p>
    </section>
  );
}

const SEVERITY_ICONS: Record<Severity, string> = { error: '✖', warning: '⚠', info: 'ℹ' };

/** The checks of the box on screen, in words: cells that cannot be read, then the recount's findings. */
function CheckList({
  problems,
  findings,
  w,
  lang,
}: {
  problems: readonly string[];
  findings: readonly Finding[];
  w: SheetsWords;
  lang: Lang;
}) {
  const none = problems.length === 0 && findings.length === 0;
  return (
    <section class={none ? 'checks clear' : 'checks'} aria-labelledby="checks-heading">
      <h3 id="checks-heading">{w.checks}</h3>
      <div role="status" aria-live="polite">
        {none ? (
          <p>✔ {w.noProblem}</p>
        ) : (
          <ul>
            {problems.map((problem) => (
              <li key={problem} data-problem>
                ⚠ {problem}
              </li>
            ))}
            {findings.map((finding) => (
              <li key={finding.message} data-code={finding.code} data-severity={finding.severity}>
                {SEVERITY_ICONS[finding.severity]} {asSentence(finding.message, lang)}
              </li>
            ))}
          </ul>
        )}
        {findings.length > 0 && <p class="hint">{w.findingsHelp}</p>}
      </div>
    </section>
  );
}
