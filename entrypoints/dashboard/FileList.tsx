import { useState } from 'preact/hooks';
import type { InputRole } from '../../core/index.js';
import { FilePicker } from '../shared/FilePicker.js';
import { formatBytes, type Messages } from '../shared/i18n.js';
import { stepOf, type ChosenFile, type InputStep } from './chosen-files.js';

const ROLES: readonly InputRole[] = ['election', 'boxes', 'tallies', 'ballots', 'announcement'];

/** What the counts step takes: CSV, JSON and text, and .xlsx workbooks (read by core/spreadsheet). */
export const COUNT_FILES =
  '.csv,.json,.txt,.xlsx,text/csv,application/json,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A drop zone with a file picker for the counts step, which takes several files at once. */
export function FileDrop({ t, onAdd }: { t: Messages; onAdd(files: readonly File[]): void }) {
  const [dragging, setDragging] = useState(false);
  return (
    <div
      class={dragging ? 'dropzone dragging' : 'dropzone'}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        onAdd([...(event.dataTransfer?.files ?? [])]);
      }}
    >
      <label>
        {t.dropHere} <span class="like-button">{t.chooseFiles}</span>
        <input
          class="visually-hidden"
          type="file"
          multiple
          accept={COUNT_FILES}
          data-input="counts"
          onChange={(event) => {
            const chosen = [...(event.currentTarget.files ?? [])];
            event.currentTarget.value = '';
            onAdd(chosen);
          }}
        />
      </label>
    </div>
  );
}

/**
 * The picker of a step that takes one kind of file (the election, the announcement): what is chosen
 * here has that role, and stays in this step. It names the files the step holds, in the page's language.
 */
export function StepFilePicker({
  label,
  accept,
  role,
  chosen,
  t,
  onChoose,
}: {
  label: string;
  accept: string;
  role: 'election' | 'announcement';
  chosen: readonly string[];
  t: Messages;
  onChoose(files: readonly File[]): void;
}) {
  return (
    <div class="field">
      <FilePicker label={label} t={t} accept={accept} dataInput={role} chosen={chosen} onFiles={onChoose} />
    </div>
  );
}

interface FileRowsProps {
  readonly files: readonly ChosenFile[];
  readonly caption: string;
  readonly t: Messages;
  onRole(key: string, role: InputRole): void;
  onRemove(key: string): void;
}

/**
 * The chosen files of one step, each with its role, which the user can change (the file then moves to
 * the step of its new role, and a word stays where it was chosen), and a button to remove it.
 */
export function FileRows({ files, caption, t, onRole, onRemove }: FileRowsProps) {
  if (files.length === 0) return null;
  return (
    <table class="files">
      <caption class="visually-hidden">{caption}</caption>
      <tbody>
        {files.map((file) => (
          <tr key={file.key} data-file={file.file.name} data-step={stepOf(file.role)}>
            <th scope="row">
              {file.file.name}
              {file.format && (
                <span class="file-format" data-format={file.format}>
                  {' '}
                  ({t.readAsFormat(file.format)})
                </span>
              )}
            </th>
            <td class="num">{formatBytes(file.file.size)}</td>
            <td>
              <select
                aria-label={t.roleOf(file.file.name)}
                value={file.role}
                onChange={(event) => onRole(file.key, event.currentTarget.value as InputRole)}
              >
                {ROLES.map((role) => (
                  <option key={role} value={role}>
                    {t.roles[role]}
                  </option>
                ))}
              </select>
            </td>
            <td>
              <button type="button" aria-label={t.remove(file.file.name)} onClick={() => onRemove(file.key)}>
                {t.removeShort}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Where files chosen in this step went: "election.json is the election definition: it is in step 1". */
export function MovedFiles({
  files,
  t,
  onGo,
}: {
  files: readonly ChosenFile[];
  t: Messages;
  onGo(step: InputStep): void;
}) {
  const titles: Record<InputStep, string> = { 1: t.step1, 2: t.step2, 3: t.step3 };
  if (files.length === 0) return null;
  return (
    <ul class="moved-files" data-moved-files>
      {files.map((file) => (
        <li key={file.key} data-moved={file.file.name}>
          <span aria-hidden="true">↪ </span>
          {t.movedTo(file.file.name, t.roles[file.role])}{' '}
          <button type="button" class="link-button" onClick={() => onGo(stepOf(file.role))}>
            {titles[stepOf(file.role)]}
          </button>
        </li>
      ))}
    </ul>
  );
}
