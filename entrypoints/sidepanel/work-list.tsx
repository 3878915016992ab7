import type { AnnouncementSection } from '../../core/index.js';

/**
 * The work shown for a notice checked on its own: every figure checked, right ones included, with its
 * counts, base and rule ("74 of 184 = 40.2173…%, stated 40.2%: right"), and every stated figure not
 * checked, with why. So a reader sees that a share was checked and found right, not skipped.
 */
export function WorkList({ section }: { section: AnnouncementSection | undefined }) {
  if (!section) return null;
  const wrong = section.judged.filter((figure) => !figure.right).length;
  return (
    <section class="work" data-testid="work">
      <h3>
        核对过的数字（{section.judgedCount}项，{wrong}项不符） / Figures checked ({section.judgedCount},{' '}
        {wrong} wrong)
      </h3>
      {section.judged.length === 0 ? (
        <p class="muted" data-testid="nothing-checked">
          没有可以相互核对的数字。 / No figure could be checked against another.
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
              <span class="work-mark">{figure.right ? '✓ 相符 / right' : '✗ 不符 / wrong'}</span>{' '}
              <Work figure={figure} />
            </li>
          ))}
        </ol>
      )}
      <More listed={section.judged.length} all={section.judgedCount} />
      <h3>
        未核对（{section.unreadCount}项） / Not checked ({section.unreadCount})
      </h3>
      <ol class="work-list" data-testid="work-unread">
        {section.unread.map((figure, index) => (
          <li key={index} class="work-unread" data-reason={figure.reason}>
            <Work figure={figure} />
          </li>
        ))}
      </ol>
      <More listed={section.unread.length} all={section.unreadCount} />
    </section>
  );
}

/** A figure as written, and its work in both languages. */
function Work({ figure }: { figure: { text: string; work: { zh: string; en: string } } }) {
  return (
    <>
      <q>{figure.text}</q>
      <div lang="zh">{figure.work.zh}</div>
      <div lang="en">{figure.work.en}</div>
    </>
  );
}

function More({ listed, all }: { listed: number; all: number }) {
  if (all <= listed) return null;
  return (
    <p class="muted">
      另有{all - listed}项未列出。 / {all - listed} more not listed.
    </p>
  );
}
