import { keyParts } from './key-text';

/** An instruction whose keys (`[[.]]` in its words) are drawn as keys. */
export function KeyText({ text }: { text: string }) {
  return (
    <>
      {keyParts(text).map((part, index) => ('key' in part ? <kbd key={index}>{part.key}</kbd> : part.text))}
    </>
  );
}
