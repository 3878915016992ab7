import { formatInputError, type InputError } from '../../core/index.js';
import type { Lang } from '../shared/i18n';

/** Files that could not be read or used: a title, then each error with its file and place. */
export function ReadErrors({
  title,
  errors,
  lang,
  testId = 'read-errors',
}: {
  title: string;
  errors: readonly InputError[];
  lang: Lang;
  testId?: string;
}) {
  return (
    <section class="status bad" data-testid={testId} role="alert">
      <span class="status-icon" aria-hidden="true">
        ✘
      </span>
      <div>
        <strong>{title}</strong>
        <ul>
          {errors.map((error, index) => (
            <li key={index}>
              <code>{formatInputError(error, lang)}</code>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
