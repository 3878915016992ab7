import { useState } from 'preact/hooks';
import type { InputRole } from '../../core/index.js';
import { formatBytes, type Messages } from '../shared/i18n.js';
import type { ChosenFile } from './chosen-files.js';

const ROLES: readonly InputRole[] = ['election', 'boxes', 'tallies', 'ballots', 'announcement'];

interface FileListProps {
  readonly files: readonly ChosenFile[];
  readonly t: Messages;
  onAdd(files: readonly File[]): void;
  onRole(key: string, role: InputRole): void;
  onRemove(key: string): void;
}

/** A drop zone with a file picker, and every chosen file with its role, which the user can change. */
export function FileList({ files, t, onAdd, onRole, onRemove }: FileListProps) {
  const [dragging, setDragging] = useState(false);
  return (
    <>
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
            accept=".csv,.json,.txt,text/csv,application/json,text/plain"
            data-input="counts"
            onChange={(event) => {
              const chosen = [...(event.currentTarget.files ?? [])];
              event.currentTarget.value = '';
              onAdd(chosen);
            }}
          />
        </label>
      </div>
      {files.length > 0 && (
        <table class="files">
          <caption class="visually-hidden">{t.countFiles}</caption>
          <tbody>
            {files.map((file) => (
              <tr key={file.key} data-file={file.file.name}>
                <th scope="row">{file.file.name}</th>
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
                  <button
                    type="button"
                    aria-label={t.remove(file.file.name)}
                    onClick={() => onRemove(file.key)}
                  >
                    {t.removeShort}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
