import { formatInputError, type InputError } from '../../core/index.js';
import type { Lang, Messages } from '../shared/i18n.js';

/** Errors that stopped an audit, each with its file and line:column or JSON path. */
export function InputErrorList({
  errors,
  lang,
  t,
}: {
  errors: readonly InputError[];
  lang: Lang;
  t: Messages;
}) {
  return (
    <div class="input-errors" role="alert">
      <p>
        <span aria-hidden="true">✖ </span>
        <strong>{t.inputErrors}</strong>
      </p>
      <p class="hint" data-input-errors-how>
        {t.inputErrorsHow}
      </p>
      <ul>
        {errors.map((error, index) => (
          <li key={index} data-file={error.file} data-line={error.line} data-column={error.column}>
            <code>{formatInputError(error, lang)}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}
