import type { Election, Result, RulePack } from '../../core/index.js';
import { messagesFor } from '../shared/i18n.js';
import { RecordsPage } from '../shared/RecordsPage.js';
import { usePageLanguage } from '../shared/use-page-language.js';
import { useStoredView } from '../shared/use-stored-view.js';
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

async function openSet(id: string): Promise<Result<OpenSet> | null> {
  const set = await getSheetSet(id);
  if (!set) return null;
  const read = electionWithPack(set.electionFile, set.electionText);
  return read.ok ? { ok: true, value: { set, election: read.election, pack: read.pack } } : read;
}

/** The page that types in tally sheets: the sets kept here, the grid of one set, its export. */
export function SheetsApp() {
  const language = usePageLanguage();
  const [lang] = language;
  const { view, show, showList, problem } = useStoredView<'edit' | 'finish', OpenSet>(openSet);
  const w = sheetsWords(lang);
  const t = messagesFor(lang);

  // The focus goes to the view's heading, as to a new page.
  async function open(kind: 'edit' | 'finish', id: string) {
    if (await show(kind, id)) setTimeout(() => document.getElementById('sheets-heading')?.focus(), 0);
  }

  return (
    <RecordsPage language={language} place="sheets" t={t} words={w} problem={problem}>
      {view.kind === 'list' && <StartView lang={lang} w={w} t={t} onOpen={(id) => void open('edit', id)} />}
      {view.kind === 'edit' && (
        <EditView
          key={view.opened.set.id}
          open={view.opened}
          lang={lang}
          w={w}
          onBack={showList}
          onFinish={() => void open('finish', view.opened.set.id)}
        />
      )}
      {view.kind === 'finish' && (
        <FinishView
          open={view.opened}
          lang={lang}
          w={w}
          onBack={() => void open('edit', view.opened.set.id)}
        />
      )}
    </RecordsPage>
  );
}
