import type { Bilingual } from '../../core/index.js';

/** A write the browser's storage refused, said in both languages whatever the page's language. */
export function StorageProblem({ problem }: { problem: Bilingual | null }) {
  if (!problem) return null;
  return (
    <div role="alert" class="warning" data-storage-problem>
      <p lang="zh-CN">{problem.zh}</p>
      <p lang="en">{problem.en}</p>
    </div>
  );
}
