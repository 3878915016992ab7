// The same recount through uDSV's incremental parser with a per-row callback.
import { createReadStream, readFileSync } from 'node:fs';
import { inferSchema, initParser, type Parser } from 'udsv';
import type { Election } from '../../core/index.js';
import { rowTally } from './recount-rows.js';

const [path, electionFile] = process.argv.slice(2);
const tally = rowTally(JSON.parse(readFileSync(electionFile!, 'utf8')) as Election);
const started = performance.now();
let parser: Parser | null = null;
for await (const text of createReadStream(path!, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
  if (!parser) parser = initParser(inferSchema(text as string, { col: ',', row: '\n', encl: '"' }));
  parser.chunk<string[]>(text as string, parser.stringArrs, (cells) => void tally.row(cells));
}
parser?.end();
console.log(JSON.stringify({ ...tally.summary(), ms: performance.now() - started }));
