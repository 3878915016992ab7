import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileErrorMessage } from '../workers/file-system-error.js';

/**
 * Why the command will not write to `path`, or null when it may: every command writes a new file and
 * never replaces one (a key, an input, an earlier receipt), and a folder given where a file name was
 * meant is said to be a folder. A file whose folder does not exist (or is not a folder) is refused too,
 * so that a command checks where it will write before it does any work.
 */
export function refusedOutput(path: string): string | null {
  if (!existsSync(path)) {
    const folder = dirname(resolve(path));
    if (!existsSync(folder))
      return `${path}: 文件夹 ${folder} 不存在，无法写入 / the folder ${folder} does not exist, so the file cannot be written`;
    if (!statSync(folder).isDirectory())
      return `${path}: ${folder} 不是文件夹，无法写入 / ${folder} is not a folder, so the file cannot be written`;
    return null;
  }
  if (statSync(path).isDirectory())
    return `${path}: 这是一个文件夹：请给出要写入的新文件名 / this is a folder: give the name of a new file to write`;
  return `${path}: 文件已存在，不会覆盖 / the file exists and is not replaced`;
}

/** A file that could not be written, in both languages, as the other errors are printed. */
export function writeFailure(path: string, error: unknown): string {
  const message = fileErrorMessage(error, 'write');
  return `${path}: ${message.zh} / ${message.en}`;
}
