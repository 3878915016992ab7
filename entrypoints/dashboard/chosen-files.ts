import type { InputRole } from '../../core/index.js';
import { guessRole } from '../shared/guess-role.js';

/** A file the user gave, with the role it will be read as. */
export interface ChosenFile {
  readonly key: string;
  readonly file: File;
  readonly role: InputRole;
}

let nextKey = 0;

export async function chooseFiles(files: readonly File[], fallback: InputRole): Promise<ChosenFile[]> {
  return Promise.all(
    files.map(async (file) => ({ key: `file-${nextKey++}`, file, role: await guessRole(file, fallback) })),
  );
}

/**
 * Adds new files: one of a role that only one file may have replaces the earlier one, so that dropping
 * a corrected file simply takes the old one's place.
 */
export function mergeFiles(current: readonly ChosenFile[], added: readonly ChosenFile[]): ChosenFile[] {
  const roles = new Set(added.map((file) => file.role));
  return [...current.filter((file) => !roles.has(file.role)), ...added];
}

/** Roles given to more than one file. */
export function repeatedRoles(files: readonly ChosenFile[]): InputRole[] {
  const seen = new Set<InputRole>();
  const repeated = new Set<InputRole>();
  for (const { role } of files) (seen.has(role) ? repeated : seen).add(role);
  return [...repeated];
}
