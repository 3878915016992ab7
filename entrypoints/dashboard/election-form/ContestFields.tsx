import type { Gender, InputError } from '../../../core/index.js';
import type { Lang, Messages } from '../../shared/i18n.js';
import {
  emptyCandidate,
  errorsAt,
  fieldPath,
  type CandidateDraft,
  type ContestDraft,
} from './election-draft.js';
import { describedBy, FieldErrors, fieldId, FormField } from './FormField.js';

interface ContestFieldsProps {
  readonly contest: ContestDraft;
  readonly index: number;
  readonly errors: readonly InputError[];
  readonly lang: Lang;
  readonly t: Messages;
  readonly canRemove: boolean;
  onChange(contest: ContestDraft): void;
  onRemove(): void;
}

/** Moves the focus once the row it should land on has been rendered. */
export const focusSoon = (id: string) => setTimeout(() => document.getElementById(id)?.focus(), 0);

export const candidateNameId = (candidate: CandidateDraft) => `candidate-name-${candidate.key}`;
const addCandidateId = (contest: ContestDraft) => `add-candidate-${contest.key}`;

/** One contest: its name, id and seats, and its candidates as rows that can be added and removed. */
export function ContestFields({
  contest,
  index,
  errors,
  lang,
  t,
  canRemove,
  onChange,
  onRemove,
}: ContestFieldsProps) {
  const at = (path: string) => errorsAt(errors, path);
  const title = contest.name.trim() || t.contestN(index + 1);
  const setCandidate = (k: number, change: Partial<CandidateDraft>) =>
    onChange({
      ...contest,
      candidates: contest.candidates.map((candidate, j) =>
        j === k ? { ...candidate, ...change } : candidate,
      ),
    });
  const addCandidate = () => {
    const added = emptyCandidate();
    onChange({ ...contest, candidates: [...contest.candidates, added] });
    focusSoon(candidateNameId(added));
  };
  const removeCandidate = (k: number) => {
    onChange({ ...contest, candidates: contest.candidates.filter((_, j) => j !== k) });
    focusSoon(addCandidateId(contest));
  };
  const contestErrors = [...at(fieldPath.contest(index)), ...at(fieldPath.contest(index, 'candidates'))];
  const candidatesId = fieldId(fieldPath.contest(index, 'candidates'));

  return (
    <fieldset class="contest" data-contest-row={index}>
      <legend>{title}</legend>
      <div class="contest-head">
        <FormField
          id={fieldId(fieldPath.contest(index, 'name'))}
          label={t.contestName}
          errors={at(fieldPath.contest(index, 'name'))}
          lang={lang}
        >
          <input
            type="text"
            value={contest.name}
            {...describedBy(
              fieldId(fieldPath.contest(index, 'name')),
              at(fieldPath.contest(index, 'name')),
              false,
            )}
            onInput={(event) => onChange({ ...contest, name: event.currentTarget.value })}
          />
        </FormField>
        <FormField
          id={fieldId(fieldPath.contest(index, 'id'))}
          label={t.contestId}
          hint={t.idHint}
          errors={at(fieldPath.contest(index, 'id'))}
          lang={lang}
        >
          <input
            type="text"
            value={contest.id}
            placeholder={contest.name.trim()}
            {...describedBy(
              fieldId(fieldPath.contest(index, 'id')),
              at(fieldPath.contest(index, 'id')),
              true,
            )}
            onInput={(event) => onChange({ ...contest, id: event.currentTarget.value })}
          />
        </FormField>
        <FormField
          id={fieldId(fieldPath.contest(index, 'seats'))}
          label={t.seats}
          errors={at(fieldPath.contest(index, 'seats'))}
          lang={lang}
          class="narrow"
        >
          <input
            type="text"
            inputMode="numeric"
            value={contest.seats}
            {...describedBy(
              fieldId(fieldPath.contest(index, 'seats')),
              at(fieldPath.contest(index, 'seats')),
              false,
            )}
            onInput={(event) => onChange({ ...contest, seats: event.currentTarget.value })}
          />
        </FormField>
      </div>

      <table
        class="candidates stacked-rows"
        aria-describedby={contestErrors.length > 0 ? `${candidatesId}-errors` : undefined}
      >
        <caption>
          {t.candidates} · {title}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t.candidateName}</th>
            <th scope="col">
              {t.candidateId} <span class="hint">({t.idHint})</span>
            </th>
            <th scope="col">{t.gender}</th>
            <td />
          </tr>
        </thead>
        <tbody>
          {contest.candidates.map((candidate, k) => {
            const label = `${title} · ${t.candidateN(k + 1)} · `;
            const nameErrors = [
              ...at(fieldPath.candidate(index, k)),
              ...at(fieldPath.candidate(index, k, 'name')),
            ];
            const idErrors = at(fieldPath.candidate(index, k, 'id'));
            const genderErrors = at(fieldPath.candidate(index, k, 'gender'));
            const nameId = candidateNameId(candidate);
            const idId = fieldId(fieldPath.candidate(index, k, 'id'));
            return (
              <tr key={candidate.key} data-candidate-row={k}>
                <td data-label={t.candidateName}>
                  <input
                    type="text"
                    aria-label={label + t.candidateName}
                    value={candidate.name}
                    {...describedBy(nameId, nameErrors, false)}
                    onInput={(event) => setCandidate(k, { name: event.currentTarget.value })}
                  />
                  <FieldErrors id={nameId} errors={nameErrors} lang={lang} />
                </td>
                <td data-label={`${t.candidateId} (${t.idHint})`}>
                  <input
                    type="text"
                    aria-label={label + t.candidateId}
                    value={candidate.id}
                    placeholder={candidate.name.trim()}
                    {...describedBy(idId, idErrors, false)}
                    onInput={(event) => setCandidate(k, { id: event.currentTarget.value })}
                  />
                  <FieldErrors id={idId} errors={idErrors} lang={lang} />
                </td>
                <td data-label={t.gender}>
                  <select
                    aria-label={label + t.gender}
                    value={candidate.gender}
                    onChange={(event) =>
                      setCandidate(k, { gender: event.currentTarget.value as Gender | '' })
                    }
                  >
                    <option value="">{t.genderUnknown}</option>
                    <option value="female">{t.female}</option>
                    <option value="male">{t.male}</option>
                  </select>
                  <FieldErrors
                    id={fieldId(fieldPath.candidate(index, k, 'gender'))}
                    errors={genderErrors}
                    lang={lang}
                  />
                </td>
                <td class="remove">
                  <button
                    type="button"
                    aria-label={t.removeCandidate(candidate.name.trim() || t.candidateN(k + 1))}
                    onClick={() => removeCandidate(k)}
                  >
                    {t.removeShort}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <FieldErrors id={candidatesId} errors={contestErrors} lang={lang} />
      <p class="row-actions">
        <button type="button" id={addCandidateId(contest)} onClick={addCandidate}>
          <span aria-hidden="true">＋ </span>
          {t.addCandidate}
        </button>
        {canRemove && (
          <button type="button" onClick={onRemove}>
            {t.removeContest(title)}
          </button>
        )}
      </p>
    </fieldset>
  );
}
