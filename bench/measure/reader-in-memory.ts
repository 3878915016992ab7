// The reader alone, one thread: the file read into memory first, then fed to BallotRecordReader in
// 256 KiB chunks (about what a browser's Blob stream gives), no hash, four passes; prints the fastest
// pass's wall and CPU time. It is the count's own rate, without the reads, the hash or the threads.
import { readFileSync } from 'node:fs';
import { BallotRecordReader } from '../../core/ballots/ballot-record-reader.js';
import { BLANK, type Election } from '../../core/model/election.js';

const CHUNK = 1 << 18;
const PASSES = 4;
const [path, electionFile] = process.argv.slice(2);
const election = JSON.parse(readFileSync(electionFile!, 'utf8')) as Election;
const bytes = new Uint8Array(readFileSync(path!));
let best = { ms: Infinity, cpuMs: Infinity };
let reader: BallotRecordReader | null = null;
for (let pass = 0; pass < PASSES; pass++) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  reader = new BallotRecordReader('ballots.csv', election, { overvote: 'void-ballot', lang: 'en' });
  for (let at = 0; at < bytes.length; at += CHUNK) reader.push(bytes.subarray(at, at + CHUNK));
  reader.end();
  const used = process.cpuUsage(cpu);
  const ms = performance.now() - started;
  if (ms < best.ms) best = { ms, cpuMs: (used.user + used.system) / 1000 };
}
if (reader!.errors.length > 0) throw new Error(JSON.stringify(reader!.errors.slice(0, 3)));
const { tally, rows } = reader!.result();
let votes = 0;
for (const box of tally.boxes.values())
  for (const counts of box.contests.values()) for (const [name, n] of counts) if (name !== BLANK) votes += n;
console.log(JSON.stringify({ rows, votes, ...best }));
