import type { Bilingual } from '../../core/index.js';

/**
 * Whether a failed write was the browser refusing more storage: a QuotaExceededError thrown by the
 * request, or the transaction aborted with one (IndexedDB reports it either way).
 */
export function isQuotaExceeded(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || code === 22;
}

/**
 * What to tell the user when the browser's storage refused a write, in both languages: that it was not
 * saved, that what was stored before is unchanged (every write is one transaction), and what to do.
 */
export function storageProblem(error: unknown, what: Bilingual): Bilingual {
  if (isQuotaExceeded(error)) {
    return {
      zh: `${what.zh}未能保存：浏览器给本扩展的存储空间已满。此前保存的内容没有改动。可在“历史”中导出后删除旧的核对以腾出空间。`,
      en: `${what.en} could not be saved: the browser's storage for this extension is full. Nothing saved before was changed. Export the history and delete old audits to make room.`,
    };
  }
  const name =
    typeof error === 'object' && error !== null && typeof (error as { name?: unknown }).name === 'string'
      ? (error as { name: string }).name
      : String(error);
  return {
    zh: `${what.zh}未能保存到浏览器存储（${name}）。此前保存的内容没有改动。`,
    en: `${what.en} could not be saved in the browser's storage (${name}). Nothing saved before was changed.`,
  };
}
