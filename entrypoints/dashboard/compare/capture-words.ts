import type { Lang } from '../../shared/i18n.js';

/** Words of the captured announcement's source, in both languages of the pages. */
const zh = {
  capturedFrom: '公告取自网页',
  title: '标题',
  url: '网址',
  capturedAt: '截取时间',
  sha256: 'SHA-256（UTF-8 文本）',
  untitled: '（无标题）',
  edited: '公告文字已修改，与截取的文字不同：回执不会记录这个网页来源。',
  missing: (id: string) => `找不到截取记录“${id}”，可能已被删除。`,
  goesIntoReceipt: '签署的回执会记录这个来源（网址、标题、时间、SHA-256）。',
};

export type CaptureWords = typeof zh;

const en: CaptureWords = {
  capturedFrom: 'Notice captured from a web page',
  title: 'Title',
  url: 'URL',
  capturedAt: 'Captured',
  sha256: 'SHA-256 (UTF-8 text)',
  untitled: '(untitled)',
  edited:
    'The notice text was edited and differs from the captured text: the receipt will not name the web page as its source.',
  missing: (id) => `No capture “${id}” was found; it may have been deleted.`,
  goesIntoReceipt: 'A signed receipt records this source (URL, title, time, SHA-256).',
};

export function captureWords(lang: Lang): CaptureWords {
  return lang === 'zh' ? zh : en;
}
