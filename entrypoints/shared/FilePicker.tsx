import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { Messages } from './i18n.js';

/**
 * A file input that looks like the buttons beside it and speaks the page's language (the browser's own
 * picker says "Choose File" in the browser's language, whatever the page's): a label, a button, and
 * the names chosen. The input itself stays in the page, hidden, for keyboards and screen readers.
 */
export function FilePicker({
  label,
  t,
  onFiles,
  accept,
  multiple,
  testId,
  id,
}: {
  label: JSX.Element | string;
  t: Messages;
  onFiles: (files: File[]) => void;
  accept?: string | undefined;
  multiple?: boolean | undefined;
  testId?: string | undefined;
  id?: string | undefined;
}) {
  const [chosen, setChosen] = useState<string>('');
  return (
    <label class="file-picker">
      <span class="file-picker-label">{label}</span>
      <span class="file-picker-row">
        <span class="like-button">{t.chooseFile}</span>
        <span class="file-picker-chosen hint">{chosen || t.noFileChosen}</span>
      </span>
      <input
        accept={accept}
        multiple={multiple}
        data-testid={testId}
        id={id}
        class="visually-hidden"
        type="file"
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          event.currentTarget.value = '';
          if (files.length === 0) return;
          setChosen(files.map((file) => file.name).join(', '));
          onFiles(files);
        }}
      />
    </label>
  );
}
