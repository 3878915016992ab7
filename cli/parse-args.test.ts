import { describe, expect, it } from 'vitest';
import { parseCommandArgs, UsageError } from './parse-args.js';

const options = {
  election: { type: 'string' },
  lang: { type: 'string' },
  progress: { type: 'boolean' },
  hand: { type: 'string', multiple: true },
} as const;

const refusal = (args: string[]): UsageError | undefined => {
  try {
    parseCommandArgs(args, options);
    return undefined;
  } catch (error) {
    return error as UsageError;
  }
};

describe('parseCommandArgs', () => {
  it('refuses an option given twice: which file was meant cannot be told', () => {
    const error = refusal(['--election', 'a.json', '--election=b.json']);
    expect(error).toBeInstanceOf(UsageError);
    expect(error?.en).toBe('--election is given twice; give it once');
    expect(error?.zh).toBe('--election 重复给出；只能给一次');
    expect(refusal(['--progress', '--progress'])?.en).toBe('--progress is given twice; give it once');
  });

  it('takes an option meant to repeat as often as it is given', () => {
    expect(parseCommandArgs(['--hand', 'a.csv', '--hand', 'b.csv'], options).values.hand).toEqual([
      'a.csv',
      'b.csv',
    ]);
  });

  it('refuses a --lang other than zh or en', () => {
    expect(refusal(['--lang', 'fr'])?.en).toBe('--lang must be zh or en (read “fr”)');
    expect(refusal(['--lang=zh-CN'])?.zh).toBe('--lang 只能是 zh 或 en（读到“zh-CN”）');
    expect(parseCommandArgs(['--lang', 'zh'], options).values.lang).toBe('zh');
  });
});
