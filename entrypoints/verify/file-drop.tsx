import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { FilePicker } from '../shared/FilePicker';
import type { Messages } from '../shared/i18n';

/** A file picker that also takes files dropped anywhere on its area. */
export function FileDrop(props: {
  label: string;
  hint: string;
  multiple?: boolean;
  accept?: string;
  testId: string;
  onFiles: (files: File[]) => void;
  t: Messages;
  children?: ComponentChildren;
}) {
  const [over, setOver] = useState(false);
  return (
    <div
      class={`drop ${over ? 'over' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        const files = [...(event.dataTransfer?.files ?? [])];
        if (files.length > 0) props.onFiles(props.multiple ? files : files.slice(0, 1));
      }}
    >
      <FilePicker
        label={
          <>
            <strong>{props.label}</strong>
            <span class="hint">{props.hint}</span>
          </>
        }
        t={props.t}
        testId={props.testId}
        multiple={props.multiple}
        accept={props.accept}
        onFiles={props.onFiles}
      />
      {props.children}
    </div>
  );
}
