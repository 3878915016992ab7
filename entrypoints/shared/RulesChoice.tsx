import { useState } from 'preact/hooks';
import { getRulePack, RULE_PACK_FAMILIES, type AnnouncementRules } from '../../core/index.js';
import { readDayText } from './day-text';
import type { Lang, Messages } from './i18n';
import './rules-choice.css';

/** Whether, and by which rule pack and round, the announcement's own figures are judged. */
export function RulesChoice(props: {
  rules: AnnouncementRules | undefined;
  /**
   * The rules chosen, the day of the vote among them once it is read; `dayUnread` while the day typed is
   * not one (it is then left out of `rules`: the page must not judge by another day than the one shown).
   */
  onChange: (rules: AnnouncementRules | undefined, dayUnread: boolean) => void;
  lang: Lang;
  t: Messages;
  /** Names the lists and the day for tests: `<prefix>-rules`, `<prefix>-round` and `<prefix>-date`. */
  testIdPrefix: string;
  /**
   * On a page with a button that runs the check, whether it was pressed with a day not read: the problem
   * is said then, and not when the field is left (said then, it would move the button under the pointer
   * between its press and its release, and the click would be lost). Absent: said once the field is left.
   */
  dayProblemAsked?: boolean;
}) {
  const { rules, onChange, lang, t, testIdPrefix, dayProblemAsked } = props;
  const hintId = `${testIdPrefix}-round-hint`;
  const dateHintId = `${testIdPrefix}-date-hint`;
  const dateFormatId = `${testIdPrefix}-date-format`;
  const dateProblemId = `${testIdPrefix}-date-problem`;
  // The day as typed, shown as it is while it is typed; read (YYYY-MM-DD) it is what the rules keep.
  const [typed, setTyped] = useState(rules?.date ?? '');
  // A day not read is said once the reader leaves the field, not at each key pressed.
  const [left, setLeft] = useState(false);
  const read = readDayText(typed);
  const withDay = (next: Omit<AnnouncementRules, 'date'>, day: string | null): AnnouncementRules =>
    day ? { ...next, date: day } : next;
  const dayNow = read.ok ? read.day : null;
  const sayProblem = !read.ok && (dayProblemAsked ?? left);
  return (
    <>
      <p class="rules-choice">
        <label>
          {t.judgeByPack}
          <select
            data-testid={`${testIdPrefix}-rules`}
            value={rules?.pack ?? ''}
            onChange={(event) => {
              const pack = event.currentTarget.value;
              // With no pack, no day is kept: a pack chosen again starts with an empty day, as shown.
              if (!pack) {
                setTyped('');
                setLeft(false);
                onChange(undefined, false);
                return;
              }
              onChange(withDay({ pack, round: rules?.round ?? 'first' }, dayNow), !read.ok);
            }}
          >
            <option value="">{t.packNone}</option>
            {/* A family is judged by its version in force on the day of the vote (announcement-pack.ts). */}
            {RULE_PACK_FAMILIES.map((family) => (
              <option key={family} value={family}>
                {getRulePack(family)?.name[lang] ?? family}
              </option>
            ))}
          </select>
        </label>{' '}
        {rules && (
          <label>
            {t.round}
            <select
              data-testid={`${testIdPrefix}-round`}
              aria-describedby={hintId}
              value={rules.round}
              onChange={(event) =>
                onChange(
                  withDay(
                    { pack: rules.pack, round: event.currentTarget.value === 'runoff' ? 'runoff' : 'first' },
                    dayNow,
                  ),
                  !read.ok,
                )
              }
            >
              <option value="first">{t.roundFirst}</option>
              <option value="runoff">{t.roundRunoff}</option>
            </select>
          </label>
        )}{' '}
        {rules && (
          <span class="day-field">
            <label>
              {t.electionDay}
              {/*
               * A text field, not a date input: the browser's own date field writes the day in its locale's
               * order (04/18/2026 in an English one), where the version line and the command line write
               * 2026-04-18. What is read is shown back in that form once the field is left.
               */}
              <input
                type="text"
                class="day-input"
                data-testid={`${testIdPrefix}-date`}
                placeholder={t.electionDayPlaceholder}
                autoComplete="off"
                spellcheck={false}
                aria-invalid={sayProblem}
                aria-describedby={
                  sayProblem ? `${dateProblemId} ${dateFormatId}` : `${dateFormatId} ${dateHintId}`
                }
                value={typed}
                onInput={(event) => {
                  const value = event.currentTarget.value;
                  const next = readDayText(value);
                  setTyped(value);
                  setLeft(false);
                  onChange(
                    withDay({ pack: rules.pack, round: rules.round }, next.ok ? next.day : null),
                    !next.ok,
                  );
                }}
                onBlur={() => {
                  setLeft(true);
                  if (read.ok) setTyped(read.day ?? '');
                }}
              />
            </label>
            <span class="hint day-format" id={dateFormatId} data-testid={dateFormatId}>
              {t.electionDayFormat}
            </span>
          </span>
        )}
      </p>
      {rules && sayProblem && (
        <p class="status bad day-problem" role="alert" id={dateProblemId} data-testid={dateProblemId}>
          {read.problem[lang]}
        </p>
      )}
      {/* A runoff's winners need other votes than the first round's: a reader must know which to choose. */}
      {rules && (
        <p class="hint round-hint" id={hintId} data-testid={hintId}>
          {t.roundHint}
        </p>
      )}
      {rules && (
        <p class="hint date-hint" id={dateHintId} data-testid={dateHintId}>
          {t.electionDayHint}
        </p>
      )}
    </>
  );
}
