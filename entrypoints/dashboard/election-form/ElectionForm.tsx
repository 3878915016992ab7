import { useMemo, useState } from 'preact/hooks';
import {
  getRulePack,
  inForceWords,
  readElection,
  RULE_PACK_FAMILIES,
  RULE_PACKS,
  type InputError,
  type Round,
} from '../../../core/index.js';
import { downloadJson } from '../../shared/download.js';
import { colonOf, type Lang, type Messages } from '../../shared/i18n.js';
import { InputErrorList } from '../InputErrorList.js';
import { ContestFields, focusSoon } from './ContestFields.js';
import {
  checkDraft,
  draftFromElection,
  draftToJson,
  draftPackChoice,
  draftToText,
  ELECTION_FILE_NAME,
  emptyContest,
  emptyDraft,
  isEmptyDraft,
  errorsAt,
  fieldPath,
  formPaths,
  type ElectionDraft,
} from './election-draft.js';
import { ELECTION_FROM_FORM, saveDraft, useStoredDraft } from './draft-storage.js';
import { describedBy, fieldId, FormField } from './FormField.js';
import { RulePackDetails } from './RulePackDetails.js';
import { VERSION_WORDS } from './version-words.js';
import './election-form.css';
import { FilePicker } from '../../shared/FilePicker.js';
import { asSentence } from '../../shared/as-sentence.js';
import { readDayText, type DayText } from '../../shared/day-text.js';

interface ElectionFormProps {
  readonly lang: Lang;
  readonly t: Messages;
  /** Called with the finished election.json when the user takes it to the audit. */
  onUse(file: File): void;
  /** Called on every change the user makes to the draft. */
  onEdit?(): void;
}

/** The reader's words for an empty text, said at a form field in the form's own terms. */
const EMPTY_TEXT = 'must be a non-empty string';

/**
 * The reader's errors as the form shows them: an empty name is "fill this in", not "must be a
 * non-empty string"; an id left empty falls back to the name, so its error only repeats the name's
 * and is left out (the id is optional).
 */
function formErrors(errors: readonly InputError[], t: Messages, day: DayText): InputError[] {
  return errors
    .filter((error) => !(error.message.en === EMPTY_TEXT && /\.id$/.test(error.path ?? '')))
    .map((error) =>
      error.message.en === EMPTY_TEXT
        ? { ...error, message: { zh: t.fillIn, en: t.fillIn } }
        : error.path === '$.date' && !day.ok
          ? { ...error, message: day.problem }
          : error,
    );
}

const addContestId = 'add-contest';

