import type { Finding } from '../../core/index.js';

const SEVERITY = { error: '错误 / error', warning: '警告 / warning', info: '提示 / info' } as const;

/**
 * Findings in both languages; those that point into the text link to the place. With none, it says how
 * many checks were made (never that parts add up when nothing was checked).
 */
export function FindingList({ findings, checked }: { findings: readonly Finding[]; checked: number }) {
  if (findings.length === 0)
    return (
      <p class="ok" data-testid="no-findings">
        {checked > 0
          ? `没有发现问题：核对了${checked}项，全部相符（见下）。 / No findings: ${checked} checks made, all right (listed below).`
          : '没有发现问题，但也没有核对任何数字。 / No findings, but nothing was checked either.'}
      </p>
    );
  const goTo = (index: number) =>
    document.getElementById(`at-finding-${index}`)?.scrollIntoView({ behavior: 'smooth', block: 'center' });
  return (
    <ol class="findings" data-testid="findings">
      {findings.map((finding, index) => (
        <li key={index} class={`finding finding-${finding.severity}`} data-code={finding.code}>
          <span class="severity">{SEVERITY[finding.severity]}</span> <code>{finding.code}</code>
          <div lang="zh">{finding.messages.zh}</div>
          <div lang="en">{finding.messages.en}</div>
          {finding.where?.span ? (
            <button type="button" class="link" onClick={() => goTo(index)}>
              在文中查看 / Show in the text
            </button>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
