import type { Progress } from '../../core/index.js';

/**
 * A long read's progress, as the dashboard and the verify page show it: a line saying how far, and a
 * bar over the bytes read (indeterminate while the size is unknown).
 */
export function ByteProgress({
  progress,
  text,
  testId,
}: {
  progress: Progress | null;
  text: string;
  testId?: string;
}) {
  const total = progress?.totalBytes ?? null;
  return (
    <div class="progress" data-testid={testId}>
      <label>
        {text}
        <progress max={total ?? undefined} value={total === null ? undefined : (progress?.bytesRead ?? 0)} />
      </label>
    </div>
  );
}
