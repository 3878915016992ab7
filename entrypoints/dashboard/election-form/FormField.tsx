import type { ComponentChildren } from 'preact';
import type { InputError } from '../../../core/index.js';
import type { Lang } from '../../shared/i18n.js';
import { asSentence } from '../../shared/as-sentence.js';

/** A DOM id from a JSON path: `$.contests[0].seats` → `field-contests-0-seats`. */
export const fieldId = (path: string): string =>
  'field' +
  path
    .slice(1)
    .replace(/[^\w]+/g, '-')
    .replace(/-$/, '');

/** The reader's errors at one field, tied to it by aria-describedby. */
export function FieldErrors({ id, errors, lang }: { id: string; errors: readonly InputError[]; lang: Lang }) {
  if (errors.length === 0) return null;
  return (
    <ul class="field-errors" id={`${id}-errors`}>
      {errors.map((error, index) => (
        <li key={index}>
          <span aria-hidden="true">✖ </span>
          {asSentence(error.message[lang], lang)}
        </li>
      ))}
    </ul>
  );
}

/** The attributes that tie a control to its hint and errors. */
export function describedBy(id: string, errors: readonly InputError[], hint: boolean) {
  const ids = [hint ? `${id}-hint` : '', errors.length > 0 ? `${id}-errors` : ''].filter(Boolean);
  return {
    id,
    'aria-invalid': errors.length > 0 ? ('true' as const) : undefined,
    'aria-describedby': ids.length > 0 ? ids.join(' ') : undefined,
  };
}

/** A labelled control with its hint and its errors below. `children` is the control itself. */
export function FormField({
  id,
  label,
  hint,
  errors,
  lang,
  children,
  class: className,
}: {
  id: string;
  label: string;
  hint?: string;
  errors: readonly InputError[];
  lang: Lang;
  children: ComponentChildren;
  class?: string;
}) {
  return (
    <div class={`field${className ? ' ' + className : ''}${errors.length > 0 ? ' invalid' : ''}`}>
      <label for={id}>{label}</label>
      {children}
      {hint && (
        <span class="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      <FieldErrors id={id} errors={errors} lang={lang} />
    </div>
  );
}
