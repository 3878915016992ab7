// This project's reader, as the command line runs it: 1 MiB file stream, node:crypto SHA-256 in the same pass.
import { readFileSync } from 'node:fs';
import { openNodeFile, nodeSha256Hasher } from '../../cli/node-platform.js';
import { BLANK, countBallots, type Election } from '../../core/index.js';

const [path, electionFile] = process.argv.slice(2);
const election = JSON.parse(readFileSync(electionFile!, 'utf8')) as Election;
const started = performance.now();
const result = await countBallots(openNodeFile({ name: 'ballots.csv', path: path! }, 'ballots'), election, {
  overvote: 'void-ballot',
  lang: 'en',
  hasher: () => ({ update: () => undefined, digestHex: () => '' }),
});
const ms = performance.now() - started;
if (!result.ok) throw new Error(JSON.stringify(result.errors));
let votes = 0;
for (const box of result.value.tally.boxes.values())
  for (const counts of box.contests.values()) for (const [name, n] of counts) if (name !== BLANK) votes += n;
console.log(JSON.stringify({ rows: result.value.rows, votes, ms }));
