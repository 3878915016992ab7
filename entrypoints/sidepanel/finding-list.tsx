import type { Finding } from '../../core/index.js';

const SEVERITY = { error: '错误 / error', warning: '警告 / warning', info: '提示 / info' } as const;

/** Findings in both languages; those that point into the text link to the place. */
export function FindingList({ findings }: { findings: readonly Finding[] }) {
  if (findings.length === 0)
    return (
      <p class="ok" data-testid="no-findings">
        没有发现问题：各部分之和与总数相符，百分比与其计数相符。 / No findings: parts add up to their totals
        and every percentage matches its counts.
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
