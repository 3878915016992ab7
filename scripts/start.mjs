// `npm start`: the main job on the bundled sample, end to end — recount the ballot records and tally sheets
// of samples/qingshan-village, compare them with the announcement, give the verdict, write a signed
// receipt, verify it — then build the extension and say how to load it.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureDependencies } from './ensure-deps.mjs';
import { root, runStep } from './run-step.mjs';

ensureDependencies();

const sample = join(root, 'samples', 'qingshan-village');
const out = join(root, 'out');
mkdirSync(out, { recursive: true });
const key = join(out, 'sample-signing-key.json');
const receipt = join(out, 'qingshan-village.receipt.json');
const cli = join(root, 'cli', 'bin.mjs');
// The receipt is this script's own output, written afresh each run: `check --receipt` never replaces a
// file, so the last run's receipt is removed first (`npm test` runs this script too).
rmSync(receipt, { force: true });
const lang = process.env.LANG?.toLowerCase().startsWith('zh') ? 'zh' : 'en';

if (
  !existsSync(key) &&
  runStep('make a signing key (tallywitness keygen)', process.execPath, [
    cli,
    'keygen',
    '--out',
    key,
    '--label',
    'sample observer',
  ]) !== 0
)
  process.exit(1);

const checkStatus = runStep(
  'recount and check the bundled sample (tallywitness check)',
  process.execPath,
  [
    cli,
    'check',
    '--election',
    join(sample, 'election.json'),
    '--boxes',
    join(sample, 'boxes.csv'),
    '--tallies',
    join(sample, 'tallies.csv'),
    '--ballots',
    join(sample, 'ballots.csv'),
    '--announcement',
    join(sample, 'announcement.txt'),
    '--receipt',
    receipt,
    '--key',
    key,
    '--lang',
    lang,
  ],
  { acceptedStatuses: [0, 1] },
);
// Exit 1 means the check found errors — in the sample, the announcement's planted wrong figure — which is
// the expected verdict, not a failure of the run.
if (checkStatus !== 0 && checkStatus !== 1) process.exit(checkStatus);

if (
  runStep('verify the signed receipt (tallywitness verify)', process.execPath, [
    cli,
    'verify',
    receipt,
    '--lang',
    lang,
  ]) !== 0
)
  process.exit(1);
if (runStep('build the extension (wxt build)', '.bin/wxt', ['build']) !== 0) process.exit(1);

console.log(`
Receipt / 核查回执: ${receipt}
The extension is built in ${join(root, '.output', 'chrome-mv3')}.
Load it: open chrome://extensions (or edge://extensions), turn on Developer mode, click "Load unpacked"
and choose that folder; then click the TallyWitness icon and "Open dashboard".
加载扩展：打开 chrome://extensions，开启“开发者模式”，点击“加载已解压的扩展程序”，选择上述文件夹。`);
