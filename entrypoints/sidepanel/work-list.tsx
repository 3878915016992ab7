import { quotedOnOneLine, type AnnouncementSection } from '../../core/index.js';
import { asSentence } from '../shared/as-sentence.js';
import type { Lang, Messages } from '../shared/i18n';
import { UnbrokenFigures } from '../shared/unbroken-figures';
import './work-list.css';

/**
 * The work shown for a notice checked on its own: every figure checked, right ones included, with its
 * counts, base and rule ("74 of 184 = 40.2173…%, stated 40.2%: right"), and every stated figure not
 * checked, with why. So a reader sees that a share was checked and found right, not skipped.
 */
export function WorkList({
  section,
  lang,
  t,
}: {
  section: AnnouncementSection | undefined;
  lang: Lang;
  t: Messages;
}) {
  if (!section) return null;
  const wrong = section.judged.filter((figure) => !figure.right).length;
  return (
    <section class="work" data-testid="work">
      <h3>{t.workChecked(section.judgedCount, wrong)}</h3>
      {section.judged.length === 0 ? (
        <p class="muted" data-testid="nothing-checked">
          {t.workNothingChecked}
        </p>
      ) : (
        <ol class="work-list" data-testid="work-judged">
          {section.judged.map((figure, index) => (
            <li
              key={index}
              class={figure.right ? 'work-right' : 'work-wrong'}
              data-rule={figure.rule}
              data-right={String(figure.right)}
            >
              <span class="work-mark">{figure.right ? t.workRight : t.workWrong}</span>{' '}
              <Work figure={figure} lang={lang} />
            </li>
          ))}
        </ol>
      )}
      <More listed={section.judged.length} all={section.judgedCount} t={t} />
      <h3>{t.workNotChecked(section.unreadCount)}</h3>
      {section.unread.length > 0 && (
        <ol class="work-list" data-testid="work-unread">
          {section.unread.map((figure, index) => (
            <li key={index} class="work-unread" data-reason={figure.reason} data-place={figure.place}>
              <Work figure={figure} lang={lang} />
            </li>
          ))}
        </ol>
      )}
      <More listed={section.unread.length} all={section.unreadCount} t={t} />
    </section>
  );
}

/** A figure as written, and its work in the page's language, on a line of its own as a sentence. */
function Work({ figure, lang }: { figure: { text: string; work: { zh: string; en: string } }; lang: Lang }) {
  return (
    <>
      <q>{quotedOnOneLine(figure.text)}</q>
      <div>
        <UnbrokenFigures text={asSentence(figure.work[lang], lang)} />
      </div>
    </>
  );
}

function More({ listed, all, t }: { listed: number; all: number; t: Messages }) {
  if (all <= listed) return null;
  return <p class="muted">{t.workMore(all - listed)}</p>;
}
