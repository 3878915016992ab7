import {
  readElection,
  readTallyFiles,
  sha256Hex,
  thresholdRuleOf,
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
    rule: ruleOf(definition.value),
  };
}

const ruleOf = (election: Election): SupermajorityRule | null => {
  const found = thresholdRuleOf(election, todayUtc());
  return found.ok ? found.rule : null;
};
