import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { formatInputError, type InputError } from '../../core/index.js';
import type { Lang, Messages } from './i18n.js';
import { PageShell, type PlaceId } from './PageShell.js';

/**
 * The frame of a page of stored records (the live tally, the typed sheets, each its own place in the
 * navigation): the shell, the window's title, the page's heading, and why a record could not be opened,
 * in the page's language.
 */
export function RecordsPage(props: {
  /** The page's language and its switch, as `usePageLanguage` gives them. */
  language: readonly [Lang, (lang: Lang) => void];
  t: Messages;
  /** Which place of the navigation this page is. */
  place: PlaceId;
  /** The window's title and the page's heading. */
  words: { readonly pageTitle: string; readonly title: string };
  problem: readonly InputError[];
  children: ComponentChildren;
}) {
  const [lang, onLanguage] = props.language;
  const { pageTitle, title } = props.words;
  const { problem } = props;
  useEffect(() => {
    document.title = pageTitle;
  }, [pageTitle]);
  return (
    <PageShell lang={lang} t={props.t} onLanguage={onLanguage} current={props.place}>
      <h1>{title}</h1>
      {problem.length > 0 && (
        <p class="problems" role="alert">
          {problem.map((error) => formatInputError(error, lang)).join('\n')}
        </p>
      )}
      {props.children}
    </PageShell>
  );
}
