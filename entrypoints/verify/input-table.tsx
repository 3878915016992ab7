import { HashText } from '../shared/HashText';
import { formatNumber, type Lang, type Messages } from '../shared/i18n';
import type { InputCheck, InputStatus } from './match-inputs';
import type { HashedFile } from './recount';

const STATUS_ICON: Record<InputStatus, string> = { match: '✔', mismatch: '✘', missing: '—' };

/** Each input the receipt covers, its recorded SHA-256, and the file given for it. */
export function InputTable({
  checks,
  unused,
  lang,
  t,
}: {
  checks: readonly InputCheck<HashedFile>[];
  unused: readonly HashedFile[];
  lang: Lang;
  t: Messages;
}) {
  const statusWords: Record<InputStatus, string> = {
    match: t.inputMatches,
    mismatch: t.inputDiffers,
    missing: t.inputMissing,
  };
  return (
    <>
      <table class="inputs stacked-rows" data-testid="inputs">
        <thead>
          <tr>
            <th scope="col">{t.inputRole}</th>
            <th scope="col">{t.inReceipt}</th>
            <th scope="col">{t.given}</th>
            <th scope="col">{t.checkResult}</th>
          </tr>
        </thead>
        <tbody>
          {checks.map((check) => (
            <tr
              key={check.signed.role + check.signed.name}
              class={`status-${check.status}`}
              data-role={check.signed.role}
              data-status={check.status}
            >
              <th scope="row">{t.roles[check.signed.role]}</th>
              <td data-label={t.inReceipt}>
                {check.signed.name}{' '}
                <span class="muted">
                  ({formatNumber(check.signed.size, lang)} {t.bytesAfterNumber})
                </span>
                <div>
                  <HashText value={check.signed.sha256} label="SHA-256" t={t} />
                </div>
              </td>
              <td data-label={t.given}>
                {check.file ? (
                  <>
                    {check.file.name}
                    <div>
                      <HashText value={check.file.sha256} label="SHA-256" t={t} />
                    </div>
                  </>
                ) : (
                  '—'
                )}
              </td>
              <td data-label={t.checkResult}>
                {/* The mark stays on the line of the word it marks. */}
                <span aria-hidden="true">{STATUS_ICON[check.status] + '\u00a0'}</span>
                {statusWords[check.status]}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {unused.length > 0 ? (
        <p class="muted" data-testid="unused-files">
          {t.unusedFiles} {unused.map((file) => file.name).join(t.listSeparator)}
        </p>
      ) : null}
    </>
  );
}
