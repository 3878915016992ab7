import {
  getRulePack,
  readElection,
  type Election,
  type InputError,
  type LiveBallot,
  type RulePack,
} from '../../core/index.js';
import { getTally, type TallyRecord } from './tally-store.js';

/** A stored live tally made ready to go on: its election read again with the core's reader, and its pack. */
export interface OpenTally {
  readonly record: TallyRecord;
  readonly election: Election;
  readonly pack: RulePack;
  readonly ballots: readonly LiveBallot[];
}

export type Opened = { ok: true; tally: OpenTally } | { ok: false; errors: readonly InputError[] };

/** Reads an election definition and finds its rule pack; the pack missing is an error on `$.rules`. */
export function electionWithPack(
  file: string,
  text: string,
): { ok: true; election: Election; pack: RulePack } | { ok: false; errors: readonly InputError[] } {
  const read = readElection(file, new TextEncoder().encode(text));
  if (!read.ok) return read;
  const pack = getRulePack(read.value.rules);
  if (!pack) {
    return {
      ok: false,
      errors: [
        {
          file,
          path: '$.rules',
          message: {
            zh: `规则“${read.value.rules}”无法识别`,
            en: `the rules “${read.value.rules}” are not known`,
          },
        },
      ],
    };
  }
  return { ok: true, election: read.value, pack };
}

export async function openTally(id: string): Promise<Opened | null> {
  const stored = await getTally(id);
  if (!stored) return null;
  const read = electionWithPack(stored.record.electionFile, stored.record.electionText);
  if (!read.ok) return read;
  return {
    ok: true,
    tally: { record: stored.record, election: read.election, pack: read.pack, ballots: stored.ballots },
  };
}
