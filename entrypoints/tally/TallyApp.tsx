import { useEffect, useState } from 'preact/hooks';
import { formatInputError } from '../../core/index.js';
import { messagesFor } from '../shared/i18n.js';
import { PageShell } from '../shared/PageShell.js';
import { usePageLanguage } from '../shared/use-page-language.js';
import { CheckView } from './CheckView.js';
import { EntryView } from './EntryView.js';
import { openTally, type OpenTally } from './open-tally.js';
import { StartView } from './StartView.js';
import { tallyWords } from './tally-words.js';

type View = { readonly kind: 'list' } | { readonly kind: 'entry' | 'check'; readonly tally: OpenTally };

/** The live tally page: the list of boxes, the entry of one box, its comparison with the sheet. */
export function TallyApp() {
  const [lang, setLang] = usePageLanguage();
  const [view, setView] = useState<View>({ kind: 'list' });
  const [problem, setProblem] = useState<string | null>(null);
  const w = tallyWords(lang);
  const t = messagesFor(lang);

  useEffect(() => {
    document.title = w.pageTitle;
  }, [w]);

  // Each change of view reads the box again from storage: what is shown is what is saved.
  async function show(kind: 'entry' | 'check', id: string) {
    const opened = await openTally(id);
    if (!opened) return setView({ kind: 'list' });
    if (!opened.ok) return setProblem(opened.errors.map((error) => formatInputError(error, lang)).join('\n'));
    setProblem(null);
    setView({ kind, tally: opened.tally });
  }

  return (
    <PageShell lang={lang} t={t} onLanguage={setLang} current="tally">
      <h1>{w.title}</h1>
      {problem && (
        <p class="problems" role="alert">
          {problem}
        </p>
      )}
      {view.kind === 'list' && (
        <StartView
          lang={lang}
          w={w}
          t={t}
          onOpen={(id) => void show('entry', id)}
          onCheck={(id) => void show('check', id)}
        />
      )}
      {view.kind === 'entry' && (
        <EntryView
          key={view.tally.record.id}
          tally={view.tally}
          lang={lang}
          w={w}
          onPause={() => setView({ kind: 'list' })}
          onFinish={() => void show('check', view.tally.record.id)}
        />
      )}
      {view.kind === 'check' && (
        <CheckView
          tally={view.tally}
          lang={lang}
          w={w}
          t={t}
          onBack={() => void show('entry', view.tally.record.id)}
        />
      )}
    </PageShell>
  );
}
