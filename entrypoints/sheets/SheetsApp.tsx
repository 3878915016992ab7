import { useEffect, useState } from 'preact/hooks';
import { formatInputError, type Election, type RulePack } from '../../core/index.js';
import { messagesFor } from '../shared/i18n.js';
import { PageShell } from '../shared/PageShell.js';
import { usePageLanguage } from '../shared/use-page-language.js';
import { electionWithPack } from '../tally/open-tally.js';
import { EditView } from './EditView.js';
import { FinishView } from './FinishView.js';
import { getSheetSet, type SheetSet } from './sheets-store.js';
import { sheetsWords } from './sheets-words.js';
import { StartView } from './StartView.js';

/** A stored set made ready to type in: its election read again with the core's reader, and its pack. */
export interface OpenSet {
  readonly set: SheetSet;
  readonly election: Election;
  readonly pack: RulePack;
}

type View = { readonly kind: 'list' } | { readonly kind: 'edit' | 'finish'; readonly open: OpenSet };

/** The page that types in tally sheets: the sets kept here, the grid of one set, its export. */
export function SheetsApp() {
  const [lang, setLang] = usePageLanguage();
  const [view, setView] = useState<View>({ kind: 'list' });
  const [problem, setProblem] = useState<string | null>(null);
  const w = sheetsWords(lang);
  const t = messagesFor(lang);

  useEffect(() => {
    document.title = w.pageTitle;
  }, [w]);

  // Each change of view reads the set again from storage: what is shown is what is saved.
  async function show(kind: 'edit' | 'finish', id: string) {
    const set = await getSheetSet(id);
    if (!set) return setView({ kind: 'list' });
    const read = electionWithPack(set.electionFile, set.electionText);
    if (!read.ok) return setProblem(read.errors.map((error) => formatInputError(error, lang)).join('\n'));
    setProblem(null);
    setView({ kind, open: { set, election: read.election, pack: read.pack } });
    setTimeout(() => document.getElementById('sheets-heading')?.focus(), 0);
  }

  return (
    <PageShell lang={lang} t={t} onLanguage={setLang} current="tally">
      <h1>{w.title}</h1>
      {problem && (
        <p class="problems" role="alert">
          {problem}
        </p>
      )}
      {view.kind === 'list' && <StartView lang={lang} w={w} t={t} onOpen={(id) => void show('edit', id)} />}
      {view.kind === 'edit' && (
        <EditView
          key={view.open.set.id}
          open={view.open}
          lang={lang}
          w={w}
          onBack={() => setView({ kind: 'list' })}
          onFinish={() => void show('finish', view.open.set.id)}
        />
      )}
      {view.kind === 'finish' && (
        <FinishView open={view.open} lang={lang} w={w} onBack={() => void show('edit', view.open.set.id)} />
      )}
    </PageShell>
  );
}
