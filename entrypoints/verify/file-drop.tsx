import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

/** A file picker that also takes files dropped anywhere on its area. */
export function FileDrop(props: {
  label: string;
  hint: string;
  multiple?: boolean;
  accept?: string;
  testId: string;
  onFiles: (files: File[]) => void;
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
      <label class="drop-label">
        <strong>{props.label}</strong>
        <span class="hint">{props.hint}</span>
        <input
          type="file"
          data-testid={props.testId}
          multiple={props.multiple}
          accept={props.accept}
          onChange={(event) => {
            const input = event.currentTarget;
            const files = [...(input.files ?? [])];
            if (files.length > 0) props.onFiles(files);
            input.value = '';
          }}
        />
      </label>
      {props.children}
    </div>
  );
}
