import { packOfReceipt, type Lang } from '../../core/index.js';

/**
 * The rules a receipt names, as an observer knows them: the law's text with its date (or the counting
 * rule's name), the id kept after it in brackets for whoever compares it with a file. An id this
 * version does not know is shown as it is.
 */
export function rulesName(id: string, lang: Lang): string {
  const pack = packOfReceipt(id);
  if (!pack) return id;
  const name = pack.version?.statute[lang] ?? pack.name[lang];
  return lang === 'zh' ? `${name}（${pack.id}）` : `${name} (${pack.id})`;
}
