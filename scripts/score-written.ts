/**
 * Scores the announcement reader on the texts written by hand (core/announcement/corpus-written/):
 * per set, the right texts that raise a warning or an error (false alarms) and the planted texts
 * caught, each checked alone as `check --announcement T --rules PACK` does.
 *
 *   npx tsx scripts/score-written.ts [SET ...] [--verbose]
 *
 * With no set named, every set. `--verbose` lists each alarm. Exits 1 when a right text raises an
 * alarm or a planted text recorded as caught is no longer caught.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  alarmsOf,
  describeAlarm,
  textsOfKind,
  type WrittenSetExpected,
} from '../core/announcement/corpus-written/written-sets.js';

const root = fileURLToPath(new URL('../core/announcement/corpus-written/', import.meta.url));
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const named = args.filter((a) => !a.startsWith('--'));
const sets = (
  named.length > 0 ? named : readdirSync(root).filter((entry) => statSync(`${root}${entry}`).isDirectory())
).sort();

let regressions = 0;
const totals = { right: 0, flagged: 0, planted: 0, caught: 0 };
for (const set of sets) {
  const files = readdirSync(`${root}${set}`);
  let expected: WrittenSetExpected = { caught: [], missed: {} };
  try {
    expected = JSON.parse(readFileSync(`${root}${set}/expected.json`, 'utf8')) as WrittenSetExpected;
  } catch {
    console.log(`${set}: no readable expected.json (scored with no rule pack)`);
  }
  const alarms = (name: string) =>
    alarmsOf(`${name}.txt`, new Uint8Array(readFileSync(`${root}${set}/${name}.txt`)), expected.rules);
  const right = textsOfKind(files, 'r');
  const planted = textsOfKind(files, 'x');
  const flagged = right.filter((name) => {
    const found = alarms(name);
    if (found.length > 0 && verbose)
      for (const alarm of found) console.log(`  ${set}/${name}: ${describeAlarm(alarm)}`);
    return found.length > 0;
  });
  const caught = planted.filter((name) => alarms(name).length > 0);
  const lost = expected.caught.filter((name) => !caught.includes(name));
  const gained = caught.filter((name) => !expected.caught.includes(name));
  regressions += flagged.length + lost.length;
  totals.right += right.length;
  totals.flagged += flagged.length;
  totals.planted += planted.length;
  totals.caught += caught.length;
  console.log(
    `${set}: right texts flagged ${flagged.length}/${right.length}` +
      (flagged.length > 0 ? ` (${flagged.join(', ')})` : '') +
      `; planted caught ${caught.length}/${planted.length}` +
      (lost.length > 0 ? `; NO LONGER CAUGHT ${lost.join(', ')}` : '') +
      (gained.length > 0 ? `; newly caught ${gained.join(', ')}` : ''),
  );
}
console.log(
  `all: right texts flagged ${totals.flagged}/${totals.right}; planted caught ${totals.caught}/${totals.planted}`,
);
process.exitCode = regressions > 0 ? 1 : 0;
