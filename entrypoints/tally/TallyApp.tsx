import type { Result } from '../../core/index.js';
import { messagesFor } from '../shared/i18n.js';
import { RecordsPage } from '../shared/RecordsPage.js';
import { usePageLanguage } from '../shared/use-page-language.js';
import { useStoredView } from '../shared/use-stored-view.js';
import { CheckView } from './CheckView.js';
import { EntryView } from './EntryView.js';
import { openTally, type OpenTally } from './open-tally.js';
import { StartView } from './StartView.js';
import { tallyWords } from './tally-words.js';

async function open(id: string): Promise<Result<OpenTally> | null> {
  const opened = await openTally(id);
  return opened?.ok ? { ok: true, value: opened.tally } : opened;
}

/** The live tally page: the list of boxes, the entry of one box, its comparison with the sheet. */
export function TallyApp() {
  const language = usePageLanguage();
  const [lang] = language;
  const { view, show, showList, problem } = useStoredView<'entry' | 'check', OpenTally>(open);
  const w = tallyWords(lang);
  const t = messagesFor(lang);

  return (
    <RecordsPage language={language} place="tally" t={t} words={w} problem={problem}>
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
          key={view.opened.record.id}
          tally={view.opened}
          lang={lang}
          w={w}
          onPause={showList}
          onFinish={() => void show('check', view.opened.record.id)}
        />
      )}
      {view.kind === 'check' && (
        <CheckView
          tally={view.opened}
          lang={lang}
          w={w}
          t={t}
          onBack={() => void show('entry', view.opened.record.id)}
        />
      )}
    </RecordsPage>
  );
}
