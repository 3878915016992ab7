import {
  choosePack,
  RULE_PACKS,
  ratio,
  readElection,
  readTallyFiles,
  sha256Hex,
  todayUtc,
  type Election,
  type InputError,
  type Recount,
  type SupermajorityRule,
} from '../../../core/index.js';
import type { HandFile } from './RiskLimitPanel.js';

export const bytesOf = async (file: File): Promise<Uint8Array> => new Uint8Array(await file.arrayBuffer());

export async function handFileOf(file: File): Promise<HandFile> {
  const bytes = await bytesOf(file);
  return { name: file.name, sha256: sha256Hex(bytes), bytes };
}

export type LoadedRecount =
  | {
      readonly ok: true;
      readonly election: Election;
      readonly recount: Recount;
      readonly rule: SupermajorityRule | null;
    }
  | { readonly ok: false; readonly errors: readonly InputError[] };

/** The election and its tally sheets read in the page (files of a village or township: small). */
export async function loadRecount(election: File, boxes: File, tallies: File): Promise<LoadedRecount> {
  const definition = readElection(election.name, await bytesOf(election));
  if (!definition.ok) return { ok: false, errors: definition.errors };
  const sheets = readTallyFiles(
    {
      boxes: { file: boxes.name, bytes: await bytesOf(boxes) },
      tallies: { file: tallies.name, bytes: await bytesOf(tallies) },
    },
    definition.value,
  );
  if (!sheets.ok) return { ok: false, errors: sheets.errors };
  return {
    ok: true,
    election: definition.value,
    recount: sheets.value,
    rule: thresholdRule(definition.value),
  };
}

/** The share of the ballots a winner needs in this round under the election's rule pack, when it is one polling can test. */
function thresholdRule(election: Election): SupermajorityRule | null {
  const choice = choosePack(RULE_PACKS, {
    rules: election.rules,
    ...(election.date ? { date: election.date } : {}),
    today: todayUtc(),
  });
  if (!choice.ok) return null;
  const threshold = election.round === 'runoff' ? choice.pack.runoff : choice.pack.firstRound;
  if (!threshold || threshold.base === 'registered') return null;
  return { share: ratio(threshold.num, threshold.den), base: threshold.base };
}
