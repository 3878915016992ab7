import { formatInputError, type InputError } from '../../core/index.js';
import type { Lang, Messages } from '../shared/i18n.js';

/**
 * Errors that stopped an audit, each with its file and line:column or JSON path; `how` replaces the
 * audit's line on how to read them and what to do, for a page with another next step.
 */
export function InputErrorList({
  errors,
  lang,
  t,
  how = t.inputErrorsHow,
}: {
  errors: readonly InputError[];
  lang: Lang;
  t: Messages;
  how?: string;
}) {
  return (
    <div class="input-errors" role="alert">
      <p>
        <span aria-hidden="true">✖ </span>
        <strong>{t.inputErrors}</strong>
      </p>
      <p class="hint" data-input-errors-how>
        {how}
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
