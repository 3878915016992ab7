import { ROLE_WORDS } from '../receipt/receipt-words';
import type { InputCheck } from './match-inputs';
import type { HashedFile } from './recount';

const STATUS_WORDS = {
  match: '✔ 一致 / matches',
  mismatch: '✘ 不一致：不是签名时的那个文件 / differs: not the file that was signed',
  missing: '— 未提供 / not given',
} as const;

/** Each input the receipt covers, its recorded SHA-256, and the file given for it. */
export function InputTable({
  checks,
  unused,
}: {
  checks: readonly InputCheck<HashedFile>[];
  unused: readonly HashedFile[];
}) {
  return (
    <>
      <table class="inputs" data-testid="inputs">
        <thead>
          <tr>
            <th>用途 / Role</th>
            <th>回执中的文件 / In the receipt</th>
            <th>给出的文件 / Given</th>
            <th>结果 / Result</th>
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
              <td>{ROLE_WORDS[check.signed.role] ?? check.signed.role}</td>
              <td>
                {check.signed.name} <span class="muted">({check.signed.size} B)</span>
                <div class="hash">{check.signed.sha256}</div>
              </td>
              <td>
                {check.file ? (
                  <>
                    {check.file.name}
                    <div class="hash">{check.file.sha256}</div>
                  </>
                ) : (
                  '—'
                )}
              </td>
              <td>{STATUS_WORDS[check.status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {unused.length > 0 ? (
        <p class="muted" data-testid="unused-files">
          未用到的文件（不属于此回执）/ Files not used (not in this receipt):{' '}
          {unused.map((file) => file.name).join(', ')}
        </p>
      ) : null}
    </>
  );
}
