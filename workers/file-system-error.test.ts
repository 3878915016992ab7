import { describe, expect, it } from 'vitest';
import { fileErrorMessage } from './file-system-error.js';

const systemError = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('fileErrorMessage', () => {
  it('says in both languages why a file cannot be read, keeping the system code', () => {
    expect(
      fileErrorMessage(systemError('EISDIR', 'EISDIR: illegal operation on a directory, read'), 'read'),
    ).toEqual({
      zh: '无法读取：这是一个文件夹，不是文件（EISDIR）',
      en: 'cannot be read: this is a folder, not a file (EISDIR)',
    });
    expect(
      fileErrorMessage(systemError('ENOENT', "ENOENT: no such file or directory, open 'x'"), 'read').zh,
    ).toBe('无法读取：找不到该文件，请检查路径和文件名（ENOENT）');
    expect(fileErrorMessage(systemError('EACCES', 'EACCES: permission denied'), 'read').en).toBe(
      'cannot be read: no permission to read it (EACCES)',
    );
  });

  it('words a missing folder or a full disk as a failure to write', () => {
    expect(fileErrorMessage(systemError('ENOENT', 'ENOENT'), 'write').en).toBe(
      'cannot be written: the folder it would go in does not exist (ENOENT)',
    );
    expect(fileErrorMessage(systemError('ENOSPC', 'ENOSPC'), 'write').zh).toBe(
      '无法写入：磁盘已满（ENOSPC）',
    );
  });

  it('falls back to the error text where the code is unknown or absent', () => {
    expect(fileErrorMessage(new Error('i/o error, read'), 'read')).toEqual({
      zh: '无法读取该文件（i/o error, read）',
      en: 'cannot read the file (i/o error, read)',
    });
    expect(fileErrorMessage(systemError('EWEIRD', 'strange'), 'write').en).toBe(
      'cannot write the file (EWEIRD)',
    );
  });
});
