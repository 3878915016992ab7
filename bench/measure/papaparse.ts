// The same recount through papaparse's Node stream (fed decoded text: raw byte chunks garble characters).
import { createReadStream, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Election } from '../../core/index.js';
import { rowTally } from './recount-rows.js';

const [path, electionFile] = process.argv.slice(2);
const tally = rowTally(JSON.parse(readFileSync(electionFile!, 'utf8')) as Election);
const started = performance.now();
let header = true;
await new Promise<void>((resolve, reject) => {
  const parser = Papa.parse(Papa.NODE_STREAM_INPUT, {});
  parser.on('data', (cells: string[]) => {
    if (header) header = false;
    else if (cells.length > 1) tally.row(cells);
  });
  parser.on('end', resolve);
  parser.on('error', reject);
  createReadStream(path!, { encoding: 'utf8', highWaterMark: 1 << 20 }).pipe(parser);
});
console.log(JSON.stringify({ ...tally.summary(), ms: performance.now() - started }));
