import { existsSync, statSync } from 'node:fs';
import { fileErrorMessage } from '../workers/file-system-error.js';

/**
 * Why the command will not write to `path`, or null when it may: every command writes a new file and
 * never replaces one (a key, an input, an earlier receipt), and a folder given where a file name was
 * meant is said to be a folder.
 */
export function refusedOutput(path: string): string | null {
  if (!existsSync(path)) return null;
  if (statSync(path).isDirectory())
    return `${path}: 这是一个文件夹：请给出要写入的新文件名 / this is a folder: give the name of a new file to write`;
  return `${path}: 文件已存在，不会覆盖 / the file exists and is not replaced`;
}

/** A file that could not be written, in both languages, as the other errors are printed. */
export function writeFailure(path: string, error: unknown): string {
  const message = fileErrorMessage(error, 'write');
  return `${path}: ${message.zh} / ${message.en}`;
}
