// The bundled sample (samples/qingshan-village), inlined at build time so that it works offline and
// without any fetch (the pages' CSP allows no connections). Loaded only when asked for.
import election from '../../samples/qingshan-village/election.json?raw';
import boxes from '../../samples/qingshan-village/boxes.csv?raw';
import tallies from '../../samples/qingshan-village/tallies.csv?raw';
import announcement from '../../samples/qingshan-village/announcement.txt?raw';

export const SAMPLE_FILES: readonly { readonly name: string; readonly text: string }[] = [
  { name: 'election.json', text: election },
  { name: 'boxes.csv', text: boxes },
  { name: 'tallies.csv', text: tallies },
  { name: 'announcement.txt', text: announcement },
];
