import type { Progress } from '../core/index.js';

const MB = 1e6;

/** One terminal line: file, share done, MB read, rows, rate and time left. Display only. */
export function progressLine(progress: Progress, elapsedMs: number, lang: 'zh' | 'en'): string {
  const seconds = Math.max(elapsedMs / 1000, 0.001);
  const rate = progress.bytesRead / MB / seconds;
  const total = progress.totalBytes;
  const share = total ? Math.min(100, (progress.bytesRead / total) * 100).toFixed(1) + '%' : '';
  const left = total && rate > 0 ? Math.max(0, (total - progress.bytesRead) / MB / rate) : null;
  const mb = (progress.bytesRead / MB).toFixed(1);
  const rows = progress.rows.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US');
  return lang === 'zh'
    ? `${progress.file} ${share} 已读 ${mb} MB，${rows} 行，${rate.toFixed(0)} MB/秒` +
        (left !== null ? `，约剩 ${left.toFixed(0)} 秒` : '')
    : `${progress.file} ${share} ${mb} MB, ${rows} rows, ${rate.toFixed(0)} MB/s` +
        (left !== null ? `, ~${left.toFixed(0)} s left` : '');
}
