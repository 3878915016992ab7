import { describe, expect, it } from 'vitest';
import { parseCommandArgs, UsageError } from './parse-args.js';

const options = { format: { type: 'string' }, progress: { type: 'boolean' } } as const;

const refusal = (args: string[]): UsageError => {
  try {
    parseCommandArgs(args, options);
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error('expected a usage error');
};

describe('command-line refusals in both languages', () => {
  it('names an unknown option without English in the Chinese half', () => {
    const error = refusal(['--frob']);
    expect(error.zh).toBe('未知选项 --frob');
    expect(error.en).toBe('unknown option --frob');
  });

  it('says an option lacks its value, and how to give one that starts with a dash', () => {
    expect(refusal(['--format']).zh).toBe('--format 后面缺少它的值（以“-”开头的值请写成 --format=-…）');
    expect(refusal(['--format', '-3']).en).toBe(
      '--format needs a value after it (write a value starting with "-" as --format=-…)',
    );
  });

  it('names a stray argument, as an unquoted path with a space leaves one', () => {
    const error = refusal(['--format', 'json', '计票单.csv']);
    expect(error.zh).toBe('多余的参数“计票单.csv”：此命令不接受（带空格的路径请加引号）');
    expect(error.en).toMatch(/^unexpected argument “计票单.csv”/);
  });

  it('says a switch takes no value', () => {
    expect(refusal(['--progress=yes']).en).toBe('--progress takes no value');
  });
});
