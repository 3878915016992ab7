import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import {
  groupedCount,
  readPopulationFile,
  type FileDigest,
  type InputError,
  type Population,
  type Result,
} from '../core/index.js';
import { UsageError } from './parse-args.js';
import { fileErrorMessage } from '../workers/file-system-error.js';

/** The flags that name where the ids come from; exactly one is given. */
export const POPULATION_OPTIONS = {
  boxes: { type: 'string' },
  ballots: { type: 'string' },
  ids: { type: 'string' },
} as const;

export const POPULATION_USAGE = '(--boxes boxes.csv | --ballots ballots.csv | --ids file)';

type PopulationFlags = { boxes?: string | undefined; ballots?: string | undefined; ids?: string | undefined };

/** The one population flag given, or a usage error naming the choice. */
export function populationFlag(values: PopulationFlags): { flag: 'boxes' | 'ballots' | 'ids'; path: string } {
  const given = (['boxes', 'ballots', 'ids'] as const).filter((flag) => values[flag] !== undefined);
  if (given.length !== 1)
    throw new UsageError(
      `需要且只能给出一个：${POPULATION_USAGE}`,
      `give exactly one of ${POPULATION_USAGE}`,
    );
  return { flag: given[0]!, path: values[given[0]!]! };
}

const cannotRead = (file: string, error: unknown): InputError => ({
  file,
  message: fileErrorMessage(error, 'read'),
});

/**
 * The ids' file is read whole, and a ballots.csv costs about 18 bytes of memory per byte (22 MB took
 * 390 MB): a larger file is refused with its size rather than exhausting the machine.
 */
export const ID_FILE_LIMIT = 256 * 1024 * 1024;

const tooLarge = (file: string): InputError => ({
  file,
  message: {
    zh: `文件超过 ${ID_FILE_LIMIT / 1024 / 1024} MB，抽样时无法整份读入`,
    en: `the file is larger than ${ID_FILE_LIMIT / 1024 / 1024} MB, more than sampling reads whole`,
  },
});

/** Reads the ids from the file the flag names, with the file's digest (what a commitment records). */
export function readPopulation(
  values: PopulationFlags,
): Result<{ population: Population; source: FileDigest }> {
  const { flag, path } = populationFlag(values);
  let bytes: Uint8Array;
  try {
    if (statSync(path).size > ID_FILE_LIMIT) return { ok: false, errors: [tooLarge(path)] };
    bytes = new Uint8Array(readFileSync(path));
  } catch (error) {
    return { ok: false, errors: [cannotRead(path, error)] };
  }
  return readPopulationFile(flag, path, bytes, basename(path));
}

/** A whole number flag within bounds, or a usage error in both languages. */
export function wholeNumberFlag(
  name: string,
  text: string | undefined,
  min: number,
  max: number,
): number | undefined {
  if (text === undefined) return undefined;
  const value = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max)
    throw new UsageError(
      `--${name} 应为 ${min} 到 ${max} 之间的整数，而不是“${text}”`,
      `--${name} must be a whole number from ${groupedCount(min)} to ${groupedCount(max)}, not “${text}”`,
    );
  return value;
}
