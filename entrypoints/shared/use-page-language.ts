import { useEffect, useState } from 'preact/hooks';
import { localeOf, preferredLanguage, rememberLanguage, type Lang } from './i18n.js';

/**
 * The page's one language: the one last chosen on any extension page, else the browser's. Choosing
 * another remembers it, and an open page follows a choice made on another page.
 */
export function usePageLanguage(): [Lang, (lang: Lang) => void] {
  const [lang, setLang] = useState<Lang>(preferredLanguage);
  useEffect(() => {
    document.documentElement.lang = localeOf(lang);
  }, [lang]);
  useEffect(() => {
    const follow = (event: StorageEvent) => {
      if (event.storageArea === localStorage) setLang(preferredLanguage());
    };
    addEventListener('storage', follow);
    return () => removeEventListener('storage', follow);
  }, []);
  const choose = (chosen: Lang) => {
    rememberLanguage(chosen);
    setLang(chosen);
  };
  return [lang, choose];
}