/** Builds election.json field by field; the core's own reader judges it, and its errors show at the fields. */
export function ElectionForm({ lang, t, onUse, onEdit }: ElectionFormProps) {
  const [draft, setDraft] = useStoredDraft(onEdit);
  // Errors show once the user first tries to use the draft, then follow every change.
  const [showErrors, setShowErrors] = useState(false);
  const [openErrors, setOpenErrors] = useState<readonly InputError[]>([]);
  const checked = useMemo(() => checkDraft(draft), [draft]);
  const errors = showErrors && !checked.ok ? formErrors(checked.errors, t, readDayText(draft.date)) : [];
  const at = (path: string) => errorsAt(errors, path);
  const claimed = formPaths(draft);
  const elsewhere = errors.filter((error) => !claimed.has(error.path ?? '$'));
  const choice = useMemo(() => draftPackChoice(draft), [draft.rules, draft.date]);
  const words = VERSION_WORDS[lang];
  // The day of the vote as typed: a day that cannot be read is said once the field is left (not at each
  // key pressed), or once the user tries to use the draft, in the words of day-text.ts.
  const day = readDayText(draft.date);
  const [dateLeft, setDateLeft] = useState(false);
  const dateId = fieldId(fieldPath.election('date'));
  const dateErrors: readonly InputError[] = day.ok
    ? at('$.date')
    : showErrors || dateLeft
      ? [{ file: ELECTION_FILE_NAME, path: '$.date', message: day.problem }]
      : [];
  const dateAria = describedBy(dateId, dateErrors, true);
  const dateDescribedBy = {
    ...dateAria,
    'aria-describedby': [dateAria['aria-describedby'], `${dateId}-format`].filter(Boolean).join(' '),
  };

  const update = (change: Partial<ElectionDraft>) => setDraft((current) => ({ ...current, ...change }));

  /** True when the draft is valid; otherwise shows the errors and moves to the first one. */
  function ready(): boolean {
    setShowErrors(true);
    if (checked.ok) return true;
    setTimeout(() => document.querySelector<HTMLElement>('.election-form [aria-invalid="true"]')?.focus(), 0);
    return false;
  }

  async function openFile(file: File) {
    const read = readElection(file.name, new Uint8Array(await file.arrayBuffer()));
    setOpenErrors(read.ok ? [] : read.errors);
    if (read.ok) {
      setDraft(draftFromElection(read.value));
      setShowErrors(true);
    }
  }

  const simple = (
    field: 'name' | 'registeredVoters' | 'minWomen',
    label: string,
    hint?: string,
    numeric = false,
  ) => {
    const path = fieldPath.election(field);
    const id = fieldId(path);
    return (
      <FormField
        id={id}
        label={label}
        {...(hint ? { hint } : {})}
        errors={at(path)}
        lang={lang}
        class={numeric ? 'narrow' : ''}
      >
        <input
          type="text"
          {...(numeric ? { inputMode: 'numeric' as const } : {})}
          value={draft[field]}
          {...describedBy(id, at(path), Boolean(hint))}
          onInput={(event) => update({ [field]: event.currentTarget.value })}
        />
      </FormField>
    );
  };

  return (
    <section class="election-form" aria-labelledby="election-form-title">
      <h2 id="election-form-title">{t.formTitle}</h2>
      <p class="hint">{t.formHint}</p>
      <div class="field">
        <FilePicker
          label={t.openElectionFile}
          t={t}
          id="open-election"
          accept=".json,application/json"
          onFiles={([file]) => {
            if (file) void openFile(file);
          }}
        />
      </div>
      {openErrors.length > 0 && <InputErrorList errors={openErrors} lang={lang} t={t} />}

      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (ready())
            onUse(new File([draftToText(draft)], ELECTION_FILE_NAME, { type: 'application/json' }));
        }}
      >
        {simple('name', t.electionName)}
        <FormField
          id={fieldId(fieldPath.election('rules'))}
          label={t.rulePack}
          errors={at('$.rules')}
          lang={lang}
        >
          <select
            value={draft.rules}
            {...describedBy(fieldId(fieldPath.election('rules')), at('$.rules'), false)}
            onChange={(event) => update({ rules: event.currentTarget.value })}
          >
            {/* A family lets the date choose the version; a version's own id fixes it. */}
            <optgroup label={words.byDate}>
              {RULE_PACK_FAMILIES.map((family) => (
                <option key={family} value={family}>
                  {getRulePack(family)?.name[lang] ?? family}
                </option>
              ))}
            </optgroup>
            <optgroup label={words.fixedVersion}>
              {RULE_PACKS.filter((rulePack) => rulePack.version).map((rulePack) => (
                <option key={rulePack.id} value={rulePack.id}>
                  {`${rulePack.name[lang]}${colonOf(lang)}${inForceWords(rulePack)[lang]}`}
                </option>
              ))}
            </optgroup>
          </select>
        </FormField>
        <FormField
          id={dateId}
          label={words.date}
          hint={words.dateHint}
          errors={dateErrors}
          lang={lang}
          class="narrow"
        >
          {/*
           * A text field, as on the notice page, not a date input: the browser's own date field writes the
           * day in its locale's order (04/18/2026 in an English one), whatever language the page is in.
           * What is read is shown back as YYYY-MM-DD once the field is left, and is what election.json gets.
           */}
          <input
            type="text"
            class="day-input"
            placeholder={t.electionDayPlaceholder}
            autoComplete="off"
            spellcheck={false}
            value={draft.date}
            {...dateDescribedBy}
            onInput={(event) => {
              setDateLeft(false);
              update({ date: event.currentTarget.value });
            }}
            onBlur={() => {
              setDateLeft(true);
              if (day.ok && (day.day ?? '') !== draft.date) update({ date: day.day ?? '' });
            }}
          />
          <span class="hint day-format" id={`${dateId}-format`} data-testid="election-date-format">
            {t.electionDayFormat}
          </span>
        </FormField>
        {choice.ok ? (
          <RulePackDetails pack={choice.pack} version={choice.version} lang={lang} t={t} />
        ) : (
          <p class="pack-details" aria-live="polite" data-testid="pack-version-missing">
            {words.noVersion}
            {colonOf(lang)}
            {choice.message[lang]}
          </p>
        )}
        <FormField
          id={fieldId(fieldPath.election('round'))}
          label={t.round}
          errors={at('$.round')}
          lang={lang}
          class="narrow"
        >
          <select
            value={draft.round}
            {...describedBy(fieldId(fieldPath.election('round')), at('$.round'), false)}
            onChange={(event) => update({ round: event.currentTarget.value as Round })}
          >
            <option value="first">{t.roundFirst}</option>
            <option value="runoff">{t.roundRunoff}</option>
          </select>
        </FormField>
        {simple('registeredVoters', t.registeredVoters, t.registeredVotersHint, true)}
        {simple('minWomen', t.minWomen, t.minWomenHint(choice.ok ? choice.pack.defaultMinWomen : 0), true)}

        <h3>{t.contests}</h3>
        {draft.contests.map((contest, index) => (
          <ContestFields
            key={contest.key}
            contest={contest}
            index={index}
            errors={errors}
            lang={lang}
            t={t}
            canRemove={draft.contests.length > 1}
            onChange={(changed) =>
              update({ contests: draft.contests.map((other, j) => (j === index ? changed : other)) })
            }
            onRemove={() => {
              update({ contests: draft.contests.filter((_, j) => j !== index) });
              focusSoon(addContestId);
            }}
          />
        ))}
        {at('$.contests').length > 0 && (
          <ul class="field-errors">
            {at('$.contests').map((error, index) => (
              <li key={index}>{asSentence(error.message[lang], lang)}</li>
            ))}
          </ul>
        )}
        <p class="row-actions">
          <button
            type="button"
            id={addContestId}
            onClick={() => {
              const added = emptyContest();
              update({ contests: [...draft.contests, added] });
              focusSoon(fieldId(fieldPath.contest(draft.contests.length, 'name')));
            }}
          >
            <span aria-hidden="true">＋ </span>
            {t.addContest}
          </button>
        </p>

        <div class="form-status" role="status">
          {showErrors && (checked.ok ? t.formValid : t.formProblems(errors.length))}
        </div>
        {elsewhere.length > 0 && (
          <div class="input-errors">
            <p>{t.formOtherProblems}</p>
            <ul>
              {elsewhere.map((error, index) => (
                <li key={index}>
                  <code>{error.path}</code> {error.message[lang]}
                </li>
              ))}
            </ul>
          </div>
        )}
        <p class="actions">
          <button type="submit" class="primary">
            {t.useInAudit}
          </button>
          <button
            type="button"
            onClick={() => {
              if (ready()) downloadJson(ELECTION_FILE_NAME, draftToJson(draft));
            }}
          >
            <span aria-hidden="true">⬇ </span>
            {t.downloadElection}
          </button>
          <a
            class="like-button"
            href={`/tally.html?${ELECTION_FROM_FORM}`}
            data-hand-over="live-tally"
            onClick={(event) => {
              // Only a valid election goes over, and as the form holds it now, saved before the page changes.
              if (!ready()) return event.preventDefault();
              saveDraft(draft);
            }}
          >
            {t.useInLiveTally}
          </a>
          <button
            type="button"
            onClick={() => {
              // All that was typed goes at once: asked first, unless there is nothing to lose.
              if (!isEmptyDraft(draft) && !confirm(t.confirmClearForm)) return;
              setDraft(emptyDraft());
              setShowErrors(false);
            }}
          >
            {t.clearForm}
          </button>
        </p>
        <p class="hint" data-way-on="count">
          {t.countItYourself}
          <a href="/tally.html">{t.navTally}</a>
          {t.countOr}
          <a href="/sheets.html">{t.navSheets}</a>
          {t.countThen}
        </p>
      </form>
    </section>
  );
}
