import type { InputRole, NistFormat } from '../../core/index.js';
import { guessRole, nistFormatOfFile } from '../shared/guess-role.js';

/** The three steps of the audit page that take inputs: 1 election, 2 counts, 3 announcement. */
export type InputStep = 1 | 2 | 3;

/** The step where a file of this role is shown. */
export const stepOf = (role: InputRole): InputStep =>
  role === 'election' ? 1 : role === 'announcement' ? 3 : 2;

/** A file the user gave, with the role it will be read as and the step where it was chosen. */
export interface ChosenFile {
  readonly key: string;
  readonly file: File;
  readonly role: InputRole;
  readonly chosenIn: InputStep;
  /** A NIST format recognised by the file's content, shown beside it. */
  readonly format?: NistFormat;
}

let nextKey = 0;

/**
 * Files chosen in a step: a step that takes one role (the election, the announcement) gives it to
 * every file; the counts step guesses each file's role from its content.
 */
export async function chooseFiles(
  files: readonly File[],
  chosenIn: InputStep,
  fallback: InputRole,
  fixedRole?: InputRole,
): Promise<ChosenFile[]> {
  return Promise.all(
    files.map(async (file) => {
      const format = await nistFormatOfFile(file);
      return {
        key: `file-${nextKey++}`,
        file,
        role: fixedRole ?? (await guessRole(file, fallback)),
        chosenIn,
        ...(format ? { format } : {}),
      };
    }),
  );
}

/** Files chosen in `step` that are shown in another one, for a word where they were chosen. */
export const movedFrom = (files: readonly ChosenFile[], step: InputStep): ChosenFile[] =>
  files.filter((file) => file.chosenIn === step && stepOf(file.role) !== step);

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
