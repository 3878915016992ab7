import { useMemo } from 'preact/hooks';
import {
  fingerprintPoints,
  leaderOf,
  runScreens,
  SCREEN_NOTES,
  screenBoxesOf,
  type Recount,
  type ScreenResult,
} from '../../../core/index.js';
import { colonOf, type Lang } from '../../shared/i18n.js';
import { AUDIT_MATH_WORDS } from './audit-math-words.js';
import { FingerprintScatter } from './FingerprintScatter.js';

const STATE_ICONS = { notRun: '–', flagged: '⚠', nothing: '✔' } as const;

function stateOf(screen: ScreenResult): keyof typeof STATE_ICONS {
  return !screen.ran ? 'notRun' : screen.fired ? 'flagged' : 'nothing';
}

/** Every screen of one contest, with what it can and cannot show; the fingerprint as a picture. */
export function ScreensPanel({
  recount,
  contest,
  titled = true,
  lang,
}: {
  recount: Recount;
  contest: string;
  /** False inside the Audit step, whose section heading names the screens already. */
  titled?: boolean;
  lang: Lang;
}) {
  const words = AUDIT_MATH_WORDS[lang];
  const boxes = useMemo(() => screenBoxesOf(recount), [recount]);
  const screens = useMemo(() => runScreens(boxes, contest), [boxes, contest]);
  const leader = useMemo(() => leaderOf(boxes, contest), [boxes, contest]);
  return (
    <section
      class="audit-math-panel"
      aria-labelledby={titled ? 'screens-title' : undefined}
      data-panel="screens"
    >
      {titled && <h3 id="screens-title">{words.screensTitle}</h3>}
      <p>{words.screensIntro}</p>
      {screens.map((screen) => {
        const note = SCREEN_NOTES[screen.id];
        const state = stateOf(screen);
        return (
          <article key={screen.id} class="screen" data-screen={screen.id} data-state={state}>
            <h4>
              <span aria-hidden="true">{STATE_ICONS[state]} </span>
              {note.title[lang]}
              {colonOf(lang)}
              {words[state]}
            </h4>
            <p>{note.shows[lang]}</p>
            {/* The sentence says what a flag means by itself: no label before it repeats its first words. */}
            <p data-flag-means>{note.cannotShow[lang]}</p>
            {screen.fired && (
              <p class="screen-next" data-screen-next>
                {note.next[lang]}
              </p>
            )}
            {screen.reason && <p class="hint">{screen.reason[lang]}</p>}
            <details class="screen-how">
              <summary>{words.howItWorks}</summary>
              <dl class="screen-notes">
                <dt>{words.needs}</dt>
                <dd>{note.needs[lang]}</dd>
                <dt>{words.falseAlarm}</dt>
                <dd>{note.falseAlarm[lang]}</dd>
              </dl>
              <p class="hint">
                {note.method[lang]}
                {'test' in screen && screen.ran && (
                  <>
                    {' '}
                    {words.pValue}
                    {colonOf(lang)}
                    {(screen as ScreenResult & { test: { pValue: number } }).test.pValue.toFixed(4)}
                    {lang === 'zh' ? '。' : '.'}
                  </>
                )}
              </p>
            </details>
            {/* Too few boxes for a shape: the reason above says so, and no picture suggests one. */}
            {screen.id === 'turnout-fingerprint' && screen.ran && leader !== undefined && (
              <FingerprintScatter
                points={fingerprintPoints(boxes, contest, leader)}
                flagged={new Set(screen.flagged.map((f) => f.box))}
                words={words}
              />
            )}
            {screen.flagged.length > 0 && (
              <ul>
                {screen.flagged.slice(0, 50).map((f) => (
                  <li key={f.box + f.detail.en}>
                    {f.box}
                    {colonOf(lang)}
                    {f.detail[lang]}
                  </li>
                ))}
              </ul>
            )}
          </article>
        );
      })}
    </section>
  );
}
