import { formatInputError, type InputError } from '../../core/index.js';
import type { Lang, Messages } from '../shared/i18n.js';

/**
 * Errors that stopped an audit, each with its file and line:column or JSON path; `title` and `how`
 * replace the audit's heading and its line on how to read them and what to do, for a page that checks
 * something else (a notice alone) with another next step.
 */
export function InputErrorList({
  errors,
  lang,
  t,
  title = t.inputErrors,
  how = t.inputErrorsHow,
}: {
  errors: readonly InputError[];
  lang: Lang;
  t: Messages;
  title?: string;
  how?: string;
}) {
  return (
    <div class="input-errors" role="alert">
      <p>
        <span aria-hidden="true">✖ </span>
        <strong data-input-errors-title>{title}</strong>
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
