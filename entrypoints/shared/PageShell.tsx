import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Lang, Messages } from './i18n.js';
import './page-shell.css';

/**
 * The places every page links to: the dashboard's three views, the live tally, the typed sheets and the
 * verify page. A page that is one of them marks itself (`current`); a page that is none (the printable
 * receipt, the side panel) marks none.
 */
export type PlaceId = 'audit' | 'election' | 'history' | 'tally' | 'sheets' | 'verify';

const PLACES: readonly { id: PlaceId; href: string }[] = [
  { id: 'audit', href: '/dashboard.html#audit' },
  { id: 'election', href: '/dashboard.html#election' },
  { id: 'history', href: '/dashboard.html#history' },
  { id: 'tally', href: '/tally.html' },
  { id: 'sheets', href: '/sheets.html' },
  { id: 'verify', href: '/verify.html' },
];

function placeName(id: PlaceId, t: Messages): string {
  const names: Record<PlaceId, string> = {
    audit: t.navAudit,
    election: t.navElection,
    history: t.navHistory,
    tally: t.navTally,
    sheets: t.navSheets,
    verify: t.navVerify,
  };
  return names[id];
}

/**
 * The frame of every page: the product's name, the navigation and the language switch, then the page
 * in one centred column. `current` marks where the page is; `newTab` opens the links in a tab of their
 * own (from the side panel, which has no room for the dashboard).
 */
export function PageShell(props: {
  lang: Lang;
  t: Messages;
  onLanguage: (lang: Lang) => void;
  current?: PlaceId | undefined;
  newTab?: boolean;
  /** The dashboard has no page title of its own: the product's name is its heading. */
  nameIsHeading?: boolean;
  children: ComponentChildren;
}) {
  const { lang, t, current, newTab } = props;
  const Name = props.nameIsHeading ? 'h1' : 'p';
  const list = useRef<HTMLUListElement>(null);
  useLayoutEffect(() => keepPlaceInView(list.current), [current, lang]);
  return (
    <>
      <a class="skip-link" href="#content">
        {t.skipToContent}
      </a>
      <header class="shell-header">
        <div class="shell-bar">
          <Name class="shell-name">
            <span class="shell-logo" aria-hidden="true">
              ✓
            </span>
            {t.appName}
          </Name>
          <LanguageSwitch lang={lang} t={t} onLanguage={props.onLanguage} />
        </div>
        <nav class="shell-nav" aria-label={t.navLabel}>
          <ul ref={list}>
            {PLACES.map((place) => (
              <li key={place.id}>
                <a
                  href={place.href}
                  aria-current={current === place.id ? 'page' : undefined}
                  {...(newTab ? { target: '_blank', rel: 'noopener' } : {})}
                >
                  {placeName(place.id, t)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="content" tabIndex={-1}>
        {props.children}
      </main>
    </>
  );
}

/**
 * On a window too narrow for every place in one row the row scrolls sideways: the current place is
 * brought into view (when the page opens, when the window is resized and when the names change with
 * the language), and the nav
 * is marked where more places lie beyond an edge, for the fade that says so. Returns the clean-up.
 */
function keepPlaceInView(list: HTMLUListElement | null): () => void {
  if (!list) return () => {};
  const nav = list.parentElement!;
  const show = () => {
    const here = list.querySelector<HTMLElement>('a[aria-current="page"]');
    if (!here || list.scrollWidth <= list.clientWidth) return;
    const [link, box] = [here.getBoundingClientRect(), list.getBoundingClientRect()];
    if (link.left < box.left || link.right > box.right) {
      list.scrollLeft += link.left - box.left - (box.width - link.width) / 2;
    }
  };
  const mark = () => {
    nav.toggleAttribute('data-more-left', list.scrollLeft > 1);
    nav.toggleAttribute('data-more-right', list.scrollLeft + list.clientWidth < list.scrollWidth - 1);
  };
  const resized = () => {
    show();
    mark();
  };
  // The browser leaves a focused link that is partly in view where it is: Tab brings it wholly in.
  const focused = (event: FocusEvent) =>
    (event.target as HTMLElement).scrollIntoView({ block: 'nearest', inline: 'nearest' });
  resized();
  list.addEventListener('scroll', mark, { passive: true });
  list.addEventListener('focusin', focused);
  window.addEventListener('resize', resized);
  return () => {
    list.removeEventListener('scroll', mark);
    list.removeEventListener('focusin', focused);
    window.removeEventListener('resize', resized);
  };
}

/** One language at a time; the choice is remembered for every page. */
export function LanguageSwitch({
  lang,
  t,
  onLanguage,
}: {
  lang: Lang;
  t: Messages;
  onLanguage: (lang: Lang) => void;
}) {
  return (
    <label class="shell-lang">
      <span>{t.language}</span>
      <select value={lang} onChange={(event) => onLanguage(event.currentTarget.value as Lang)}>
        <option value="zh" lang="zh-CN">
          中文
        </option>
        <option value="en" lang="en">
          English
        </option>
      </select>
    </label>
  );
}
