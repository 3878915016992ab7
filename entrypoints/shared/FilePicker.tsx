import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { Messages } from './i18n.js';

/**
 * A file input that looks like the buttons beside it and speaks the page's language (the browser's own
 * picker says "Choose File" in the browser's language, whatever the page's): a label, a button, and
 * the names chosen. The input itself stays in the page, hidden, for keyboards and screen readers.
 * A page that keeps the chosen files itself (and lets them be removed) passes `chosen`, so the picker
 * never names a file that is no longer there.
 */
export function FilePicker({
  label,
  t,
  onFiles,
  accept,
  multiple,
  testId,
  dataInput,
  id,
  chosen: chosenByPage,
}: {
  label: JSX.Element | string;
  t: Messages;
  onFiles: (files: File[]) => void;
  accept?: string | undefined;
  multiple?: boolean | undefined;
  testId?: string | undefined;
  /** The `data-input` attribute of the input, by which the dashboard's inputs are known. */
  dataInput?: string | undefined;
  id?: string | undefined;
  /** The names of the files the page holds for this picker; without it the picker remembers its last choice. */
  chosen?: readonly string[] | undefined;
}) {
  const [chosenHere, setChosen] = useState<readonly string[]>([]);
  const chosen = (chosenByPage ?? chosenHere).join(t.listSeparator);
  return (
    <label class="file-picker">
      <span class="file-picker-label">{label}</span>
      <span class="file-picker-row">
        <span class="like-button">{multiple ? t.chooseFile : t.chooseOneFile}</span>
        <span class="file-picker-chosen hint">{chosen || t.noFileChosen}</span>
      </span>
      <input
        accept={accept}
        multiple={multiple}
        data-testid={testId}
        data-input={dataInput}
        id={id}
        class="visually-hidden"
        type="file"
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          event.currentTarget.value = '';
          if (files.length === 0) return;
          setChosen(files.map((file) => file.name));
          onFiles(files);
        }}
      />
    </label>
  );
}
