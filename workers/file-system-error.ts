import type { Bilingual } from '../core/index.js';

/**
 * Why a file could not be read or written, in both languages, from the error's system code: the raw
 * English text of the operating system ("EISDIR: illegal operation on a directory, read") tells a
 * township clerk nothing in Chinese. The code stays at the end for whoever needs it. Pure: the codes
 * are strings, so the browser's workers can use it as well as the command line.
 */
export function fileErrorMessage(error: unknown, action: 'read' | 'write'): Bilingual {
  const code = errorCode(error);
  const verb =
    action === 'read'
      ? { zh: '读取', en: 'read', bare: 'cannot read the file' }
      : { zh: '写入', en: 'written', bare: 'cannot write the file' };
  const reason = code === undefined ? undefined : REASONS[code]?.(action);
  const tail = code ?? (error instanceof Error ? error.message : String(error));
  if (!reason)
    return {
      zh: `无法${verb.zh}该文件（${tail}）`,
      en: `${verb.bare} (${tail})`,
    };
  return {
    zh: `无法${verb.zh}：${reason.zh}（${tail}）`,
    en: `cannot be ${verb.en}: ${reason.en} (${tail})`,
  };
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

const REASONS: Readonly<Record<string, (action: 'read' | 'write') => Bilingual>> = {
  ENOENT: (action) =>
    action === 'read'
      ? { zh: '找不到该文件，请检查路径和文件名', en: 'there is no such file; check the path and the name' }
      : { zh: '所在的文件夹不存在', en: 'the folder it would go in does not exist' },
  EISDIR: () => ({ zh: '这是一个文件夹，不是文件', en: 'this is a folder, not a file' }),
  ENOTDIR: () => ({
    zh: '路径中的某一段是文件而不是文件夹',
    en: 'a part of the path is a file, not a folder',
  }),
  EACCES: (action) => ({
    zh: action === 'read' ? '没有读取该文件的权限' : '没有在此写入的权限',
    en: action === 'read' ? 'no permission to read it' : 'no permission to write there',
  }),
  EPERM: () => ({ zh: '操作系统不允许此操作', en: 'the operating system does not allow it' }),
  ENAMETOOLONG: () => ({ zh: '路径或文件名太长', en: 'the path or the name is too long' }),
  ELOOP: () => ({ zh: '符号链接指向自身，形成循环', en: 'symbolic links form a loop' }),
  EMFILE: () => ({ zh: '打开的文件太多', en: 'too many files are open' }),
  ENOSPC: () => ({ zh: '磁盘已满', en: 'the disk is full' }),
  EROFS: () => ({ zh: '该位置是只读的', en: 'the place is read-only' }),
  EBUSY: () => ({ zh: '文件正被其他程序占用', en: 'another program holds the file' }),
  EIO: () => ({ zh: '磁盘读写出错', en: 'the disk reported an input/output error' }),
};
